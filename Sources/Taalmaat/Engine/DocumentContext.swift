import TaalmaatText

/// What a document rule sees: the whole document, every sentence's word-list
/// matches and counts, and which subjects (contexts) the text is about.
struct DocumentContext {
    let document: Document
    let settings: CheckSettings
    let results: [SentenceResult]
    /// Contexts (`geld`, `jeugdhulp` …) with at least two signal words in the text.
    let activeContexts: Set<String>
    /// The check's content tokens with their words, when the check built them: the
    /// sentence contexts that document rules build again read them instead of looking
    /// every word up again.
    let words: DocumentWords?
    /// Shared by every copy of the context: the rules each get a copy, and what one
    /// works out for the whole text the next can reuse.
    private let derived = DerivedFacts()

    init(document: Document, settings: CheckSettings, results: [SentenceResult], words: DocumentWords? = nil) {
        self.document = document
        self.settings = settings
        self.results = results
        self.words = words
        var hits: [String: Int] = [:]
        // By index: `for result in results` copies (and retains) every sentence result.
        for index in results.indices where !results[index].contextHits.isEmpty {
            for (context, count) in results[index].contextHits { hits[context, default: 0] += count }
        }
        activeContexts = Set(hits.filter { $0.value >= 2 }.map(\.key))
    }

    var profile: Profile { settings.configuration.profile }
    var resources: EngineResources { settings.resources }

    func threshold(_ key: String, of rule: RuleDescription) -> Double { settings.threshold(key, of: rule) }

    /// A full sentence context, for rules that need words and positions.
    func sentence(_ index: Int) -> SentenceContext {
        if let words { return SentenceContext(sentenceIndex: index, settings: settings, columns: words, reusing: nil) }
        return SentenceContext(document: document, sentenceIndex: index, settings: settings)
    }

    func blockKind(ofSentence index: Int) -> BlockKind {
        document.blocks[document.sentences[index].blockIndex].kind
    }

    /// Sentences of running text (paragraphs and list items), worked out on first use.
    var bodySentences: [Int] {
        if let known = derived.bodySentences { return known }
        // The arrays once, not through the context for every sentence.
        let blocks = document.blocks
        let sentences = document.sentences
        var body: [Int] = []
        for index in sentences.indices {
            let kind = blocks[sentences[index].blockIndex].kind
            if kind == .paragraph || kind == .listItem { body.append(index) }
        }
        derived.bodySentences = body
        return body
    }

    /// All matches of a word list, with their sentence.
    func matches(in list: String) -> [(sentence: Int, match: SentenceMatch)] {
        guard let range = resources.lexicon.entriesByList[list] else { return [] }
        var found: [(Int, SentenceMatch)] = []
        // Most sentences have no match at all: they cost one test, not a loop.
        for index in results.indices where !results[index].matches.isEmpty {
            for match in results[index].matches where range.contains(match.entry) { found.append((index, match)) }
        }
        return found
    }

    /// Whether a list matches anywhere (optionally only in some sentences).
    func contains(_ list: String, in sentences: [Int]? = nil) -> Bool {
        guard let range = resources.lexicon.entriesByList[list] else { return false }
        func matches(_ index: Int) -> Bool { results[index].matches.contains { range.contains($0.entry) } }
        guard let sentences else { return results.indices.contains(where: matches) }
        return sentences.contains(where: matches)
    }

    /// The byte range of a match.
    func range(of match: SentenceMatch, inSentence index: Int) -> TextRange {
        let tokens = contentTokens(ofSentence: index)
        return TextRange(start: document.tokens[tokens[match.first]].start, end: document.tokens[tokens[match.last]].end)
    }

    /// Content token indices of a sentence (as in ``SentenceContext/tokens``).
    func contentTokens(ofSentence index: Int) -> [Int] {
        document.sentences[index].tokenRange.filter {
            let kind = document.tokens[$0].kind
            return !kind.isTrivia && kind != .listMarker
        }
    }

    /// ``contentTokens(ofSentence:)`` into a buffer that the caller keeps from sentence
    /// to sentence: no new array for each one.
    func contentTokens(ofSentence index: Int, into buffer: inout [Int]) {
        buffer.removeAll(keepingCapacity: true)
        let tokens = document.tokens
        for token in document.sentences[index].tokenRange {
            let kind = tokens[token].kind
            if !kind.isTrivia && kind != .listMarker { buffer.append(token) }
        }
    }

    /// Word count of the whole text (all sentences).
    var wordCount: Int { results.reduce(0) { $0 + $1.stats.words } }

    /// Where to put a finding about something the whole text lacks: the first word of
    /// the given sentence, or of the first sentence.
    func anchor(sentence index: Int? = nil) -> TextRange {
        guard !document.sentences.isEmpty else { return TextRange(start: 0, end: 0) }
        let sentence = document.sentences[index ?? 0]
        let first = contentTokens(ofSentence: index ?? 0).first.map { document.tokens[$0].range }
        return first ?? sentence.range
    }

    /// The closing formula, else the last sentence: where "missing at the end of the
    /// letter" findings point.
    var closingAnchor: TextRange {
        if let closing = document.blocks.firstIndex(where: { $0.kind == .closing }),
            let sentence = document.blocks[closing].sentenceRange.first
        {
            return document.sentences[sentence].range
        }
        return anchor(sentence: document.sentences.isEmpty ? nil : document.sentences.count - 1)
    }

    /// The first sentence of the body (after the salutation).
    var firstBodySentence: Int? { bodySentences.first }

    /// The parts of the letter, worked out on first use: ten `brief.*` rules read them.
    var letterLayout: LetterLayout {
        if let known = derived.letterLayout { return known }
        let layout = LetterLayout(self)
        derived.letterLayout = layout
        return layout
    }
}

/// What is worked out once per check for the whole document, on first use. A check
/// runs on one thread, so the lazily filled fields need no lock.
private final class DerivedFacts {
    var letterLayout: LetterLayout?
    var bodySentences: [Int]?
}
