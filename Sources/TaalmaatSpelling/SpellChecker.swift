import CHunspell
import Foundation
import Synchronization

/// A Hunspell dictionary on disk: the `.aff` and `.dic` file of one language.
public struct HunspellDictionary: Hashable, Sendable {
    public let affixPath: String
    public let dictionaryPath: String

    public init(affixPath: String, dictionaryPath: String) {
        self.affixPath = affixPath
        self.dictionaryPath = dictionaryPath
    }

    /// A dictionary given by either file or by the path without extension.
    public init(path: String) {
        let base = path.hasSuffix(".dic") || path.hasSuffix(".aff") ? String(path.dropLast(4)) : path
        self.init(affixPath: base + ".aff", dictionaryPath: base + ".dic")
    }

    /// Where Debian and most Linux systems install the Dutch dictionary.
    public static let standardDutchLocations = [
        "/usr/share/hunspell/nl_NL", "/usr/share/hunspell/nl", "/usr/share/myspell/nl_NL",
        "/usr/share/myspell/dicts/nl_NL", "/usr/local/share/hunspell/nl_NL", "/usr/local/share/hunspell/nl",
        "/opt/homebrew/share/hunspell/nl_NL",
    ]

    /// Finds the Dutch dictionary: an explicit path (configuration), then the
    /// environment variable `TAALMAAT_HUNSPELL_DICTIONARY`, then the standard places.
    public static func locateDutch(
        explicitPath: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(SpellingError) -> HunspellDictionary {
        var candidates: [String] = []
        if let explicitPath { candidates.append(explicitPath) }
        if let fromEnvironment = environment["TAALMAAT_HUNSPELL_DICTIONARY"], !fromEnvironment.isEmpty {
            candidates.append(fromEnvironment)
        }
        if candidates.isEmpty { candidates = standardDutchLocations }
        for candidate in candidates {
            let dictionary = HunspellDictionary(path: candidate)
            if dictionary.exists { return dictionary }
        }
        throw .dictionaryNotFound(searched: candidates)
    }

    var exists: Bool {
        FileManager.default.isReadableFile(atPath: affixPath) && FileManager.default.isReadableFile(atPath: dictionaryPath)
    }
}

/// Why spelling is not available.
public enum SpellingError: Error, Equatable, Sendable, CustomStringConvertible {
    case dictionaryNotFound(searched: [String])
    case dictionaryUnusable(path: String)

    /// One Dutch line that says how to fix it.
    public var description: String {
        switch self {
        case .dictionaryNotFound:
            return "De Nederlandse spellingwoordenlijst ontbreekt. Installeer hem met: sudo apt-get install hunspell-nl libhunspell-dev (of zet TAALMAAT_HUNSPELL_DICTIONARY op het .dic-bestand)."
        case .dictionaryUnusable(let path):
            return "De spellingwoordenlijst \(path) kan niet worden gebruikt. Installeer hem opnieuw met: sudo apt-get install --reinstall hunspell-nl"
        }
    }
}

/// A thread-safe wrapper around one Hunspell handle.
///
/// Hunspell handles are not thread-safe, so every call takes a lock. Results are
/// cached per distinct word, which makes repeated words (most of a text) free and
/// keeps lock time short. Each dictionary is loaded once per process: use
/// ``shared(_:)``.
public final class SpellChecker: Sendable {
    private let handle: Mutex<HandleBox>
    private let cache = Mutex(WordCache())
    private let utf8: Bool
    public let dictionary: HunspellDictionary

    private static let registry = Mutex<[HunspellDictionary: SpellChecker]>([:])

    /// The spell checker for a dictionary, loading it on first use.
    public static func shared(_ dictionary: HunspellDictionary) throws(SpellingError) -> SpellChecker {
        if let existing = registry.withLock({ $0[dictionary] }) { return existing }
        // Load outside the registry lock: loading takes tens of milliseconds.
        let loaded = try SpellChecker(dictionary)
        return registry.withLock { registry in
            if let existing = registry[dictionary] { return existing }
            registry[dictionary] = loaded
            return loaded
        }
    }

    /// Loads a dictionary. Prefer ``shared(_:)``, which loads each dictionary once.
    public init(_ dictionary: HunspellDictionary) throws(SpellingError) {
        guard dictionary.exists else { throw .dictionaryNotFound(searched: [dictionary.dictionaryPath]) }
        guard let created = Hunspell_create(dictionary.affixPath, dictionary.dictionaryPath) else {
            throw .dictionaryUnusable(path: dictionary.dictionaryPath)
        }
        let encoding = String(cString: Hunspell_get_dic_encoding(created)).uppercased()
        self.utf8 = encoding == "UTF-8" || encoding == "UTF8"
        self.handle = Mutex(HandleBox(created))
        self.dictionary = dictionary
        // A usable Dutch dictionary knows the most common words.
        guard spell("de") || spell("het") || spell("the") else {
            throw .dictionaryUnusable(path: dictionary.dictionaryPath)
        }
    }

