import TaalmaatText

/// Replace a range of the checked text with new text.
public struct TextEdit: Hashable, Sendable {
    public var range: TextRange
    public var replacement: String

    public init(range: TextRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// One way to improve the text: a short Dutch title and the edits that do it.
///
/// A suggestion without edits is advice the writer has to work out (for example
/// "Zeg wie het doet"). Only suggestions marked ``isSafe`` are applied by
/// `taalmaat fix`: they cannot break the sentence.
public struct Suggestion: Hashable, Sendable {
    /// What the suggestion does, in Dutch, e.g. *als* or *Splits de zin bij 'omdat'*.
    public var title: String
    public var edits: [TextEdit]
    public var isSafe: Bool

    public init(title: String, edits: [TextEdit] = [], isSafe: Bool = false) {
        self.title = title
        self.edits = edits
        self.isSafe = isSafe && !edits.isEmpty
    }

    /// The replacement text of a single-edit suggestion.
    public var replacement: String? { edits.count == 1 ? edits[0].replacement : nil }
}

/// One problem found in a text.
public struct Finding: Hashable, Sendable {
    public var ruleID: RuleID
    public var category: RuleCategory
    public var severity: Severity
    /// A short Dutch message: what is wrong and what to write instead.
    public var message: String
    /// A longer Dutch explanation: why this matters for the reader.
    public var explanation: String
    /// Where the problem is.
    public var range: TextRange
    /// The same place in lines and columns (Unicode scalars and UTF-16).
    public var span: SourceSpan
    /// The text in ``range``.
    public var matchedText: String
    /// Other places that belong to the same finding (the particle of a split verb).
    public var relatedRanges: [TextRange]
    public var suggestions: [Suggestion]

    public init(
        ruleID: RuleID, category: RuleCategory, severity: Severity, message: String, explanation: String,
        range: TextRange, span: SourceSpan, matchedText: String, relatedRanges: [TextRange] = [],
        suggestions: [Suggestion] = []
    ) {
        self.ruleID = ruleID
        self.category = category
        self.severity = severity
        self.message = message
        self.explanation = explanation
        self.range = range
        self.span = span
        self.matchedText = matchedText
        self.relatedRanges = relatedRanges
        self.suggestions = suggestions
    }
}
