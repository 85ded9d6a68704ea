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

    @Option(help: "Het basislijnbestand.")
    var output: String = Baseline.defaultFileName

    func run() throws {
        let outcome: CheckSession.Outcome
        do {
            outcome = try CheckSession(options: options).run()
        } catch {
            printError("taalmaat: \(error.message)")
            throw ExitCode(ExitStatus.failure)
        }
        var entries: [BaselineEntry] = []
        var failed = outcome.problems.map { "\($0.path): \($0.message)" }
        for checked in outcome.results {
            guard let report = checked.report else {
                failed.append("\(checked.input.displayPath): \(checked.failure ?? "")")
                continue
            }
            entries += report.findings.map { BaselineEntry(finding: $0, in: report, path: checked.input.displayPath) }
        }
        do {
            try Baseline(entries: entries).encoded().write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            printError("taalmaat: \(output) kan niet worden geschreven (\(error.localizedDescription)).")
            throw ExitCode(ExitStatus.failure)
        }
        for line in failed { printError("taalmaat: \(line)") }
        writeOutput("\(output): \(entries.count) bevindingen uit \(outcome.results.count) bestanden opgeslagen.\n")
        if !failed.isEmpty { throw ExitCode(ExitStatus.failure) }
    }
}
