import Foundation
import TaalmaatText

/// One line of a word list in `Dictionaries/woorden/`: patterns, alternatives,
/// explanation, example and options. See `Dictionaries/README.md` for the format.
public struct LexiconEntry: Sendable, Hashable {
    /// The list file, relative to the dictionary folder (`woorden/ambtelijk.tsv`).
    public let list: String
    /// The 1-based line in that file, for messages and tests.
    public let line: Int
    /// The patterns as written, e.g. `["indien"]` or `["zorg {dragen} voor"]`.
    public let patterns: [String]
    /// B1 alternatives, best first.
    public let alternatives: [String]
    public let explanation: String
    /// A sentence that must trigger the entry.
    public let example: String
    /// A sentence with similar words that must not trigger it.
    public let counterExample: String?
    public let options: Options

    public struct Options: Sendable, Hashable {
        /// The first alternative can replace the matched words automatically.
        public var safe = false
        public var verb = false
        public var noun = false
        public var adjective = false
        /// The separable particle (`in`, `in gebreke`).
        public var particle: [String] = []
        public var caseSensitive = false
        /// A legal name: fine when the same or next sentence explains it.
        public var explanationSuffices = false
        /// Context name → alternative shown first in that context.
        public var contextAlternatives: [String: String] = [:]
        public var notAfter: Set<String> = []
        public var notBefore: Set<String> = []
        public var extraForms: [String] = []
    }

    /// The first alternative, used as the main suggestion.
    public var primaryAlternative: String? { alternatives.first }

    /// A display name for messages: the first pattern without verb braces.
    public var headword: String {
        (patterns.first ?? "").replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")
    }
}

extension LexiconEntry.Options {
    /// Parses the `opties` column.
    init(parsing text: String, path: String, line: Int) throws(DictionaryFileError) {
        self.init()
        for rawOption in text.split(separator: ",") {
            let option = String(rawOption.trimmedSpaces)
            guard !option.isEmpty else { continue }
            let parts = option.split(separator: "=", maxSplits: 1).map { String($0.trimmedSpaces) }
            let name = parts[0]
            let value = parts.count > 1 ? parts[1] : ""
            switch name {
            case "veilig": safe = true
            case "ww": verb = true
            case "zn": noun = true
            case "bn": adjective = true
            case "hoofdletters": caseSensitive = true
            case "uitleg-volstaat": explanationSuffices = true
            case "scheidbaar":
                particle = value.split(separator: " ").map(String.init)
                guard !particle.isEmpty else { throw .malformedLine(path: path, line: line, reason: "scheidbaar= heeft een deel nodig") }
            case "context":
                let pieces = value.split(separator: ":", maxSplits: 1).map { String($0.trimmedSpaces) }
                guard pieces.count == 2, !pieces[0].isEmpty, !pieces[1].isEmpty else {
                    throw .malformedLine(path: path, line: line, reason: "schrijf context=NAAM:ALTERNATIEF")
                }
                contextAlternatives[pieces[0]] = pieces[1]
            case "niet-na": notAfter = Set(value.split(separator: "/").map { $0.lowercased() })
            case "niet-voor": notBefore = Set(value.split(separator: "/").map { $0.lowercased() })
            case "vormen": extraForms = value.split(separator: "/").map { String($0.trimmedSpaces) }
            default:
                throw .malformedLine(path: path, line: line, reason: "onbekende optie '\(name)'")
            }
        }
    }
}

/// Reads word lists into entries.
enum WordListReader {
    /// The columns of a word list; `goed` is optional.
    static func read(text: String, list: String, path: String) throws(DictionaryFileError) -> [LexiconEntry] {
        let table = try DelimitedTable(text: text, path: path)
        guard let word = table.column(named: "woord") else { throw .missingColumn(path: path, column: "woord") }
        let alternatives = table.column(named: "alternatieven")
        let explanation = table.column(named: "uitleg")
        let example = table.column(named: "voorbeeld")
        let options = table.column(named: "opties")
        let counter = table.column(named: "goed")
        var entries: [LexiconEntry] = []
        for (row, line) in zip(table.rows, table.lineNumbers) {
            let patterns = splitAlternatives(row[word])
            guard !patterns.isEmpty else { continue }
            entries.append(
                LexiconEntry(
                    list: list, line: line, patterns: patterns,
                    alternatives: alternatives.map { splitAlternatives(row[$0]) } ?? [],
                    explanation: explanation.map { row[$0] } ?? "",
                    example: example.map { row[$0] } ?? "",
                    counterExample: counter.flatMap { row[$0].isEmpty ? nil : row[$0] },
                    options: try LexiconEntry.Options(parsing: options.map { row[$0] } ?? "", path: path, line: line)))
        }
        return entries
    }

    static func splitAlternatives(_ field: String) -> [String] {
        guard field.utf8.contains(0x7C) else {
            let trimmed = String(field.trimmedSpaces)
            return trimmed.isEmpty ? [] : [trimmed]
        }
        // Split on the bytes: "|" is ASCII, so this never cuts a character.
        return field.utf8.split(separator: 0x7C).compactMap { part in
            let trimmed = String(String(decoding: part, as: UTF8.self).trimmedSpaces)
            return trimmed.isEmpty ? nil : trimmed
        }
    }
}
