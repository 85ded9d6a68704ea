import TaalmaatText

/// The result of checking one text: the findings, in text order, and the scores.
public struct Report: Sendable {
    /// The checked text, tokenized and structured; findings point into it.
    public let document: Document
    public let profile: Profile
    public let findings: [Finding]
    public let scores: Scores
    /// Findings switched off by `taalmaat-uit` instructions in the text.
    public let suppressedCount: Int

    public init(document: Document, profile: Profile, findings: [Finding], scores: Scores, suppressedCount: Int = 0) {
        self.document = document
        self.profile = profile
        self.findings = findings
        self.scores = scores
        self.suppressedCount = suppressedCount
    }

    /// The same report with other findings (for example without those in a baseline).
    public func replacingFindings(_ findings: [Finding]) -> Report {
        Report(document: document, profile: profile, findings: findings, scores: scores, suppressedCount: suppressedCount)
    }

    /// Findings at or above a severity.
    public func findings(atLeast severity: Severity) -> [Finding] {
        findings.filter { $0.severity >= severity }
    }

    /// How many findings there are of each severity.
    public var counts: [Severity: Int] {
        var counts: [Severity: Int] = [:]
        for finding in findings { counts[finding.severity, default: 0] += 1 }
        return counts
    }
}
