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
    /// All state in one value, so a look-up is one access to the class's storage
    /// instead of one (with its exclusivity check) per array.
    private var table: Table

    init(resources: EngineResources, expectedWords: Int = 1024) {
        self.resources = resources
        table = Table(expectedWords: expectedWords)
    }

    /// The normalised word and its facts for the token text `bytes[start..<end]`.
    /// The bytes must stay the same for the life of the interner (they are the
    /// document's source).
    func word(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (word: String, info: WordInfo) {
        let key = Key(bytes, start, end)
        if let entry = table.find(key, bytes) { return (entry.word, entry.info) }
        let word = WordNormalizer.normalize(bytes[start..<end])
        let info = resources.info(word)
        table.insert(Entry(word: word, info: info, key: key))
        return (word, info)
    }

    /// A token text as the table compares it: where its bytes are, a hash of them and
    /// its first eight bytes, so most words (up to eight bytes) are compared without
    /// reading the text again.
    struct Key {
        let start: Int
        let length: Int
        let hash: UInt64
        let prefix: UInt64

        /// FNV-1a over the bytes, then a final mix so the low bits (the slot) depend
        /// on every byte.
        @inline(__always)
        init(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var prefix: UInt64 = 0
            for index in start..<end {
                let byte = bytes[index]
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                if index - start < 8 { prefix |= UInt64(byte) << (8 * UInt64(index - start)) }
            }
            hash ^= hash >> 29
            hash = hash &* 0xbf58_476d_1ce4_e5b9
            self.hash = hash ^ (hash >> 32)
            self.start = start
            self.length = end - start
            self.prefix = prefix
        }

        /// Whether two keys have the same bytes.
        @inline(__always)
        func equals(_ other: Key, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard hash == other.hash, length == other.length, prefix == other.prefix else { return false }
            guard length > 8 else { return true }
            for offset in 8..<length where bytes[start + offset] != bytes[other.start + offset] { return false }
            return true
        }
    }

    struct Entry {
        let word: String
        let info: WordInfo
        let key: Key
    }

    /// Open addressing over the entries.
    private struct Table {
        /// Entry index + 1, or 0 for an empty slot.
        var slots: [Int32]
        var entries: [Entry] = []

        init(expectedWords: Int) {
            var capacity = 64
            while capacity < expectedWords * 2 { capacity <<= 1 }
            slots = Array(repeating: 0, count: capacity)
        }

        func find(_ key: Key, _ bytes: UnsafeBufferPointer<UInt8>) -> Entry? {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: key.hash) & mask
            while true {
                let stored = Int(slots[slot])
                if stored == 0 { return nil }
                if entries[stored - 1].key.equals(key, in: bytes) { return entries[stored - 1] }
                slot = (slot + 1) & mask
            }
        }

        /// Adds an entry whose key is not in the table yet.
        mutating func insert(_ entry: Entry) {
            entries.append(entry)
            if entries.count * 2 > slots.count {
                slots = Array(repeating: 0, count: slots.count * 2)
                for index in entries.indices { place(index) }
            } else {
                place(entries.count - 1)
            }
        }

        private mutating func place(_ index: Int) {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: entries[index].key.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}
