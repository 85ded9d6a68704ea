import Testing
import TaalmaatText
@testable import Taalmaat

/// Runs every example of every rule: marked spans must be exactly the rule's
/// findings, unmarked examples must give none, and every rule must have examples.
@Suite struct RuleExampleTests {
    static let checker = try! Checker(cachesSentences: false)

    static var allRules: [RuleDescription] { checker.allRules }

    @Test(arguments: allRules.map(\.id))
    func ruleHasExamplesOfBothKinds(_ id: RuleID) throws {
        let rule = try #require(Self.allRules.first { $0.id == id })
        #expect(rule.examples.contains { $0.shouldTrigger }, "\(id) has no example that must trigger")
        #expect(rule.examples.contains { !$0.shouldTrigger }, "\(id) has no example that must not trigger")
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let rule: RuleDescription
        let example: RuleExample
        var testDescription: String { "\(rule.id): \(example.markedText)" }
    }

    static var allExamples: [Case] {
        allRules.flatMap { rule in rule.examples.map { Case(rule: rule, example: $0) } }
    }

    @Test(arguments: allExamples)
    func example(_ item: Case) throws {
        // An example with a profile runs with that profile's defaults (so it can show
        // that a rule is off there); otherwise the rule's first active profile is used.
        let profile = item.example.profile ?? Profile.allCases.first { item.rule.severities[$0] != nil } ?? .brief
        let checker = try Checker(configuration: CheckerConfiguration(profile: profile), cachesSentences: false)
        let report = checker.check(item.example.text)
        let findings = report.findings.filter { $0.ruleID == item.rule.id }
        let found = findings.map { report.document.text(of: $0.range) }
        let expected = item.example.expectedRanges.map { report.document.text(of: $0) }
        #expect(found == expected, "\(item.rule.id) in \(profile): expected \(expected), found \(found)")
        if let suggestion = item.example.firstSuggestion {
            #expect(findings.first?.suggestions.first?.title == suggestion)
        }
    }
}
