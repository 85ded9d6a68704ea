import TaalmaatText

/// `brief.opening`: the letter opens slowly (*Naar aanleiding van …*, *Hierbij deel ik u
/// mede …*) instead of with its main message.
struct BriefOpening: DocumentRule, DescribedRule {
    /// Slow and stiff openings (shared list, also usable by other rules).
    static let openingList = "woorden/brief-opening.tsv"
    /// Openings that only slow a letter down at its very start (*Hierbij*, *Via deze brief*).
    static let startList = "woorden/signalen-trage-opening.tsv"

    static let ruleDescription = RuleDescription(
        id: "brief.opening",
        name: "Trage opening",
        summary: "De brief begint met een trage formule (Naar aanleiding van, Hierbij deel ik u mede) en niet met de kern.",
        explanation: """
            De eerste zin van de brief begint met een vaste formule, zoals 'Naar aanleiding van' of 'Hierbij informeren wij u'. \
            Begin liever meteen met de kern: waarom krijgt de lezer deze brief? \
            Bijvoorbeeld: 'Uw huur van februari is nog niet betaald. Ik wil u helpen om dit op te lossen.'
            """,
        whyItMatters: """
            Wie stress heeft, leest vaak alleen het begin van een brief. \
            Staat de kern pas in de derde zin, dan mist de lezer die. Een trage opening maakt ook onrustig: wat komt er nog?
            """,
        severities: ProfileSeverities(brief: .waarschuwing, verslag: .tip, kind: .waarschuwing, intern: nil),
        examples: [
            .triggers(
                "Beste mevrouw Bakker,\n\n⟦Naar aanleiding van⟧ een melding van de woningcorporatie schrijf ik u deze brief. Er is huur niet betaald.",
                suggestion: "Begin met de kern: waarom krijgt de lezer deze brief?",
                better: "Beste mevrouw Bakker,\n\nDe huur van februari is nog niet betaald. Ik wil u helpen om dit op te lossen."),
            .triggers("Geachte heer Jansen,\n\n⟦Hierbij deel ik u mede⟧ dat uw aanvraag is ontvangen."),
            .triggers("Beste mevrouw Yilmaz,\n\nOp 17 januari kregen wij uw aanvraag. ⟦Naar aanleiding van⟧ ons gesprek schrijf ik u nu."),
            .triggers("Beste Noor,\n\n⟦Via deze brief willen wij⟧ je vertellen over het gesprek.", profile: .kind),
            .triggers("Beste meneer De Wit,\n\n⟦Middels dit schrijven⟧ laten wij u weten dat uw contactpersoon verandert."),
            .triggers("Beste mevrouw Smit,\n\n⟦Hierbij stuur ik u⟧ het verslag van ons gesprek."),
            .clean("Beste mevrouw Bakker,\n\nDe woningcorporatie heeft ons laten weten dat er huur openstaat. Ik wil u graag helpen."),
            .clean("Beste meneer Schouten,\n\nVanaf 1 april krijgt u een nieuwe contactpersoon. Dat is Pieter Brouwer."),
            .clean("Beste mevrouw Jansen,\n\nIk wil u graag helpen. Naar aanleiding van ons gesprek heb ik de school gebeld."),
            .clean("Hoi Noor,\n\nIk ben Lotte. Ik ga jou en je ouders helpen.", profile: .kind),
            .clean("Beste Linda,\n\nOp 30 april stopt de hulp. Dat hebben we samen besloten. Hierbij zit ook het verslag."),
        ],
        wordLists: [openingList, startList])

    func check(_ document: DocumentContext, into findings: inout [FindingDraft]) {
        let layout = document.letterLayout
        let running = layout.runningText
        guard let first = running.first else { return }
        // The first sentence; and the second when the first only tells history with a
        // date ("Op 17 januari kregen wij uw aanvraag.") and the slow formula follows.
        var candidates = [first]
        // Light views: only the first word, the kinds and the matches are read.
        if running.count > 1, opensWithDate(ReportSentenceView(document, first)),
            document.document.sentences[running[1]].blockIndex == document.document.sentences[first].blockIndex
        {
            candidates.append(running[1])
        }
        for index in candidates {
            let sentence = ReportSentenceView(document, index)
            guard let span = openingSpan(sentence), !sentence.isQuoted(span.lowerBound) else { continue }
            let phrase = document.document.text(of: sentence.range(span))
            findings.append(
                FindingDraft(
                    range: sentence.range(span),
                    message: "De brief begint traag met '\(phrase)'. Begin met de kern: waarom krijgt de lezer deze brief?",
                    suggestions: [Suggestion(title: "Begin met de kern: waarom krijgt de lezer deze brief?")]))
            return
        }
    }

    /// The slow formula at the start of a sentence: a match of either list that starts
    /// at the first word (*Naar aanleiding van*), or at the second right after *Hierbij*
    /// or *Graag* (*Hierbij deel ik u mede*). Touching matches join into one span.
    func openingSpan(_ sentence: ReportSentenceView) -> ClosedRange<Int>? {
        let matches = (sentence.matches(in: Self.openingList) + sentence.matches(in: Self.startList))
            .sorted { $0.first < $1.first }
        var span: ClosedRange<Int>?
        for match in matches {
            if let current = span {
                if match.first <= current.upperBound + 1 { span = current.lowerBound...max(current.upperBound, match.last) }
            } else if match.first == 0 {
                span = 0...match.last
            } else if match.first == 1, ["hierbij", "graag"].contains(sentence.word(0)) {
                span = 0...match.last
            }
        }
        return span
    }

    /// *Op 17 januari 2025 hebben wij …*: a sentence that starts with a date.
    func opensWithDate(_ sentence: ReportSentenceView) -> Bool {
        guard sentence.count > 2, ["op", "in", "sinds", "vanaf"].contains(sentence.word(0)) else { return false }
        return (1..<min(sentence.count, 4)).contains { sentence.kind($0) == .date }
    }
}
