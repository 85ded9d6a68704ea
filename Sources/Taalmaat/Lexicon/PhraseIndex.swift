import TaalmaatText

/// All word-list patterns in one trie over normalised words, so every list is
/// matched in a single pass over a sentence instead of one search per entry.
/// Separable verbs (*wij lichten u in*) have a second index from the finite verb
/// form to the particle that has to follow.
struct PhraseIndex: Sendable {
    struct Node: Sendable {
        var children: [String: Int32] = [:]
        var targets: [Int32] = []
    }

    /// What a complete pattern points at.
    struct Target: Sendable {
        let entry: Int32
        /// For case-sensitive entries, the exact words the text must show.
        let exactWords: [String]?
    }

    struct SeparableTarget: Sendable {
        let entry: Int32
        let particle: [String]
    }

    private(set) var nodes: [Node] = [Node()]
    private(set) var targets: [Target] = []
    private(set) var separable: [String: [SeparableTarget]] = [:]

    mutating func insert(_ words: [String], entry: Int, exactWords: [String]?) {
        guard !words.isEmpty else { return }
        var node = 0
        for word in words {
            if let next = nodes[node].children[word] {
                node = Int(next)
            } else {
                nodes.append(Node())
                let next = Int32(nodes.count - 1)
                nodes[node].children[word] = next
                node = Int(next)
            }
        }
        // The same entry may reach one node through two patterns: keep one target
        // (but case-sensitive variants such as WMO and Wmo each need their own).
        if nodes[node].targets.contains(where: {
            targets[Int($0)].entry == Int32(entry) && targets[Int($0)].exactWords == exactWords
        }) { return }
        targets.append(Target(entry: Int32(entry), exactWords: exactWords))
        nodes[node].targets.append(Int32(targets.count - 1))
    }

    mutating func insertSeparable(finiteForm: String, particle: [String], entry: Int) {
        separable[finiteForm, default: []].append(SeparableTarget(entry: Int32(entry), particle: particle))
    }

    var patternCount: Int { targets.count }

    /// Whether any pattern (or split verb) starts with this normalised word.
    func canStart(with word: String) -> Bool {
        nodes[0].children[word] != nil || separable[word] != nil
    }

    // MARK: - Matching

    /// One content token of a sentence as the matcher sees it.
    struct Slot {
        let token: Int
        /// Normalised word, or nil for punctuation and symbols.
        let word: String?
        /// The token's own text (for case-sensitive entries).
        let text: String
        /// Some pattern starts with this word; most words skip the trie entirely.
        let startsPhrase: Bool
    }

    /// A match of one entry.
    struct Match: Sendable, Hashable {
        let entry: Int
        /// First and last token index (inclusive) of the matched words.
        let firstToken: Int
        let lastToken: Int
        /// For a split separable verb: the particle's token range (inclusive).
        let particle: ClosedRange<Int>?
    }

    /// All matches in a sentence. Overlapping matches of different entries are all
    /// reported; a rule decides which to keep.
    func matches(in slots: [Slot], entries: [LexiconEntry]) -> [Match] {
        var found: [Match] = []
        for start in slots.indices where slots[start].startsPhrase {
            guard let first = slots[start].word else { continue }
            if let candidates = separable[first] {
                found.append(contentsOf: splitMatches(candidates, verbAt: start, slots: slots, entries: entries))
            }
            guard let firstNode = nodes[0].children[first] else { continue }
            var node = Int(firstNode)
            var position = start
            while true {
                for targetIndex in nodes[node].targets {
                    let target = targets[Int(targetIndex)]
                    if accept(target, consumed: start...position, slots: slots, entries: entries) {
                        found.append(
                            Match(
                                entry: Int(target.entry), firstToken: slots[start].token,
                                lastToken: slots[position].token, particle: nil))
                    }
                }
                let next = position + 1
                guard next < slots.count, let word = slots[next].word, let child = nodes[node].children[word] else { break }
                node = Int(child)
                position = next
            }
        }
        return found
    }

    /// Whether a target accepts the matched slots `consumed` (always a run of
    /// neighbours: the trie only steps to the next slot).
    private func accept(_ target: Target, consumed: ClosedRange<Int>, slots: [Slot], entries: [LexiconEntry]) -> Bool {
        if let exact = target.exactWords {
            guard exact.count == consumed.count else { return false }
            for (word, slot) in zip(exact, consumed) where slots[slot].text != word { return false }
        }
        let options = entries[Int(target.entry)].options
        let first = consumed.lowerBound
        let last = consumed.upperBound
        if !options.notAfter.isEmpty, first > 0,
            let previous = slots[first - 1].word, options.notAfter.contains(previous)
        {
            return false
        }
        if !options.notBefore.isEmpty, last + 1 < slots.count,
            let next = slots[last + 1].word, options.notBefore.contains(next)
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

    private func splitMatches(_ candidates: [SeparableTarget], verbAt start: Int, slots: [Slot], entries: [LexiconEntry]) -> [Match] {
        var found: [Match] = []
        for candidate in candidates {
            var position = start + 1
            var words = 0
            search: while position < slots.count, words < 14 {
                guard let word = slots[position].word, word != "/" else { break }  // punctuation ends the clause
                if Self.clauseBreakers.contains(word) && position > start + 1 { break }
                if word == candidate.particle[0] {
                    var end = position
                    var matched = true
                    for extra in candidate.particle.dropFirst() {
                        end += 1
                        guard end < slots.count, slots[end].word == extra else {
                            matched = false
                            break
                        }
                    }
                    if matched {
                        let after = end + 1 < slots.count ? slots[end + 1].word : nil
                        // Only a particle that is also a preposition (in, op, aan …) can be
                        // mistaken for one: *licht de lamp in de kamer aan*.
                        let prepositional = candidate.particle.count == 1 && Self.prepositionalParticles.contains(word)
                        let options = entries[Int(candidate.entry)].options
                        let before = start > 0 ? slots[start - 1].word : nil
                        let guarded = before.map { options.notAfter.contains($0) } == true
                            || after.map { options.notBefore.contains($0) } == true
                        if !guarded, !prepositional || after.map({ !Self.nounPhraseStarters.contains($0) }) ?? true {
                            found.append(
                                Match(
                                    entry: Int(candidate.entry), firstToken: slots[start].token,
                                    lastToken: slots[start].token,
                                    particle: slots[position].token...slots[end].token))
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
