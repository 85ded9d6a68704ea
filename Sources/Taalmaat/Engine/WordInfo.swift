import Synchronization
import TaalmaatText

/// Everything the engine wants to know about one normalised word, computed once per
/// distinct word for the life of the process: its grammatical classes, how common it
/// is, its syllables, whether a word-list phrase can start with it.
///
/// A sentence looks each of its words up once; rules then read these facts instead
/// of hashing the same word again in every rule.
struct WordInfo: Sendable {
    var classes: WordClass = []
    /// Zipf frequency, or −1 when the frequency list does not know the word.
    var zipf: Float = -1
    var isStopWord = false
    var syllables: UInt8 = 0
    /// Some word-list pattern starts with this word (or it is a split verb form).
    var startsPhrase = false
    /// Rare enough to count as difficult in the readability score.
    var isDifficult = false
    /// Some word-list entry must see this word's own spelling (case-sensitive entries).
    var needsExactText = false
    /// The word signals a context such as money or school (``Lexicon/contextsByWord``).
    var signalsContext = false
    /// The finite form of a separable verb in some list (*lichten* for *inlichten*).
    var isSeparableForm = false
    // Declared before `phraseWord`, so it fills padding instead of growing the stride.
    /// Which verb forms the word can be on its own (``EngineResources/verbForms(of:)``):
    /// the sentence rules test these per token, so a bit here saves a locked, hashed
    /// look-up in ``VerbFactsCache`` at every position.
    var verbForms: VerbForms = []
    /// The word's number in the phrase trie (``PhraseIndex/wordID(_:)``).
    var phraseWord: Int32 = PhraseIndex.noWord

    static let none = WordInfo()

    var isKnown: Bool { zipf >= 0 }
}

/// The process-wide table of word facts, split in shards so parallel checks rarely
/// wait for each other.
final class WordInfoTable: Sendable {
    private final class Shard: Sendable {
        let table = Mutex<[String: WordInfo]>([:])
    }

    private let shards: [Shard] = (0..<16).map { _ in Shard() }
    /// Each shard forgets everything past this size, so an editor session stays flat.
    static let shardLimit = 25_000

    func info(_ word: String, compute: () -> WordInfo) -> WordInfo {
        let shard = shards[(word.hashValue & 0x7FFF_FFFF) % shards.count]
        if let known = shard.table.withLock({ $0[word] }) { return known }
        let computed = compute()
        shard.table.withLock { table in
            if table.count >= Self.shardLimit { table.removeAll(keepingCapacity: true) }
            table[word] = computed
        }
        return computed
    }
}

extension EngineResources {
    /// The facts of a normalised word (see ``WordInfo``).
    func info(_ word: String) -> WordInfo {
        guard !word.isEmpty else { return .none }
        return wordInfos.info(word) {
            var info = WordInfo()
            info.classes = WordClass.of(word)
            info.zipf = frequencies.zipf(of: word) ?? -1
            info.isStopWord = frequencies.stopWords.contains(word)
            info.syllables = UInt8(min(255, DutchSyllables.count(word)))
            info.startsPhrase = lexicon.index.canStart(with: word)
            info.phraseWord = lexicon.index.wordID(word)
            info.isSeparableForm = lexicon.index.isSeparableForm(word)
            info.isDifficult = isDifficult(word)
            info.needsExactText = needsExactText(word)
            info.signalsContext = lexicon.contextsByWord[word] != nil
            info.verbForms = verbForms(of: word)
            return info
        }
    }
}
