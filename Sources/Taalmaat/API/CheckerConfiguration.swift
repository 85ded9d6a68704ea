import TaalmaatText

/// What a ``Checker`` checks and how strictly.
///
/// The defaults suit a letter to a family. The command line and the language server
/// fill this from `.taalmaat.yml`; a host program can set it directly.
public struct CheckerConfiguration: Sendable, Hashable {
    /// Who the text is for.
    public var profile: Profile
    /// Per-rule settings, by rule id (`toon.dreigen`) or by category (`toon`).
    public var rules: [String: RuleSetting]
    /// Extra word lists in the format of `Dictionaries/woorden/`, each added to a rule.
    public var extraWordLists: [ExtraWordList]
    /// Words that are never flagged as difficult, misspelled or jargon.
    public var acceptedWords: Set<String>
    /// Placeholder forms the tokenizer keeps as one token.
    public var placeholderStyles: Set<PlaceholderStyle>
    /// Placeholder forms that are meant to stay (the text is a template). Others are
    /// reported as unfilled.
    public var templatePlaceholders: Set<PlaceholderStyle>
    /// Findings below this severity are dropped.
    public var minimumSeverity: Severity
    /// The `Dictionaries/` folder; found automatically when `nil`.
    public var dictionaryDirectory: String?
    /// The Hunspell dictionary (path with or without `.dic`); found automatically when `nil`.
    public var hunspellDictionary: String?

    public init(
        profile: Profile = .brief, rules: [String: RuleSetting] = [:], extraWordLists: [ExtraWordList] = [],
        acceptedWords: Set<String> = [], placeholderStyles: Set<PlaceholderStyle> = Set(PlaceholderStyle.allCases),
        templatePlaceholders: Set<PlaceholderStyle> = [], minimumSeverity: Severity = .tip,
        dictionaryDirectory: String? = nil, hunspellDictionary: String? = nil
    ) {
        self.profile = profile
        self.rules = rules
        self.extraWordLists = extraWordLists
        self.acceptedWords = acceptedWords
        self.placeholderStyles = placeholderStyles
        self.templatePlaceholders = templatePlaceholders
        self.minimumSeverity = minimumSeverity
        self.dictionaryDirectory = dictionaryDirectory
        self.hunspellDictionary = hunspellDictionary
    }

    /// The setting for a rule: its own entry, else its category's entry.
    public func setting(for rule: RuleID) -> RuleSetting? {
        if let own = rules[rule.rawValue] { return own }
        if let category = rule.category { return rules[category.rawValue] }
        return nil
    }
}

/// How one rule (or a whole category) is configured.
public struct RuleSetting: Sendable, Hashable {
    /// `false` turns the rule off, `true` turns it on even where its profile has it off.
    public var enabled: Bool?
    /// Overrides the severity of every finding of the rule.
    public var severity: Severity?
    /// Overrides thresholds by key (`waarschuwing-boven: 18`).
    public var thresholds: [String: Double]

    public init(enabled: Bool? = nil, severity: Severity? = nil, thresholds: [String: Double] = [:]) {
        self.enabled = enabled
        self.severity = severity
        self.thresholds = thresholds
    }

    public static let off = RuleSetting(enabled: false)
}

/// A user's own word list: the same columns as `Dictionaries/woorden/*.tsv`.
public struct ExtraWordList: Sendable, Hashable {
    /// The rule whose findings the entries produce (`woord.vaktaal`).
    public var rule: RuleID
    /// A name for messages (usually the file path).
    public var name: String
    /// The file's contents.
    public var contents: String

    public init(rule: RuleID, name: String, contents: String) {
        self.rule = rule
        self.name = name
        self.contents = contents
    }
}
