import TaalmaatText

/// `zin.voorwaarde`: a sentence that opens with a long condition or reason before
/// the main message (*Indien u … , dan …*).
struct ZinVoorwaarde: SentenceRule, DescribedRule {
    static let advice = "Zet de hoofdzaak voorop. Noem de voorwaarde daarna, in een korte zin."

    static let ruleDescription = RuleDescription(
        id: "zin.voorwaarde",
        name: "Lange voorwaarde vooraan",
        summary: "De zin begint met een lange bijzin ('Indien', 'Als', 'Aangezien' …) voor de hoofdzaak komt.",
        explanation: """
            Deze zin begint met een lange voorwaarde of reden. De lezer moet die onthouden tot de hoofdzaak komt. \
            Zet de hoofdzaak voorop. Noem de voorwaarde daarna, in een korte zin. \
            Bijvoorbeeld: 'Bel mij. Dat kan als u vragen heeft over de brief.'
            """,
        whyItMatters: """
            Wie gespannen is, leest vaak alleen het begin van een zin. Staat daar een lange voorwaarde, \
            dan mist de lezer de boodschap.
            """,
        severities: ProfileSeverities(brief: .waarschuwing, verslag: .waarschuwing, kind: .waarschuwing, intern: .tip),
        thresholds: [
            Threshold(
                key: "woorden-vanaf", summary: "Zoveel woorden of meer voor de hoofdzaak geeft een melding.",
                brief: 10, verslag: 10, kind: 7, intern: 10)
        ],
        examples: [
            .triggers(
                "⟦Indien u het formulier niet voor vrijdag 14 maart aan ons terugstuurt⟧, kunnen wij uw aanvraag niet behandelen.",
                suggestion: advice,
                better: "Stuur het formulier vóór vrijdag 14 maart terug. Dan kunnen wij uw aanvraag behandelen."),
            .triggers(
                "⟦Aangezien de school ons heeft laten weten dat Milan vaak te laat komt⟧, willen wij graag met u praten."),
            .triggers(
                "⟦Als u na het gesprek van dinsdag nog vragen over de brief heeft⟧ kunt u mij bellen.",
                better: "U kunt mij bellen. Bijvoorbeeld als u na het gesprek nog vragen over de brief heeft."),
            .triggers("⟦Als je na school nog even bij Lisa wilt blijven⟧, is dat goed.", profile: .kind),
            .clean("Als u vragen heeft, kunt u mij bellen."),
            .clean("Bel mij als u vragen heeft over de brief, het plan of de afspraak op dinsdag."),
            .clean("Als ouder van drie kinderen heeft u recht op hulp van het wijkteam in uw buurt."),
            .clean("Wanneer komt de nieuwe begeleider van Emre voor het eerst bij ons thuis langs?"),
            .clean("Het gezin van Sanne woont in Utrecht."),
        ])

    static let suggestions = [Suggestion(title: advice)]

    static let openers: WordSet = [
        "indien", "als", "wanneer", "aangezien", "gezien", "mits", "tenzij", "ingeval", "zodra", "doordat", "hoewel",
        "nadat", "voordat", "omdat",
    ]

    static let wordsFrom = ProfileThreshold("woorden-vanaf", of: ruleDescription)
    static let messageEnd = " woorden voor de hoofdzaak. " + advice

    func check(_ sentence: SentenceContext, into findings: inout [FindingDraft]) {
        guard ZinGrammar.isProse(sentence), sentence.count > 2 else { return }
        // Every opener but *gezien* is a subordinator, and *voor zover* and *in geval*
        // start with a preposition: the class bits rule out most sentences before any string.
        if sentence.classes[0].isDisjoint(with: [.subordinator, .preposition]) {
            let word = sentence.word(0)
            guard word.utf8.count == 6, word == "gezien" else { return }
        }
        report(sentence, into: &findings)
    }

    /// The rest of the test and the finding, for a sentence that may open with a
    /// condition: out of line, so that the test every sentence meets stays small.
    @inline(never)
    private func report(_ sentence: SentenceContext, into findings: inout [FindingDraft]) {
        guard !sentence.isQuoted(0) else { return }
        let first = sentence.word(0)
        let opens = Self.openers.contains(first)
            || (first == "voor" && sentence.word(1) == "zover")
            || (first == "in" && sentence.word(1) == "geval")
        guard opens, let end = frontedEnd(in: sentence) else { return }
        let words = ZinGrammar.wordsBetween(sentence, -1, end + 1)
        let limit = Int(ZinGrammar.threshold(Self.wordsFrom, of: Self.self, in: sentence))
        guard words >= limit else { return }
        let opener = first == "voor" || first == "in" ? "\(sentence.text(0)) \(sentence.text(1))" : sentence.text(0)
        findings.append(
            FindingDraft(
                range: sentence.range(0...end),
                message: TextJoin.join("De zin begint met '", opener, "' en ", String(words), Self.messageEnd),
                suggestions: Self.suggestions))
    }

    /// The last position of the fronted clause: before the comma after which the main
    /// clause starts, or, without such a comma, before the main verb that follows the
    /// clause's own verb (*Als u vragen heeft kunt u …*).
    private func frontedEnd(in sentence: SentenceContext) -> Int? {
        for position in 1..<sentence.count where sentence.isMark(position, 0x2C) {
            guard position > 1, position + 1 < sentence.count else { return nil }
            let before = sentence.word(position - 1)
            let after = sentence.word(position + 1)
            let clauseEnds = isVerb(before, at: position - 1, in: sentence)
            let mainStarts = isFinite(after, at: position + 1, in: sentence) || after == "dan"
            if clauseEnds || mainStarts { return position - 1 }
        }
        guard sentence.wordCount > 3 else { return nil }
        for position in 2..<sentence.count where sentence.kind(position) == .word {
            if sentence.kind(position - 1) == .punctuation { return nil }
            guard sentence.is(position, [.hebben, .zijn, .worden, .modal]) || sentence.verbForms(position).contains(.finite) else {
                continue
            }
            if isVerb(sentence.word(position - 1), at: position - 1, in: sentence),
                position + 1 < sentence.count, ZinGrammar.subjectPronouns.contains(sentence.word(position + 1))
            {
                return position - 1
            }
        }
        return nil
    }

    private func isVerb(_ word: String, at position: Int, in sentence: SentenceContext) -> Bool {
        guard !word.isEmpty else { return false }
        return sentence.is(position, [.hebben, .zijn, .worden, .modal]) || sentence.verbForms(position).contains(.finite)
            || ZinGrammar.isParticiple(sentence, position) || ZinGrammar.isInfinitive(sentence, position)
    }

    /// A finite verb, or a word right before a subject pronoun that is not itself a
    /// function word (*vraag ik*, *kunnen wij*).
    private func isFinite(_ word: String, at position: Int, in sentence: SentenceContext) -> Bool {
        guard !word.isEmpty else { return false }
        if sentence.is(position, [.hebben, .zijn, .worden, .modal]) || sentence.verbForms(position).contains(.finite) {
            return true
        }
        guard position + 1 < sentence.count, ZinGrammar.subjectPronouns.contains(sentence.word(position + 1)) else {
            return false
        }
        return sentence.classes[position].isEmpty && !ZinGrammar.subjectPronouns.contains(word)
            && !ZinGrammar.nounStarters.contains(word)
    }
}
