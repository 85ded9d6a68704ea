import ArgumentParser
import Foundation
import Taalmaat

/// `taalmaat baseline`: writes the current findings to a baseline file, so a team
/// can adopt Taalmaat on existing templates and fail only on new problems.
struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Schrijf de huidige bevindingen naar een basislijn.",
        discussion: "Daarna toont 'taalmaat check --baseline BESTAND' alleen nieuwe bevindingen.")

    @OptionGroup var options: CheckOptions

    @Option(help: "Het basislijnbestand (standaard: 'basislijn' uit .taalmaat.yml, anders \(Baseline.defaultFileName)).")
    var output: String?

    func run() throws {
        let outcome: CheckSession.Outcome
        do {
            outcome = try CheckSession(options: options).run()
        } catch {
            printError(error.line)
            throw ExitCode(ExitStatus.failure)
        }
        let workingDirectory = outcome.resolver.workingDirectory
        let configured = (try? outcome.resolver.configuration(for: nil))?.baseline
        let url = URL(fileURLWithPath: output ?? configured ?? Baseline.defaultFileName, relativeTo: workingDirectory)
            .standardizedFileURL
        let shownFile = RelativePath.display(url.path, from: workingDirectory)
        var entries: [BaselineEntry] = []
        var failed = outcome.problems.map { "\($0.path) \($0.message)" }
        for checked in outcome.results {
            guard let report = checked.report else {
                failed.append("\(checked.input.displayPath) \(checked.failure ?? "")")
                continue
            }
            let path = checked.baselinePath(in: url.deletingLastPathComponent())
            entries += report.findings.map { BaselineEntry(finding: $0, in: report, path: path) }
        }
        do {
            var data = try Baseline(entries: entries).encoded()
            data.append(0x0A)
            try data.write(to: url, options: .atomic)
        } catch {
            printError("taalmaat: \(shownFile) kan niet worden geschreven (\(error.localizedDescription)).")
            throw ExitCode(ExitStatus.failure)
        }
        for line in failed { printError("taalmaat: \(line)") }
        let files = outcome.results.count
        writeOutput(
            "\(shownFile): \(entries.count) \(entries.count == 1 ? "bevinding" : "bevindingen") uit \(files) "
                + "\(files == 1 ? "bestand" : "bestanden") opgeslagen.\n")
        if !failed.isEmpty { throw ExitCode(ExitStatus.failure) }
    }
}

extension CheckSession.CheckedInput {
    /// The path a baseline stores for this input: relative to the folder of the baseline
    /// file, so that it matches however the path was written on the command line
    /// (`brief.txt`, `./brief.txt`, `map/brief.txt` from the folder above).
    func baselinePath(in baselineFolder: URL) -> String {
        guard let url = input.url ?? input.settingsURL else { return input.displayPath }
        return RelativePath.display(url.path, from: baselineFolder)
    }
}
