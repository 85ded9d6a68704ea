import Synchronization
import TaalmaatText

// Look-ups shared by the Swift rules of all categories. Every rule runs on every
// sentence of every check, so the common case (a word that is in no list, a sentence
// without the construction) must cost a few comparisons, not a hash per word.

/// A set of normalised words with a cheap first test. Most words of a sentence are in
/// none of a rule's small word sets; a 256-bit filter on the length, first and last
/// byte of the word rejects them without hashing the string.
///
/// Answers exactly as `Set<String>.contains`, which compares by canonical equivalence:
/// when every member is ASCII without `;`, `` ` `` or `K` (the only ASCII characters
/// that a non-ASCII character decomposes to), only a byte-identical word can be a
/// member, so the bytes are compared with the few members of the same signature and
/// nothing is hashed. Otherwise a word with bytes outside ASCII always goes to the set.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    let words: Set<String>
    /// Bit `signature(member)` is set for every ASCII member.
    private let filter: (UInt64, UInt64, UInt64, UInt64)
    /// Every member is ASCII and free of the three characters above.
    private let plain: Bool
    /// Bit `n`: a member has `n` bytes (63: 63 or more). Only used when ``plain``.
    private let lengths: UInt64
    /// Only when ``plain``: the members with signature `s` are
    /// `memberSpans[memberStarts[s]..<memberStarts[s + 1]]`, each span the offset of
    /// the member's bytes in ``memberBytes`` (high 32 bits) and its length.
    private let memberStarts: [Int32]
    private let memberSpans: [UInt64]
    private let memberBytes: [UInt8]

    init(_ words: Set<String>) {
        self.words = words
        var filter: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var plain = true
        var lengths: UInt64 = 0
        var bySignature = [[String]](repeating: [], count: 256)
        for word in words {
            lengths |= 1 << UInt64(min(word.utf8.count, 63))
            guard word.utf8.allSatisfy({ $0 < 0x80 }) else {
                plain = false
                continue
            }
            if word.utf8.contains(where: { $0 == 0x3B || $0 == 0x60 || $0 == 0x4B }) { plain = false }
            let bit = Self.signature(Array(word.utf8)[...])
            bySignature[Int(bit)].append(word)
            let mask: UInt64 = 1 << (bit & 63)
            switch bit >> 6 {
            case 0: filter.0 |= mask
            case 1: filter.1 |= mask
            case 2: filter.2 |= mask
            default: filter.3 |= mask
            }
        }
        self.filter = filter
        self.plain = plain
        self.lengths = lengths
        var starts: [Int32] = []
        var spans: [UInt64] = []
        var bytes: [UInt8] = []
        if plain {
            for group in bySignature {
                starts.append(Int32(spans.count))
                for word in group {
                    spans.append(UInt64(bytes.count) << 32 | UInt64(word.utf8.count))
                    bytes.append(contentsOf: word.utf8)
                }
            }
            starts.append(Int32(spans.count))
        }
        memberStarts = starts
        memberSpans = spans
        memberBytes = bytes
    }

    init(arrayLiteral elements: String...) { self.init(Set(elements)) }

    /// Whether a word of this many bytes can be a member: a test that needs no bytes
    /// of the word. Always `true` for a set that is not ``plain``.
    func mayHave(length: Int) -> Bool {
        !plain || lengths & (1 << UInt64(min(length, 63))) != 0
    }

    /// A number below 256 from the length, the first and the last byte.
    @inline(__always)
    private static func signature<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        guard let first = bytes.first, let last = bytes.last else { return 0 }
        let count = UInt64(truncatingIfNeeded: bytes.count)
        return (count &* 0x9E37_79B9 ^ UInt64(first) &* 0x85EB_CA6B ^ UInt64(last) &* 0xC2B2_AE35) >> 24 & 255
    }

    func contains(_ word: String) -> Bool {
        guard mayHave(length: word.utf8.count) else { return false }
        // The bytes in one go: stepping through `utf8` costs a call per byte.
        return word.withUTF8Bytes(answer(for:)) ?? words.contains(word)
    }

    /// The answer from a word's bytes, or `nil` when the set must decide.
    private func answer(for bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        // Outside ASCII the bytes do not decide equality: the set answers.
        if !plain, bytes.contains(where: { $0 >= 0x80 }) { return nil }
        let bit = Self.signature(bytes)
        let mask: UInt64 = 1 << (bit & 63)
        let hit: UInt64
        switch bit >> 6 {
        case 0: hit = filter.0 & mask
        case 1: hit = filter.1 & mask
        case 2: hit = filter.2 & mask
        default: hit = filter.3 & mask
        }
        guard hit != 0 else { return false }
        guard plain else { return nil }
        return hasMember(bytes, signature: Int(bit))
    }

    /// Whether a member of a plain set with this signature has exactly these bytes.
    private func hasMember(_ bytes: UnsafeBufferPointer<UInt8>, signature: Int) -> Bool {
        var index = Int(memberStarts[signature])
        let end = Int(memberStarts[signature + 1])
        while index < end {
            let span = memberSpans[index]
            index += 1
            guard Int(truncatingIfNeeded: span & 0xFFFF_FFFF) == bytes.count else { continue }
            var offset = Int(truncatingIfNeeded: span >> 32)
            var same = true
            for byte in bytes {
                if memberBytes[offset] != byte {
                    same = false
                    break
                }
                offset += 1
            }
            if same { return true }
        }
        return false
    }

    var isEmpty: Bool { words.isEmpty }
}

