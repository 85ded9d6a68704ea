import TaalmaatText
@testable import Taalmaat

/// Checks a text with one `brief.*` rule switched on (plus its own settings) and
/// returns that rule's findings and the report.
enum BriefCheck {
    static func findings(
        _ rule: String, in text: String, profile: Profile = .brief, thresholds: [String: Double] = [:]
    ) throws -> (findings: [Finding], report: Report) {
        let configuration = CheckerConfiguration(
            profile: profile, rules: [rule: RuleSetting(thresholds: thresholds)])
        let checker = try Checker(configuration: configuration, cachesSentences: false)
        let report = checker.check(text)
        return (report.findings.filter { $0.ruleID.rawValue == rule }, report)
    }

    /// A letter around a body text.
    static func letter(_ body: String, salutation: String = "Beste mevrouw Jansen,", signer: String = "Karin de Vries") -> String {
        "\(salutation)\n\n\(body)\n\nMet vriendelijke groet,\n\n\(signer)"
    }
}
