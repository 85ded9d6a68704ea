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
public struct Block: Hashable, Sendable {
    public let kind: BlockKind
    /// From the first to the last token of the block, including white space.
    public let range: TextRange
    /// Indices into ``Document/tokens``.
    public let tokenRange: Range<Int>
    /// Indices into ``Document/sentences``.
    public internal(set) var sentenceRange: Range<Int>

    public init(kind: BlockKind, range: TextRange, tokenRange: Range<Int>, sentenceRange: Range<Int> = 0..<0) {
        self.kind = kind
        self.range = range
        self.tokenRange = tokenRange
        self.sentenceRange = sentenceRange
    }
}

/// A sentence, or a line that stands alone (heading, salutation, signature line).
public struct Sentence: Hashable, Sendable {
    /// From the first to the last content token; no surrounding white space.
    public let range: TextRange
    /// Indices into ``Document/tokens``.
    public let tokenRange: Range<Int>
    /// Index into ``Document/blocks``.
    public let blockIndex: Int

    public init(range: TextRange, tokenRange: Range<Int>, blockIndex: Int) {
        self.range = range
        self.tokenRange = tokenRange
        self.blockIndex = blockIndex
    }
}