/// The entry range of one word list, resolved once instead of hashing the list's path
/// for every sentence. Read without a lock: parallel checks ask it all the time.
final class ListEntries: Sendable {
    let list: String

    /// The range for the first set of resources that asked, packed in one word (see
    /// ``Packed``) so that reading it is a single atomic load. A process nearly always
    /// has one set of resources; others look the list up each time.
    private let resolved = Atomic<UInt64>(0)

    init(_ list: String) { self.list = list }

    func range(in resources: EngineResources) -> Range<Int>? {
        let known = Packed(bits: resolved.load(ordering: .relaxed))
        if known.generation != 0, known.generation == resources.generation { return known.range }
        let range = resources.lexicon.entriesByList[list]
        if known.generation == 0, let packed = Packed(range, generation: resources.generation) {
            // The first resources win; a value is complete in itself, so relaxed suffices.
            _ = resolved.compareExchange(expected: 0, desired: packed.bits, ordering: .relaxed)
        }
        return range
    }

    /// A range and the generation of its resources in 64 bits: the generation (16
    /// bits, 0 for nothing resolved yet), a flag for a missing list and the bounds
    /// (24 bits each).
    private struct Packed {
        let bits: UInt64

        init(bits: UInt64) { self.bits = bits }

        /// `nil` when the numbers do not fit, so the range is never cached.
        init?(_ range: Range<Int>?, generation: Int) {
            guard generation > 0, generation < 1 << 16 else { return nil }
            guard let range else {
                bits = UInt64(generation) << 48 | 1 << 47
                return
            }
            guard range.upperBound < 1 << 24 else { return nil }
            bits = UInt64(generation) << 48 | UInt64(range.lowerBound) << 24 | UInt64(range.upperBound)
        }

        var generation: Int { Int(bits >> 48) }

        var range: Range<Int>? {
            if bits & (1 << 47) != 0 { return nil }
            return Int((bits >> 24) & 0xFF_FFFF)..<Int(bits & 0xFF_FFFF)
        }
    }
}

/// Answers per distinct word that do not depend on the sentence (Hunspell, compound
/// analysis, frequency tests), kept for the life of the process. Answers are kept per
/// set of resources and rule parameter (a threshold), so differently configured checks
/// never share one; in practice there is one such table, found without hashing.
final class WordMemo<Value: Sendable>: Sendable {
    /// The answers for one set of resources and parameter.
    private struct Table {
        let owner: ObjectIdentifier
        let parameter: UInt64
        var values = WordTable<Value>()
    }

    /// The first table in stored properties, the others in an array: a look-up in the
    /// first reads it in place, where one through an array subscript or an optional
    /// would copy it (and retain each of its buffers).
    private struct Tables {
        var firstOwner: ObjectIdentifier?
        var firstParameter: UInt64 = 0
        var firstValues = WordTable<Value>()
        var others: [Table] = []

        func isFirst(_ owner: ObjectIdentifier, _ parameter: UInt64) -> Bool {
            firstOwner == owner && firstParameter == parameter
        }
    }

    private final class Shard: Sendable {
        let tables = Mutex<Tables>(Tables())
    }

    /// Shards by the word's key, so parallel checks rarely wait for each other.
    private let shards: [Shard] = (0..<8).map { _ in Shard() }
    private let capacity: Int

    /// `capacity` words in all; a full shard starts again empty.
    init(capacity: Int = 50_000) { self.capacity = capacity / 8 }

