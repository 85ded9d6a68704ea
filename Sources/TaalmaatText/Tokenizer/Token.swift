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
    @inlinable
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
    @inlinable
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
///
/// The flags are computed and inlinable, not stored constants: rules in other modules
/// test them per token, and a stored constant there costs a call to its accessor.
public struct TokenFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    @inlinable
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Starts with an uppercase letter.
    @inlinable public static var capitalized: TokenFlags { TokenFlags(rawValue: 1 << 0) }
    /// Two or more letters, all uppercase.
    @inlinable public static var allCaps: TokenFlags { TokenFlags(rawValue: 1 << 1) }
    @inlinable public static var containsDigit: TokenFlags { TokenFlags(rawValue: 1 << 2) }
    /// Contains an inner hyphen (`e-mail`).
    @inlinable public static var hyphenated: TokenFlags { TokenFlags(rawValue: 1 << 3) }
    /// Ends in a hyphen that stands for a shared part (`jeugd-` in *jeugd- en gezinsbescherming*).
    @inlinable public static var ellipticHyphen: TokenFlags { TokenFlags(rawValue: 1 << 4) }
    /// Contains an apostrophe (`auto's`, `'s`).
    @inlinable public static var apostrophe: TokenFlags { TokenFlags(rawValue: 1 << 5) }
    /// An initial of a name (`J.` in *J. de Vries*).
    @inlinable public static var initial: TokenFlags { TokenFlags(rawValue: 1 << 6) }
    /// Whitespace that contains a line break.
    @inlinable public static var lineBreak: TokenFlags { TokenFlags(rawValue: 1 << 7) }
    /// Whitespace that contains an empty line.
    @inlinable public static var paragraphBreak: TokenFlags { TokenFlags(rawValue: 1 << 8) }
    /// An ordinal number (`3e`, `21ste`).
    @inlinable public static var ordinal: TokenFlags { TokenFlags(rawValue: 1 << 9) }
    /// An abbreviation that may also end a sentence (`enz.`).
    @inlinable public static var mayEndSentence: TokenFlags { TokenFlags(rawValue: 1 << 10) }
    /// Contains letters outside ASCII.
    @inlinable public static var nonASCII: TokenFlags { TokenFlags(rawValue: 1 << 11) }
    /// Inside quotation marks.
    @inlinable public static var quoted: TokenFlags { TokenFlags(rawValue: 1 << 12) }
    /// An opening quotation mark.
    @inlinable public static var openingQuote: TokenFlags { TokenFlags(rawValue: 1 << 13) }
    /// A closing quotation mark.
    @inlinable public static var closingQuote: TokenFlags { TokenFlags(rawValue: 1 << 14) }
}

/// One token: a kind, flags and a byte range into the ``SourceText``.
///
/// Tokens of a ``Document`` cover its text completely, without gaps or overlaps.
public struct Token: Hashable, Sendable {
    @usableFromInline let startOffset: UInt32
    @usableFromInline let endOffset: UInt32
    public let kind: TokenKind
    public internal(set) var flags: TokenFlags

    public init(kind: TokenKind, range: TextRange, flags: TokenFlags = []) {
        self.kind = kind
        self.startOffset = UInt32(range.start)
        self.endOffset = UInt32(range.end)
        self.flags = flags
    }

    /// For the tokenizer, which checks once that the whole text fits in 32-bit
    /// offsets and always moves forward: no checks per token.
    @inline(__always)
    init(kind: TokenKind, checkedStart start: Int, end: Int, flags: TokenFlags) {
        self.kind = kind
        self.startOffset = UInt32(truncatingIfNeeded: start)
        self.endOffset = UInt32(truncatingIfNeeded: end)
        self.flags = flags
    }

    // Inlinable: rules in other modules read these per token.
    @inlinable public var range: TextRange { TextRange(start: Int(startOffset), end: Int(endOffset)) }
    @inlinable public var start: Int { Int(startOffset) }
    @inlinable public var end: Int { Int(endOffset) }
    @inlinable public var length: Int { Int(endOffset - startOffset) }

    @inlinable public func has(_ flag: TokenFlags) -> Bool { flags.contains(flag) }
}
