import TaalmaatText

/// All word-list patterns in one trie over normalised words, so every list is
/// matched in a single pass over a sentence instead of one search per entry.
/// Separable verbs (*wij lichten u in*) have a second index from the finite verb
/// form to the particle that has to follow.
///
/// The trie's words are numbers (``wordID(_:)``): a sentence brings the number of
/// each of its words (looked up once per distinct word, in ``WordInfo``), and
/// stepping through the trie compares integers instead of hashing strings.
///
/// A class: every sentence is matched through it, and a struct of this many tables
/// was copied (and each table retained) on the way. It is filled while the lexicon
/// is built and only read once the lexicon is shared, hence `@unchecked Sendable`.
final class PhraseIndex: @unchecked Sendable {
    struct Node: Sendable {
        var targets: [Int32] = []
    }

    /// What a complete pattern points at.
    struct Target: Sendable {
        let entry: Int32
        /// For case-sensitive entries, the exact words the text must show.
        let exactWords: [String]?
        /// The entry must not follow or precede certain words (``LexiconEntry/Options``).
        let hasNeighbourGuards: Bool
    }

    struct SeparableTarget: Sendable {
        let entry: Int32
        let particle: [String]
    }

    // Without the run-time exclusivity check: the tables are written only while the
    // lexicon is built, before anything reads them, and only read after; the check
    // cost a call per table per sentence.
    @exclusivity(unchecked) private(set) var nodes: [Node] = [Node()]
    @exclusivity(unchecked) private(set) var targets: [Target] = []
    @exclusivity(unchecked) private(set) var separable: [String: [SeparableTarget]] = [:]
    /// Every word of every pattern, numbered from 0.
    @exclusivity(unchecked) private var vocabulary: [String: Int32] = [:]
    @exclusivity(unchecked) private var edges = TrieEdges()

    /// The number of a word of some pattern, or ``noWord``.
    func wordID(_ word: String) -> Int32 { vocabulary[word] ?? Self.noWord }

    static let noWord: Int32 = -1

    /// The number of the slash, which counts as a word in patterns such as
    /// *heer / mevrouw* although it is punctuation.
    static let slashID: Int32 = 0

    init() {
        vocabulary["/"] = Self.slashID
    }

    func insert(_ words: [String], entry: Int, exactWords: [String]?, hasNeighbourGuards: Bool) {
        guard !words.isEmpty else { return }
        var node: Int32 = 0
        for word in words {
            let id = vocabulary[word] ?? {
                let next = Int32(vocabulary.count)
                vocabulary[word] = next
                return next
            }()
            if let next = edges.child(of: node, word: id) {
                node = next
            } else {
                nodes.append(Node())
                let next = Int32(nodes.count - 1)
                edges.insert(from: node, word: id, to: next)
                node = next
            }
        }
        // The same entry may reach one node through two patterns: keep one target
        // (but case-sensitive variants such as WMO and Wmo each need their own).
        if nodes[Int(node)].targets.contains(where: {
            targets[Int($0)].entry == Int32(entry) && targets[Int($0)].exactWords == exactWords
        }) { return }
        targets.append(Target(entry: Int32(entry), exactWords: exactWords, hasNeighbourGuards: hasNeighbourGuards))
        nodes[Int(node)].targets.append(Int32(targets.count - 1))
    }

    func insertSeparable(finiteForm: String, particle: [String], entry: Int) {
        separable[finiteForm, default: []].append(SeparableTarget(entry: Int32(entry), particle: particle))
    }

    var patternCount: Int { targets.count }

    /// Whether any pattern (or split verb) starts with this normalised word.
    func canStart(with word: String) -> Bool {
        edges.child(of: 0, word: wordID(word)) != nil || separable[word] != nil
    }

    /// Whether the word is the finite form of a separable verb in some list.
    func isSeparableForm(_ word: String) -> Bool { separable[word] != nil }

    // MARK: - Matching

    /// A sentence as the matcher sees it, by content position.
    struct Sentence {
        /// Normalised words; empty for punctuation and symbols (but "/" for a slash).
        let words: SentenceWords
        /// Facts of the words: their ``WordInfo/phraseWord``, whether a pattern starts
        /// with them (most words skip the trie entirely) and whether they are a
        /// separable verb form.
        let infos: SentenceInfos

        var count: Int { words.count }

        /// The normalised word at a position, or nil for punctuation and symbols.
        func word(_ position: Int) -> String? { words[position].isEmpty ? nil : words[position] }

        /// The trie number of the word at a position (the slash's entry in the
        /// interner carries ``PhraseIndex/slashID``).
        @inline(__always)
        func wordID(_ position: Int) -> Int32 { infos[position].phraseWord }
    }

    /// A match of one entry: the type sentence contexts keep, so the matches need no
    /// second array.
    typealias Match = SentenceMatch

    /// All matches in a sentence. Overlapping matches of different entries are all
    /// reported; a rule decides which to keep. `exactText` gives a token's own text,
    /// for case-sensitive entries (only asked for words that
    /// ``WordInfo/needsExactText``). A parameter, not part of ``Sentence``: a stored
    /// closure would copy the document into a heap context for every sentence.
    func matches(in sentence: Sentence, entries: [LexiconEntry], exactText: (Int) -> String) -> [Match] {
        var found: [Match] = []
        for start in 0..<sentence.count where sentence.infos[start].startsPhrase {
            guard let first = sentence.word(start) else { continue }
            if sentence.infos[start].isSeparableForm, let candidates = separable[first] {
                found.append(contentsOf: splitMatches(candidates, verbAt: start, sentence: sentence, entries: entries))
            }
            guard var node = edges.child(of: 0, word: sentence.wordID(start)) else { continue }
            var position = start
            while true {
                for targetIndex in nodes[Int(node)].targets {
                    let target = targets[Int(targetIndex)]
                    if accept(target, consumed: start...position, sentence: sentence, entries: entries, exactText: exactText) {
                        found.append(Match(entry: Int(target.entry), first: start, last: position, particle: nil))
                    }
                }
                let next = position + 1
                guard next < sentence.count, let child = edges.child(of: node, word: sentence.wordID(next))
                else { break }
                node = child
                position = next
            }
        }
        return found
    }

