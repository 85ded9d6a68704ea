import Foundation
import Taalmaat
import TaalmaatText

/// `json`: the full results in a versioned schema (`Fixtures/schema/taalmaat-rapport-1.schema.json`).
/// Keys are English, as in other tools' machine formats; messages are Dutch.
public struct JSONReporter: Reporter {
    public static let name = "json"
    public static let schemaVersion = 1
    public init() {}

    public func render(_ results: [FileResult], context: ReportContext) -> String {
        let document = Output(
            schemaVersion: Self.schemaVersion,
            tool: Tool(name: "taalmaat", version: context.toolVersion),
            files: results.map(file),
            summary: Summary(results))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    func file(_ result: FileResult) -> File {
        guard let report = result.report else {
            return File(path: result.path, status: "failed", error: result.failureMessage, profile: nil, findings: [], scores: nil, suppressed: 0, fixedBaselineEntries: [])
        }
        return File(
            path: result.path, status: "checked", error: nil, profile: report.profile.rawValue,
            findings: report.findings.map { finding($0, report: report) }, scores: Scores(report.scores),
            suppressed: report.suppressedCount,
            fixedBaselineEntries: result.fixedBaselineEntries.map { Fixed(rule: $0.rule, text: $0.text, sentence: $0.sentence) })
    }

    func finding(_ finding: Taalmaat.Finding, report: Report) -> FindingOutput {
        FindingOutput(
            rule: finding.ruleID.rawValue, category: finding.category.rawValue, severity: finding.severity.rawValue,
            message: finding.message, explanation: finding.explanation, text: finding.matchedText,
            range: Range(finding.span),
            related: finding.relatedRanges.map { Range(report.document.source.span(of: $0)) },
            suggestions: finding.suggestions.map { suggestion in
                SuggestionOutput(
                    title: suggestion.title, safe: suggestion.isSafe,
                    edits: suggestion.edits.map { Edit(range: Range(report.document.source.span(of: $0.range)), replacement: $0.replacement) })
            })
    }

    // MARK: - Schema

    struct Output: Encodable {
        let schemaVersion: Int
        let tool: Tool
        let files: [File]
        let summary: Summary
    }

    struct Tool: Encodable {
        let name: String
        let version: String
    }

    struct File: Encodable {
        let path: String
        /// `checked` or `failed`.
        let status: String
        let error: String?
        let profile: String?
        let findings: [FindingOutput]
        let scores: Scores?
        let suppressed: Int
        let fixedBaselineEntries: [Fixed]
    }

    struct Fixed: Encodable {
        let rule: String
        let text: String
        let sentence: String
    }

    struct FindingOutput: Encodable {
        let rule: String
        let category: String
        let severity: String
        let message: String
        let explanation: String
        let text: String
        let range: Range
        let related: [Range]
        let suggestions: [SuggestionOutput]
    }

    struct SuggestionOutput: Encodable {
        let title: String
        let safe: Bool
        let edits: [Edit]
    }

    struct Edit: Encodable {
        let range: Range
        let replacement: String
    }

    /// Positions in every coordinate system: 1-based line and column (Unicode scalars),
    /// 0-based UTF-16 column (as in LSP) and 0-based UTF-8 byte offset.
    struct Range: Encodable {
        let start: Position
        let end: Position

        init(_ span: SourceSpan) {
            start = Position(span.start)
            end = Position(span.end)
        }
    }

    struct Position: Encodable {
        let line: Int
        let column: Int
        let utf16Column: Int
        let offset: Int

        init(_ location: SourceLocation) {
            line = location.line + 1
            column = location.scalarColumn + 1
            utf16Column = location.utf16Column
            offset = location.utf8Offset
        }
    }

    struct Scores: Encodable {
        let readability: Readability
        let stress: Stress

        init(_ scores: Taalmaat.Scores) {
            readability = Readability(scores.readability)
            stress = Stress(scores.stress)
        }
    }

    struct Readability: Encodable {
        let verdict: String
        let sentences: Int
        let words: Int
        let averageSentenceLength: Double
        let longestSentence: Int
        let longSentenceShare: Double
        let longSentenceThreshold: Int
        let difficultWordShare: Double
        let syllablesPerWord: Double
        let fleschDouma: Double
        let brouwer: Double
        let wordFindingsPer100Words: Double
        let criteria: [Criterion]

        init(_ score: ReadabilityScore) {
            verdict = score.verdict.rawValue
            sentences = score.sentences
            words = score.words
            averageSentenceLength = rounded(score.averageSentenceLength)
            longestSentence = score.longestSentence
            longSentenceShare = rounded(score.longSentenceShare)
            longSentenceThreshold = score.longSentenceThreshold
            difficultWordShare = rounded(score.difficultWordShare)
            syllablesPerWord = rounded(score.syllablesPerWord)
            fleschDouma = rounded(score.fleschDouma)
            brouwer = rounded(score.brouwer)
            wordFindingsPer100Words = rounded(score.wordFindingsPer100Words)
            criteria = score.criteria.map {
                Criterion(name: $0.name, value: rounded($0.value), limit: $0.limit, atMost: $0.atMost, passed: $0.passed)
            }
        }
    }

    struct Criterion: Encodable {
        let name: String
        let value: Double
        let limit: Double
        let atMost: Bool
        let passed: Bool
    }

    struct Stress: Encodable {
        let score: Int
        let level: String
        let toneComponent: Double
        let missingComponent: Double
        let weightedToneFindingsPer100Words: Double
        let toneFindings: Int
        let missingElements: [String]

        init(_ score: StressScore) {
            self.score = score.score
            level = score.level
            toneComponent = rounded(score.toneComponent)
            missingComponent = rounded(score.missingComponent)
            weightedToneFindingsPer100Words = rounded(score.weightedToneFindingsPer100Words)
            toneFindings = score.toneFindings
            missingElements = score.missingElements.map(\.rawValue)
        }
    }

    struct Summary: Encodable {
        let files: Int
        let failed: Int
        let errors: Int
        let warnings: Int
        let infos: Int

        init(_ results: [FileResult]) {
            files = results.count
            failed = results.filter { $0.report == nil }.count
            let findings = results.flatMap { $0.report?.findings ?? [] }
            errors = findings.filter { $0.severity == .fout }.count
            warnings = findings.filter { $0.severity == .waarschuwing }.count
            infos = findings.filter { $0.severity == .tip }.count
        }
    }
}

/// Two decimals are enough for scores and keep golden files stable.
private func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
