import TaalmaatText

/// The normalised word and word facts of every distinct token text in one check.
///
/// A document repeats its words: 7 MB of Dutch prose has over a million word tokens
/// but only tens of thousands of distinct ones. Keyed by the token's raw bytes with a
/// cheap hash, a repeated word costs one probe and one byte comparison instead of
/// building a lowercase string and hashing it again for the process-wide table.
///
/// One interner belongs to one check of one document and is used from one thread.
final class WordInterner {
    private let resources: EngineResources
    /// Open addressing: entry index + 1, or 0 for an empty slot.
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var keyStarts: [Int] = []
    private var keyLengths: [Int] = []
    private var words: [String] = []
    private var infos: [WordInfo] = []

    init(resources: EngineResources, expectedWords: Int = 1024) {
        self.resources = resources
        var capacity = 64
        while capacity < expectedWords * 2 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
    }

    /// The normalised word and its facts for the token text `bytes[start..<end]`.
    /// The bytes must stay the same for the life of the interner (they are the
    /// document's source).
    func word(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (word: String, info: WordInfo) {
        let index = entry(bytes, start, end)
        return (words[index], infos[index])
    }

    private func entry(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        let hash = Self.hash(bytes, start, end)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { break }
            let index = stored - 1
            if hashes[index] == hash, keyLengths[index] == end - start,
                Self.equal(bytes, keyStarts[index], start, end - start)
            {
                return index
            }
            slot = (slot + 1) & mask
        }
        let word = WordNormalizer.normalize(bytes[start..<end])
        let index = words.count
        words.append(word)
        infos.append(resources.info(word))
        hashes.append(hash)
        keyStarts.append(start)
        keyLengths.append(end - start)
        slots[slot] = Int32(index + 1)
        if words.count * 2 > slots.count { grow() }
        return index
    }

    private func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for index in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[index]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// FNV-1a over the bytes, then a final mix so the low bits (the slot) depend on
    /// every byte.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in start..<end {
            hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3
        }
        hash ^= hash >> 29
        hash = hash &* 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 32)
    }

    @inline(__always)
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ first: Int, _ second: Int, _ length: Int) -> Bool {
        for offset in 0..<length where bytes[first + offset] != bytes[second + offset] { return false }
        return true
    }
}
