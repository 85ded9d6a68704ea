import TaalmaatText

/// Everything a user or the test suite needs to know about a rule, without running
/// it: id, Dutch texts, default severity per profile, thresholds and examples.
public struct RuleDescription: Sendable {
    public let id: RuleID
    /// Short Dutch name: *Lange zin*.
    public let name: String
    /// One Dutch line for `taalmaat rules`.
    public let summary: String
    /// What the rule looks for and what to do instead (Dutch).
    public let explanation: String
    /// Why it matters for a family under stress (Dutch).
    public let whyItMatters: String
    /// Default severity per profile; `nil` means the rule is off in that profile.
    public let severities: ProfileSeverities
    public let thresholds: [Threshold]
    /// Examples that must and must not trigger. The test suite runs all of them.
    public let examples: [RuleExample]
    /// Word lists (paths in `Dictionaries/`) the rule reads.
    public let wordLists: [String]
    /// The category named by the id's first part; stored because every finding asks.
    public let category: RuleCategory

    public init(
        id: RuleID, name: String, summary: String, explanation: String, whyItMatters: String,
        severities: ProfileSeverities, thresholds: [Threshold] = [], examples: [RuleExample],
        wordLists: [String] = []
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.explanation = explanation
        self.whyItMatters = whyItMatters
        self.severities = severities
        self.thresholds = thresholds
        self.examples = examples
        self.wordLists = wordLists
        self.category = id.category ?? .taalmaat
    }

    /// The default value of a threshold in a profile.
    public func defaultThreshold(_ key: String, profile: Profile) -> Double? {
        thresholds.first { $0.key == key }?.value(for: profile)
    }
}

/// Default severities of a rule per profile.
public struct ProfileSeverities: Sendable, Hashable {
    public var brief: Severity?
    public var verslag: Severity?
    public var kind: Severity?
    public var intern: Severity?

    public init(brief: Severity?, verslag: Severity?, kind: Severity?, intern: Severity?) {
        self.brief = brief
        self.verslag = verslag
        self.kind = kind
        self.intern = intern
    }

    /// The same severity in every profile.
    public init(all severity: Severity?) {
        self.init(brief: severity, verslag: severity, kind: severity, intern: severity)
    }

    public subscript(profile: Profile) -> Severity? {
        switch profile {
        case .brief: brief
        case .verslag: verslag
        case .kind: kind
        case .intern: intern
        }
    }
}

/// A number a rule compares against, configurable per rule in `.taalmaat.yml`.
public struct Threshold: Sendable, Hashable {
    /// The key in the configuration file, in Dutch (`waarschuwing-boven`).
    public let key: String
    /// What the number means (Dutch).
    public let summary: String
    public let defaults: [Profile: Double]

    public init(key: String, summary: String, brief: Double, verslag: Double, kind: Double, intern: Double) {
        self.key = key
        self.summary = summary
        self.defaults = [.brief: brief, .verslag: verslag, .kind: kind, .intern: intern]
    }

    public init(key: String, summary: String, all value: Double) {
        self.init(key: key, summary: summary, brief: value, verslag: value, kind: value, intern: value)
    }

    public func value(for profile: Profile) -> Double { defaults[profile] ?? defaults[.brief] ?? 0 }
}

/// One example of a rule. Text between `⟦` and `⟧` is where findings are expected;
/// an example without markers must produce no finding of the rule.
public struct RuleExample: Sendable, Hashable {
    /// The example text with markers.
    public let markedText: String
    /// The profile to check it in (the rule's first active profile when `nil`).
    public let profile: Profile?
    /// The expected title of the first suggestion of the first finding, if any.
    public let firstSuggestion: String?
    /// A better version of a triggering example, for documentation (`explain`).
    public let improved: String?

    /// An example that must trigger on the marked spans.
    public static func triggers(_ text: String, profile: Profile? = nil, suggestion: String? = nil, better: String? = nil)
        -> RuleExample
    {
        RuleExample(markedText: text, profile: profile, firstSuggestion: suggestion, improved: better)
    }

    /// An example that must not trigger.
    public static func clean(_ text: String, profile: Profile? = nil) -> RuleExample {
        RuleExample(markedText: text, profile: profile, firstSuggestion: nil, improved: nil)
    }

    public static let openMarker: Character = "⟦"
    public static let closeMarker: Character = "⟧"

    public var shouldTrigger: Bool { markedText.contains(Self.openMarker) }

    /// The text without markers.
    public var text: String { markedText.filter { $0 != Self.openMarker && $0 != Self.closeMarker } }

