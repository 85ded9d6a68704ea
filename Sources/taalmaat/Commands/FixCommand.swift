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
            printError("taalmaat: \(error.message)")
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
            guard fixed.appliedEdits > 0, fixed.bytes != original else { continue }
            if dryRun || checked.input.url == nil {
                let diff = UnifiedDiff.make(
                    old: String(decoding: original, as: UTF8.self), new: String(decoding: fixed.bytes, as: UTF8.self),
                    path: path)
                writeOutput(checked.input.url == nil && !dryRun ? String(decoding: fixed.bytes, as: UTF8.self) : diff)
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
        let verb = dryRun ? "zou" : "heeft"
        printError("Taalmaat \(verb) \(totalEdits) veilige \(totalEdits == 1 ? "vervanging" : "vervangingen") in \(changedFiles) \(changedFiles == 1 ? "bestand" : "bestanden") gedaan.")
        if failed { throw ExitCode(ExitStatus.failure) }
    }
}
