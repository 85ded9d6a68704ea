import Dispatch
import Foundation
import Synchronization
import TaalmaatSpelling
import TaalmaatText

/// Everything that is loaded once and shared by all checks: word lists, the
/// frequency list, morphology, the rules and Hunspell.
///
/// Loading takes tens of milliseconds, mostly Hunspell, which therefore loads on a
/// background thread while the rest is read.
final class EngineResources: Sendable {
    let directory: DictionaryDirectory
    let tokenizerLexicon: TokenizerLexicon
    let morphology: DutchMorphology
    let lexicon: Lexicon
    /// Loaded on a background thread while the word lists are read. Stored once the
    /// load is done: rules read it for many words, and reading a background load
    /// takes a lock and copies the list's tables.
    let frequencies: FrequencyList
    let rules: [any Rule]
    let rulesByID: [RuleID: any Rule]
    /// Words that occur in case-sensitive entries; only these need their original text.
    private let exactTextWords: Set<String>
    /// Hunspell; loaded on a background thread as well.
    let spellChecker: SpellChecker
    let wordFacts = WordFactsCache()
    let wordInfos = WordInfoTable()
    /// Interners for the next checks: their words and facts depend only on these resources.
    let interners = WordInternerPool()
    /// Per-word verb analysis (participles, infinitives, finite forms): `VerbRecognizer.swift`.
    let verbFacts = VerbFactsCache()

    /// A number for this set of resources, counting from 1 in the process: small
    /// caches remember which resources their answer belongs to by it (``ListEntries``).
    let generation: Int
    private static let generations = Atomic<Int>(0)

    struct Key: Hashable {
        let directory: String?
        let hunspell: String?
        let extraLists: [ExtraWordList]
    }

    private static let loaded = Mutex<[Key: EngineResources]>([:])

    /// The resources for a configuration, loaded once per process.
    static func shared(for configuration: CheckerConfiguration) throws -> EngineResources {
        let key = Key(
            directory: configuration.dictionaryDirectory, hunspell: configuration.hunspellDictionary,
            extraLists: configuration.extraWordLists)
        if let existing = loaded.withLock({ $0[key] }) { return existing }
        let resources = try EngineResources(configuration: configuration)
        return loaded.withLock { table in
            if let existing = table[key] { return existing }
            table[key] = resources
            return resources
        }
    }

    private init(configuration: CheckerConfiguration) throws {
        generation = Self.generations.add(1, ordering: .relaxed).newValue
        // Hunspell first: it is the slowest part, so it loads while we read the rest.
        let hunspellDictionary = try HunspellDictionary.locateDutch(explicitPath: configuration.hunspellDictionary)
        let spelling = BackgroundLoad {
            Result { () throws(SpellingError) -> SpellChecker in try SpellChecker.shared(hunspellDictionary) }
        }
        let directory = try DictionaryDirectory.locate(explicitPath: configuration.dictionaryDirectory)
        self.directory = directory
        tokenizerLexicon = try TokenizerLexicon.bundled(in: directory)
        let verbsPath = directory.file("tekst/onregelmatige-werkwoorden.tsv").path
        guard let verbsText = try? String(contentsOfFile: verbsPath, encoding: .utf8) else {
            throw DictionaryFileError.unreadable(path: verbsPath)
        }
        morphology = try DutchMorphology(table: DelimitedTable(text: verbsText, path: verbsPath), path: verbsPath)
        let frequencyLoad = BackgroundLoad {
            Result { () throws(DictionaryFileError) -> FrequencyList in try FrequencyList.load(directory: directory) }
        }

        var rules: [any Rule] = RuleRegistry.swiftRules
        rules.append(contentsOf: try RuleRegistry.declarativeRules(in: directory, extraLists: configuration.extraWordLists))
        // User lists come with their contents; only the bundled lists are read from disk.
        let extraNames = Set(configuration.extraWordLists.map(\.name))
        var lists: [String] = [CheckRun.explanationSignals]
        for rule in rules { lists.append(contentsOf: rule.description.wordLists.filter { !extraNames.contains($0) }) }
        lexicon = try Lexicon.load(
            lists: lists, directory: directory, morphology: morphology,
            extraLists: configuration.extraWordLists.map { ($0.name, $0.contents) })
        self.rules = rules
        var byID: [RuleID: any Rule] = [:]
        for rule in rules { byID[rule.description.id] = rule }
        rulesByID = byID
        var exact: Set<String> = []
        for entry in lexicon.entries where entry.options.caseSensitive {
            for pattern in entry.patterns {
                for word in pattern.split(separator: " ") { exact.insert(WordNormalizer.normalize(String(word))) }
            }
        }
        exactTextWords = exact
        // Fail early, with the clear message, when a background load failed.
        frequencies = try frequencyLoad.value.get()
        spellChecker = try spelling.value.get()
    }

    func needsExactText(_ word: String) -> Bool { !word.isEmpty && exactTextWords.contains(word) }

}

/// A value computed once on a background thread; reading it waits until it is ready.
final class BackgroundLoad<Value: Sendable>: Sendable {
    private let state = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            let value = work()
            self.state.withLock { $0 = value }
            self.done.signal()
        }
    }

    var value: Value {
        if let ready = state.withLock({ $0 }) { return ready }
        done.wait()
        done.signal()  // let later readers through as well
        return state.withLock { $0! }
    }
}