    /// The marked spans as UTF-8 byte ranges into ``text``.
    public var expectedRanges: [TextRange] {
        var ranges: [TextRange] = []
        var offset = 0
        var open: Int?
        for character in markedText {
            if character == Self.openMarker {
                open = offset
            } else if character == Self.closeMarker, let start = open {
                ranges.append(TextRange(start: start, end: offset))
                open = nil
            } else {
                offset += character.utf8.count
            }
        }
        return ranges
    }
}

/// What a rule produces before the engine adds the rule id, severity and positions.
struct FindingDraft: Sendable, Hashable {

    var range: TextRange
    var message: String
    /// `nil` uses the rule's explanation.
    var explanation: String?
    var suggestions: [Suggestion]
    /// `nil` uses the configured or default severity; a rule sets it when the
    /// severity depends on how bad it is (a sentence of 35 words is a *fout*).
    var severity: Severity?
    var relatedRanges: [TextRange]
    /// The word-list entry behind the finding, for post-processing that needs the
    /// whole document (explained legal terms, context-dependent alternatives).
    var lexiconEntry: Int?

    init(
        range: TextRange, message: String, explanation: String? = nil, suggestions: [Suggestion] = [],
        severity: Severity? = nil, relatedRanges: [TextRange] = [], lexiconEntry: Int? = nil
    ) {
        self.range = range
        self.message = message
        self.explanation = explanation
        self.suggestions = suggestions
        self.severity = severity
        self.relatedRanges = relatedRanges
        self.lexiconEntry = lexiconEntry
    }

    /// What a finding takes over from its draft.
    struct Parts {
        var message = ""
        var explanation: String?
        var relatedRanges: [TextRange] = []
        var suggestions: [Suggestion] = []
    }

    /// Moves out what a finding takes over, leaving empty values (the draft is not
    /// read again). `swap` moves: no retain now, and nothing left to release later.
    mutating func takeParts() -> Parts {
        var parts = Parts()
        swap(&parts.message, &message)
        swap(&parts.explanation, &explanation)
        swap(&parts.relatedRanges, &relatedRanges)
        swap(&parts.suggestions, &suggestions)
        return parts
    }

    func shifted(by delta: Int) -> FindingDraft {
        var copy = self
        copy.range = TextRange(start: range.start + delta, end: range.end + delta)
        copy.relatedRanges = relatedRanges.map { TextRange(start: $0.start + delta, end: $0.end + delta) }
        copy.suggestions = suggestions.map { suggestion in
            var moved = suggestion
            moved.edits = suggestion.edits.map { TextEdit(range: TextRange(start: $0.range.start + delta, end: $0.range.end + delta), replacement: $0.replacement) }
            return moved
        }
        return copy
    }
}

/// A rule. Rules are small values without state; their settings arrive with the
/// context of each check.
protocol Rule: Sendable {
    var description: RuleDescription { get }
}

/// A rule that looks at one sentence at a time. Its results depend only on the
/// sentence (its tokens, block kind and quotation marks) and the settings, so the
/// engine caches them per sentence.
protocol SentenceRule: Rule {
    func check(_ sentence: SentenceContext, into findings: inout [FindingDraft])

    /// What a sentence must contain for the rule to find anything in it. The engine
    /// tests it on the sentence's summary before calling the rule: 45 rules meet
    /// every sentence, and most rules find nothing in most sentences.
    var sentenceFilter: SentenceFilter { get }
}

extension SentenceRule {
    var sentenceFilter: SentenceFilter { .everySentence }
}

/// A necessary condition for a sentence rule to find something, from facts every
/// sentence has at hand (``SentenceContext/summary``, ``SentenceContext/matchedLists``).
/// Each part that is set must hold; a rule whose filter passes is still free to find
/// nothing. A filter that is too strict loses findings, so a rule declares only what
/// its code requires before any finding (the rule examples and the corpus digest test
/// that).
struct SentenceFilter: Sendable {
    /// A match from at least one of these word lists.
    var anyOfLists: [String]?
    /// A word of at least one of these classes.
    var anyOfClasses: WordClass?
    /// A token with at least one of these flags.
    var anyOfFlags: TokenFlags?

    static let everySentence = SentenceFilter()

    /// The filter for one set of resources: list names become list bits.
    func resolved(in resources: EngineResources) -> Resolved {
        var resolved = Resolved()
        if let anyOfLists {
            var mask: UInt64 = 0
            let lexicon = resources.lexicon
            for list in anyOfLists {
                if let range = lexicon.entriesByList[list] { mask |= Lexicon.listMask(of: range, listNumbers: lexicon.listNumbers) }
            }
            // A list that is not there matches nothing: a mask of 0 skips every sentence.
            resolved.listMask = mask
        }
        resolved.classes = anyOfClasses ?? []
        resolved.flags = anyOfFlags ?? []
        return resolved
    }

