import ArgumentParser
import Foundation
import Taalmaat

/// `taalmaat rules`: every rule with id, category, default severity per profile and
/// one line of explanation.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "Toon alle regels met hun ernst per profiel.")

    func run() throws {
        let rules: [RuleDescription]
        do {
            rules = try RuleCatalog.descriptions()
        } catch {
            printError("taalmaat: \(error)")
            throw ExitCode(ExitStatus.failure)
        }
        let idWidth = rules.map(\.id.rawValue.count).max() ?? 10
        var out = "Ernst per profiel: brief / verslag / kind / intern (uit = staat uit).\n\n"
        for category in RuleCategory.allCases {
            let inCategory = rules.filter { $0.category == category }
            guard !inCategory.isEmpty else { continue }
            out += "\(category.title)\n"
            for rule in inCategory {
                let severities = Profile.allCases.map { rule.severities[$0]?.rawValue ?? "uit" }.joined(separator: " / ")
                out += "  " + rule.id.rawValue.padding(toLength: idWidth + 2, withPad: " ", startingAt: 0)
                out += severities + "\n"
                out += "  " + String(repeating: " ", count: idWidth + 2) + rule.summary + "\n"
            }
            out += "\n"
        }
        out += "Meer over een regel: taalmaat explain REGEL\n"
        writeOutput(out)
    }
}
