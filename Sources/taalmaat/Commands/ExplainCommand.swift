import ArgumentParser
import Foundation
import Taalmaat

/// `taalmaat explain RULE`: the full Dutch explanation of a rule, why it matters for a
/// family under stress, its settings and its examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Leg een regel uit, met voorbeelden.")

    @Argument(help: "De regel, bijvoorbeeld toon.dreigen.")
    var rule: String

    func run() throws {
        let rules: [RuleDescription]
        do {
            rules = try RuleCatalog.descriptions()
        } catch {
            printError("taalmaat: \(error)")
            throw ExitCode(ExitStatus.failure)
        }
        guard let description = rules.first(where: { $0.id.rawValue == rule }) else {
            let hint = Suggester.closest(to: rule, among: rules.map(\.id.rawValue), maximumDistance: 4).map { " Bedoelt u '\($0)'?" } ?? ""
            printError("taalmaat: er is geen regel '\(rule)'.\(hint) 'taalmaat rules' toont alle regels.")
            throw ExitCode(ExitStatus.failure)
        }
        writeOutput(Self.text(for: description))
    }

    static func text(for rule: RuleDescription) -> String {
        var out = "\(rule.id.rawValue): \(rule.name)\n\n"
        out += "\(rule.summary)\n\n"
        out += "Wat is het?\n\(indent(rule.explanation))\n\n"
        out += "Waarom is dit belangrijk?\n\(indent(rule.whyItMatters))\n\n"
        out += "Ernst per profiel:\n"
        for profile in Profile.allCases {
            out += "  \(profile.rawValue): \(rule.severities[profile]?.rawValue ?? "uit")\n"
        }
        if !rule.thresholds.isEmpty {
            out += "\nInstellingen (in .taalmaat.yml onder regels: \(rule.id.rawValue):):\n"
            for threshold in rule.thresholds {
                let values = Profile.allCases.map { "\($0.rawValue) \(number(threshold.value(for: $0)))" }.joined(separator: ", ")
                out += "  \(threshold.key): \(threshold.summary) Standaard: \(values).\n"
            }
        }
        let wrong = rule.examples.filter(\.shouldTrigger)
        let right = rule.examples.filter { !$0.shouldTrigger }
        if !wrong.isEmpty {
            out += "\nVoorbeelden die Taalmaat markeert:\n"
            for example in wrong {
                out += "  ✗ \(example.markedText.replacingOccurrences(of: "\n", with: " ⏎ "))\n"
                if let better = example.improved { out += "  ✓ \(better)\n" }
            }
        }
        if !right.isEmpty {
            out += "\nVoorbeelden die goed zijn:\n"
            for example in right { out += "  ✓ \(example.text.replacingOccurrences(of: "\n", with: " ⏎ "))\n" }
        }
        if !rule.wordLists.isEmpty {
            out += "\nWoordenlijsten: \(rule.wordLists.joined(separator: ", "))\n"
        }
        return out
    }

    static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value).replacingOccurrences(of: ".", with: ",")
    }
}