    struct Resolved: Sendable {
        /// `nil` for no condition on the lists.
        var listMask: UInt64?
        /// Empty for no condition.
        var classes: WordClass = []
        var flags: TokenFlags = []

        var isEverySentence: Bool { listMask == nil && classes.isEmpty && flags.isEmpty }

        @inline(__always)
        func admits(_ sentence: SentenceContext) -> Bool {
            if let listMask, sentence.matchedLists & listMask == 0 { return false }
            if !classes.isEmpty, sentence.summary.classUnion.isDisjoint(with: classes) { return false }
            if !flags.isEmpty, sentence.summary.flagUnion.isDisjoint(with: flags) { return false }
            return true
        }
    }
}

/// The resolved filters of a check's sentence rules, turned around: per bit of a
/// sentence's facts (a matched list, a word class, a token flag), the rules that bit
/// lets in. A sentence then gets the set of its rules from the few bits it has that
/// some filter asks for, instead of a test per rule between the rule calls (which read
/// the sentence's facts, and unwrapped the filter's optionals, again for each rule).
/// For at most 64 sentence rules, a bit each; with more, ``admitted(_:)`` is `nil`
/// and the caller tests each filter.
struct SentenceRuleGates: Sendable {
    /// Whether there is a bit for every rule (at most 64 rules).
    private let fitsInBits: Bool
    /// Rules without a condition on the lists, classes or flags.
    private var anyLists: UInt64 = 0
    private var anyClasses: UInt64 = 0
    private var anyFlags: UInt64 = 0
    /// Per bit of the sentence's lists, classes or flags: the rules that ask for it.
    private var byList = [UInt64](repeating: 0, count: 64)
    private var byClass = [UInt64](repeating: 0, count: 64)
    private var byFlag = [UInt64](repeating: 0, count: 16)
    /// The bits some filter asks for.
    private var askedLists: UInt64 = 0
    private var askedClasses: UInt64 = 0
    private var askedFlags: UInt16 = 0

    init(_ filters: [SentenceFilter.Resolved]) {
        fitsInBits = filters.count <= 64
        guard fitsInBits else { return }
        for (item, filter) in filters.enumerated() {
            let rule: UInt64 = 1 << UInt64(item)
            // A list condition on lists that are not there (mask 0) lets no sentence in.
            if let mask = filter.listMask {
                Self.note(rule, for: mask, in: &byList, asked: &askedLists)
            } else {
                anyLists |= rule
            }
            if filter.classes.isEmpty {
                anyClasses |= rule
            } else {
                Self.note(rule, for: filter.classes.rawValue, in: &byClass, asked: &askedClasses)
            }
            if filter.flags.isEmpty {
                anyFlags |= rule
            } else {
                var asked = UInt64(askedFlags)
                Self.note(rule, for: UInt64(filter.flags.rawValue), in: &byFlag, asked: &asked)
                askedFlags = UInt16(truncatingIfNeeded: asked)
            }
        }
    }

    private static func note(_ rule: UInt64, for mask: UInt64, in table: inout [UInt64], asked: inout UInt64) {
        asked |= mask
        var bits = mask
        while bits != 0 {
            table[bits.trailingZeroBitCount] |= rule
            bits &= bits - 1
        }
    }

    /// A bit per sentence rule, set when its filter admits the sentence (as
    /// ``SentenceFilter/Resolved/admits(_:)`` answers); `nil` for more than 64 rules.
    @inline(__always)
    func admitted(_ sentence: SentenceContext) -> UInt64? {
        guard fitsInBits else { return nil }
        let summary = sentence.summary
        return (anyLists | Self.union(sentence.matchedLists & askedLists, byList))
            & (anyClasses | Self.union(summary.classUnion.rawValue & askedClasses, byClass))
            & (anyFlags | Self.union(UInt64(summary.flagUnion.rawValue & askedFlags), byFlag))
    }

    @inline(__always)
    private static func union(_ bits: UInt64, _ table: [UInt64]) -> UInt64 {
        var rules: UInt64 = 0
        var bits = bits
        while bits != 0 {
            rules |= table[bits.trailingZeroBitCount]
            bits &= bits - 1
        }
        return rules
    }
}

/// A rule that needs the whole document (letter structure, densities).
protocol DocumentRule: Rule {
    func check(_ document: DocumentContext, into findings: inout [FindingDraft])
}

/// Swift rules declare their description once, as a static property.
protocol DescribedRule: Rule {
    static var ruleDescription: RuleDescription { get }
}

extension DescribedRule {
    var description: RuleDescription { Self.ruleDescription }
}
