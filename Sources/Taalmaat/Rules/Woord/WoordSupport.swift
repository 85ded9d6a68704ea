import Foundation
import Synchronization
import TaalmaatText

/// Data of the word rules that is not a word list: the abbreviation table with its
/// written-out forms and the acronyms everybody knows. Loaded once per set of
/// resources (one `Dictionaries/` folder).
struct WoordData: Sendable {
    /// One row of `tekst/afkortingen.tsv`.
    struct Abbreviation: Sendable {
        let abbreviation: String
        /// Written-out forms, best first.
        let fullForms: [String]
        /// The first full form can replace the abbreviation without changing the sentence.
        let safe: Bool
        let explanation: String
    }

    static let abbreviationFile = "tekst/afkortingen.tsv"
    static let knownAcronymFile = "tekst/bekende-afkortingen.txt"

    /// By lowercased abbreviation with its full stops (`m.b.t.`).
    let abbreviations: [String: Abbreviation]
    /// Lowercased acronyms that need no explanation (`uwv`, `digid`).
    let knownAcronyms: Set<String>

    init(abbreviations: [String: Abbreviation], knownAcronyms: Set<String>) {
        self.abbreviations = abbreviations
        self.knownAcronyms = knownAcronyms
    }

    /// Reads both files. Throws on a malformed abbreviation table; a missing list of
    /// known acronyms is an empty list.
    static func load(directory: DictionaryDirectory) throws(DictionaryFileError) -> WoordData {
        let tablePath = directory.file(abbreviationFile).path
        guard let tableText = try? String(contentsOfFile: tablePath, encoding: .utf8) else {
            throw .unreadable(path: tablePath)
        }
        let table = try DelimitedTable(text: tableText, path: tablePath)
        guard let abbreviationColumn = table.column(named: "afkorting") else {
            throw .missingColumn(path: tablePath, column: "afkorting")
        }
        guard let fullColumn = table.column(named: "voluit") else {
            throw .missingColumn(path: tablePath, column: "voluit")
        }
        let explanationColumn = table.column(named: "uitleg")
        let safeColumn = table.column(named: "veilig")
        var abbreviations: [String: Abbreviation] = [:]
        for row in table.rows where !row[abbreviationColumn].isEmpty {
            let key = row[abbreviationColumn].lowercased()
            abbreviations[key] = Abbreviation(
                abbreviation: key,
                fullForms: WordListReader.splitAlternatives(row[fullColumn]),
                safe: safeColumn.map { row[$0] == "ja" } ?? false,
                explanation: explanationColumn.map { row[$0] } ?? "")
        }
        var known: Set<String> = []
        let knownPath = directory.file(knownAcronymFile).path
        if let text = try? String(contentsOfFile: knownPath, encoding: .utf8) {
            for line in text.split(separator: "\n") {
                let entry = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                let word = String(entry.trimmedSpaces)
                if !word.isEmpty { known.insert(word.lowercased()) }
            }
        }
        return WoordData(abbreviations: abbreviations, knownAcronyms: known)
    }

    private static let loaded = Mutex<[ObjectIdentifier: (owner: EngineResources, data: WoordData)]>([:])

    /// The data for a set of resources, read on first use. The resources stay in the
    /// table, so their identity cannot be reused by another object.
    static func shared(for resources: EngineResources) -> WoordData {
        let key = ObjectIdentifier(resources)
        if let known = loaded.withLock({ $0[key]?.data }) { return known }
        // The tokenizer has already read the abbreviation table, so it exists; a broken
        // extra column must not stop the other rules.
        let data = (try? load(directory: resources.directory)) ?? WoordData(abbreviations: [:], knownAcronyms: [])
        return loaded.withLock { table in
            if let existing = table[key]?.data { return existing }
            table[key] = (resources, data)
            return data
        }
    }
}

