import Taalmaat
import TaalmaatText

/// The outcome of one checked file (or standard input).
public struct FileResult: Sendable {
    /// The path as the user gave it or as found in a folder (relative when possible).
    public let path: String
    public let outcome: Outcome
    /// Baseline entries of this file that no longer occur (fixed since the baseline).
    public var fixedBaselineEntries: [BaselineEntry]

    public enum Outcome: Sendable {
        case checked(Report)
        /// The file could not be checked; the message is Dutch and says why.
        case failed(message: String)
    }

    public init(path: String, outcome: Outcome, fixedBaselineEntries: [BaselineEntry] = []) {
        self.path = path
        self.outcome = outcome
        self.fixedBaselineEntries = fixedBaselineEntries
    }

    public var report: Report? {
        if case .checked(let report) = outcome { return report }
        return nil
    }

    public var failureMessage: String? {
        if case .failed(let message) = outcome { return message }
        return nil
    }
}

/// What every reporter may need besides the results.
public struct ReportContext: Sendable {
    /// Every rule, for formats that describe rules (SARIF).
    public let rules: [RuleDescription]
    /// Colour and other terminal niceties (text format only).
    public let useColor: Bool
    public let toolVersion: String
    /// The folder that paths are relative to (SARIF `originalUriBaseIds`).
    public let workingDirectory: String

    public init(rules: [RuleDescription], useColor: Bool, toolVersion: String, workingDirectory: String) {
        self.rules = rules
        self.useColor = useColor
        self.toolVersion = toolVersion
        self.workingDirectory = workingDirectory
    }
}

/// Turns results into one output format. One reporter per file in this folder.
public protocol Reporter: Sendable {
    /// The name used with `--format`.
    static var name: String { get }
    func render(_ results: [FileResult], context: ReportContext) -> String
}

/// All formats by name.
public enum Reporters {
    public static let all: [any Reporter.Type] = [
        TextReporter.self, JSONReporter.self, SARIFReporter.self, GitHubReporter.self, CheckstyleReporter.self,
        JUnitReporter.self, LineReporter.self,
    ]

    public static func named(_ name: String) -> (any Reporter)? {
        switch name {
        case TextReporter.name: TextReporter()
        case JSONReporter.name: JSONReporter()
        case SARIFReporter.name: SARIFReporter()
        case GitHubReporter.name: GitHubReporter()
        case CheckstyleReporter.name: CheckstyleReporter()
        case JUnitReporter.name: JUnitReporter()
        case LineReporter.name: LineReporter()
        default: nil
        }
    }
}
