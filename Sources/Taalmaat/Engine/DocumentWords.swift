import TaalmaatText

/// The content tokens of a document's sentences (no white space, markup or list
/// markers), each with its entry in the check's ``WordInterner``, in one pass.
///
/// A ``SentenceContext`` is a range of these columns. Before, each context built four
/// arrays of its own (token indices, words, facts, classes): four allocations and a
/// copy of every word per sentence, on a corpus of eight-word sentences. A document
/// rule that looks at a sentence again now finds its words without a second look-up.
final class DocumentWords {
    /// Held here once, so that a sentence context holds one reference instead of a copy
    /// of the document (five references to retain and release per sentence).
    let document: Document
    let interner: WordInterner
    /// The lexicon's phrase index, entries and list numbers, held once per check:
    /// reached through the resources' lexicon (a struct of many collections) for each
    /// sentence, they were retained and released again.
    let phraseIndex: PhraseIndex
    let lexiconEntries: [LexiconEntry]
    let listNumbers: [Int32]
    /// The sentences these columns cover (all of a check's; one for a lone context).
    let sentences: Range<Int>
    /// Per content token: its index in `Document.tokens`.
    let tokenIndices: [Int32]
    /// Per content token: its interner entry (``WordInterner/punctuationEntry`` or
    /// ``WordInterner/slashEntry`` for tokens that are not words).
    let entries: [Int32]
    /// Per covered sentence: where its content tokens start; one more at the end.
    private let starts: [Int32]
    /// Per covered sentence: what occurs in it, for rules that skip a sentence in one
    /// test (see ``SentenceContext/classUnion``).
    private let summaries: [Summary]

    struct Summary {
        var classUnion: WordClass = []
        var flagUnion: TokenFlags = []
        var tokenKinds: UInt32 = 0
        /// Whether a word-list pattern may start in the sentence (most have none).
        var startsPhrase = false
        /// Whether a word signals a context such as money or school.
        var signalsContext = false
        /// The number of tokens that count as words.
        var wordCount: Int32 = 0
    }

    init(document: Document, sentences: Range<Int>, interner: WordInterner) {
        self.document = document
        self.interner = interner
        let lexicon = interner.resources.lexicon
        phraseIndex = lexicon.index
        lexiconEntries = lexicon.entries
        listNumbers = lexicon.listNumbers
        self.sentences = sentences
        let tokenCount =
            sentences.isEmpty
            ? 0 : document.sentences[sentences.upperBound - 1].tokenRange.upperBound - document.sentences[sentences.lowerBound].tokenRange.lowerBound
        var tokenIndices: [Int32] = []
        var starts: [Int32] = []
        var summaries: [Summary] = []
        starts.reserveCapacity(sentences.count + 1)
        summaries.reserveCapacity(sentences.count)
        // Both columns written in place, at most one element per token of the covered
        // sentences: two appends per token (each testing uniqueness and capacity) were
        // a good part of this pass.
        var filled = 0
        let entries = [Int32](unsafeUninitializedCapacity: tokenCount) { entryColumn, entryCount in
            tokenIndices = [Int32](unsafeUninitializedCapacity: tokenCount) { indexColumn, indexCount in
                document.source.utf8.withUnsafeBufferPointer { bytes in
                    document.tokens.withUnsafeBufferPointer { tokens in
                        for sentenceIndex in sentences {
                            starts.append(Int32(truncatingIfNeeded: filled))
                            var summary = Summary()
                            for index in document.sentences[sentenceIndex].tokenRange {
                                let token = tokens[index]
                                guard !token.kind.isTrivia, token.kind != .listMarker else { continue }
                                indexColumn[filled] = Int32(truncatingIfNeeded: index)
                                summary.flagUnion.formUnion(token.flags)
                                summary.tokenKinds |= 1 << token.kind.rawValue
                                if token.kind.countsAsWord {
                                    summary.wordCount += 1
                                    let entry = interner.entry(bytes, token.start, token.end)
                                    let info = interner.info(entry)
                                    summary.classUnion.formUnion(info.classes)
                                    summary.startsPhrase = summary.startsPhrase || info.startsPhrase
                                    summary.signalsContext = summary.signalsContext || info.signalsContext
                                    entryColumn[filled] = entry
                                } else {
                                    let isSlash = token.kind == .punctuation && token.length == 1 && bytes[token.start] == 0x2F
                                    entryColumn[filled] = isSlash ? WordInterner.slashEntry : WordInterner.punctuationEntry
                                }
                                filled += 1
                            }
                            summaries.append(summary)
                        }
                    }
                }
                indexCount = filled
            }
            entryCount = filled
        }
        starts.append(Int32(truncatingIfNeeded: entries.count))
        self.tokenIndices = tokenIndices
        self.entries = entries
        self.starts = starts
        self.summaries = summaries
    }

    /// The content tokens of a covered sentence, as positions in these columns.
    @inline(__always)
    func span(ofSentence index: Int) -> Range<Int> {
        let item = index - sentences.lowerBound
        return Int(starts[item])..<Int(starts[item + 1])
    }

    @inline(__always)
    func summary(ofSentence index: Int) -> Summary { summaries[index - sentences.lowerBound] }
}

// MARK: - One sentence's view of the columns

/// A sentence's content positions (0 ..< count) over one column of ``DocumentWords``:
/// what used to be an array per sentence. `Read` says which column, and what of it. A
/// position outside the sentence traps, as the array did.
struct SentenceColumn<Read: ColumnRead>: RandomAccessCollection {
    let columns: DocumentWords
    /// Where the sentence starts in the columns.
    let base: Int
    let count: Int

    @inline(__always) var startIndex: Int { 0 }
    @inline(__always) var endIndex: Int { count }
    @inline(__always) var indices: Range<Int> { 0..<count }
    @inline(__always) func index(after position: Int) -> Int { position + 1 }
    @inline(__always) func index(before position: Int) -> Int { position - 1 }

    @inline(__always)
    subscript(position: Int) -> Read.Element {
        precondition(UInt(bitPattern: position) < UInt(bitPattern: count), "position outside the sentence")
        return Read.element(of: columns, at: base + position)
    }
}

/// What a ``SentenceColumn`` reads at a position of the columns.
protocol ColumnRead {
    associatedtype Element
    static func element(of columns: DocumentWords, at column: Int) -> Element
}

/// Token indices (into `Document.tokens`) of a sentence's content positions.
typealias SentenceTokenIndices = SentenceColumn<TokenIndexRead>
/// Normalised words of a sentence's content positions ("" for punctuation and
/// symbols, "/" for a slash).
typealias SentenceWords = SentenceColumn<WordRead>
/// Word facts of a sentence's content positions (``WordInfo/none`` for punctuation).
typealias SentenceInfos = SentenceColumn<InfoRead>
/// Grammatical classes of a sentence's content positions.
typealias SentenceClasses = SentenceColumn<ClassRead>

enum TokenIndexRead: ColumnRead {
    @inline(__always)
    static func element(of columns: DocumentWords, at column: Int) -> Int { Int(columns.tokenIndices[column]) }
}

enum WordRead: ColumnRead {
    @inline(__always)
    static func element(of columns: DocumentWords, at column: Int) -> String { columns.interner.word(columns.entries[column]) }
}

enum InfoRead: ColumnRead {
    @inline(__always)
    static func element(of columns: DocumentWords, at column: Int) -> WordInfo { columns.interner.info(columns.entries[column]) }
}

enum ClassRead: ColumnRead {
    @inline(__always)
    static func element(of columns: DocumentWords, at column: Int) -> WordClass {
        columns.interner.info(columns.entries[column]).classes
    }
}