    /// Whether a target accepts the matched positions `consumed` (always a run of
    /// neighbours: the trie only steps to the next position).
    private func accept(
        _ target: Target, consumed: ClosedRange<Int>, sentence: Sentence, entries: [LexiconEntry], exactText: (Int) -> String
    ) -> Bool {
        if let exact = target.exactWords {
            guard exact.count == consumed.count else { return false }
            for (word, position) in zip(exact, consumed) where exactText(position) != word { return false }
        }
        guard target.hasNeighbourGuards else { return true }
        let options = entries[Int(target.entry)].options
        let first = consumed.lowerBound
        let last = consumed.upperBound
        if !options.notAfter.isEmpty, first > 0,
            let previous = sentence.word(first - 1), options.notAfter.contains(previous)
        {
            return false
        }
        if !options.notBefore.isEmpty, last + 1 < sentence.count,
            let next = sentence.word(last + 1), options.notBefore.contains(next)
        {
            return false
        }
        return true
    }

    /// Words after which a separable particle is really a preposition:
    /// *licht de lamp **in de** kamer* is not *inlichten*.
    static let nounPhraseStarters: Set<String> = [
        "de", "het", "een", "deze", "dit", "die", "dat", "mijn", "uw", "je", "jouw", "zijn", "haar", "ons", "onze",
        "hun", "jullie", "elk", "elke", "ieder", "iedere", "alle", "geen", "welke", "wat",
    ]

    static let prepositionalParticles: Set<String> = [
        "aan", "achter", "af", "bij", "door", "in", "langs", "mee", "na", "om", "onder", "op", "over", "tegen",
        "toe", "uit", "voor", "tussen", "rond", "binnen", "buiten",
    ]

    /// Words that end the clause in which a particle can belong to its verb.
    static let clauseBreakers: Set<String> = [
        "en", "maar", "of", "want", "omdat", "als", "dat", "die", "wanneer", "zodat", "terwijl", "nadat", "voordat",
        "doordat", "hoewel", "indien", "tenzij", "zodra", "waardoor", "waarna",
    ]

    private func splitMatches(_ candidates: [SeparableTarget], verbAt start: Int, sentence: Sentence, entries: [LexiconEntry]) -> [Match] {
        var found: [Match] = []
        for candidate in candidates {
            var position = start + 1
            var words = 0
            search: while position < sentence.count, words < 14 {
                guard let word = sentence.word(position), word != "/" else { break }  // punctuation ends the clause
                if Self.clauseBreakers.contains(word) && position > start + 1 { break }
                if word == candidate.particle[0] {
                    var end = position
                    var matched = true
                    for extra in candidate.particle.dropFirst() {
                        end += 1
                        guard end < sentence.count, sentence.word(end) == extra else {
                            matched = false
                            break
                        }
                    }
                    if matched {
                        let after = end + 1 < sentence.count ? sentence.word(end + 1) : nil
                        // Only a particle that is also a preposition (in, op, aan …) can be
                        // mistaken for one: *licht de lamp in de kamer aan*.
                        let prepositional = candidate.particle.count == 1 && Self.prepositionalParticles.contains(word)
                        let options = entries[Int(candidate.entry)].options
                        let before = start > 0 ? sentence.word(start - 1) : nil
                        let guarded = before.map { options.notAfter.contains($0) } == true
                            || after.map { options.notBefore.contains($0) } == true
                        if !guarded, !prepositional || after.map({ !Self.nounPhraseStarters.contains($0) }) ?? true {
                            found.append(
                                Match(
                                    entry: Int(candidate.entry), first: start, last: start,
                                    particle: position...end))
                            break search
                        }
                    }
                }
                words += 1
                position += 1
            }
        }
        return found
    }
}

/// The edges of the phrase trie: (node, word number) → child node, in one open
/// addressing table with a multiplicative hash. Both keys are small integers, so a
/// step costs a multiplication and usually one probe.
private struct TrieEdges: Sendable {
    /// Key `node << 32 | word`, or `empty`.
    private var keys: [UInt64]
    private var children: [Int32]
    private var count = 0
    private static let empty = UInt64.max

    init() {
        keys = Array(repeating: Self.empty, count: 1024)
        children = Array(repeating: 0, count: 1024)
    }

    func child(of node: Int32, word: Int32) -> Int32? {
        guard word >= 0 else { return nil }
        let key = Self.key(node, word)
        let mask = keys.count - 1
        var slot = Self.slot(key, mask: mask)
        while true {
            let stored = keys[slot]
            if stored == key { return children[slot] }
            if stored == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    mutating func insert(from node: Int32, word: Int32, to child: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        store(Self.key(node, word), child)
        count += 1
    }

    private mutating func store(_ key: UInt64, _ child: Int32) {
        let mask = keys.count - 1
        var slot = Self.slot(key, mask: mask)
        while keys[slot] != Self.empty { slot = (slot + 1) & mask }
        keys[slot] = key
        children[slot] = child
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldChildren = children
        keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
        children = Array(repeating: 0, count: oldKeys.count * 2)
        for index in oldKeys.indices where oldKeys[index] != Self.empty { store(oldKeys[index], oldChildren[index]) }
    }

    @inline(__always)
    private static func key(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }

    @inline(__always)
    private static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
