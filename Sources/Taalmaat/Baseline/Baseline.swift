import Foundation
import TaalmaatText

/// One known finding in a baseline: which rule, on which words, in which sentence.
///
/// Matching uses the rule, the normalised matched text and the normalised sentence,
/// not line numbers, so a baseline survives edits elsewhere in the file.
public struct BaselineEntry: Codable, Hashable, Sendable {
    public var path: String
    public var rule: String
    public var text: String
    public var sentence: String

    public init(path: String, rule: String, text: String, sentence: String) {
        self.path = path
        self.rule = rule
        self.text = text
        self.sentence = sentence
    }

    enum CodingKeys: String, CodingKey {
        case path = "bestand"
        case rule = "regel"
        case text = "tekst"
        case sentence = "zin"
    }

    /// The entry for a finding in a report.
    public init(finding: Finding, in report: Report, path: String) {
        let document = report.document
        let sentence = document.sentenceIndex(containing: finding.range.start).map { document.text(of: document.sentences[$0].range) }
        self.init(
            path: path, rule: finding.ruleID.rawValue, text: Self.normalize(finding.matchedText),
            sentence: Self.normalize(sentence ?? finding.matchedText))
    }

    /// Lowercase, with runs of white space as one space.
    static func normalize(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// A file of known findings, so a team can adopt Taalmaat on existing templates and
/// fail only on new problems.
public struct Baseline: Codable, Sendable {
    public static let defaultFileName = ".taalmaat-basislijn.json"
    public static let currentVersion = 1

    public var version: Int
    public var entries: [BaselineEntry]

    enum CodingKeys: String, CodingKey {
        case version = "versie"
        case entries = "bevindingen"
    }

    public init(entries: [BaselineEntry]) {
        self.version = Self.currentVersion
        self.entries = entries.sorted { ($0.path, $0.rule, $0.sentence, $0.text) < ($1.path, $1.rule, $1.sentence, $1.text) }
    }

    public static func load(from url: URL) throws -> Baseline {
        let data = try Data(contentsOf: url)
        return try JSONDecoder().decode(Baseline.self, from: data)
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Splits a file's findings into new ones and known ones, and returns the entries
    /// of that file that no longer occur. Each entry absorbs one finding, so a problem
    /// that appears twice where the baseline knew it once counts once as new.
    public func compare(_ findings: [Finding], in report: Report, path: String) -> (new: [Finding], fixed: [BaselineEntry]) {
        var remaining: [BaselineEntry: Int] = [:]
        for entry in entries where entry.path == path { remaining[entry, default: 0] += 1 }
        var new: [Finding] = []
        for finding in findings {
            let key = BaselineEntry(finding: finding, in: report, path: path)
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
            } else {
                new.append(finding)
            }
        }
        let fixed = remaining.flatMap { entry, count in Array(repeating: entry, count: count) }
            .sorted { ($0.rule, $0.text) < ($1.rule, $1.text) }
        return (new, fixed)
    }
}
