/// How serious a finding is. The raw values are the Dutch names users see and
/// write in configuration files.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    /// Info: something to think about.
    case tip
    /// Warning: usually worth changing.
    case waarschuwing
    /// Error: almost always harmful or hard to understand for a family.
    case fout

    private var rank: Int {
        switch self {
        case .tip: 0
        case .waarschuwing: 1
        case .fout: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The English name, for machine formats (SARIF, checkstyle, LSP).
    public var englishName: String {
        switch self {
        case .tip: "info"
        case .waarschuwing: "warning"
        case .fout: "error"
        }
    }

    /// Accepts the Dutch names and the English ones (`info`, `warning`, `error`).
    public init?(name: String) {
        switch name.lowercased() {
        case "tip", "info", "informatie", "hint", "suggestie": self = .tip
        case "waarschuwing", "warning", "warn": self = .waarschuwing
        case "fout", "error": self = .fout
        default: return nil
        }
    }
}

/// Who the text is for. Each profile sets which rules run and their thresholds.
public enum Profile: String, Sendable, Codable, CaseIterable {
    /// A letter to a family (the default).
    case brief
    /// A report or plan that the family reads.
    case verslag
    /// A text for a child: shorter sentences, direct *jij*.
    case kind
    /// Professional to professional: jargon is tolerated.
    case intern

    /// One Dutch line that says what the profile is for.
    public var summary: String {
        switch self {
        case .brief: "Brief aan een gezin."
        case .verslag: "Verslag of plan dat het gezin leest."
        case .kind: "Tekst voor een kind: korte zinnen, 'je' en 'jij'."
        case .intern: "Tekst voor collega's: vaktaal mag."
        }
    }
}

/// The kind of problem a rule looks for; the first part of every rule id.
public enum RuleCategory: String, Sendable, Codable, CaseIterable {
    /// Words: officialese, jargon, abbreviations, spelling.
    case woord
    /// Sentences: length, passive voice, clamp constructions.
    case zin
    /// Tone: threats, blame, pressure, labels.
    case toon
    /// Letter structure: salutation, contact person, next steps, rights.
    case brief
    /// Reports: sources, observations, the family's voice, strengths.
    case verslag
    /// Taalmaat itself: suppression comments that do nothing or name unknown rules.
    case taalmaat

    /// A Dutch name for headings and summaries.
    public var title: String {
        switch self {
        case .woord: "Woorden"
        case .zin: "Zinnen"
        case .toon: "Toon"
        case .brief: "Opbouw van de brief"
        case .verslag: "Verslag"
        case .taalmaat: "Taalmaat"
        }
    }
}

/// A stable rule id such as `woord.ambtelijk` or `toon.dreigen`. The same string is
/// used in configuration, suppression comments, output and documentation.
public struct RuleID: RawRepresentable, Hashable, Sendable, Codable, Comparable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The category named by the part before the first dot.
    public var category: RuleCategory? {
        rawValue.split(separator: ".").first.flatMap { RuleCategory(rawValue: String($0)) }
    }

    public var description: String { rawValue }
    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
