import Foundation
import Testing

/// Runs the built executable on every folder in `Fixtures/cli/` with that folder as the
/// working directory, once per output format, and compares standard output, standard
/// error and the exit code with the `verwacht.*` files. `TAALMAAT_UPDATE_GOLDEN=1`
/// rewrites them (read every changed file before committing it).
@Suite struct GoldenFileTests {
    @Test(arguments: GoldenCase.all())
    func outputMatchesGoldenFiles(_ fixture: GoldenCase) throws {
        let prepared = try PreparedCase(fixture)
        var statuses: Set<Int32> = []
        var errorOutputs: Set<String> = []
        for format in fixture.formats {
            let arguments = format == GoldenCase.noFormat ? fixture.arguments : fixture.arguments + ["--format", format]
            let run = try TaalmaatExecutable.run(
                arguments, in: prepared.directory, inputData: fixture.standardInput, prefix: prepared.prefix)
            let output = GoldenNormalizer.normalize(run.output, format: format, directory: prepared.directory)
            for problem in output.problems { Issue.record("\(fixture.name) (\(format)): \(problem)") }
            if let difference = try Golden.compare(output.text, with: fixture.expectedFile(format)) {
                Issue.record("\(fixture.name) (\(format)): \(difference)")
            }
            statuses.insert(run.status)
            errorOutputs.insert(run.errorOutput)
        }
        #expect(statuses.count == 1, "\(fixture.name): the exit code depends on the format: \(statuses.sorted())")
        #expect(errorOutputs.count == 1, "\(fixture.name): standard error depends on the format: \(errorOutputs)")
        let status = statuses.first ?? -1
        if let difference = try Golden.compare("\(status)\n", with: fixture.expectedExitCodeFile) {
            Issue.record("\(fixture.name): \(difference)")
        }
        let errorOutput = GoldenNormalizer.normalize(errorOutputs.first ?? "", format: "stderr", directory: prepared.directory)
        for problem in errorOutput.problems { Issue.record("\(fixture.name) (stderr): \(problem)") }
        if let difference = try Golden.compare(errorOutput.text, with: fixture.expectedErrorFile, emptyWhenMissing: true) {
            Issue.record("\(fixture.name): \(difference)")
        }
    }

    @Test func everyCaseHasItsGoldenFiles() throws {
        let cases = GoldenCase.all()
        #expect(cases.count >= 15, "Fixtures/cli has \(cases.count) cases")
        for fixture in cases {
            for format in fixture.formats {
                #expect(
                    GoldenCase.allFormats.contains(format) || format == GoldenCase.noFormat,
                    "\(fixture.name)/formaten: unknown format \(format)")
                #expect(
                    FileManager.default.fileExists(atPath: fixture.expectedFile(format).path) || Golden.isUpdating,
                    "\(fixture.name): \(fixture.expectedFile(format).lastPathComponent) is missing")
            }
            #expect(FileManager.default.fileExists(atPath: fixture.expectedExitCodeFile.path) || Golden.isUpdating)
            // No stale golden files for formats the case no longer runs.
            let files = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).filter { $0.hasPrefix("verwacht.") }
            let expected = Set(fixture.formats.map { fixture.expectedFile($0).lastPathComponent } + ["verwacht.exitcode", "verwacht.stderr"])
            #expect(Set(files).subtracting(expected).isEmpty, "\(fixture.name): stale files \(Set(files).subtracting(expected))")
        }
    }

    /// The cases together cover every format with at least one finding and one failure.
    @Test func everyFormatIsCoveredWithFindingsAndFailures() throws {
        let cases = GoldenCase.all()
        for format in GoldenCase.allFormats {
            let outputs = cases.filter { $0.formats.contains(format) }
                .compactMap { try? String(contentsOf: $0.expectedFile(format), encoding: .utf8) }
            #expect(outputs.contains { !$0.isEmpty }, "no case shows \(format) output")
        }
        let checkCases = cases.filter { $0.formats == GoldenCase.allFormats }
        #expect(checkCases.count >= 5, "cases that run all seven formats: \(checkCases.map(\.name))")
    }
}
