import ArgumentParser
import Foundation
import Taalmaat
import TaalmaatReporters

/// `taalmaat check`: checks files and prints the findings.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Controleer bestanden en toon wat beter kan (standaard).",
        discussion: """
            Voorbeelden:
              taalmaat check brief.txt
              taalmaat check brieven/ --format sarif > taalmaat.sarif
              cat brief.txt | taalmaat check - --stdin-name brief.txt
            """)

    @OptionGroup var options: CheckOptions

    @Option(help: "Uitvoer: tekst, json, sarif, github, checkstyle, junit of regel.")
    var format: String = TextReporter.name

    @Option(name: .customLong("fail-on"), help: "Exitcode 1 vanaf deze ernst: tip, waarschuwing of fout (standaard fout).")
    var failOn: Severity?

    @Option(help: "Basislijn: toon alleen bevindingen die nog niet in dit bestand staan.")
    var baseline: String?

    @Flag(help: "Toon alleen bevindingen vanaf --fail-on, zonder samenvatting.")
    var quiet = false

    @Flag(name: .customLong("no-color"), help: "Geen kleuren (ook met de omgevingsvariabele NO_COLOR).")
    var noColor = false

    @Option(name: .customLong("max-warnings"), help: "Exitcode 1 bij meer waarschuwingen dan dit aantal.")
    var maxWarnings: Int?

    @Flag(name: .customLong("allow-no-files"), help: "Exitcode 0 als er geen bestanden zijn om te controleren (standaard 2).")
    var allowNoFiles = false

    func validate() throws {
        guard Reporters.named(format) != nil else {
            throw ValidationError("Onbekende uitvoer '\(format)'. Kies uit: \(Reporters.all.map { $0.name }.joined(separator: ", ")).")
        }
        if let maxWarnings, maxWarnings < 0 {
            throw ValidationError("--max-warnings moet 0 of meer zijn.")
        }
    }

    func run() throws {
        let outcome: CheckSession.Outcome
        do {
            outcome = try CheckSession(options: options).run()
        } catch {
            printError(error.line)
            throw ExitCode(ExitStatus.failure)
        }
        let defaults = try? outcome.resolver.configuration(for: nil)
        let failLevel = failOn ?? defaults?.failOn ?? .fout
        let warningLimit = maxWarnings ?? defaults?.maximumWarnings
        let baselineFile = baseline ?? defaults?.baseline
        var loadedBaseline: Baseline?
        var baselineFolder = outcome.resolver.workingDirectory
        if let baselineFile {
            let url = URL(fileURLWithPath: baselineFile, relativeTo: outcome.resolver.workingDirectory).standardizedFileURL
            baselineFolder = url.deletingLastPathComponent()
            do {
                loadedBaseline = try Baseline.load(from: url)
            } catch {
                let shown = RelativePath.display(url.path, from: outcome.resolver.workingDirectory)
                printError("taalmaat: de basislijn \(shown) kan niet worden gelezen. Maak hem met 'taalmaat baseline'.")
                throw ExitCode(ExitStatus.failure)
            }
        }
        // Results in the order of the walk: files, and the paths that could not be read.
        var results: [FileResult] = []
        var problems = outcome.problems[...]
        for (index, checked) in outcome.results.enumerated() {
            while let problem = problems.first, problem.before <= index {
                results.append(FileResult(path: problem.path, outcome: .failed(message: problem.message)))
                problems = problems.dropFirst()
            }
            guard var report = checked.report else {
                results.append(FileResult(path: checked.input.displayPath, outcome: .failed(message: checked.failure ?? "")))
                continue
            }
            var fixed: [BaselineEntry] = []
            if let loadedBaseline {
                let comparison = loadedBaseline.compare(report.findings, in: report, path: checked.baselinePath(in: baselineFolder))
                report = report.replacingFindings(comparison.new)
                fixed = comparison.fixed
            }
            results.append(FileResult(path: checked.input.displayPath, outcome: .checked(report), fixedBaselineEntries: fixed))
        }
        results += problems.map { FileResult(path: $0.path, outcome: .failed(message: $0.message)) }
        // --quiet hides findings below --fail-on; the exit code still counts them all.
        let shown = results.map { result in
            guard quiet, let report = result.report else { return result }
            return FileResult(
                path: result.path, outcome: .checked(report.replacingFindings(report.findings(atLeast: failLevel))),
                fixedBaselineEntries: result.fixedBaselineEntries)
        }
        let reporter = format == TextReporter.name ? TextReporter(showsSummaries: !quiet) : Reporters.named(format)!
        let context = ReportContext(
            rules: outcome.rules, useColor: format == TextReporter.name && shouldUseColor(disabled: noColor),
            toolVersion: TaalmaatCommand.version, workingDirectory: FileManager.default.currentDirectoryPath)
        writeOutput(reporter.render(shown, context: context))
        // A CI gate whose paths or ignore patterns match nothing must not pass in silence.
        if results.isEmpty {
            printError(
                "taalmaat: geen bestanden gevonden om te controleren. Kijk of het pad klopt en of 'negeren' in .taalmaat.yml niet alles overslaat.")
            throw ExitCode(allowNoFiles ? ExitStatus.clean : ExitStatus.failure)
        }
        throw ExitCode(Self.exitStatus(results, failOn: failLevel, maximumWarnings: warningLimit))
    }

    static func exitStatus(_ results: [FileResult], failOn: Severity, maximumWarnings: Int?) -> Int32 {
        if results.contains(where: { $0.report == nil }) { return ExitStatus.failure }
        let findings = results.flatMap { $0.report?.findings ?? [] }
        if findings.contains(where: { $0.severity >= failOn }) { return ExitStatus.findings }
        if let maximumWarnings, findings.filter({ $0.severity == .waarschuwing }).count > maximumWarnings {
            return ExitStatus.findings
        }
        return ExitStatus.clean
    }
}
