import TaalmaatText

extension SentenceContext {
    /// A sentence context that reuses the word-list matches found in the sentence pass,
    /// instead of matching the sentence again. For document rules that look at many
    /// sentences.
    init(document: Document, sentenceIndex: Int, settings: CheckSettings, matches: [SentenceMatch]) {
        self.document = document
        self.sentence = document.sentences[sentenceIndex]
        self.blockKind = document.blocks[sentence.blockIndex].kind
        self.settings = settings
        var tokens: [Int] = []
        var words: [String] = []
        tokens.reserveCapacity(sentence.tokenRange.count)
        words.reserveCapacity(sentence.tokenRange.count)
        let bytes = document.source.utf8
        for index in sentence.tokenRange {
            let token = document.tokens[index]
            guard !token.kind.isTrivia, token.kind != .listMarker else { continue }
            tokens.append(index)
            if token.kind.countsAsWord {
                words.append(WordNormalizer.normalize(bytes[token.start..<token.end]))
            } else {
                words.append(token.kind == .punctuation && token.length == 1 && bytes[token.start] == 0x2F ? "/" : "")
            }
        }
        self.tokens = tokens
        self.words = words
        self.classes = words.map { $0.isEmpty ? [] : WordClass.of($0) }
        self.matches = matches
    }
}

extension DocumentContext {
    /// A full sentence context without matching the word lists again: the matches
    /// come from the sentence pass. Same result as ``sentence(_:)``, cheaper.
    func reusedSentence(_ index: Int) -> SentenceContext {
        SentenceContext(document: document, sentenceIndex: index, settings: settings, matches: results[index].matches)
    }
}