    func value(_ word: String, resources: EngineResources, parameter: UInt64 = 0, compute: () -> Value) -> Value {
        // Resources live for the whole process (`EngineResources.shared`), so their
        // identity is never reused.
        let owner = ObjectIdentifier(resources)
        // The key is made before taking the lock: the lock is held for one probe only.
        let key = WordKey(word)
        let shard = shards[key.shard]
        let known = shard.tables.withLock { tables -> Value? in
            if tables.isFirst(owner, parameter) { return tables.firstValues.value(for: word, key: key) }
            for index in tables.others.indices where tables.others[index].owner == owner && tables.others[index].parameter == parameter {
                return tables.others[index].values.value(for: word, key: key)
            }
            return nil
        }
        if let known { return known }
        let value = compute()
        let capacity = capacity
        shard.tables.withLock { tables in
            func store(_ values: inout WordTable<Value>) {
                if values.count >= capacity { values.removeAll() }
                values.set(value, for: word, key: key)
            }
            if tables.firstOwner == nil {
                tables.firstOwner = owner
                tables.firstParameter = parameter
            }
            if tables.isFirst(owner, parameter) {
                store(&tables.firstValues)
            } else if let index = tables.others.firstIndex(where: { $0.owner == owner && $0.parameter == parameter }) {
                store(&tables.others[index].values)
            } else {
                var table = Table(owner: owner, parameter: parameter)
                store(&table.values)
                tables.others.append(table)
            }
        }
        return value
    }
}

/// How a ``WordTable`` finds a word. Most words are plain ASCII: for them a cheap hash
/// of the bytes replaces `String` hashing (SipHash over the normalised form). Plain
/// means ASCII without `;`, `` ` `` and `K`, the only ASCII characters that a
/// non-ASCII character decomposes to, so a plain word is canonically equivalent only
/// to a byte-identical one (as in ``WordSet``). Other words go to a `Dictionary`,
/// which keeps canonical equivalence (an NFD and an NFC spelling share an answer).
struct WordKey {
    /// The byte hash, or `nil` for a word that is not plain.
    let hash: UInt64?
    /// Which of eight shards holds the word.
    let shard: Int

    @inline(__always)
    init(_ word: String) {
        let hash = word.withUTF8Bytes(Self.hash(of:))
        self.hash = hash
        shard = hash.map { Int(truncatingIfNeeded: $0 >> 61) } ?? (word.utf8.count & 7)
    }

    /// A hash of the bytes, eight at a time, or `nil` for a word that is not plain.
    /// Byte by byte (four tests and a multiplication per byte) this was a third of a
    /// memo's look-up; a group of eight is tested and mixed in a few operations.
    private static func hash(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let count = bytes.count
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(truncatingIfNeeded: count)
        if let base = bytes.baseAddress {
            var offset = 0
            while offset + 8 <= count {
                let group = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                guard isPlain(group) else { return nil }
                hash = (hash ^ group) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
                offset += 8
            }
            if offset < count {
                // The last one to seven bytes in at most three loads, zero-filled (a zero
                // byte is plain).
                let rest = UnsafeRawPointer(base + offset)
                let remaining = count - offset
                var group: UInt64 = 0
                var filled = 0
                if remaining & 4 != 0 {
                    group = UInt64(rest.loadUnaligned(as: UInt32.self))
                    filled = 4
                }
                if remaining & 2 != 0 {
                    group |= UInt64(rest.loadUnaligned(fromByteOffset: filled, as: UInt16.self)) << UInt64(8 * filled)
                    filled += 2
                }
                if remaining & 1 != 0 {
                    group |= UInt64(rest.load(fromByteOffset: filled, as: UInt8.self)) << UInt64(8 * filled)
                }
                guard isPlain(group) else { return nil }
                hash = (hash ^ group) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
            }
        }
        // The slot and the shard need the high and low bits mixed.
        hash ^= hash >> 32
        hash = hash &* 0x9E37_79B9_7F4A_7C15
        return hash ^ (hash >> 29)
    }

    /// Whether eight bytes are all ASCII and none is `;`, `` ` `` or `K`.
    @inline(__always)
    private static func isPlain(_ group: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        /// Whether some byte of the group is `byte`: a zero byte after XOR, found with
        /// the borrow test `(v - 1…1) & ~v & 8…8` (non-zero exactly when a byte is zero).
        @inline(__always)
        func has(_ byte: UInt64) -> Bool {
            let difference = group ^ (ones &* byte)
            return (difference &- ones) & ~difference & high != 0
        }
        return group & high == 0 && !has(0x3B) && !has(0x60) && !has(0x4B)
    }
}

