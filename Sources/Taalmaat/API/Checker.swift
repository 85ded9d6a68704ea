import TaalmaatText

/// Checks Dutch texts for plain language (B1) and stress-raising wording.
///
/// ```swift
/// let checker = try Checker(configuration: CheckerConfiguration(profile: .brief))
/// let report = checker.check("Indien u vragen heeft, kunt u mij bellen.")
/// for finding in report.findings { print(finding.ruleID, finding.message) }
/// ```
///
/// A checker is immutable and safe to use from many threads. Word lists and Hunspell
/// are loaded once per process and shared by all checkers.
public final class Checker: Sendable {
    public let configuration: CheckerConfiguration
    let settings: CheckSettings
    let cache: SentenceCache?

    /// Builds a checker. Throws ``DictionaryFileError`` or a spelling error (with a
    /// one-line Dutch explanation) when data files or the Hunspell dictionary are
    /// missing.
    public init(
        configuration: CheckerConfiguration = CheckerConfiguration(), cachesSentences: Bool = true,
        sentenceCacheCapacity: Int = 20_000
    ) throws {
        self.configuration = configuration
        let resources = try EngineResources.shared(for: configuration)
        settings = CheckSettings(configuration: configuration, resources: resources)
        cache = cachesSentences ? SentenceCache(capacity: sentenceCacheCapacity) : nil
    }

    /// The rules this configuration runs.
    public var activeRules: [RuleDescription] { settings.activeRules.map(\.rule.description) }

    /// Every rule Taalmaat knows, active or not.
    public var allRules: [RuleDescription] { settings.resources.rules.map(\.description) }

    /// The tokenizer settings that match this configuration.
    public func tokenizer(format: TextFormat) -> Tokenizer {
        Tokenizer(
            lexicon: settings.resources.tokenizerLexicon,
            options: TokenizerOptions(format: format, placeholderStyles: configuration.placeholderStyles))
    }

    /// Hunspell's suggestions for a misspelled word, best first. Slow (up to a few
    /// hundred milliseconds for a new word), so checks do not call it; an editor can
    /// when the user asks for fixes.
    public func spellingSuggestions(for word: String, limit: Int = 3) -> [String] {
        settings.resources.spellChecker.suggest(word, limit: limit)
    }

    /// Checks a text.
    public func check(_ text: String, format: TextFormat = .plain) -> Report {
        check(SourceText(text), format: format)
    }

    /// Checks a source text (for example one decoded from a file).
    public func check(_ source: SourceText, format: TextFormat = .plain) -> Report {
        check(Document(source: source, tokenizer: tokenizer(format: format)))
    }

    /// Checks an already structured document.
    public func check(_ document: Document) -> Report {
        var run = CheckRun(document: document, settings: settings, cache: cache)
        return run.report()
    }
}
