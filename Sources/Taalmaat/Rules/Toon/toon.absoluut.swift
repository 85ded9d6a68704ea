import TaalmaatText

/// `toon.absoluut`: harde uitspraken over een mens met *altijd*, *nooit*, *steeds* of
/// *elke keer* (*Hij komt altijd te laat*, *U reageert nooit*).
struct ToonAbsoluut: SentenceRule, DescribedRule {
    static let negativeList = "woorden/toon-negatief.tsv"

    static let ruleDescription = RuleDescription(
        id: "toon.absoluut",
        name: "Altijd of nooit",
        summary: "Een harde uitspraak over de lezer of het gezin met 'altijd', 'nooit' of 'steeds'.",
        explanation: """
            'Altijd', 'nooit' en 'steeds' maken van iets wat soms gebeurt een vaste eigenschap van een mens. \
            Dat klopt bijna nooit. Schrijf wat u zag: hoe vaak en wanneer. \
            Bijvoorbeeld: 'In de laatste drie weken was Jason twee keer te laat.'
            """,
        whyItMatters: """
            Wie leest dat hij iets 'altijd' fout doet, voelt zich veroordeeld. \
            Dan gaat hij zich verdedigen, in plaats van samen te zoeken naar wat helpt.
            """,
        severities: ProfileSeverities(brief: .waarschuwing, verslag: .waarschuwing, kind: .waarschuwing, intern: .tip),
        examples: [
            .triggers(
                "Uw zoon komt ⟦nooit⟧ op tijd.", suggestion: "Noem wat u zag: hoe vaak en wanneer",
                better: "Milan was in februari vijf keer te laat op school."),
            .triggers("U reageert ⟦nooit⟧ op onze brieven."),
            .triggers("Jullie maken ⟦steeds⟧ ruzie over geld."),
            .triggers("Fenna reageert ⟦nooit⟧ op de leidster en speelt ⟦altijd⟧ alleen.", profile: .verslag),
            .triggers("Moeder vergeet ⟦elke keer⟧ de afspraken.", profile: .verslag),
            .triggers("Je luistert ⟦helemaal niet⟧ naar je mentor.", profile: .kind),
            .triggers("Zij komt afspraken ⟦structureel⟧ niet na.", profile: .verslag),
            .clean("U mag mij altijd bellen."),
            .clean("Je kunt altijd terugkomen als je wilt praten."),
            .clean("Ik ben er altijd voor je."),
            .clean("Volgens de juf is Bo sinds januari bijna altijd op tijd.", profile: .verslag),
            .clean("U beslist nog steeds over de meeste dingen."),
            .clean("Hij komt niet altijd op tijd. Dat wil hij zelf ook graag anders."),
            .clean("U hoeft nooit alleen naar het gesprek te komen."),
            .clean("Moeder zei: \"Jullie komen ook altijd te laat.\""),
        ],
        wordLists: [negativeList])

    static let suggestions = [Suggestion(title: "Noem wat u zag: hoe vaak en wanneer")]

    /// Verbs that report what someone said or thinks.
    static let reportingVerbs: WordSet = [
        "zegt", "zeggen", "zei", "zeiden", "vertelt", "vertellen", "vertelde", "vertelden", "vindt", "vinden", "vond",
        "denkt", "denken", "dacht", "voelt", "voelde", "aangeeft", "geeft", "gaf",
    ]
    /// Words before an absolute that soften it (*bijna altijd*; *nog steeds* is *still*).
    static let softeningWords: WordSet = ["bijna", "vrijwel", "haast", "meestal", "nog"]
    /// Absolute words that the word classes do not have.
    static let extraAbsolutes: WordSet = ["structureel"]
    /// Words after *steeds* that make it *more and more* (*steeds beter*), not *always*.
    static let comparatives: WordSet = [
        "beter", "meer", "vaker", "minder", "makkelijker", "moeilijker", "groter", "kleiner", "sterker", "zwaarder",
        "erger", "rustiger", "drukker", "duidelijker", "langer", "korter", "verder",
    ]

    /// Every finding starts at an absolute word or a trigger word (``mayHaveAbsolute(_:)``).
    var sentenceFilter: SentenceFilter { SentenceFilter(anyOfClasses: [.absolute, .absoluteTrigger]) }

