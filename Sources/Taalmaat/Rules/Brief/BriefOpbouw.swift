import TaalmaatText

/// The parts of a letter: header (sender, address, date, subject), salutation, body,
/// closing formula, signature and anything after the signature. The `brief.*` rules
/// read the letter through this, as ``DocumentContext/letterLayout`` (worked out once).
struct LetterLayout {
    /// Sentences above the body: sender, address, date, subject line.
    private(set) var header: [Int] = []
    /// The salutation line (*Beste mevrouw Jansen,*), if any.
    private(set) var salutation: Int?
    /// Headings, paragraphs and list items between the salutation and the closing.
    private(set) var body: [Int] = []
    /// The closing formula (*Met vriendelijke groet,*), if any.
    private(set) var closing: Int?
    /// Lines right after the closing: name, role, phone number. The first block after
    /// the closing always counts, also when a long line made it a paragraph.
    private(set) var signature: [Int] = []
    /// Running text after the signature (a note about the law, an enclosure).
    private(set) var afterSignature: [Int] = []
    /// Body sentences of running text (paragraphs and list items, not headings).
    private(set) var runningText: [Int] = []
    /// Words in the body (headings included), without header, salutation and signature.
    private(set) var bodyWordCount = 0

    init(_ context: DocumentContext) {
        let document = context.document
        // The arrays read once, not through the document for every sentence; no array
        // of block kinds.
        let sentences = document.sentences
        let blocks = document.blocks
        let count = sentences.count
        salutation = sentences.firstIndex { blocks[$0.blockIndex].kind == .salutation }
        let start: Int
        if let salutation {
            header = Array(0..<salutation)
            start = salutation + 1
        } else {
            var index = 0
            while index < count, Self.isHeaderLine(index, context) {
                header.append(index)
                index += 1
            }
            // A text that is only short lines has no header: it is all body.
            if index == count { header = [] }
            start = header.count
        }
        // At most every sentence after the header: sized once instead of doubled on the way.
        body.reserveCapacity(max(0, count - start))
        runningText.reserveCapacity(max(0, count - start))
        var bodyWords = 0
        var firstBlockAfterClosing: Int?
        context.results.withUnsafeBufferPointer { results in
            for index in start..<max(start, count) {
                let block = sentences[index].blockIndex
                let kind = blocks[block].kind
                if closing != nil {
                    if firstBlockAfterClosing == nil { firstBlockAfterClosing = block }
                    if afterSignature.isEmpty, kind == .signature || block == firstBlockAfterClosing {
                        signature.append(index)
                    } else if kind == .paragraph || kind == .listItem || kind == .heading {
                        afterSignature.append(index)
                    }
                    continue
                }
                switch kind {
                case .closing: closing = index
                case .paragraph, .listItem:
                    body.append(index)
                    runningText.append(index)
                    bodyWords += results[index].stats.words
                case .heading:
                    body.append(index)
                    bodyWords += results[index].stats.words
                case .salutation, .signature, .blank: break
                }
            }
        }
        bodyWordCount = bodyWords
    }

    /// A letter has a salutation or a closing formula; a report or a bare paragraph has neither.
    var isLetter: Bool { salutation != nil || closing != nil }

    /// The first sentence of running text in the body.
    var firstBodySentence: Int? { runningText.first }

    /// Body, signature and text after the signature: everywhere a letter can name a
    /// contact person, a phone number or a way to react.
    var allButHeader: [Int] { body + signature + afterSignature }

    /// A short line without final punctuation at the top of a text without salutation:
    /// sender, address, date, *Betreft: …*.
    static func isHeaderLine(_ index: Int, _ context: DocumentContext) -> Bool {
        let kind = context.blockKind(ofSentence: index)
        guard kind == .paragraph || kind == .heading else { return false }
        guard context.results[index].stats.words <= 10 else { return false }
        let tokens = context.contentTokens(ofSentence: index)
        guard let last = tokens.last else { return false }
        let token = context.document.tokens[last]
        let text = context.document.text(of: token)
        if token.kind == .punctuation, text.hasPrefix(".") || text.hasPrefix("?") || text.hasPrefix("!") { return false }
        return true
    }
}

