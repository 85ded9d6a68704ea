import TaalmaatText

/// A configuration resolved against the rule catalogue: which rules run, at which
/// severity, with which thresholds.
///
/// A class, not a struct: every sentence context holds the settings, and copying a
/// value with this many references cost a dozen retains and releases per sentence.
final class CheckSettings: Sendable {
    let configuration: CheckerConfiguration
    let resources: EngineResources
    /// Rules that run in this configuration, in catalogue order.
    let activeRules: [ActiveRule]
    /// The active sentence rules, and in a parallel array the index of each in
    /// ``activeRules``. Not one array of pairs: reading an `(Int, any SentenceRule)`
    /// pair copies it through the runtime's generic tuple witness, for every rule and
    /// every sentence.
    let sentenceRules: [SentenceRuleRunner]
    /// The same runners without reference counting, for the loop over every sentence:
    /// ``sentenceRules`` keeps them alive as long as these settings.
    let unretainedSentenceRules: [Unmanaged<SentenceRuleRunner>]
    let sentenceRuleIndices: [Int]
    /// Parallel to ``sentenceRules``: each rule's ``SentenceRule/sentenceFilter`` for
    /// these resources.
    let sentenceFilters: [SentenceFilter.Resolved]
    /// The same filters, for testing a sentence against all of them at once.
    let sentenceGates: SentenceRuleGates
    /// The active document rules with their index in ``activeRules``.
    let documentRules: [(index: Int, rule: any DocumentRule)]
    /// For each index in ``activeRules``, its place when the rules are sorted by id:
    /// findings at the same range are ordered by rule id.
    let ruleRanks: [Int]
    /// Resolved thresholds per rule: configured values over profile defaults.
    private let thresholds: [RuleID: [String: Double]]
    /// Identifies everything that changes sentence results, for the sentence cache.
    let fingerprint: Int

    struct ActiveRule: Sendable {
        let rule: any Rule
        /// The severity of findings whose rule does not choose one itself.
        let defaultSeverity: Severity
        /// A configured severity that overrides whatever the rule chooses.
        let forcedSeverity: Severity?
    }

    init(configuration: CheckerConfiguration, resources: EngineResources) {
        self.configuration = configuration
        self.resources = resources
        var active: [ActiveRule] = []
        for rule in resources.rules {
            let description = rule.description
            let setting = configuration.setting(for: description.id)
            if setting?.enabled == false { continue }
            let profileDefault = description.severities[configuration.profile]
            let fallback = Profile.allCases.lazy.compactMap { description.severities[$0] }.first ?? .waarschuwing
            guard profileDefault != nil || setting?.enabled == true else { continue }
            active.append(
                ActiveRule(
                    rule: rule, defaultSeverity: setting?.severity ?? profileDefault ?? fallback,
                    forcedSeverity: setting?.severity))
        }
        activeRules = active
        var sentenceRules: [SentenceRuleRunner] = []
        var sentenceRuleIndices: [Int] = []
        var sentenceFilters: [SentenceFilter.Resolved] = []
        for (index, item) in active.enumerated() {
            guard let rule = item.rule as? any SentenceRule else { continue }
            sentenceRules.append(SentenceRuleRunner.make(rule))
            sentenceRuleIndices.append(index)
            sentenceFilters.append(rule.sentenceFilter.resolved(in: resources))
        }
        self.sentenceRules = sentenceRules
        self.sentenceFilters = sentenceFilters
        sentenceGates = SentenceRuleGates(sentenceFilters)
        unretainedSentenceRules = sentenceRules.map { Unmanaged.passUnretained($0) }
        self.sentenceRuleIndices = sentenceRuleIndices
        documentRules = active.enumerated().compactMap { index, item in (item.rule as? any DocumentRule).map { (index, $0) } }
        var ranks = [Int](repeating: 0, count: active.count)
        let byID = active.indices.sorted { active[$0].rule.description.id < active[$1].rule.description.id }
        for (rank, index) in byID.enumerated() { ranks[index] = rank }
        ruleRanks = ranks
        var resolved: [RuleID: [String: Double]] = [:]
        for item in active {
            let description = item.rule.description
            var values: [String: Double] = [:]
            for threshold in description.thresholds { values[threshold.key] = threshold.value(for: configuration.profile) }
            for (key, value) in configuration.setting(for: description.id)?.thresholds ?? [:] { values[key] = value }
            resolved[description.id] = values
        }
        thresholds = resolved
        var hasher = Hasher()
        hasher.combine(configuration.profile)
        hasher.combine(configuration.rules)
        hasher.combine(configuration.acceptedWords)
        hasher.combine(configuration.templatePlaceholders)
        hasher.combine(ObjectIdentifier(resources))
        fingerprint = hasher.finalize()
    }

    /// A threshold: the configured value, else the rule's default for the profile.
    func threshold(_ key: String, of rule: RuleDescription) -> Double {
        if let value = thresholds[rule.id]?[key] { return value }
        if let configured = configuration.setting(for: rule.id)?.thresholds[key] { return configured }
        return rule.defaultThreshold(key, profile: configuration.profile) ?? 0
    }

    func isAccepted(_ word: String) -> Bool {
        !configuration.acceptedWords.isEmpty && configuration.acceptedWords.contains(word)
    }
}

/// A sentence rule behind a class reference. Calling a rule through an `any
/// SentenceRule` kept in an array copies the existential (retaining its box) for
/// every call, as the array's memory might change during the call; a class's `let`
/// cannot, so the rule is used in place. Subclassed once per rule type.
class SentenceRuleRunner: @unchecked Sendable {
    static func make(_ rule: some SentenceRule) -> SentenceRuleRunner { Runner(rule) }

    func check(_ sentence: SentenceContext, into findings: inout [FindingDraft]) {
        preconditionFailure("SentenceRuleRunner is abstract")
    }

    private final class Runner<Wrapped: SentenceRule>: SentenceRuleRunner, @unchecked Sendable {
        let rule: Wrapped

        init(_ rule: Wrapped) { self.rule = rule }

        override func check(_ sentence: SentenceContext, into findings: inout [FindingDraft]) {
            rule.check(sentence, into: &findings)
        }
    }
}