/// Values by word: open addressing on ``WordKey/hash`` for plain words, a `Dictionary`
/// for the rest. Not thread-safe; ``WordMemo`` holds it under a lock.
struct WordTable<Value> {
    private struct Entry {
        let hash: UInt64
        let word: String
        var value: Value
    }

    /// Per slot the entry index + 1 in the low 32 bits (0: empty) and the high 32 bits
    /// of the entry's hash, so that a probe reads one entry only when it may match. A
    /// power of two, at most half full.
    private var slots: [UInt64] = []
    private var entries: [Entry] = []
    private var others: [String: Value] = [:]

    var count: Int { entries.count + others.count }

    @inline(__always)
    func value(for word: String, key: WordKey) -> Value? {
        guard let hash = key.hash else { return others[word] }
        guard let entry = entry(word, hash: hash) else { return nil }
        return entries[entry].value
    }

    mutating func set(_ value: Value, for word: String, key: WordKey) {
        guard let hash = key.hash else {
            others[word] = value
            return
        }
        // Another thread may have computed the same word between look-up and insert.
        if let entry = entry(word, hash: hash) {
            entries[entry].value = value
            return
        }
        if (entries.count + 1) * 2 > slots.count { grow() }
        entries.append(Entry(hash: hash, word: word, value: value))
        place(entries.count - 1, hash: hash)
    }

