/// Counts for one sentence that the scores add up. Cached with the sentence.
struct SentenceStats: Sendable, Hashable {
    var words = 0
    var syllables = 0
    /// Words with letters (not numbers, dates, addresses): the base for syllables
    /// per word and the share of difficult words.
    var lexicalWords = 0
    var difficultWords = 0
}

/// All scores of a report. Every score shows the parts it is made of.
public struct Scores: Sendable, Hashable {
    public var readability: ReadabilityScore
    public var stress: StressScore
}

/// How easy the text is to read, with the figures behind the verdict.
///
/// The formulas are the classic Dutch ones (Flesch–Douma 1960, Brouwer 1963). They
/// only measure sentence and word length; they say nothing about how many people
/// understand a text, and Taalmaat makes no such claim.
public struct ReadabilityScore: Sendable, Hashable {
    /// Sentences counted: running text (paragraphs and list items), not the salutation,
    /// headings, closing or signature.
    public var sentences: Int
    public var words: Int
    public var averageSentenceLength: Double
    public var longestSentence: Int
    /// Share (0–1) of sentences longer than the long-sentence threshold of the profile.
    public var longSentenceShare: Double
    public var longSentenceThreshold: Int
    /// Share (0–1) of words that are rare in Dutch (Zipf below 3).
    public var difficultWordShare: Double
    public var syllablesPerWord: Double
    /// Flesch–Douma: 206.835 − 0.93 × words per sentence − 77 × syllables per word.
    /// Higher is easier; 60–70 is everyday text.
    public var fleschDouma: Double
    /// Brouwer (Leesindex A): 195 − 2 × words per sentence − 66.7 × syllables per word.
    public var brouwer: Double
    /// Officialese, jargon, English and abbreviation findings per 100 words.
    public var wordFindingsPer100Words: Double
    /// The criteria of the verdict, each with its outcome.
    public var criteria: [Criterion]
    public var verdict: Verdict

    /// The B1 verdict of a document.
    public enum Verdict: String, Sendable, Hashable, Codable {
        case b1 = "B1"
        case bovenB1 = "boven B1"
        case verBovenB1 = "ver boven B1"
    }

    /// One test of the verdict: a measured value against a limit.
    public struct Criterion: Sendable, Hashable {
        public var name: String
        public var value: Double
        public var limit: Double
        /// `true` when the value must stay at or below the limit, `false` when at or above.
        public var atMost: Bool
        public var passed: Bool { atMost ? value <= limit : value >= limit }
    }
}

/// How much the wording may add to a reader's stress, 0 (calm) to 100.
///
/// `score = min(100, tone + missing)`: `tone` = 12 × weighted tone findings per 100
/// words (fout 3, waarschuwing 2, tip 1), at most 70; `missing` = points for letter
/// elements a family needs that are absent (contact person 10, way to react 10, offer
/// of help 5, what happens next 5), at most 30.
public struct StressScore: Sendable, Hashable {
    public var score: Int
    public var toneComponent: Double
    public var missingComponent: Double
    /// Weighted tone findings per 100 words.
    public var weightedToneFindingsPer100Words: Double
    public var toneFindings: Int
    /// The rule ids of missing letter elements that added points.
    public var missingElements: [RuleID]

    /// A Dutch word for the level: *rustig*, *let op*, *hoog*.
    public var level: String {
        switch score {
        case ..<20: "rustig"
        case ..<50: "let op"
        default: "hoog"
        }
    }
}
