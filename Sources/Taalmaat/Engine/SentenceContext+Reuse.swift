import TaalmaatText

extension SentenceContext {
    /// A sentence context that reuses the word-list matches found in the sentence pass,
    /// instead of matching the sentence again. For document rules that look at many
    /// sentences.
    convenience init(
        document: Document, sentenceIndex: Int, settings: CheckSettings, matches: [SentenceMatch], interner: WordInterner? = nil
    ) {
        self.init(document: document, sentenceIndex: sentenceIndex, settings: settings, reusing: matches, interner: interner)
    }
}

extension DocumentContext {
    /// A full sentence context without matching the word lists again: the matches
    /// come from the sentence pass. Same result as ``sentence(_:)``, cheaper.
    func reusedSentence(_ index: Int) -> SentenceContext {
        if let words {
            return SentenceContext(sentenceIndex: index, settings: settings, columns: words, reusing: results[index].matches)
        }
        return SentenceContext(document: document, sentenceIndex: index, settings: settings, matches: results[index].matches)
    }
}
