import TaalmaatText

/// A word-list match inside one sentence, in content positions (see
/// ``SentenceContext/tokens``).
struct SentenceMatch: Sendable, Hashable {
    let entry: Int
    /// First and last matched content position (inclusive).
    let first: Int
    let last: Int
    /// For a split separable verb: the particle's content positions.
    let particle: ClosedRange<Int>?
}

/// What a sentence rule sees: one sentence, its words, its word-list matches and the
/// settings of the current check.
///
/// Positions are *content positions*: indices into ``tokens``, which lists the
/// sentence's tokens without white space, markup and list markers.
///
/// The words are not the context's own: it is a range of the check's
/// ``DocumentWords`` columns, read through ``tokens``, ``words``, ``infos`` and
/// ``classes``. A class, not a struct: every rule receives the same context, and
/// copying a value with this many references cost more than most rules themselves.
final class SentenceContext {
    /// The document (held once by ``columns``).
    @inline(__always) var document: Document { columns.document }
    let sentence: Sentence
    let blockKind: BlockKind
    let settings: CheckSettings
    /// The columns this sentence is a range of (see ``DocumentWords``).
    let columns: DocumentWords
    /// Where the sentence's content positions start in ``columns``.
    let base: Int
    /// The number of content positions.
    let count: Int
    /// The interner of the check (or of this context alone): see ``wordNumber(_:)``.
    var interner: WordInterner { columns.interner }
    /// What occurs in the sentence, for tests that skip it at once.
    let summary: DocumentWords.Summary
    /// All classes that occur in the sentence: a rule that needs a negation can skip
    /// a sentence without one in a single test.
    var classUnion: WordClass { summary.classUnion }
    /// All token flags that occur in the sentence (quoted, all caps, capitalised …).
    var flagUnion: TokenFlags { summary.flagUnion }
    /// Which token kinds occur, one bit per `TokenKind.rawValue`.
    var tokenKinds: UInt32 { summary.tokenKinds }
    let matches: [SentenceMatch]
    /// The OR of ``Lexicon/listBit(_:)`` over ``matches``: the 14 declarative rules and
    /// others ask for the matches of one word list, and most sentences have none of
    /// it; a missing bit says so in one test, before a pass over the matches.
    let matchedLists: UInt64
    /// ``Lexicon/listNumbers``, held by the columns: reaching it through the resources'
    /// lexicon (a struct of many collections) retained every one of them, once per rule.
    private var listNumbers: [Int32] { columns.listNumbers }

    /// Token indices of the content tokens, in order.
    var tokens: SentenceTokenIndices { SentenceTokenIndices(columns: columns, base: base, count: count) }
    /// Normalised words parallel to ``tokens``; empty for punctuation and symbols.
    var words: SentenceWords { SentenceWords(columns: columns, base: base, count: count) }
    /// Grammatical classes parallel to ``tokens``.
    var classes: SentenceClasses { SentenceClasses(columns: columns, base: base, count: count) }
    /// Word facts parallel to ``tokens`` (``WordInfo/none`` for punctuation).
    var infos: SentenceInfos { SentenceInfos(columns: columns, base: base, count: count) }

    convenience init(document: Document, sentenceIndex: Int, settings: CheckSettings, interner: WordInterner? = nil) {
        self.init(document: document, sentenceIndex: sentenceIndex, settings: settings, reusing: nil, interner: interner)
    }

    /// Builds the context; with `reusing`, the word-list matches of an earlier pass are
    /// taken over instead of matching again. With an `interner`, each distinct word of
    /// the document is normalised and looked up once.
    convenience init(
        document: Document, sentenceIndex: Int, settings: CheckSettings, reusing earlierMatches: [SentenceMatch]?,
        interner: WordInterner? = nil
    ) {
        // Answers per interner entry hold for the interner's resources only.
        let interner =
            interner.flatMap { $0.resources === settings.resources ? $0 : nil } ?? WordInterner(resources: settings.resources)
        let columns = DocumentWords(document: document, sentences: sentenceIndex..<(sentenceIndex + 1), interner: interner)
        self.init(sentenceIndex: sentenceIndex, settings: settings, columns: columns, reusing: earlierMatches)
    }

