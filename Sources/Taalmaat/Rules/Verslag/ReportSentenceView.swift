import TaalmaatText

/// One sentence as the document rules of this folder read it: content tokens, words
/// and word classes, with the word-list matches taken from the cached sentence results.
///
/// `DocumentContext.sentence(_:)` builds a full ``SentenceContext``, which runs every
/// word list over the sentence again. These rules look at many sentences (every *u*
/// and *je* of a letter), so they use this lighter view instead.
struct ReportSentenceView {
    let context: DocumentContext
    let index: Int
    /// Token indices of the content tokens (as in ``SentenceContext/tokens``). Words are
    /// normalised only when asked for: most rules read a few words around a match.
    let tokens: [Int]

    init(_ context: DocumentContext, _ index: Int) {
        self.context = context
        self.index = index
        let document = context.document
        var tokens: [Int] = []
        let range = document.sentences[index].tokenRange
        tokens.reserveCapacity(range.count)
        for token in range {
            let kind = document.tokens[token].kind
            if !kind.isTrivia, kind != .listMarker { tokens.append(token) }
        }
        self.tokens = tokens
    }

    var count: Int { tokens.count }
    var resources: EngineResources { context.resources }

    func token(_ position: Int) -> Token { context.document.tokens[tokens[position]] }
    func kind(_ position: Int) -> TokenKind { token(position).kind }
    func text(_ position: Int) -> String { context.document.text(of: token(position)) }
    /// The normalised word at a position ("" for punctuation).
    func word(_ position: Int) -> String {
        let item = token(position)
        guard item.kind.countsAsWord else { return "" }
        return WordNormalizer.normalize(context.document.source.utf8[item.start..<item.end])
    }

    func wordClass(_ position: Int) -> WordClass {
        let word = word(position)
        return word.isEmpty ? [] : WordClass.of(word)
    }

    func `is`(_ position: Int, _ wordClass: WordClass) -> Bool { !self.wordClass(position).isDisjoint(with: wordClass) }
    func isQuoted(_ position: Int) -> Bool { token(position).has(.quoted) }
    func isPunctuation(_ position: Int, _ mark: String) -> Bool { kind(position) == .punctuation && text(position) == mark }

    /// ``isPunctuation(_:_:)`` for an ASCII mark, as ``SentenceContext/isMark(_:_:)``.
    func isMark(_ position: Int, _ byte: UInt8) -> Bool {
        let token = token(position)
        guard token.kind == .punctuation else { return false }
        if token.length == 1 { return context.document.source.utf8[token.start] == byte }
        guard byte == 0x3B || byte == 0x60 else { return false }
        return text(position) == String(UnicodeScalar(byte))
    }

    func range(_ positions: ClosedRange<Int>) -> TextRange {
        TextRange(start: token(positions.lowerBound).start, end: token(positions.upperBound).end)
    }

    func range(_ position: Int) -> TextRange { token(position).range }

    /// The sentence's matches from one word list, from the cached sentence results.
    func matches(in list: String) -> [SentenceMatch] {
        VerslagSignalen.matches(list, inSentence: index, of: context)
    }

    /// A replacement of content positions that keeps the case of the first word.
    func replacement(_ positions: ClosedRange<Int>, with text: String, safe: Bool) -> Suggestion {
        let adjusted = Casing.match(text, to: self.text(positions.lowerBound))
        return Suggestion(title: adjusted, edits: [TextEdit(range: range(positions), replacement: adjusted)], isSafe: safe)
    }
}