extension SentenceContext {
    /// Whether a word list matched the word at a position. Such words already have a
    /// finding with a better alternative (jargon, officialese, labels), so the general
    /// word rules leave them alone. The explanation signals (*dat betekent*) do not count.
    func isCoveredByWordList(_ position: Int) -> Bool {
        guard !matches.isEmpty else { return false }
        var signals: Range<Int>??
        for match in matches {
            let covers = (match.first <= position && position <= match.last) || (match.particle?.contains(position) ?? false)
            guard covers else { continue }
            // The list is looked up only once a match covers the word.
            if signals == nil { signals = .some(Self.explanationSignals.range(in: resources)) }
            if let range = signals ?? nil, range.contains(match.entry) { continue }
            return true
        }
        return false
    }

    static let explanationSignals = ListEntries(CheckRun.explanationSignals)
}

extension Document {
    /// Whether a token is joined to another word by a full stop, slash, underscore or
    /// backslash without a space: a file name or path (*taalmaat.yml*, *map/brief*).
    func isGluedToAnotherWord(_ index: Int) -> Bool {
        func isJoiner(_ position: Int) -> Bool {
            guard position >= 0, position < tokens.count, tokens[position].kind == .punctuation || tokens[position].kind == .symbol,
                tokens[position].length == 1
            else { return false }
            let byte = source.utf8[tokens[position].start]
            return byte == 0x2E || byte == 0x2F || byte == 0x5F || byte == 0x5C
        }
        func isWordLike(_ position: Int) -> Bool {
            guard position >= 0, position < tokens.count else { return false }
            let kind = tokens[position].kind
            return kind == .word || kind == .number || kind == .abbreviation
        }
        return (isJoiner(index - 1) && isWordLike(index - 2)) || (isJoiner(index + 1) && isWordLike(index + 2))
    }
}

/// Small helpers on words shared by the word rules.
enum WoordText {
    /// Letters that Dutch words use, for generating spelling candidates.
    static let dutchLetters: [Character] = Array("abcdefghijklmnopqrstuvwxyzéëèïöüáóú")
    /// The UTF-8 bytes of ``dutchLetters`` one after another; letter `n` ends at
    /// `dutchLetterEnds[n]` and starts where letter `n - 1` ends.
    static let dutchLetterBytes: [UInt8] = dutchLetters.flatMap { Array($0.utf8) }
    static let dutchLetterEnds: [Int] = {
        var ends: [Int] = []
        var offset = 0
        for letter in dutchLetters {
            offset += letter.utf8.count
            ends.append(offset)
        }
        return ends
    }()

    static func isVowel(_ character: Character) -> Bool { "aeiouyéëèïöüáóú".contains(character) }

    /// Upper-cases the first letter: *bijvoorbeeld* → *Bijvoorbeeld*.
    static func capitalized(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    /// Gives `replacement` the capital of `original` when `original` starts with one.
    /// Unlike ``Casing/match(_:to:)`` an all-capital original (*N.B.*, *NIET*) only
    /// capitalises the first letter.
    static func matchingFirstCapital(_ replacement: String, to original: String) -> String {
        guard let first = original.first, first.isUppercase else { return replacement }
        return capitalized(replacement)
    }

    /// The parts of a hyphenated word with their byte offsets in it. The tokenizer
    /// joins parts with `-` and the non-breaking hyphen U+2011.
    static func hyphenParts(of text: String) -> [(text: Substring, offset: Int)] {
        var parts: [(Substring, Int)] = []
        var start = text.startIndex
        var startOffset = 0
        var offset = 0
        for index in text.indices {
            let character = text[index]
            let width = character.utf8.count
            if character == "-" || character == "\u{2011}" {
                parts.append((text[start..<index], startOffset))
                start = text.index(after: index)
                startOffset = offset + width
            }
            offset += width
        }
        parts.append((text[start...], startOffset))
        return parts
    }

    /// The number of letters (not hyphens, apostrophes or digits) in a word.
    static func letterCount(_ word: String) -> Int { word.reduce(0) { $0 + ($1.isLetter ? 1 : 0) } }
}
