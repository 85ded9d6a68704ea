@testable import Taalmaat

/// Runs one rule on a text and returns the marked texts and the findings.
enum ZinTestSupport {
    static func check(
        _ rule: String, _ text: String, profile: Profile = .brief, thresholds: [String: Double] = [:], enabled: Bool? = nil
    ) throws -> (texts: [String], findings: [Finding]) {
        let setting = RuleSetting(enabled: enabled, thresholds: thresholds)
        let checker = try Checker(
            configuration: CheckerConfiguration(profile: profile, rules: [rule: setting]), cachesSentences: false)
        let report = checker.check(text)
        let findings = report.findings.filter { $0.ruleID.rawValue == rule }
        return (findings.map { report.document.text(of: $0.range) }, findings)
    }
}
