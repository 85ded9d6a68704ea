import Foundation
import TaalmaatText

/// Every word list Taalmaat uses, expanded to all inflected forms and indexed for
/// one-pass matching.
public struct Lexicon: Sendable {
    public let entries: [LexiconEntry]
    /// Entries per list, by list path (`woorden/ambtelijk.tsv`).
    public let entriesByList: [String: Range<Int>]
    /// Signal words per context (`geld`, `jeugdhulp`), from `woorden/contexten.tsv`.
    public let contextSignals: [String: Set<String>]
    /// The same, by word: the contexts a word signals.
    let contextsByWord: [String: [String]]
    let index: PhraseIndex
    /// Per entry the number of its list, in load order: a sentence ORs the bits
    /// (``listBit(_:)``) of its matches, and a rule whose list's bit is missing
    /// skips the sentence in one test (``SentenceContext/mayMatch(in:)``).
    let listNumbers: [Int32]

    init(
        entries: [LexiconEntry], entriesByList: [String: Range<Int>], contextSignals: [String: Set<String>],
        contextsByWord: [String: [String]], index: PhraseIndex
    ) {
        self.entries = entries
        self.entriesByList = entriesByList
        self.contextSignals = contextSignals
        self.contextsByWord = contextsByWord
        self.index = index
        var numbers = [Int32](repeating: 0, count: entries.count)
        // Lists in entry order: each list is one range of entries.
        for (number, range) in entriesByList.values.sorted(by: { $0.lowerBound < $1.lowerBound }).enumerated() {
            for entry in range { numbers[entry] = Int32(number) }
        }
        listNumbers = numbers
    }

    /// One bit for a list number: the number modulo 64, so lists past the 64th share a
    /// bit (a test on the bits may then say *maybe*, never a wrong *no*).
    @inline(__always)
    static func listBit(_ listNumber: Int32) -> UInt64 { 1 << UInt64(listNumber & 63) }

    /// The list bits that entries in `range` may have, given ``listNumbers``: one bit
    /// for a range within one list (as every range of ``entriesByList``), all bits
    /// otherwise.
    @inline(__always)
    static func listMask(of range: Range<Int>, listNumbers: [Int32]) -> UInt64 {
        guard let last = range.last else { return 0 }
        return listNumbers[range.lowerBound] == listNumbers[last] ? listBit(listNumbers[last]) : ~0
    }

    /// The list an entry came from.
    public func list(ofEntry entry: Int) -> String { entries[entry].list }

