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
/// member. Otherwise a word with bytes outside ASCII always goes to the set.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    let words: Set<String>
    /// Bit `signature(member)` is set for every ASCII member.
    private let filter: (UInt64, UInt64, UInt64, UInt64)
    /// Every member is ASCII and free of the three characters above.
    private let plain: Bool
    /// Bit `n`: a member has `n` bytes (63: 63 or more). Only used when ``plain``.
    private let lengths: UInt64

    init(_ words: Set<String>) {
        self.words = words
        var filter: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var plain = true
        var lengths: UInt64 = 0
        for word in words {
            lengths |= 1 << UInt64(min(word.utf8.count, 63))
            guard word.utf8.allSatisfy({ $0 < 0x80 }) else {
                plain = false
                continue
            }
            if word.utf8.contains(where: { $0 == 0x3B || $0 == 0x60 || $0 == 0x4B }) { plain = false }
            let bit = Self.signature(Array(word.utf8)[...])
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
        var text = word
        let plain = self.plain
        let bit = text.withUTF8 { bytes -> UInt64? in
            // Outside ASCII the bytes do not decide equality: the set answers.
            if !plain, bytes.contains(where: { $0 >= 0x80 }) { return nil }
            return Self.signature(bytes)
        }
        guard let bit else { return words.contains(word) }
        let mask: UInt64 = 1 << (bit & 63)
        let hit: UInt64
        switch bit >> 6 {
        case 0: hit = filter.0 & mask
        case 1: hit = filter.1 & mask
        case 2: hit = filter.2 & mask
        default: hit = filter.3 & mask
        }
        return hit != 0 && words.contains(word)
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
    private struct Table {
        let owner: ObjectIdentifier
        let parameter: UInt64
        var values: [String: Value]
    }

    private final class Shard: Sendable {
        let tables = Mutex<[Table]>([])
    }

    /// Shards by word length (free to read), so parallel checks rarely wait for each other.
    private let shards: [Shard] = (0..<8).map { _ in Shard() }
    private let capacity: Int

    /// `capacity` words in all; a full shard starts again empty.
    init(capacity: Int = 50_000) { self.capacity = capacity / 8 }

    func value(_ word: String, resources: EngineResources, parameter: UInt64 = 0, compute: () -> Value) -> Value {
        // Resources live for the whole process (`EngineResources.shared`), so their
        // identity is never reused.
        let owner = ObjectIdentifier(resources)
        let shard = shards[word.utf8.count & 7]
        let known = shard.tables.withLock { tables -> Value? in
            for index in tables.indices where tables[index].owner == owner && tables[index].parameter == parameter {
                return tables[index].values[word]
            }
            return nil
        }
        if let known { return known }
        let value = compute()
        shard.tables.withLock { tables in
            guard let index = tables.firstIndex(where: { $0.owner == owner && $0.parameter == parameter }) else {
                tables.append(Table(owner: owner, parameter: parameter, values: [word: value]))
                return
            }
            if tables[index].values.count >= capacity { tables[index].values.removeAll(keepingCapacity: true) }
            tables[index].values[word] = value
        }
        return value
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
    /// hashed look-ups.
    func threshold(_ threshold: ProfileThreshold, of rule: RuleDescription) -> Double {
        if settings.configuration.rules.isEmpty { return threshold[settings.configuration.profile] }
        return self.threshold(threshold.key, of: rule)
    }

    /// `settings.isAccepted(word)`, reading only the accepted words.
    func isAccepted(_ word: String) -> Bool {
        !settings.configuration.acceptedWords.isEmpty && settings.configuration.acceptedWords.contains(word)
    }

    /// The sentence's matches from one word list, as ``matches(in:)-(String)``.
    func matches(in list: ListEntries) -> [SentenceMatch] {
        guard !matches.isEmpty, let range = list.range(in: resources) else { return [] }
        return matches.filter { range.contains($0.entry) }
    }

    /// Whether any word of a list matched in the sentence.
    func hasMatch(in list: ListEntries) -> Bool {
        guard !matches.isEmpty, let range = list.range(in: resources) else { return false }
        return matches.contains { range.contains($0.entry) }
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

    /// Whether a word of the sentence is in a set. The length of most words already
    /// rules them out.
    func containsWord(in set: WordSet) -> Bool {
        for word in words where set.mayHave(length: word.utf8.count) {
            if set.contains(word) { return true }
        }
        return false
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

extension WoordText {
    /// ``letterCount(_:)`` without decoding characters when the word is ASCII (then
    /// every byte is one character and only A–Z and a–z are letters).
    static func fastLetterCount(_ word: String) -> Int {
        var text = word
        let ascii = text.withUTF8 { bytes -> Int? in
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
