import Synchronization
import TaalmaatText

/// Per-word answers that cost more than a table look-up (compound analysis), cached
/// for the life of the process.
final class WordFactsCache: Sendable {
    private let transparentCompounds = Mutex<[String: Bool]>([:])

    func transparentCompound(_ word: String, compute: () -> Bool) -> Bool {
        if let known = transparentCompounds.withLock({ $0[word] }) { return known }
        let value = compute()
        transparentCompounds.withLock { table in
            if table.count > 200_000 { table.removeAll(keepingCapacity: true) }
            table[word] = value
        }
        return value
    }
}

extension EngineResources {
    /// Zipf value below which a word counts as difficult in the readability score.
    static let difficultWordZipf: Float = 3.0

    /// Whether a normalised word is rare enough to be hard for many readers. Words in
    /// the stop list and compounds of two common words (*huurbetaling*) are not.
    func isDifficult(_ word: String, below limit: Float = EngineResources.difficultWordZipf) -> Bool {
        guard word.count >= 3 else { return false }
        if let zipf = frequencies.zipf(of: word), zipf >= limit { return false }
        if frequencies.stopWords.contains(word) { return false }
        return !isTransparentCompound(word, partLimit: max(limit, 3.0))
    }

    /// A compound whose parts are both common words: readers understand it from its
    /// parts. Linking letters *s*, *e* and *en* are allowed between the parts.
    func isTransparentCompound(_ word: String, partLimit: Float) -> Bool {
        wordFacts.transparentCompound(word) {
            compoundSplit(word, partLimit: partLimit) != nil
        }
    }

    /// The best split of a compound into two common parts, or nil.
    func compoundSplit(_ word: String, partLimit: Float) -> (head: String, link: String, tail: String)? {
        let characters = Array(word)
        guard characters.count >= 6 else { return nil }
        func common(_ part: String) -> Bool {
            guard part.count >= 3 else { return false }
            if let zipf = frequencies.zipf(of: part) { return zipf >= partLimit }
            return frequencies.stopWords.contains(part)
        }
        // Prefer the longest tail: Dutch compounds are head-final.
        for split in stride(from: 3, through: characters.count - 3, by: 1) {
            let tail = String(characters[split...])
            guard common(tail) || isTransparentTail(tail, partLimit: partLimit) else { continue }
            let head = String(characters[..<split])
            if common(head) { return (head, "", tail) }
            for link in ["s", "e", "en", "-"] where head.hasSuffix(link) && head.count > link.count + 2 {
                let bare = String(head.dropLast(link.count))
                if common(bare) { return (bare, link, tail) }
            }
        }
        return nil
    }

    /// A tail that is itself a compound of common parts (*jeugd-beschermings-maatregel*).
    private func isTransparentTail(_ tail: String, partLimit: Float) -> Bool {
        tail.count >= 8 && compoundSplit(tail, partLimit: partLimit) != nil
    }
}
