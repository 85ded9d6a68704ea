/// What a block of a letter or report is.
public enum BlockKind: String, Sendable, CaseIterable, Codable {
    case heading
    case paragraph
    case listItem
    /// The opening line: *Beste Sanne,*, *Geachte heer Jansen,*.
    case salutation
    /// The closing formula: *Met vriendelijke groet,*.
    case closing
    /// A line after the closing formula: name, role, phone number.
    case signature
    /// Empty lines, or lines with only markup.
    case blank
}

/// A block: a run of lines (or an HTML block element) with one role in the text.
///
/// Offsets and indices are stored as 32-bit numbers (tokens already limit a text to
/// 4 GB): a large text has hundreds of thousands of blocks and sentences.
public struct Block: Hashable, Sendable {
    public let kind: BlockKind
    private let rangeStart: UInt32
    private let rangeEnd: UInt32
    private let firstToken: UInt32
    private let tokenEnd: UInt32
    private var firstSentence: UInt32
    private var sentenceEnd: UInt32

    public init(kind: BlockKind, range: TextRange, tokenRange: Range<Int>, sentenceRange: Range<Int> = 0..<0) {
        self.kind = kind
        rangeStart = UInt32(range.start)
        rangeEnd = UInt32(range.end)
        firstToken = UInt32(tokenRange.lowerBound)
        tokenEnd = UInt32(tokenRange.upperBound)
        firstSentence = UInt32(sentenceRange.lowerBound)
        sentenceEnd = UInt32(sentenceRange.upperBound)
    }

    /// From the first to the last token of the block, including white space.
    public var range: TextRange { TextRange(start: Int(rangeStart), end: Int(rangeEnd)) }
    /// Indices into ``Document/tokens``.
    public var tokenRange: Range<Int> { Int(firstToken)..<Int(tokenEnd) }
    /// Indices into ``Document/sentences``.
    public internal(set) var sentenceRange: Range<Int> {
        get { Int(firstSentence)..<Int(sentenceEnd) }
        set {
            firstSentence = UInt32(newValue.lowerBound)
            sentenceEnd = UInt32(newValue.upperBound)
        }
    }
}

/// A sentence, or a line that stands alone (heading, salutation, signature line).
public struct Sentence: Hashable, Sendable {
    private let rangeStart: UInt32
    private let rangeEnd: UInt32
    private let firstToken: UInt32
    private let tokenEnd: UInt32
    private let block: UInt32

    @inline(__always)
    public init(range: TextRange, tokenRange: Range<Int>, blockIndex: Int) {
        rangeStart = UInt32(range.start)
        rangeEnd = UInt32(range.end)
        firstToken = UInt32(tokenRange.lowerBound)
        tokenEnd = UInt32(tokenRange.upperBound)
        block = UInt32(blockIndex)
    }

    /// From the first to the last content token; no surrounding white space.
    public var range: TextRange { TextRange(start: Int(rangeStart), end: Int(rangeEnd)) }
    /// Indices into ``Document/tokens``.
    public var tokenRange: Range<Int> { Int(firstToken)..<Int(tokenEnd) }
    /// Index into ``Document/blocks``.
    public var blockIndex: Int { Int(block) }
}
