import TaalmaatText

/// `zin.ontkenning`: two negations in one clause (*niet onmogelijk*, *geen … niet*).
struct ZinOntkenning: SentenceRule, DescribedRule {
    static let ruleDescription = RuleDescription(
        id: "zin.ontkenning",
        name: "Dubbele ontkenning",
        summary: "Twee ontkenningen kort na elkaar: 'niet onmogelijk', 'niet zonder', 'geen … niet'.",
        explanation: """
            Twee ontkenningen in één zin zijn moeilijk te lezen. De lezer moet dan zelf uitzoeken wat u bedoelt. \
            Zeg het positief. Schrijf 'het kan' in plaats van 'het is niet onmogelijk'. \
            Schrijf 'met' in plaats van 'niet zonder'.
            """,
        whyItMatters: """
            Met stress lezen mensen snel en slaan ze woorden over. Bij een dubbele ontkenning lezen ze dan het omgekeerde.
            """,
        severities: ProfileSeverities(brief: .waarschuwing, verslag: .waarschuwing, kind: .waarschuwing, intern: .tip),
        examples: [
            .triggers(
                "Het is ⟦niet onmogelijk⟧ dat de hulp langer duurt.", suggestion: "Zeg het positief: 'mogelijk'",
                better: "Misschien duurt de hulp langer."),
            .triggers("Het is ⟦niet helemaal ongebruikelijk⟧ dat een gesprek wordt verzet."),
            .triggers("Wij nemen dit besluit ⟦niet zonder⟧ reden.", suggestion: "Zeg het positief: 'met'"),
            .triggers("Er is ⟦geen reden om niet⟧ te komen.", better: "U kunt gewoon komen."),
            .triggers("⟦Niemand hoeft niet⟧ mee te doen.", profile: .kind),
            .clean("Ik kom niet onaangekondigd langs."),
            .clean("Kunt u niet komen? Dat is geen probleem."),
            .clean("Het is niet erg als je niets zegt."),
            .clean("Je hoeft niets voor te bereiden, niemand verwacht dat."),
            .clean("Ik heb het niet onlangs gehoord."),
            .clean("Moeder zei: \"Ik wil niet dat niemand helpt.\""),
        ])

    static let negations: WordSet = ["niet", "geen", "nooit", "niemand", "niets", "niks", "nergens"]
    /// on- words that are no negated adjective (*onlangs*, *onderweg*).
    static let notNegatedAdjectives: WordSet = ["onlangs", "onderweg", "onderling", "ondanks", "onderaan", "ongeveer"]
    static let window = 6
    /// Adverbs that may stand between *niet* and the on- word.
    static let softeners: WordSet = ["helemaal", "echt", "zo", "erg", "heel", "zeker", "geheel", "bepaald", "altijd", "nog"]

    /// A double negation needs a negation.
    var sentenceFilter: SentenceFilter { SentenceFilter(anyOfClasses: .negation) }

    func check(_ sentence: SentenceContext, into findings: inout [FindingDraft]) {
        guard ZinGrammar.isProse(sentence), sentence.classUnion.contains(.negation) else { return }
        // Every one of ``negations`` has the class: only those positions need their word.
        var from = 0
        while let position = ZinGrammar.nextPosition(in: sentence, from: from, withAnyOf: .negation) {
            guard Self.negations.contains(sentence.word(position)), !sentence.isQuoted(position),
                let (end, suggestion) = secondNegation(after: position, in: sentence)
            else {
                from = position + 1
                continue
            }
            let range = sentence.range(position...end)
            findings.append(
                FindingDraft(
                    range: range,
                    message: ZinGrammar.message("Twee ontkenningen: '", range, "'. Zeg het positief.", in: sentence),
                    suggestions: [Suggestion(title: suggestion)]))
            from = end + 1
        }
    }

    /// The second negation after the one at `first`, within a few words of the same
    /// clause, with advice for a positive wording.
    private func secondNegation(after first: Int, in sentence: SentenceContext) -> (Int, String)? {
        let isNiet = sentence.word(first) == "niet"
        var words = 0
        var position = first + 1
        while position < sentence.count, words < Self.window {
            guard sentence.kind(position) != .punctuation, !sentence.isQuoted(position) else { return nil }
            let word = sentence.word(position)
            if sentence.is(position, [.subordinator, .coordinator]) { return nil }
            if sentence.is(position, .negation), Self.negations.contains(word) {
                return (position, "Zeg het positief. Schrijf wat wel zo is.")
            }
            if isNiet, position == first + 1, word == "zonder" { return (position, "Zeg het positief: 'met'") }
            // "niet onmogelijk", also with an adverb between: "niet helemaal onmogelijk".
            if isNiet, ((first + 1)..<position).allSatisfy({ Self.softeners.contains(sentence.word($0)) }),
                let positive = negatedAdjective(word, in: sentence)
            {
                return (position, "Zeg het positief: '\(positive)'")
            }
            if sentence.kind(position).countsAsWord { words += 1 }
            position += 1
        }
        return nil
    }

    /// For *onmogelijk*, *ongebruikelijk*, *ontevreden*: the word without *on-*, when that
    /// is a common word and not a participle (*onaangekondigd* is just a plain fact).
    private func negatedAdjective(_ word: String, in sentence: SentenceContext) -> String? {
        guard word.hasPrefix("on"), word.count >= 6, !Self.notNegatedAdjectives.contains(word) else { return nil }
        let rest = String(word.dropFirst(2))
        let frequencies = sentence.resources.frequencies
        guard frequencies.contains(word), (frequencies.zipf(of: rest) ?? 0) >= 3.5 else { return nil }
        guard sentence.resources.participle(rest) == nil, !sentence.resources.isInfinitive(rest) else { return nil }
        return rest
    }
}
