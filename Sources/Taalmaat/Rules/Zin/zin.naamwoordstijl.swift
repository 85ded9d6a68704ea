import TaalmaatText

/// `zin.naamwoordstijl`: a verb turned into a noun with *van* (*het nakomen van
/// afspraken*, *de betaling van de huur*).
struct ZinNaamwoordstijl: SentenceRule, DescribedRule {
    static let wordList = "woorden/naamwoordstijl.tsv"

    static let ruleDescription = RuleDescription(
        id: "zin.naamwoordstijl",
        name: "Naamwoordstijl",
        summary: "Een werkwoord dat een zelfstandig naamwoord is geworden: 'het nakomen van', 'de betaling van'.",
        explanation: """
            In naamwoordstijl is een werkwoord een zelfstandig naamwoord geworden. \
            Bijvoorbeeld 'de betaling van de huur' of 'het nakomen van afspraken'. Dan staat er niet wie iets doet. \
            Gebruik het werkwoord en zeg wie het doet. Bijvoorbeeld: 'als u de huur betaalt'.
            """,
        whyItMatters: """
            Naamwoordstijl is abstract en klinkt als een regel. Met een werkwoord wordt de zin gewoner. \
            De lezer ziet dan sneller wat hij moet doen.
            """,
        severities: ProfileSeverities(brief: .tip, verslag: .tip, kind: .waarschuwing, intern: nil),
        examples: [
            .triggers(
                "⟦Het nakomen van⟧ afspraken is belangrijk.", suggestion: "Gebruik het werkwoord 'nakomen' in een gewone zin",
                better: "Het is belangrijk dat we ons aan de afspraken houden."),
            .triggers(
                "Wij helpen u bij ⟦het op orde krijgen van⟧ uw geldzaken.",
                better: "Wij helpen u om uw geldzaken op orde te krijgen."),
            .triggers(
                "⟦De betaling van⟧ de huur is nog niet binnen.", suggestion: "betalen",
                better: "U heeft de huur nog niet betaald."),
            .triggers("Eerst volgt ⟦een inventarisatie van⟧ de schulden.", better: "Eerst zetten we samen uw schulden op een rij."),
            .triggers("⟦Het niet meewerken aan⟧ de hulp heeft gevolgen.", profile: .kind),
            .clean("Het gezin van Sanne woont in Utrecht."),
            .clean("Uw betaling is binnen."),
            .clean("U krijgt een vergoeding van € 50 per maand."),
            .clean("Het leven van uw kinderen is druk."),
            .clean("Wij betalen de reiskosten terug."),
        ],
        wordLists: [wordList])

    static let listEntries = ListEntries(wordList)

    /// Nouns that are infinitives in form: *het leven van*, *het inkomen van*.
    static let nounInfinitives: WordSet = [
        "leven", "eten", "wezen", "vermogen", "verleden", "vertrouwen", "verlangen", "inkomen", "bestaan", "ontstaan",
        "optreden", "gebeuren", "geweten", "welzijn", "uitzicht", "begin", "hebben", "zijn", "worden", "kunnen",
        "willen", "moeten", "mogen", "laten", "weten", "denken", "geloven", "voorkomen", "gevoelen", "streven",
        "vermoeden", "onderwijs",
    ]

    /// Words after *van* that do not start an object: *van harte*, *van tevoren*.
    static let notAnObject: WordSet = ["harte", "tevoren", "te", "dichtbij", "plan", "mening", "waar", "daar", "hier"]

    func check(_ sentence: SentenceContext, into findings: inout [FindingDraft]) {
        guard ZinGrammar.isProse(sentence) else { return }
        // The spans of the infinitive findings (few: an array, no hashing).
        var covered: [ClosedRange<Int>] = []
        checkInfinitives(sentence, covered: &covered, into: &findings)
        // Most sentences match no word list at all: no empty array to make and release.
        guard !sentence.matches.isEmpty else { return }
        for match in sentence.matches(in: Self.listEntries) where !covered.contains(where: { $0.contains(match.first) }) {
            guard !sentence.isQuoted(match.first), startsObject(sentence, at: match.last + 1) else { continue }
            // Include the article or pronoun before the noun: "de betaling van".
            var first = match.first
            if first > 0, ZinGrammar.nounStarters.contains(sentence.word(first - 1)) { first -= 1 }
            let entry = sentence.entry(match)
            let range = sentence.range(first...match.last)
            let verb = entry.alternatives.first ?? "een werkwoord"
            findings.append(
                FindingDraft(
                    range: range,
                    message: ZinGrammar.message(
                        "Naamwoordstijl: '", range, "'. Gebruik een werkwoord, zoals '", verb, "'.", in: sentence),
                    explanation: entry.explanation.isEmpty ? nil : entry.explanation,
                    suggestions: entry.alternatives.map { Suggestion(title: $0) },
                    lexiconEntry: match.entry))
        }
    }

    /// *het* + up to two words + infinitive + *van* (*het nakomen van*, *het op orde
    /// krijgen van*), and *het niet* + infinitive + a preposition.
    private func checkInfinitives(
        _ sentence: SentenceContext, covered: inout [ClosedRange<Int>], into findings: inout [FindingDraft]
    ) {
        // *het* is a determiner, and the word after the infinitive a preposition (*van*
        // is one): the class bits and the length come before comparing strings.
        guard sentence.classUnion.isSuperset(of: [.determiner, .preposition]) else { return }
        let words = sentence.words
        var from = 0
        while let start = ZinGrammar.nextPosition(in: sentence, from: from, withAnyOf: .determiner) {
            from = start + 1
            guard words[start].utf8.count == 3, words[start] == "het", !sentence.isQuoted(start) else { continue }
            var position = start + 1
            while position < sentence.count, position <= start + 3, sentence.kind(position) == .word {
                let next = position + 1
                guard next < sentence.count else { break }
                // A link is *van* or (after *het niet*) another preposition: both need the
                // class bit, and the infinitive its verb-form bit, before any string.
                if sentence.is(next, .preposition), sentence.verbForms(position).contains(.infinitive) {
                    let word = sentence.word(position)
                    let nextWord = sentence.word(next)
                    let linked = nextWord == "van" || (sentence.word(start + 1) == "niet" && nextWord != "te")
                    if linked, !Self.nounInfinitives.contains(word), startsObject(sentence, at: next + 1) {
                        covered.append(start...next)
                        let range = sentence.range(start...next)
                        findings.append(
                            FindingDraft(
                                range: range,
                                message: ZinGrammar.message(
                                    "Naamwoordstijl: '", range, "'. Gebruik het werkwoord in een gewone zin.", in: sentence),
                                suggestions: [Suggestion(title: TextJoin.join("Gebruik het werkwoord '", word, "' in een gewone zin"))]))
                        break
                    }
                }
                // Only short words may stand between: "op orde", "niet", "zelf".
                if sentence.is(position, [.hebben, .zijn, .worden, .modal, .subordinator, .coordinator]) { break }
                position += 1
            }
        }
    }

    /// Whether a noun phrase starts at `position` (after *van*): a word, not an amount
    /// or a fixed phrase such as *van harte*.
    private func startsObject(_ sentence: SentenceContext, at position: Int) -> Bool {
        guard position < sentence.count else { return false }
        switch sentence.kind(position) {
        case .word, .abbreviation, .placeholder: return !Self.notAnObject.contains(sentence.word(position))
        default: return false
        }
    }
}
