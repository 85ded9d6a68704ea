import Synchronization
import TaalmaatText

// Look-ups shared by the Swift rules of all categories. Every rule runs on every
// sentence of every check, so the common case (a word that is in no list, a sentence
// without the construction) must cost a few comparisons, not a hash per word.

/// A set of normalised words with a cheap first test. Most words of a sentence are in
/// none of a rule's small word sets; the length and first byte of a word reject them
/// without hashing the string.
///
/// Answers exactly as `Set<String>.contains`, which compares by canonical equivalence:
/// when every member is ASCII without `;`, `` ` `` or `K` (the only ASCII characters
/// that a non-ASCII character decomposes to), only a byte-identical word can be a
/// member. Otherwise a word with bytes outside ASCII always goes to the set.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    let words: Set<String>
    /// Bit `n`: an ASCII member has `n` bytes (63: 63 or more).
    private let lengths: UInt64
    /// Bit `b`: an ASCII member starts with byte `b` (low and high half of ASCII).
    private let firstLow: UInt64
    private let firstHigh: UInt64
    /// Every member is ASCII and free of the three characters above.
    private let plain: Bool

    init(_ words: Set<String>) {
        self.words = words
        var lengths: UInt64 = 0
        var firstLow: UInt64 = 0
        var firstHigh: UInt64 = 0
        var plain = true
        for word in words {
            guard word.utf8.allSatisfy({ $0 < 0x80 }) else {
                plain = false
                continue
            }
            if word.utf8.contains(where: { $0 == 0x3B || $0 == 0x60 || $0 == 0x4B }) { plain = false }
            lengths |= 1 << UInt64(min(word.utf8.count, 63))
            guard let first = word.utf8.first else { continue }
            if first < 64 { firstLow |= 1 << UInt64(first) } else { firstHigh |= 1 << UInt64(first - 64) }
        }
        self.lengths = lengths
        self.firstLow = firstLow
        self.firstHigh = firstHigh
        self.plain = plain
    }

    init(arrayLiteral elements: String...) { self.init(Set(elements)) }

    func contains(_ word: String) -> Bool {
        if !plain {
            // Outside ASCII the bytes do not decide equality: ask the set.
            for byte in word.utf8 where byte >= 0x80 { return words.contains(word) }
        }
        let utf8 = word.utf8
        guard lengths & (1 << UInt64(min(utf8.count, 63))) != 0, let first = utf8.first else {
            return utf8.isEmpty && words.contains(word)
        }
        let known = first < 64 ? firstLow & (1 << UInt64(first)) : first < 128 ? firstHigh & (1 << UInt64(first - 64)) : 0
        return known != 0 && words.contains(word)
    }

    var isEmpty: Bool { words.isEmpty }
}

/// The entry range of one word list, resolved once per set of resources instead of
/// hashing the list's path for every sentence.
final class ListEntries: Sendable {
    let list: String
    private let cached = Mutex<(owner: ObjectIdentifier, range: Range<Int>?)?>(nil)

    init(_ list: String) { self.list = list }

    func range(in resources: EngineResources) -> Range<Int>? {
        // Resources live for the whole process (`EngineResources.shared`), so their
        // identity is never reused.
        let owner = ObjectIdentifier(resources)
        if let known = cached.withLock({ $0 }), known.owner == owner { return known.range }
        let range = resources.lexicon.entriesByList[list]
        cached.withLock { $0 = (owner, range) }
        return range
    }
}

/// Answers per distinct word that do not depend on the sentence (Hunspell, compound
/// analysis, frequency tests), kept for the life of the process. The key includes the
/// resources and a rule parameter (a threshold), so differently configured checks
/// never share an answer.
final class WordMemo<Value: Sendable>: Sendable {
    struct Key: Hashable {
        let owner: ObjectIdentifier
        let parameter: UInt64
        let word: String
    }

    private let table = Mutex<[Key: Value]>([:])
    private let capacity: Int

    init(capacity: Int = 50_000) { self.capacity = capacity }

    func value(_ word: String, resources: EngineResources, parameter: UInt64 = 0, compute: () -> Value) -> Value {
        let key = Key(owner: ObjectIdentifier(resources), parameter: parameter, word: word)
        if let known = table.withLock({ $0[key] }) { return known }
        let value = compute()
        table.withLock { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[key] = value
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

extension CheckSettings {
    /// The same value as ``threshold(_:of:)``: without rule settings, a configured
    /// value cannot exist and the profile default applies.
    func threshold(_ threshold: ProfileThreshold, of rule: RuleDescription) -> Double {
        if configuration.rules.isEmpty { return threshold[configuration.profile] }
        return self.threshold(threshold.key, of: rule)
    }
}

extension SentenceContext {
    func threshold(_ threshold: ProfileThreshold, of rule: RuleDescription) -> Double {
        settings.threshold(threshold, of: rule)
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

    /// Whether the token at a position is plain ASCII.
    func isASCII(_ position: Int) -> Bool {
        let token = token(position)
        let bytes = document.source.utf8
        var index = token.start
        while index < token.end {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// Whether the text at a position has an uppercase letter after its first
    /// character: *WhatsApp*, *eHealth*. The same as
    /// `text(position).dropFirst().contains(where: \.isUppercase)`, on the bytes when
    /// the token is ASCII.
    func hasInnerUppercase(_ position: Int) -> Bool {
        guard isASCII(position) else { return text(position).dropFirst().contains(where: \.isUppercase) }
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
        var letters = 0
        for byte in word.utf8 {
            if byte >= 0x80 { return letterCount(word) }
            if (byte | 0x20) &- 0x61 < 26 { letters += 1 }
        }
        return letters
    }
}

extension DocumentContext {
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