    /// The context of a sentence that `columns` cover (with an interner of `settings`'
    /// resources).
    init(sentenceIndex: Int, settings: CheckSettings, columns: DocumentWords, reusing earlierMatches: [SentenceMatch]?) {
        // The document through `columns` each time: a local copy would retain its arrays.
        self.sentence = columns.document.sentences[sentenceIndex]
        self.blockKind = columns.document.blocks[sentence.blockIndex].kind
        self.settings = settings
        self.columns = columns
        let span = columns.span(ofSentence: sentenceIndex)
        self.base = span.lowerBound
        self.count = span.count
        let summary = columns.summary(ofSentence: sentenceIndex)
        self.summary = summary
        if let earlierMatches {
            self.matches = earlierMatches
        } else if summary.startsPhrase {
            let phraseSentence = PhraseIndex.Sentence(
                words: SentenceWords(columns: columns, base: base, count: count),
                infos: SentenceInfos(columns: columns, base: base, count: count))
            self.matches = columns.phraseIndex.matches(in: phraseSentence, entries: columns.lexiconEntries) { position in
                phraseSentence.infos[position].needsExactText
                    ? columns.document.text(of: columns.document.tokens[Int(columns.tokenIndices[span.lowerBound + position])]) : ""
            }
        } else {
            self.matches = []
        }
        var matchedLists: UInt64 = 0
        for index in matches.indices { matchedLists |= Lexicon.listBit(columns.listNumbers[matches[index].entry]) }
        self.matchedLists = matchedLists
    }

    /// Whether a match with its entry in `entries` may exist: `false` means none does.
    @inline(__always)
    func mayMatch(in entries: Range<Int>) -> Bool {
        matchedLists != 0 && matchedLists & Lexicon.listMask(of: entries, listNumbers: listNumbers) != 0
    }

    /// The sentence's matches whose entry lies in `entries`, in sentence order.
    func matches(inEntries entries: Range<Int>) -> [SentenceMatch] {
        guard mayMatch(in: entries) else { return [] }
        return matches.filter { entries.contains($0.entry) }
    }

    /// Whether any match has its entry in `entries`.
    func hasMatch(in entries: Range<Int>) -> Bool {
        mayMatch(in: entries) && matches.contains { entries.contains($0.entry) }
    }

    // MARK: - Reading

    var profile: Profile { settings.configuration.profile }
    var resources: EngineResources { settings.resources }

    func token(_ position: Int) -> Token { document.tokens[tokens[position]] }
    func kind(_ position: Int) -> TokenKind { token(position).kind }
    func text(_ position: Int) -> String { document.text(of: token(position)) }
    /// The normalised word at a position ("" for punctuation).
    func word(_ position: Int) -> String { words[position] }

    /// The number of the word at a position in ``interner``, the same for the same token
    /// text in every check that uses the interner, or `nil` for punctuation. Rules keep
    /// answers per number (``WordInterner/answer(_:to:)``) instead of hashing the word.
    func wordNumber(_ position: Int) -> Int32? {
        guard kind(position).countsAsWord else { return nil }
        return columns.entries[base + position]
    }

    func isWord(_ position: Int) -> Bool { kind(position) == .word }
    /// Whether the word at a position belongs to any of the given classes.
    func `is`(_ position: Int, _ wordClass: WordClass) -> Bool { !classes[position].isDisjoint(with: wordClass) }
    /// The verb forms the word at `position` can be (empty for punctuation and numbers).
    func verbForms(_ position: Int) -> VerbForms { infos[position].verbForms }
    func isQuoted(_ position: Int) -> Bool { token(position).has(.quoted) }
    func isPunctuation(_ position: Int, _ text: String) -> Bool {
        kind(position) == .punctuation && self.text(position) == text
    }

    /// The byte range from the first to the last content position (inclusive).
    func range(_ positions: ClosedRange<Int>) -> TextRange {
        TextRange(start: token(positions.lowerBound).start, end: token(positions.upperBound).end)
    }

    func range(_ position: Int) -> TextRange { token(position).range }

    /// The number of tokens that count as words.
    var wordCount: Int { Int(summary.wordCount) }

    /// Whether the sentence asks something.
    var isQuestion: Bool {
        guard let last = tokens.last else { return false }
        let token = document.tokens[last]
        return token.kind == .punctuation && document.text(of: token).hasPrefix("?")
    }

    /// Whether a token kind occurs in the sentence.
    func contains(_ kind: TokenKind) -> Bool { tokenKinds & (1 << kind.rawValue) != 0 }

