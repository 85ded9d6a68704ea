import Synchronization
import TaalmaatText

/// Per-word answers that cost more than a table look-up (compound analysis), cached
/// for the life of the process.
final class WordFactsCache: Sendable {
    /// By word and part limit: a configured rarity limit changes which parts count as
    /// common, and the answer for one limit must not be given for another.
    private struct CompoundKey: Hashable {
        let word: String
        let partLimit: Float
    }

    private let transparentCompounds = Mutex<[CompoundKey: Bool]>([:])

    func transparentCompound(_ word: String, partLimit: Float, compute: () -> Bool) -> Bool {
        let key = CompoundKey(word: word, partLimit: partLimit)
        if let known = transparentCompounds.withLock({ $0[key] }) { return known }
        let value = compute()
        transparentCompounds.withLock { table in
            if table.count > 200_000 { table.removeAll(keepingCapacity: true) }
            table[key] = value
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
        wordFacts.transparentCompound(word, partLimit: partLimit) {
            compoundSplit(word, partLimit: partLimit) != nil
        }
    }

    /// The best split of a compound into a common head and a common (possibly itself
    /// compound) tail, or nil. Linking letters *s*, *e*, *en* and a hyphen may sit
    /// between head and tail.
    func compoundSplit(_ word: String, partLimit: Float) -> (head: String, link: String, tail: String)? {
        // Parts by character; for a word in ASCII (most Dutch words) a character is a
        // byte, and a part is made from the bytes: building each of the dozens of parts
        // from a Character array was most of the first check of a large text.
        let bytes = Array(word.utf8)
        let isASCII = !bytes.contains { $0 >= 0x80 || $0 == 0x0D }
        let characters: [Character] = isASCII ? [] : Array(word)
        let count = isASCII ? bytes.count : characters.count
        guard count >= 6, count <= 40 else { return nil }
        func part(_ range: Range<Int>) -> String {
            isASCII ? String(decoding: bytes[range], as: UTF8.self) : String(characters[range])
        }
        func common(_ range: Range<Int>) -> Bool {
            guard range.count >= 3 else { return false }
            let part = part(range)
            if let zipf = frequencies.zipf(of: part) { return zipf >= partLimit }
            return frequencies.stopWords.contains(part)
        }
        // tailIsCommon[i]: the characters from i to the end are common parts, one after
        // another. Computed once per position (the old recursive search was exponential
        // on long unknown words).
        var memo = [Bool?](repeating: nil, count: count + 1)
        func tailIsCommon(_ start: Int) -> Bool {
            if let known = memo[start] { return known }
            var result = common(start..<count)
            if !result, count - start >= 8 {
                for split in (start + 3)...(count - 3) where common(start..<split) && tailIsCommon(split) {
                    result = true
                    break
                }
            }
            memo[start] = result
            return result
        }
        // Prefer the longest tail: Dutch compounds are head-final.
        for split in 3...(count - 3) where tailIsCommon(split) {
            let tail = part(split..<count)
            if common(0..<split) { return (part(0..<split), "", tail) }
            for link in ["s", "e", "en", "-"] {
                let linkLength = link.count
                guard split > linkLength + 2, part((split - linkLength)..<split) == link else { continue }
                if common(0..<(split - linkLength)) { return (part(0..<(split - linkLength)), link, tail) }
            }
        }
        return nil
    }
}