    mutating func removeAll() {
        slots.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
        others.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    private func entry(_ word: String, hash: UInt64) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        let high = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { return nil }
            if stored & 0xFFFF_FFFF_0000_0000 == high {
                let entry = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
                if entries[entry].hash == hash, entries[entry].word == word { return entry }
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func place(_ entry: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(entry + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: max(64, slots.count * 2))
        for entry in entries.indices { place(entry, hash: entries[entry].hash) }
    }
}

/// A threshold's default per profile, resolved once. With no rule settings in the
/// configuration (the common case) reading it is a switch, not two hashed look-ups.
struct ProfileThreshold: Sendable {
    let key: String
    private let brief: Double
    private let verslag: Double
    private let kind: Double
    private let intern: Double

    init(_ key: String, of rule: RuleDescription) {
        self.key = key
        brief = rule.defaultThreshold(key, profile: .brief) ?? 0
        verslag = rule.defaultThreshold(key, profile: .verslag) ?? 0
        kind = rule.defaultThreshold(key, profile: .kind) ?? 0
        intern = rule.defaultThreshold(key, profile: .intern) ?? 0
        precondition(rule.thresholds.contains { $0.key == key }, "\(rule.id.rawValue) has no threshold \(key)")
    }

    subscript(profile: Profile) -> Double {
        switch profile {
        case .brief: brief
        case .verslag: verslag
        case .kind: kind
        case .intern: intern
        }
    }
}

extension SentenceContext {
    /// The same value as ``threshold(_:of:)``: without rule settings, a configured
    /// value cannot exist and the profile default applies: a switch instead of two
    /// hashed look-ups. The description only when needed: a rule's static description
    /// is a large value, copied at every call.
    func threshold(_ threshold: ProfileThreshold, of rule: @autoclosure () -> RuleDescription) -> Double {
        if settings.configuration.rules.isEmpty { return threshold[settings.configuration.profile] }
        return self.threshold(threshold.key, of: rule())
    }

    /// `settings.isAccepted(word)`, reading only the accepted words.
    func isAccepted(_ word: String) -> Bool {
        !settings.configuration.acceptedWords.isEmpty && settings.configuration.acceptedWords.contains(word)
    }

    /// The sentence's matches from one word list, as ``matches(in:)-(String)``.
    func matches(in list: ListEntries) -> [SentenceMatch] {
        guard !matches.isEmpty, let range = list.range(in: resources) else { return [] }
        return matches(inEntries: range)
    }

    /// Whether any word of a list matched in the sentence.
    func hasMatch(in list: ListEntries) -> Bool {
        guard !matches.isEmpty, let range = list.range(in: resources) else { return false }
        return hasMatch(in: range)
    }

    /// The first byte of the token at a position.
    func firstByte(_ position: Int) -> UInt8 {
        let token = token(position)
        return token.length > 0 ? document.source.utf8[token.start] : 0
    }

    /// Whether the token at a position is the ASCII punctuation mark `byte`: the same
    /// as `isPunctuation(position, mark)`, without a string for one-byte tokens.
    func isMark(_ position: Int, _ byte: UInt8) -> Bool {
        let token = token(position)
        guard token.kind == .punctuation else { return false }
        if token.length == 1 { return document.source.utf8[token.start] == byte }
        // U+037E equals ";" and U+1FEF "`" as strings (canonical equivalence).
        guard byte == 0x3B || byte == 0x60 else { return false }
        return text(position) == String(UnicodeScalar(byte))
    }

    /// Whether the token at a position contains a byte.
    func tokenContains(_ position: Int, byte: UInt8) -> Bool {
        let token = token(position)
        let bytes = document.source.utf8
        var index = token.start
        while index < token.end {
            if bytes[index] == byte { return true }
            index += 1
        }
        return false
    }

    /// Whether the text at a position has an uppercase letter after its first
    /// character: *WhatsApp*, *eHealth*. The same as
    /// `text(position).dropFirst().contains(where: \.isUppercase)`, on the bytes when
    /// the token is ASCII.
    func hasInnerUppercase(_ position: Int) -> Bool {
        guard document.source.isASCII(token(position).range) else { return text(position).dropFirst().contains(where: \.isUppercase) }
        let token = token(position)
        let bytes = document.source.utf8
        var index = token.start + 1
        while index < token.end {
            if bytes[index] &- 0x41 < 26 { return true }
            index += 1
        }
        return false
    }
}

extension SentenceContext {
    /// ``hasInnerUppercase(_:)-(Int)`` for a token the caller already holds: one pass
    /// over its bytes that finds a non-ASCII byte (then the characters decide, as
    /// there) and an uppercase letter after the first byte together.
    func hasInnerUppercase(_ token: Token) -> Bool {
        let bytes = document.source.utf8
        var index = token.start
        var upper = false
        while index < token.end {
            let byte = bytes[index]
            if byte >= 0x80 { return document.text(of: token).dropFirst().contains(where: \.isUppercase) }
            if index > token.start, byte &- 0x41 < 26 { upper = true }
            index += 1
        }
        return upper
    }
}

extension WoordText {
    /// ``letterCount(_:)`` without decoding characters when the word is ASCII (then
    /// every byte is one character and only A–Z and a–z are letters).
    static func fastLetterCount(_ word: String) -> Int {
        let ascii = word.withUTF8Bytes { bytes -> Int? in
            var letters = 0
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if (byte | 0x20) &- 0x61 < 26 { letters += 1 }
            }
            return letters
        }
        return ascii ?? letterCount(word)
    }
}

extension DocumentContext {
    /// Whether the first content word of a sentence is `word` (as
    /// `SentenceContext.word(0) == word` for a word), without building its context.
    func startsWithWord(_ word: String, sentence index: Int) -> Bool {
        let document = self.document
        let first = document.sentences[index].tokenRange.first {
            let kind = document.tokens[$0].kind
            return !kind.isTrivia && kind != .listMarker
        }
        guard let first, document.tokens[first].kind.countsAsWord else { return false }
        let token = document.tokens[first]
        return WordNormalizer.normalize(document.source.utf8[token.start..<token.end]) == word
    }

    /// ``SentenceContext/isQuestion`` of a sentence, without building its context.
    func isQuestion(sentence index: Int) -> Bool {
        let document = self.document
        let last = document.sentences[index].tokenRange.last {
            let kind = document.tokens[$0].kind
            return !kind.isTrivia && kind != .listMarker
        }
        guard let last else { return false }
        let token = document.tokens[last]
        return token.kind == .punctuation && document.text(of: token).hasPrefix("?")
    }
}

extension String {
    /// The string's UTF-8 bytes for the length of `body`. A native string (nearly
    /// every one) lends them in place; `withUTF8` needs a mutable copy, and with it a
    /// retain and a release, which showed in rules that ask this for every word.
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}

/// Joins texts into one string with a single allocation of the exact size. String
/// interpolation grows its buffer once per piece (an allocation, a copy and a free
/// each time), which made building the message of a finding cost more than finding it.
/// The bytes are the same as those of the interpolated string.
enum TextJoin {
    static func join(_ first: String, _ second: String, _ third: String) -> String {
        join(first, second, third, "", "")
    }