/// Small shared helpers for the letter rules.
enum BriefTaal {
    static let weekdays: WordSet = [
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "maandagochtend",
        "maandagmiddag", "dinsdagochtend", "dinsdagmiddag", "woensdagochtend", "woensdagmiddag", "donderdagochtend",
        "donderdagmiddag", "vrijdagochtend", "vrijdagmiddag",
    ]

    /// The range of content positions of a sentence without a final comma or colon:
    /// *Geachte heer/mevrouw* from *Geachte heer/mevrouw,*.
    static func trimmedRange(_ sentence: SentenceContext) -> ClosedRange<Int>? {
        guard sentence.count > 0 else { return nil }
        var last = sentence.count - 1
        while last > 0, sentence.kind(last) == .punctuation,
            [",", ":", ";"].contains(sentence.text(last))
        {
            last -= 1
        }
        return 0...last
    }

    /// Whether a sentence contains a calendar date (*14 maart*, *14-03-2025*).
    static func hasDate(_ sentence: SentenceContext) -> Bool {
        (0..<sentence.count).contains { sentence.kind($0) == .date }
    }

    /// A deadline with a date: *vóór vrijdag 14 maart*, *uiterlijk 1 april*, *tot en met 2 mei*.
    static func deadlineWithDate(_ sentence: SentenceContext) -> ClosedRange<Int>? {
        for position in 0..<sentence.count {
            let word = sentence.word(position)
            guard word == "vóór" || word == "voor" || word == "uiterlijk" || word == "met" else { continue }
            if word == "met", position < 2 || sentence.word(position - 1) != "en" { continue }
            var next = position + 1
            if next < sentence.count, weekdays.contains(sentence.word(next)) { next += 1 }
            if next < sentence.count, sentence.kind(next) == .date { return position...next }
        }
        return nil
    }

    /// Examples in messages, in the reader's form of address for the profile.
    static func isInformal(_ profile: Profile) -> Bool { profile == .kind }
}

/// Cheap tests on one sentence that need no ``SentenceContext``: the letter rules use
/// them to skip sentences before building a context.
extension DocumentContext {
    /// Whether a word list matched in the sentence (in the sentence pass).
    func hasMatch(in list: String, sentence index: Int) -> Bool {
        guard let range = resources.lexicon.entriesByList[list] else { return false }
        return results[index].matches.contains { range.contains($0.entry) }
    }

    /// ``hasMatch(in:sentence:)`` without hashing the list's path for every sentence.
    func hasMatch(in list: ListEntries, sentence index: Int) -> Bool {
        let matches = results[index].matches
        guard !matches.isEmpty, let range = list.range(in: resources) else { return false }
        return matches.contains { range.contains($0.entry) }
    }

    func hasToken(ofKind kind: TokenKind, sentence index: Int) -> Bool {
        guard mayHaveToken(ofKinds: 1 << kind.rawValue, sentence: index) else { return false }
        return document.sentences[index].tokenRange.contains { document.tokens[$0].kind == kind }
    }

    /// Whether sentence `index` may have a content token (no trivia, no list marker) of
    /// one of `kinds`, as bits `1 << kind.rawValue`: the check's columns know the kinds
    /// of each sentence's content tokens. `true` without columns.
    func mayHaveToken(ofKinds kinds: UInt32, sentence index: Int) -> Bool {
        guard let words, words.sentences.contains(index) else { return true }
        return words.summary(ofSentence: index).tokenKinds & kinds != 0
    }

    /// Whether the sentence contains one of a few words, comparing only tokens of a
    /// fitting length and first letter.
    func hasWord(_ probe: WordProbe, sentence index: Int) -> Bool {
        let source = document.source
        let range = document.sentences[index].tokenRange
        // Through a buffer: the loop runs over every token of the sentences asked about,
        // and the array's bounds test cost as much as the length test.
        return document.tokens.withUnsafeBufferPointer { tokens in
            for token in range {
                let value = tokens[token]
                // The length test first: it rules out the spaces and most words.
                guard probe.hasLength(value.length), value.kind == .word || value.kind == .abbreviation else { continue }
                if probe.contains(value, in: source) { return true }
            }
            return false
        }
    }
}

extension DocumentContext {
    /// ``hasWord(_:sentence:)`` for a rule that asks about sentences in text order: a
    /// sentence without a place where one of the probe's words can start (see
    /// ``WordProbe/scan``) is ruled out on its bytes, without a look at its tokens.
    func hasWord(_ probe: WordProbe, sentence index: Int, scan: inout SentenceByteScan<WordStarts>) -> Bool {
        scan.hasPlace(in: document.sentences[index].range, of: document.source.utf8) && hasWord(probe, sentence: index)
    }
}

