import Synchronization
import TaalmaatText

/// The normalised word and word facts of every distinct token text a check meets.
///
/// A document repeats its words: 7 MB of Dutch prose has over a million word tokens
/// but only tens of thousands of distinct ones. Keyed by the token's raw bytes with a
/// cheap hash, a repeated word costs one probe and one byte comparison instead of
/// building a lowercase string and hashing it again for the process-wide table.
///
/// An interner keeps the bytes of its words itself, so it outlives the document: the
/// next check (of the next letter, or the next edit) takes it from the
/// ``WordInternerPool`` and finds most words already there. One check at a time uses
/// an interner, from one thread.
final class WordInterner: @unchecked Sendable {
    /// The resources the words were looked up in; answers kept per entry (see
    /// ``Question``) hold for these alone.
    let resources: EngineResources
    /// All state in one value, so a look-up is one access to the class's storage
    /// instead of one per array. Without the run-time exclusivity check: one check
    /// uses an interner at a time, from one thread, and no method calls out while it
    /// changes the table, so accesses cannot overlap; the check cost more than the
    /// probe of a short word.
    @exclusivity(unchecked) private var table: Table

    init(resources: EngineResources, expectedWords: Int = 1024) {
        self.resources = resources
        table = Table(expectedWords: expectedWords)
    }

    /// The number of distinct token texts held.
    var count: Int { table.words.count - Self.fixedEntries }

    /// Entries that stand for no token text: the "word" of punctuation and symbols
    /// (empty) and of a slash ("/", a word for patterns such as "heer / mevrouw"). Both
    /// have ``WordInfo/none`` facts, but for the slash's number in the phrase trie.
    /// Fixed numbers let ``DocumentWords`` give every content token an entry, so
    /// reading a word needs no test for punctuation.
    static let punctuationEntry: Int32 = 0
    static let slashEntry: Int32 = 1
    private static let fixedEntries = 2