    static func join(_ first: String, _ second: String, _ third: String, _ fourth: String, _ fifth: String) -> String {
        let count = first.utf8.count + second.utf8.count + third.utf8.count + fourth.utf8.count + fifth.utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            var offset = 0
            copy(first, into: buffer, at: &offset)
            copy(second, into: buffer, at: &offset)
            copy(third, into: buffer, at: &offset)
            copy(fourth, into: buffer, at: &offset)
            copy(fifth, into: buffer, at: &offset)
            return offset
        }
    }

    /// Appends the bytes of `text` at `offset`.
    @inline(__always)
    static func copy(_ text: String, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: inout Int) {
        guard !text.isEmpty else { return }
        text.withUTF8Bytes { bytes in
            // Bytes, not `initialize(from:)`, whose generic path is slow here.
            UnsafeMutableRawPointer(buffer.baseAddress! + offset).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
            offset += bytes.count
        }
    }
}

/// Values by a number and a text as it stands in a document (its UTF-8 bytes), kept
/// for the life of the owner: a declarative rule (one per set of resources) or a Swift
/// rule (one for the whole process, so a value that depends on the resources takes
/// their ``EngineResources/generation`` as its number). For values that depend only
/// on the text and the number, such as the message and suggestions of a finding:
/// a finding found again makes no string to look its value up, and shares the value's
/// strings (a retain) instead of building them (an allocation and a copy each).
/// Texts are compared byte for byte, so only an identical text shares a value.
/// Bounded: past ``limit`` keys the table starts again empty.
final class TextKeyedCache<Value: Sendable>: Sendable {
    private let table = Mutex<Table>(Table())
    static var limit: Int { 8192 }

    func value(number: Int, text: UnsafeBufferPointer<UInt8>, make: () -> Value) -> Value {
        let key = Key(number: number, text: text)
        if let known = table.withLock({ $0.find(key, text) }) { return known }
        let value = make()
        table.withLock { $0.insert(value, key: key, text: text) }
        return value
    }

    /// A key: its hash, the number and where its text is in ``Table/bytes`` (unused
    /// for a key made from a document).
    private struct Key {
        let hash: UInt64
        let number: Int
        var start: Int
        let length: Int

        init(number: Int, text: UnsafeBufferPointer<UInt8>) {
            // FNV-1a over the bytes, starting from the number; the final mix spreads the
            // high bits into the slot bits.
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bitPattern: Int64(number)) &* 0x9E37_79B9_7F4A_7C15
            for byte in text { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            hash ^= hash >> 32
            hash = hash &* 0x9E37_79B9_7F4A_7C15
            self.hash = hash ^ (hash >> 29)
            self.number = number
            start = 0
            length = text.count
        }
    }

    /// Open addressing over the keys, at most half full.
    private struct Table {
        /// Key index + 1, or 0 for an empty slot.
        var slots: [Int32] = []
        var keys: [Key] = []
        var values: [Value] = []
        /// The texts of the keys, one after the other.
        var bytes: [UInt8] = []

        func find(_ key: Key, _ text: UnsafeBufferPointer<UInt8>) -> Value? {
            guard !slots.isEmpty else { return nil }
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: key.hash) & mask
            while true {
                let stored = Int(slots[slot])
                if stored == 0 { return nil }
                if matches(keys[stored - 1], key, text) { return values[stored - 1] }
                slot = (slot + 1) & mask
            }
        }

        private func matches(_ stored: Key, _ key: Key, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
            guard stored.hash == key.hash, stored.number == key.number, stored.length == key.length else { return false }
            for offset in 0..<key.length where bytes[stored.start + offset] != text[offset] { return false }
            return true
        }

        mutating func insert(_ value: Value, key: Key, text: UnsafeBufferPointer<UInt8>) {
            // Another check may have made the same value in the meantime.
            if find(key, text) != nil { return }
            if keys.count >= TextKeyedCache.limit {
                slots.removeAll(keepingCapacity: true)
                keys.removeAll(keepingCapacity: true)
                values.removeAll(keepingCapacity: true)
                bytes.removeAll(keepingCapacity: true)
            }
            var stored = key
            stored.start = bytes.count
            bytes.append(contentsOf: text)
            keys.append(stored)
            values.append(value)
            if keys.count * 2 > slots.count {
                slots = Array(repeating: 0, count: max(64, slots.count * 2))
                for index in keys.indices { place(index) }
            } else {
                place(keys.count - 1)
            }
        }

        private mutating func place(_ index: Int) {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: keys[index].hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}