    /// Loads and indexes lists. `extraLists` are user lists (own jargon, accepted words)
    /// given as name → file contents.
    static func load(
        lists: [String], directory: DictionaryDirectory, morphology: DutchMorphology,
        extraLists: [(name: String, text: String)] = []
    ) throws(DictionaryFileError) -> Lexicon {
        var entries: [LexiconEntry] = []
        var ranges: [String: Range<Int>] = [:]
        for list in lists where ranges[list] == nil {
            let url = directory.file(list)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw .unreadable(path: url.path) }
            let start = entries.count
            entries.append(contentsOf: try WordListReader.read(text: text, list: list, path: url.path))
            ranges[list] = start..<entries.count
        }
        for extra in extraLists where ranges[extra.name] == nil {
            let start = entries.count
            entries.append(contentsOf: try WordListReader.read(text: extra.text, list: extra.name, path: extra.name))
            ranges[extra.name] = start..<entries.count
        }
        let index = PhraseIndex()
        for (number, entry) in entries.enumerated() {
            let expansion = Self.expand(entry, morphology: morphology)
            for sequence in expansion.sequences {
                let key = sequence.map { WordNormalizer.normalize($0) }
                index.insert(
                    key, entry: number, exactWords: entry.options.caseSensitive ? sequence : nil,
                    hasNeighbourGuards: !entry.options.notAfter.isEmpty || !entry.options.notBefore.isEmpty)
            }
            for (form, particle) in expansion.separable {
                index.insertSeparable(finiteForm: form, particle: particle, entry: number)
            }
        }
        let contexts = try Self.loadContexts(directory: directory)
        var byWord: [String: [String]] = [:]
        for (context, words) in contexts {
            for word in words { byWord[word, default: []].append(context) }
        }
        return Lexicon(entries: entries, entriesByList: ranges, contextSignals: contexts, contextsByWord: byWord, index: index)
    }

    static func loadContexts(directory: DictionaryDirectory) throws(DictionaryFileError) -> [String: Set<String>] {
        let url = directory.file("woorden/contexten.tsv")
        guard FileManager.default.fileExists(atPath: url.path) else { return [:] }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw .unreadable(path: url.path) }
        let table = try DelimitedTable(text: text, path: url.path)
        guard let name = table.column(named: "context"), let signals = table.column(named: "signaalwoorden") else {
            throw .missingColumn(path: url.path, column: "context/signaalwoorden")
        }
        var contexts: [String: Set<String>] = [:]
        for row in table.rows {
            contexts[row[name], default: []].formUnion(
                WordListReader.splitAlternatives(row[signals]).map { WordNormalizer.normalize($0) })
        }
        return contexts
    }

    // MARK: - Expansion to surface forms

    struct Expansion {
        var sequences: Set<[String]> = []
        var separable: [(String, [String])] = []
    }

    /// The word sequences (and split verb forms) an entry matches.
    static func expand(_ entry: LexiconEntry, morphology: DutchMorphology) -> Expansion {
        var expansion = Expansion()
        let options = entry.options
        let sources = entry.patterns.map { ($0, true) } + options.extraForms.map { ($0, false) }
        for (pattern, inflect) in sources {
            var words = pattern.split(separator: " ").map(String.init)
            guard !words.isEmpty else { continue }
            if !options.caseSensitive { words = words.map { $0.lowercased() } }
            if inflect, options.verb, !options.particle.isEmpty {
                let particle = options.particle.map { $0.lowercased() }
                let infinitive: String
                if words.count == 1 {
                    infinitive = words[0].hasPrefix(particle.joined()) && particle.count == 1
                        ? String(words[0].dropFirst(particle[0].count)) : words[0]
                } else {
                    infinitive = words[words.count - 1]
                }
                let forms = morphology.verbForms(infinitive: infinitive, particle: particle)
                if particle.count == 1 { expansion.sequences.formUnion(forms.joined.map { [$0] }) }
                expansion.sequences.formUnion(forms.phrases)
                expansion.sequences.insert(words)
                for finite in forms.finite { expansion.separable.append((finite, particle)) }
                continue
            }
            var slots: [[String]] = words.map { word in
                if word.hasPrefix("{"), word.hasSuffix("}"), word.count > 2 {
                    let verb = String(word.dropFirst().dropLast())
                    let forms = morphology.verbForms(infinitive: verb)
                    return Array(forms.allWords.union(forms.participles))
                }
                return [word]
            }
            if inflect {
                let last = slots.count - 1
                if options.noun { slots[last] = Array(morphology.nounForms(words[last])) }
                if options.adjective { slots[0] = Array(morphology.adjectiveForms(words[0])) }
                if options.verb {
                    let forms = morphology.verbForms(infinitive: words[last])
                    slots[last] = Array(forms.allWords.union(forms.participles))
                }
            }
            for sequence in cartesian(slots, limit: 2_000) { expansion.sequences.insert(sequence) }
        }
        return expansion
    }

    static func cartesian(_ slots: [[String]], limit: Int) -> [[String]] {
        var result: [[String]] = [[]]
        for options in slots {
            var next: [[String]] = []
            for prefix in result {
                for option in options {
                    next.append(prefix + [option])
                    if next.count >= limit { break }
                }
            }
            result = next
        }
        return result
    }
}

/// The one normal form for matching words: lowercase, curly apostrophes straight,
/// non-breaking hyphens plain. Swift compares strings by canonical equivalence, so
/// NFC and NFD spellings already meet.
public enum WordNormalizer {
    public static func normalize(_ text: String) -> String {
        var ascii = true
        var hasUpper = false
        for byte in text.utf8 {
            if byte >= 0x80 {
                ascii = false
                break
            }
            if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
        }
        if ascii { return hasUpper ? text.lowercased() : text }
        var lowered = text.lowercased()
        // ’ (E2 80 99) and the non-breaking hyphen (E2 80 91): rare, so look before
        // replacing (Foundation's replacing is slow on Linux).
        if lowered.utf8.contains(0xE2) {
            lowered = String(String.UnicodeScalarView(lowered.unicodeScalars.map {
                $0 == "\u{2019}" ? "'" : $0 == "\u{2011}" ? "-" : $0
            }))
        }
        return lowered
    }

    /// Normalises a token's bytes without building an intermediate string when the
    /// text is plain lowercase ASCII (most Dutch words).
    static func normalize<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        var needsWork = false
        for byte in bytes where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) {
            needsWork = true
            break
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return needsWork ? normalize(text) : text
    }
}
