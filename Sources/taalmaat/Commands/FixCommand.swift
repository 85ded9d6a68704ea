import ArgumentParser
import Foundation
import Taalmaat

/// `taalmaat fix`: applies the suggestions that are safe (one word for another,
/// nothing else in the sentence changes). Files are replaced atomically and only when
/// they did not change while Taalmaat worked.
struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Vervang moeilijke woorden door de veilige alternatieven.",
        discussion: """
            Alleen suggesties die veilig zijn (zoals 'indien' → 'als') worden toegepast. \
            Met --dry-run ziet u eerst wat er verandert.
            """)

    @OptionGroup var options: CheckOptions

    @Flag(name: .customLong("dry-run"), help: "Toon de wijzigingen als diff, maar verander niets.")
    var dryRun = false

    func run() throws {
        let outcome: CheckSession.Outcome
        do {
            outcome = try CheckSession(options: options).run()
        } catch {
            printError(error.line)
            throw ExitCode(ExitStatus.failure)
        }
        var failed = false
        for problem in outcome.problems {
            printError("taalmaat: \(problem.path) \(problem.message)")
            failed = true
        }
        var changedFiles = 0
        var totalEdits = 0
        for checked in outcome.results {
            let path = checked.input.displayPath
            guard let report = checked.report, let original = checked.bytes else {
                printError("taalmaat: \(path) \(checked.failure ?? "")")
                failed = true
                continue
            }
            let fixed = SafeFixes.apply(to: report)
            let changed = fixed.appliedEdits > 0 && fixed.bytes != original
            if checked.input.url == nil, !dryRun {
                // Standard input is a filter: the text always comes back, changed or not.
                FileHandle.standardOutput.write(Data(fixed.bytes))
                if changed {
                    changedFiles += 1
                    totalEdits += fixed.appliedEdits
                }
                continue
            }
            guard changed else { continue }
            if dryRun {
                writeOutput(
                    UnifiedDiff.make(
                        old: String(decoding: original, as: UTF8.self), new: String(decoding: fixed.bytes, as: UTF8.self),
                        path: path))
                changedFiles += 1
                totalEdits += fixed.appliedEdits
                continue
            }
            do {
                try AtomicWriter.replace(checked.input.url!, expecting: original, with: fixed.bytes)
                changedFiles += 1
                totalEdits += fixed.appliedEdits
                printError("\(path): \(fixed.appliedEdits) \(fixed.appliedEdits == 1 ? "vervanging" : "vervangingen").")
            } catch {
                printError("taalmaat: \(path) \(error.message)")
                failed = true
            }
        }
        let edits = "\(totalEdits) veilige \(totalEdits == 1 ? "vervanging" : "vervangingen")"
        let files = "\(changedFiles) \(changedFiles == 1 ? "bestand" : "bestanden")"
        printError(dryRun ? "Taalmaat zou \(edits) in \(files) doen. Er is niets veranderd." : "Taalmaat heeft \(edits) in \(files) gedaan.")
        if failed { throw ExitCode(ExitStatus.failure) }
    }
}
