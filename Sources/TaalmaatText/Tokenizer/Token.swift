/// What a token is. Later stages decide from the kind whether a token is a word to
/// check, a number to leave alone, or layout.
public enum TokenKind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case word
    case number
    case amount
    case date
    case time
    case percentage
    case abbreviation
    case url
    case email
    case phoneNumber
    case placeholder
    case punctuation
    case symbol
    case whitespace
    /// A list marker at the start of a line: `1.`, `a)`, `-`, `•`.
    case listMarker
    /// Markup that is not text: HTML tags and comments, Markdown syntax, code.
    case markup

    /// Whether the token counts as a word when measuring sentence length.
    public var countsAsWord: Bool {
        switch self {
        case .word, .number, .amount, .date, .time, .percentage, .abbreviation, .url, .email,
            .phoneNumber, .placeholder:
            return true
        case .punctuation, .symbol, .whitespace, .listMarker, .markup:
            return false
        }
    }

    /// Whether the token carries no text content (layout or markup).
    public var isTrivia: Bool { self == .whitespace || self == .markup }

    public var description: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .amount: "amount"
        case .date: "date"
        case .time: "time"
        case .percentage: "percentage"
        case .abbreviation: "abbreviation"
        case .url: "url"
        case .email: "email"
        case .phoneNumber: "phone"
        case .placeholder: "placeholder"
        case .punctuation: "punctuation"
        case .symbol: "symbol"
        case .whitespace: "whitespace"
        case .listMarker: "list-marker"
        case .markup: "markup"
        }
    }
}

/// Facts about a token that the tokenizer learns for free while scanning.
public struct TokenFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Starts with an uppercase letter.
    public static let capitalized = TokenFlags(rawValue: 1 << 0)
    /// Two or more letters, all uppercase.
    public static let allCaps = TokenFlags(rawValue: 1 << 1)
    public static let containsDigit = TokenFlags(rawValue: 1 << 2)
    /// Contains an inner hyphen (`e-mail`).
    public static let hyphenated = TokenFlags(rawValue: 1 << 3)
    /// Ends in a hyphen that stands for a shared part (`jeugd-` in *jeugd- en gezinsbescherming*).
    public static let ellipticHyphen = TokenFlags(rawValue: 1 << 4)
    /// Contains an apostrophe (`auto's`, `'s`).
    public static let apostrophe = TokenFlags(rawValue: 1 << 5)
    /// An initial of a name (`J.` in *J. de Vries*).
    public static let initial = TokenFlags(rawValue: 1 << 6)
    /// Whitespace that contains a line break.
    public static let lineBreak = TokenFlags(rawValue: 1 << 7)
    /// Whitespace that contains an empty line.
    public static let paragraphBreak = TokenFlags(rawValue: 1 << 8)
    /// An ordinal number (`3e`, `21ste`).
    public static let ordinal = TokenFlags(rawValue: 1 << 9)
    /// An abbreviation that may also end a sentence (`enz.`).
    public static let mayEndSentence = TokenFlags(rawValue: 1 << 10)
    /// Contains letters outside ASCII.
    public static let nonASCII = TokenFlags(rawValue: 1 << 11)
    /// Inside quotation marks.
    public static let quoted = TokenFlags(rawValue: 1 << 12)
    /// An opening quotation mark.
    public static let openingQuote = TokenFlags(rawValue: 1 << 13)
    /// A closing quotation mark.
    public static let closingQuote = TokenFlags(rawValue: 1 << 14)
}

/// One token: a kind, flags and a byte range into the ``SourceText``.
///
/// Tokens of a ``Document`` cover its text completely, without gaps or overlaps.
public struct Token: Hashable, Sendable {
    private let startOffset: UInt32
    private let endOffset: UInt32
    public let kind: TokenKind
    public internal(set) var flags: TokenFlags

    public init(kind: TokenKind, range: TextRange, flags: TokenFlags = []) {
        self.kind = kind
        self.startOffset = UInt32(range.start)
        self.endOffset = UInt32(range.end)
        self.flags = flags
    }

    public var range: TextRange { TextRange(start: Int(startOffset), end: Int(endOffset)) }
    public var start: Int { Int(startOffset) }
    public var end: Int { Int(endOffset) }
    public var length: Int { Int(endOffset - startOffset) }

    public func has(_ flag: TokenFlags) -> Bool { flags.contains(flag) }
}