    deinit {
        handle.withLock { Hunspell_destroy($0.pointer) }
    }

    // MARK: - Queries

    /// Whether Hunspell accepts the word (including compounds it can build).
    public func spell(_ word: String) -> Bool {
        if let known = cache.withLock({ $0.spelling[word] }) { return known }
        let result = withEncoded(word) { encoded in
            handle.withLock { Hunspell_spell($0.pointer, encoded) != 0 }
        } ?? false
        cache.withLock { $0.store(spelling: result, for: word) }
        return result
    }

    /// Hunspell's suggestions for a misspelled word, best first.
    public func suggest(_ word: String, limit: Int = 5) -> [String] {
        if let known = cache.withLock({ $0.suggestions[word] }) { return Array(known.prefix(limit)) }
        let result = list(word) { pointer, list, encoded in Hunspell_suggest(pointer, list, encoded) }
        cache.withLock { $0.store(suggestions: result, for: word) }
        return Array(result.prefix(limit))
    }

    /// The stems (dictionary forms) of a word: *fietsjes* → *fiets*.
    public func stem(_ word: String) -> [String] {
        if let known = cache.withLock({ $0.stems[word] }) { return known }
        let result = list(word) { pointer, list, encoded in Hunspell_stem(pointer, list, encoded) }
        cache.withLock { $0.store(stems: result, for: word) }
        return result
    }

    /// Hunspell's morphological analyses, one string per reading, with fields such
    /// as `st:` (stem), `pa:` (compound part) and `ts:` (tag).
    public func analyze(_ word: String) -> [String] {
        list(word) { pointer, list, encoded in Hunspell_analyze(pointer, list, encoded) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The compound parts Hunspell reports for a word (`pa:` fields), if any.
    public func compoundParts(_ word: String) -> [String] {
        for analysis in analyze(word) {
            let parts = analysis.split(separator: " ").compactMap { field -> String? in
                field.hasPrefix("pa:") ? String(field.dropFirst(3)) : nil
            }
            if parts.count >= 2 { return parts }
        }
        return []
    }

    /// Adds a word for the rest of the process (a user's accepted words).
    public func add(_ word: String) {
        _ = withEncoded(word) { encoded in handle.withLock { Hunspell_add($0.pointer, encoded) } }
        cache.withLock { $0.spelling[word] = true }
    }

    // MARK: - Plumbing

    private func list(
        _ word: String,
        _ call: (OpaquePointer, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>, UnsafePointer<CChar>) -> Int32
    ) -> [String] {
        withEncoded(word) { encoded in
            handle.withLock { box -> [String] in
                var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
                let count = Int(call(box.pointer, &list, encoded))
                defer { Hunspell_free_list(box.pointer, &list, Int32(count)) }
                guard count > 0, let list else { return [] }
                return (0..<count).compactMap { list[$0].map(decode) }
            }
        } ?? []
    }

    /// Runs `body` with the word in the dictionary's encoding; `nil` when the word
    /// cannot be encoded (then no dictionary word can match it either).
    private func withEncoded<Result>(_ word: String, _ body: (UnsafePointer<CChar>) -> Result) -> Result? {
        guard !word.isEmpty, word.utf8.count < 200 else { return nil }
        if utf8 { return word.withCString(body) }
        guard let data = word.data(using: .isoLatin1) else { return nil }
        return (data + [0]).withUnsafeBytes { raw in
            body(raw.bindMemory(to: CChar.self).baseAddress!)
        }
    }

    private func decode(_ pointer: UnsafeMutablePointer<CChar>) -> String {
        if utf8 { return String(cString: pointer) }
        let bytes = UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self)
        let length = strlen(pointer)
        return String(data: Data(bytes: bytes, count: length), encoding: .isoLatin1) ?? ""
    }
}

/// Owns the raw Hunspell handle; only touched under the checker's lock.
private struct HandleBox: @unchecked Sendable {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
}

/// Per-word results, bounded so a long editor session cannot grow without limit.
private struct WordCache {
    static let limit = 100_000
    var spelling: [String: Bool] = [:]
    var suggestions: [String: [String]] = [:]
    var stems: [String: [String]] = [:]

    mutating func store(spelling value: Bool, for word: String) {
        if spelling.count >= Self.limit { spelling.removeAll(keepingCapacity: true) }
        spelling[word] = value
    }

    mutating func store(suggestions value: [String], for word: String) {
        if suggestions.count >= Self.limit / 10 { suggestions.removeAll(keepingCapacity: true) }
        suggestions[word] = value
    }

    mutating func store(stems value: [String], for word: String) {
        if stems.count >= Self.limit { stems.removeAll(keepingCapacity: true) }
        stems[word] = value
    }
}