    /// The entry number of the token text `bytes[start..<end]`, looked up (normalised,
    /// with its facts) the first time the interner meets it. The number stays the same
    /// as long as the interner lives, so rules can keep answers per number
    /// (``answer(_:to:)``) instead of hashing the word again.
    func entry(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32 {
        let key = Key(bytes, start, end)
        let found = table.find(key, bytes)
        if found >= 0 { return Int32(truncatingIfNeeded: found) }
        let word = WordNormalizer.normalize(bytes[start..<end])
        return table.insert(word: word, info: resources.info(word), key: key, bytes: bytes)
    }

    /// The normalised word and its facts for the token text `bytes[start..<end]`.
    func word(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (word: String, info: WordInfo) {
        let number = entry(bytes, start, end)
        return (word(number), info(number))
    }

    /// The normalised word of an entry.
    @inline(__always)
    func word(_ entry: Int32) -> String { table.words[Int(entry)] }

    /// The word facts of an entry.
    @inline(__always)
    func info(_ entry: Int32) -> WordInfo { table.infos[Int(entry)] }

    // MARK: - Answers per entry

    /// A yes-or-no question that rules ask about a token text. Only questions whose
    /// answer depends on nothing but the token text and ``resources`` belong here: the
    /// answers outlive the check that found them, and the next check trusts them.
    /// Answers that depend on settings (thresholds, accepted words) do not.
    enum Question: UInt8 {
        /// `woord.spelling`: the normalised word is spelled right (Hunspell or a compound).
        case spelledRight = 0
        /// The same for a capitalised token, which Hunspell may also know as written.
        case spelledRightCapitalized = 1
        /// The readability score: a part of a hyphenated word is difficult.
        case hasDifficultPart = 2

        /// Two bits per question (asked, answer) in a byte per entry.
        @inline(__always) fileprivate var askedBit: UInt8 { 1 << (2 * rawValue) }
        @inline(__always) fileprivate var yesBit: UInt8 { 2 << (2 * rawValue) }
    }

    /// The remembered answer for entry `number`, or `nil` if not asked yet.
    @inline(__always)
    func answer(_ number: Int32, to question: Question) -> Bool? {
        let bits = table.answers[Int(number)]
        guard bits & question.askedBit != 0 else { return nil }
        return bits & question.yesBit != 0
    }

    /// Keeps an answer for entry `number` (a number that ``entry(_:_:_:)`` gave).
    func remember(_ answer: Bool, for number: Int32, to question: Question) {
        table.answers[Int(number)] |= question.askedBit | (answer ? question.yesBit : 0)
    }

    /// A token text as the table compares it: where its bytes are, a hash of them and
    /// its first eight bytes, so most words (up to eight bytes) are compared without
    /// reading the text again.
    struct Key {
        let start: Int
        let length: Int
        let hash: UInt64
        let prefix: UInt64

        /// The bytes are read eight at a time (the first eight are the prefix), each
        /// group multiplied into the hash; a final mix makes the low bits (the slot)
        /// depend on every byte.
        @inline(__always)
        init(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
            let length = end - start
            let prefix = Self.group(bytes, start, end)
            var hash = (prefix ^ UInt64(truncatingIfNeeded: length)) &* 0x9E37_79B9_7F4A_7C15
            var offset = start + 8
            while offset < end {
                hash = (hash ^ (hash >> 31) ^ Self.group(bytes, offset, end)) &* 0x9E37_79B9_7F4A_7C15
                offset += 8
            }
            hash ^= hash >> 29
            hash = hash &* 0xbf58_476d_1ce4_e5b9
            self.hash = hash ^ (hash >> 32)
            self.start = start
            self.length = length
            self.prefix = prefix
        }

        /// Up to eight bytes from `offset` (not past `end`), little-endian, zero-filled.
        @inline(__always)
        private static func group(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ end: Int) -> UInt64 {
            let count = min(8, end - offset)
            if offset + 8 <= bytes.count, let base = bytes.baseAddress {
                // One unaligned load instead of a loop; the bytes past `end` are masked off.
                let word = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
                return count == 8 ? word : word & ((1 << (8 * UInt64(count))) - 1)
            }
            var value: UInt64 = 0
            for index in 0..<count { value |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
            return value
        }

        init(hash: UInt64, start: Int, length: Int, prefix: UInt64) {
            self.hash = hash
            self.start = start
            self.length = length
            self.prefix = prefix
        }

        /// Whether a key into the interner's own bytes (`self`, in `stored`) has the
        /// same bytes as a key into a document (`other`, in `bytes`).
        @inline(__always)
        func equals(_ other: Key, in bytes: UnsafeBufferPointer<UInt8>, stored: [UInt8]) -> Bool {
            guard hash == other.hash, length == other.length, prefix == other.prefix else { return false }
            guard length > 8 else { return true }
            for offset in 8..<length where stored[start + offset] != bytes[other.start + offset] { return false }
            return true
        }
    }

    /// Open addressing over the entries. The entries are parallel columns: a probe
    /// reads only keys, and the rules read only words and facts.
    private struct Table {
        /// Entry index + 1, or 0 for an empty slot.
        var slots: [Int32]
        /// Per entry: where its token text is (into ``bytes``), and its hash.
        var keys: [Key]
        /// Per entry: the normalised word.
        var words: [String]
        /// Per entry: the word facts.
        var infos: [WordInfo]
        /// Per entry the bits of ``WordInterner/Question``'s answers.
        var answers: [UInt8]
        /// The token texts of the entries, one after the other (past their first
        /// eight bytes, which the keys hold).
        var bytes: [UInt8] = []

        init(expectedWords: Int) {
            var capacity = 64
            while capacity < expectedWords * 2 { capacity <<= 1 }
            slots = Array(repeating: 0, count: capacity)
            // The fixed entries (punctuation, slash): never in a slot, so never found
            // by a token text.
            let none = Key(hash: 0, start: 0, length: 0, prefix: 0)
            keys = [none, none]
            words = ["", "/"]
            var slash = WordInfo.none
            slash.phraseWord = PhraseIndex.slashID
            infos = [.none, slash]
            answers = [0, 0]
        }

        /// The index of the entry with this key, or −1.
        func find(_ key: Key, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: key.hash) & mask
            while true {
                let stored = Int(slots[slot])
                if stored == 0 { return -1 }
                if keys[stored - 1].equals(key, in: bytes, stored: self.bytes) { return stored - 1 }
                slot = (slot + 1) & mask
            }
        }

        /// Adds an entry whose key (into the document `text`) is not in the table yet;
        /// its bytes are copied, so the entry outlives the document.
        /// Returns the new entry's number.
        mutating func insert(word: String, info: WordInfo, key: Key, bytes text: UnsafeBufferPointer<UInt8>) -> Int32 {
            // Read from `start + 8` on: the first eight bytes are in the key's prefix.
            let start = bytes.count - 8
            if key.length > 8 { bytes.append(contentsOf: text[(key.start + 8)..<(key.start + key.length)]) }
            keys.append(Key(hash: key.hash, start: start, length: key.length, prefix: key.prefix))
            words.append(word)
            infos.append(info)
            answers.append(0)
            if (keys.count - WordInterner.fixedEntries) * 2 > slots.count {
                slots = Array(repeating: 0, count: slots.count * 2)
                for index in WordInterner.fixedEntries..<keys.count { place(index) }
            } else {
                place(keys.count - 1)
            }
            return Int32(truncatingIfNeeded: keys.count - 1)
        }

        private mutating func place(_ index: Int) {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: keys[index].hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}

/// Interners waiting for the next check. A check takes one (or makes a new one) and
/// gives it back when done, so parallel checks never share one and need no lock per
/// word. Bounded: a few interners, each forgotten past ``entryLimit`` words.
final class WordInternerPool: Sendable {
    private let idle = Mutex<[WordInterner]>([])
    /// The 7.4 MB benchmark corpus has tens of thousands of distinct token texts; an
    /// interner that has seen more than this limit (some 20 MB) is not kept.
    static let entryLimit = 200_000
    static let idleLimit = 2

    func take(resources: EngineResources, expectedWords: Int) -> WordInterner {
        if let interner = idle.withLock({ $0.popLast() }) { return interner }
        return WordInterner(resources: resources, expectedWords: expectedWords)
    }

    func giveBack(_ interner: WordInterner) {
        guard interner.count <= Self.entryLimit else { return }
        idle.withLock { idle in
            if idle.count < Self.idleLimit { idle.append(interner) }
        }
    }
}
