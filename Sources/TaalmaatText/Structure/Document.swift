/// A text tokenized and split into blocks and sentences, all as ranges into one
/// ``SourceText``.
///
/// Building a document is one pass of the tokenizer and one pass over the tokens;
/// after that it is immutable and safe to share between threads.
public struct Document: Sendable {
    public let source: SourceText
    public let format: TextFormat
    /// Tokens covering the whole text, in order, without gaps or overlaps.
    public let tokens: [Token]
    /// Blocks covering all tokens, in order.
    public let blocks: [Block]
    /// Sentences, in order; each lies inside one block.
    public let sentences: [Sentence]
    /// Ranges between matching quotation marks (the marks themselves excluded).
    public let quotations: [TextRange]

    /// Tokenizes and structures a source text.
    public init(source: SourceText, tokenizer: Tokenizer) {
        self.source = source
        self.format = tokenizer.options.format
        var (tokens, landmarks) = tokenizer.tokenizeWithLandmarks(source)
        let format = format
        let (blocks, sentences, quotations) = tokens.withUnsafeMutableBufferPointer { tokenBuffer in
            source.utf8.withUnsafeBufferPointer { bytes in
                landmarks.withUnsafeBufferPointer { landmarkBuffer in
                    let text = StructureText(tokens: tokenBuffer, bytes: bytes, landmarks: landmarkBuffer, source: source, format: format)
                    var builder = StructureBuilder(text: text)
                    builder.build()
                    return (builder.blocks, builder.sentences, builder.quotations)
                }
            }
        }
        self.tokens = tokens
        self.blocks = blocks
        self.sentences = sentences
        self.quotations = quotations
    }

    /// Tokenizes and structures a string.
    public init(_ text: String, lexicon: TokenizerLexicon, options: TokenizerOptions = TokenizerOptions()) {
        self.init(source: SourceText(text), tokenizer: Tokenizer(lexicon: lexicon, options: options))
    }

    /// The text of a token.
    public func text(of token: Token) -> String { source[token.range] }

    /// The text of any range.
    public func text(of range: TextRange) -> String { source[range] }

    /// The tokens of a sentence.
    public func tokens(of sentence: Sentence) -> ArraySlice<Token> { tokens[sentence.tokenRange] }

    /// The block a sentence belongs to.
    public func block(of sentence: Sentence) -> Block { blocks[sentence.blockIndex] }

    /// The index of the token that contains a byte offset.
    public func tokenIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = tokens.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let token = tokens[mid]
            if offset < token.start {
                high = mid - 1
            } else if offset >= token.end {
                low = mid + 1
            } else {
                return mid
            }
        }
        return nil
    }

    /// The index of the sentence that contains a byte offset, if any.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = sentences[mid].range
            if offset < range.start {
                high = mid - 1
            } else if offset >= range.end {
                low = mid + 1
            } else {
                return mid
            }
        }
        return nil
    }

    /// The number of tokens that count as words in a sentence.
    public func wordCount(of sentence: Sentence) -> Int {
        tokens[sentence.tokenRange].reduce(0) { $0 + ($1.kind.countsAsWord ? 1 : 0) }
    }
}