    /// The sentence's matches from one word list (`woorden/toon-haast.tsv`).
    func matches(in list: String) -> [SentenceMatch] {
        guard !matches.isEmpty, let range = resources.lexicon.entriesByList[list] else { return [] }
        return matches(inEntries: range)
    }

    func entry(_ match: SentenceMatch) -> LexiconEntry { resources.lexicon.entries[match.entry] }

    /// Clauses: stretches between commas, semicolons, colons, brackets and dashes, also
    /// cut before a subordinating or coordinating conjunction.
    var clauses: [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for position in tokens.indices {
            let cut: Bool
            if kind(position) == .punctuation {
                let mark = text(position)
                cut = [",", ";", ":", "(", ")", "–", "—", "-"].contains(mark)
            } else {
                let word = words[position]
                cut = position > start && (WordClasses.subordinators.contains(word) || WordClasses.coordinators.contains(word))
            }
            if cut {
                if position > start { result.append(start..<position) }
                start = kind(position) == .punctuation ? position + 1 : position
            }
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    // MARK: - Settings

    func threshold(_ key: String, of rule: RuleDescription) -> Double {
        settings.threshold(key, of: rule)
    }

    // MARK: - Building findings

    /// A suggestion that replaces content positions by a text, matching the case of
    /// the first replaced word.
    func replacement(_ positions: ClosedRange<Int>, with text: String, safe: Bool) -> Suggestion {
        let adjusted = Casing.match(text, to: self.text(positions.lowerBound))
        return Suggestion(title: adjusted, edits: [TextEdit(range: range(positions), replacement: adjusted)], isSafe: safe)
    }
}

/// Keeps the capital of a replaced word: *Indien* → *Als*.
enum Casing {
    static func match(_ replacement: String, to original: String) -> String {
        guard !original.isEmpty, !replacement.isEmpty else { return replacement }
        // An original in ASCII, the usual case (twice for every word-list finding): its
        // shape and, for a capital, an ASCII replacement's first letter on the bytes,
        // without breaking either text into characters.
        if let (originalIsCapital, originalIsAllCaps) = asciiShape(of: original) {
            if originalIsAllCaps { return replacement.uppercased() }
            if !originalIsCapital { return replacement }
            if let capitalized = asciiCapitalized(replacement) { return capitalized }
        }
        guard let replacementFirst = replacement.first else { return replacement }
        let (originalIsCapital, originalIsAllCaps) = asciiShape(of: original) ?? shape(of: original)
        if originalIsAllCaps { return replacement.uppercased() }
        if originalIsCapital, replacementFirst.isLowercase {
            return replacementFirst.uppercased() + replacement.dropFirst()
        }
        return replacement
    }

    /// Whether the first character is a capital, and whether the whole text is in
    /// capitals (more than one character, no lowercase, some uppercase).
    private static func shape(of original: String) -> (capital: Bool, allCaps: Bool) {
        let capital = original.unicodeScalars.first?.properties.isUppercase ?? false
        let allCaps = original.count > 1 && original == original.uppercased() && original != original.lowercased()
        return (capital, allCaps)
    }

    /// For an ASCII text (no carriage return): the text with its first letter made a
    /// capital (as `first.uppercased() + dropFirst()` gives); the text itself when it
    /// starts with no lowercase letter. `nil` outside ASCII.
    private static func asciiCapitalized(_ text: String) -> String? {
        text.withUTF8Bytes { bytes -> String? in
            for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
            guard let first = bytes.first, first &- 0x61 < 26 else { return text }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                _ = buffer.initialize(from: bytes)
                buffer[0] = first - 0x20
                return bytes.count
            }
        }
    }

    /// ``shape(of:)`` on the bytes of an ASCII text, without building its uppercase and
    /// lowercase copies (a suggestion is made for every finding). `nil` outside ASCII,
    /// and for a carriage return (with a line feed one character of two bytes).
    private static func asciiShape(of original: String) -> (capital: Bool, allCaps: Bool)? {
        original.withUTF8Bytes { bytes -> (Bool, Bool)? in
            var hasLower = false
            var hasUpper = false
            for byte in bytes {
                if byte >= 0x80 || byte == 0x0D { return nil }
                if byte &- 0x61 < 26 { hasLower = true } else if byte &- 0x41 < 26 { hasUpper = true }
            }
            return (bytes[0] &- 0x41 < 26, bytes.count > 1 && !hasLower && hasUpper)
        }
    }
}