/// A few lowercase words to look for with ``DocumentContext/hasWord(_:sentence:)``.
struct WordProbe: Sendable {
    let words: Set<String>
    let lengths: Set<Int>
    /// ``lengths`` below 64 as bits: the test runs on every token.
    private let shortLengths: UInt64
    /// The first bytes of the ASCII-initial words, as bits. A word that starts with
    /// another byte sets none: no token with an ASCII first byte lowercases into it.
    private let firstBytes: (UInt64, UInt64)
    /// The ASCII words as bytes: an ASCII token is compared without making a String.
    private let asciiWords: [[UInt8]]

    init(_ words: Set<String>) {
        self.words = words
        lengths = Set(words.map(\.utf8.count))
        shortLengths = lengths.reduce(0) { $1 < 64 ? $0 | 1 << UInt64($1) : $0 }
        var firstBytes: (UInt64, UInt64) = (0, 0)
        for first in words.compactMap(\.utf8.first) where first < 0x80 {
            if first < 64 { firstBytes.0 |= 1 << UInt64(first) } else { firstBytes.1 |= 1 << UInt64(first - 64) }
        }
        self.firstBytes = firstBytes
        asciiWords = words.map { Array($0.utf8) }.filter { $0.allSatisfy { $0 < 0x80 } }
        starts = ByteScan.Starts(words: asciiWords)
    }

    /// The starts of the ASCII words, for a scan of the bytes. A token that
    /// ``contains(_:in:)`` finds is either ASCII, and then its bytes lowercase into one
    /// of the ASCII words (so it begins with that word's start), or it has a byte
    /// outside ASCII: ``ByteScan/firstStartOrNonASCII(in:from:_:)`` stops at both.
    /// `nil` when a word is too short for such a scan.
    private let starts: ByteScan.Starts?

    /// A fresh scan for ``DocumentContext/hasWord(_:sentence:scan:)``; when the words
    /// allow none, it finds a place in every sentence.
    var scan: SentenceByteScan<WordStarts> { SentenceByteScan(WordStarts(starts: starts)) }

    /// `lengths.contains(length)`.
    func hasLength(_ length: Int) -> Bool {
        length < 64 ? shortLengths & (1 << UInt64(length)) != 0 : lengths.contains(length)
    }

    /// Whether the token's text, lowercased, is one of the words (`words.contains(text.lowercased())`
    /// for a token of one of the ``lengths``).
    func contains(_ token: Token, in source: SourceText) -> Bool {
        guard hasLength(token.length) else { return false }
        let bytes = source.utf8
        let first = bytes[token.start]
        // Lowercasing turns an ASCII character into an ASCII character: the first byte decides.
        if first < 0x80, !startsWith(Self.lowercased(first)) { return false }
        guard source.isASCII(token.range) else { return words.contains(source[token.range].lowercased()) }
        return asciiWords.contains { word in
            guard word.count == token.length else { return false }
            for offset in word.indices where Self.lowercased(bytes[token.start + offset]) != word[offset] { return false }
            return true
        }
    }

    private func startsWith(_ byte: UInt8) -> Bool {
        byte < 64 ? firstBytes.0 & (1 << UInt64(byte)) != 0 : firstBytes.1 & (1 << UInt64(byte - 64)) != 0
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
}

/// Sentence contexts built on first use, for rules that look at a few sentences and
/// their neighbours.
///
/// Only the last few are kept: the rules walk forwards and look one sentence back or
/// ahead, and keeping every context of a long text held more memory than the rest of
/// the check together.
struct LazySentences {
    let context: DocumentContext
    private var recent: [(index: Int, sentence: SentenceContext)] = []
    private var oldest = 0
    private static let kept = 4

    init(_ context: DocumentContext) { self.context = context }

    mutating func callAsFunction(_ index: Int) -> SentenceContext {
        if let hit = recent.first(where: { $0.index == index }) { return hit.sentence }
        let sentence = context.reusedSentence(index)
        if recent.count < Self.kept {
            recent.append((index, sentence))
        } else {
            recent[oldest] = (index, sentence)
            oldest = (oldest + 1) % Self.kept
        }
        return sentence
    }
}
