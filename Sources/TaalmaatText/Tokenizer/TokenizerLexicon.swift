import Foundation

/// The data the tokenizer needs from `Dictionaries/`: abbreviations written with
/// full stops, and which of them may end a sentence.
public struct TokenizerLexicon: Sendable {
    /// Lowercased abbreviations with their full stops (`d.d.`, `bijv.`, `dhr.`).
    public private(set) var abbreviations: Set<String>
    /// Abbreviations that can also be the last word of a sentence (`enz.`, `e.d.`).
    public private(set) var sentenceFinalAbbreviations: Set<String>
    /// The longest abbreviation in segments, to bound look-ahead.
    public private(set) var maximumSegments: Int
    /// The longest first segment of any abbreviation (`ongev.` → 5). A longer word
    /// before a full stop is never an abbreviation, which settles most sentence ends
    /// without a look-up.
    public private(set) var longestFirstSegment: Int
    /// First segments of the abbreviations (`bijv` of `bijv.`), lowercased ASCII packed
    /// into an integer, so a word before a full stop is rejected without a string.
    private(set) var firstSegments: Set<UInt64> = []
    /// Whether some first segment does not fit ``firstSegments`` (non-ASCII or longer
    /// than eight bytes); then such words take the slow path.
    private(set) var hasUnpackableFirstSegment = false

    public init(abbreviations: [String: Bool] = [:]) {
        self.abbreviations = []
        self.sentenceFinalAbbreviations = []
        self.maximumSegments = 1
        self.longestFirstSegment = 2
        for (abbreviation, mayEnd) in abbreviations { add(abbreviation, mayEndSentence: mayEnd) }
    }

    /// No abbreviations: only generic patterns (`a.u.b.`, initials) are recognised.
    public static let empty = TokenizerLexicon()

    public mutating func add(_ abbreviation: String, mayEndSentence: Bool) {
        let key = abbreviation.lowercased()
        guard key.hasSuffix(".") else { return }
        abbreviations.insert(key)
        if mayEndSentence { sentenceFinalAbbreviations.insert(key) }
        let segments = key.split(separator: ".")
        maximumSegments = max(maximumSegments, segments.count)
        longestFirstSegment = max(longestFirstSegment, segments.first?.utf8.count ?? 0)
        if let first = segments.first, let packed = Self.pack(Array(first.utf8)[...]) {
            firstSegments.insert(packed)
        } else {
            hasUnpackableFirstSegment = true
        }
    }

    /// Up to eight ASCII bytes, lowercased, as one integer; nil for anything else.
    static func pack(_ bytes: ArraySlice<UInt8>) -> UInt64? {
        guard bytes.count <= 8 else { return nil }
        var packed: UInt64 = 0
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            packed = packed << 8 | UInt64(lower)
        }
        return packed
    }

    /// Whether the word in `bytes[start..<end]` can be the first segment of a known
    /// abbreviation. False answers are certain; true ones need the full look-up.
    func mayStartAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 8 else { return hasUnpackableFirstSegment }
        var packed: UInt64 = 0
        for index in start..<end {
            let byte = bytes[index]
            guard byte < 0x80 else { return hasUnpackableFirstSegment }
            packed = packed << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return firstSegments.contains(packed)
    }

    /// Reads an abbreviation table: tab-separated, first column the abbreviation, the
    /// column named `zinseinde` says `ja` when it may end a sentence. Lines starting
    /// with `#` are comments; the first non-comment line is the header.
    public static func load(contentsOf url: URL) throws -> TokenizerLexicon {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw DictionaryFileError.unreadable(path: url.path)
        }
        var lexicon = TokenizerLexicon()
        let table = try DelimitedTable(text: text, path: url.path)
        guard let abbreviationColumn = table.column(named: "afkorting") else {
            throw DictionaryFileError.missingColumn(path: url.path, column: "afkorting")
        }
        let endColumn = table.column(named: "zinseinde")
        for row in table.rows {
            let abbreviation = row[abbreviationColumn]
            guard !abbreviation.isEmpty else { continue }
            let mayEnd = endColumn.map { row[$0] == "ja" } ?? false
            lexicon.add(abbreviation, mayEndSentence: mayEnd)
        }
        return lexicon
    }

    /// The lexicon from the bundled `Dictionaries/` folder.
    public static func bundled(in directory: DictionaryDirectory) throws -> TokenizerLexicon {
        try load(contentsOf: directory.file("tekst/afkortingen.tsv"))
    }
}

/// Which template placeholder forms the tokenizer treats as one opaque token.
public enum PlaceholderStyle: String, Sendable, CaseIterable, Codable {
    case doubleBraces = "{{naam}}"
    case singleBraces = "{naam}"
    case squareBrackets = "[naam]"
    case doubleAngles = "<<naam>>"
    case guillemets = "«naam»"
    case dollars = "$naam$"
    case percents = "%naam%"
}

/// The markup a text is written in.
public enum TextFormat: String, Sendable, CaseIterable, Codable {
    case plain
    case markdown
    case html

    /// The format that belongs to a file name extension; plain text otherwise.
    public init(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "md", "markdown", "mdown", "mkd": self = .markdown
        case "html", "htm", "xhtml": self = .html
        default: self = .plain
        }
    }
}

/// Settings for one tokenizer run.
public struct TokenizerOptions: Sendable, Hashable {
    public var format: TextFormat
    public var placeholderStyles: Set<PlaceholderStyle>

    public init(format: TextFormat = .plain, placeholderStyles: Set<PlaceholderStyle> = Set(PlaceholderStyle.allCases)) {
        self.format = format
        self.placeholderStyles = placeholderStyles
    }
}