    func check(_ sentence: SentenceContext, into findings: inout [FindingDraft]) {
        guard sentence.blockKind == .paragraph || sentence.blockKind == .listItem, mayHaveAbsolute(sentence),
            !sentence.isQuestion
        else { return }
        var position = 0
        while position < sentence.count {
            guard mayStartAbsolute(at: position, in: sentence), let span = absolute(at: position, in: sentence) else {
                position += 1
                continue
            }
            position = span.upperBound + 1
            guard !sentence.isQuoted(span.lowerBound), judges(span, in: sentence) else { continue }
            let text = sentence.columns.document.source[sentence.range(span)]
            findings.append(
                FindingDraft(
                    range: sentence.range(span),
                    message: "'\(text)' maakt er een vaste eigenschap van. Schrijf wat u zag: hoe vaak en wanneer.",
                    suggestions: Self.suggestions))
        }
    }

    /// Whether ``absolute(at:in:)`` can find anything: an absolute word, the second
    /// word of *elke keer*, the first of *helemaal niet*, or one of ``extraAbsolutes``.
    func mayHaveAbsolute(_ sentence: SentenceContext) -> Bool {
        !sentence.classUnion.isDisjoint(with: [.absolute, .absoluteTrigger])
    }

    /// ``extraAbsolutes`` and the words that make a pair absolute.
    static let triggerWords = WordSet(extraAbsolutes.words.union(["keer", "helemaal", "totaal"]))

    /// Whether ``absolute(at:in:)`` can find a span at a position: its word is an
    /// absolute or a trigger word (*structureel*, *helemaal*, *totaal*), or the next one is
    /// a trigger (*keer* after *elke*). The class bits spare the other words' strings.
    func mayStartAbsolute(at position: Int, in sentence: SentenceContext) -> Bool {
        if sentence.is(position, [.absolute, .absoluteTrigger]) { return true }
        return position + 1 < sentence.count && sentence.is(position + 1, .absoluteTrigger)
    }

    /// The absolute word (or pair: *elke keer*, *helemaal niet*) at a position.
    func absolute(at position: Int, in sentence: SentenceContext) -> ClosedRange<Int>? {
        let word = sentence.word(position)
        guard !word.isEmpty else { return nil }
        let next = position + 1 < sentence.count ? sentence.word(position + 1) : ""
        switch word {
        case "elke", "iedere":
            return next == "keer" ? position...(position + 1) : nil
        case "helemaal", "totaal":
            return next == "niet" || next == "nooit" || next == "geen" || next == "niets" ? position...(position + 1) : nil
        default:
            if sentence.is(position, .absolute) || Self.extraAbsolutes.contains(word) { return position...position }
            return nil
        }
    }

    /// Whether the absolute judges the reader or a family member negatively.
    func judges(_ span: ClosedRange<Int>, in sentence: SentenceContext) -> Bool {
        let first = span.lowerBound
        let word = sentence.word(first)
        let previous = first > 0 ? sentence.word(first - 1) : ""
        let next = span.upperBound + 1 < sentence.count ? sentence.word(span.upperBound + 1) : ""
        // *nog steeds* is *still*; *steeds beter* is *more and more*; *niet altijd* softens.
        if word == "steeds" && (previous == "nog" || Self.comparatives.contains(next)) { return false }
        if sentence.is(first, .negation) == false, first > 0, sentence.is(first - 1, .negation) { return false }
        if word == "nooit" && (next == "alleen" || next == "eerder") { return false }
        if Self.softeningWords.contains(previous) && word != "steeds" { return false }
        let start = ToonGrammatica.clause(around: first, in: sentence)
        let clauseStart = start.opener ?? start.start
        let clauseEnd = ToonGrammatica.clauseEnd(after: span.upperBound, in: sentence)
        let clause = clauseStart..<clauseEnd
        // *Zij zegt dat ze nooit meer hulp wil*: the family's own words, not a judgement.
        if let opener = start.opener, sentence.word(opener) == "dat",
            (0..<opener).contains(where: { Self.reportingVerbs.contains(sentence.word($0)) })
        {
            return false
        }
        // Permissions, promises and reassurance: *u mag altijd bellen*, *je hoeft nooit …*.
        for position in clause {
            let word = sentence.word(position)
            if ToonGrammatica.optionModals.contains(word) || ToonGrammatica.hoevenForms.contains(word) { return false }
        }
        let subject = ToonGrammatica.subject(ofClauseAround: first, in: sentence)
        guard subject.persoon == .lezer || subject.persoon == .gezin else { return false }
        let negative = sentence.matches(in: Self.negativeList).contains {
            clause.contains($0.first) || $0.particle.map { clause.contains($0.lowerBound) } ?? false
        }
        // *Hij is nooit te laat* is praise: two negatives.
        if word == "nooit" || word == "helemaal" || word == "totaal" { return !negative }
        // *altijd*, *steeds*, *telkens*, *elke keer*: only with something negative.
        for position in clause where position < first || position > span.upperBound {
            if ToonGrammatica.isClauseNegation(sentence, position) { return true }
        }
        return next == "alleen" || negative
    }
}
