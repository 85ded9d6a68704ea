import TaalmaatText

/// `brief.hulpaanbod`: a letter about money, a sanction or a deadline that offers no help.
struct BriefHulpaanbod: DocumentRule, DescribedRule {
    static let offerList = "woorden/signalen-hulpaanbod.tsv"
    static let consequenceList = "woorden/signalen-gevolg.tsv"
    /// Debt and arrears: a letter about money only needs a help offer when one of these is in it.
    static let debtList = "woorden/signalen-schuld.tsv"

    static let ruleDescription = RuleDescription(
        id: "brief.hulpaanbod",
        name: "Geen hulpaanbod",
        summary: "De brief gaat over geld, een sanctie of een termijn, maar biedt geen hulp aan.",
        explanation: """
            De brief gaat over geld of schulden, noemt een sanctie (afsluiting, deurwaarder, boete) of zet een termijn. \
            Maar er staat niet in welke hulp de lezer kan krijgen. \
            Zeg welke hulp er is. Bijvoorbeeld: 'Ik help u graag.' Of: 'U kunt in delen betalen.' \
            Let op: 'U dient een betalingsregeling te treffen' is een eis, geen hulp.
            """,
        whyItMatters: """
            Geldzorgen en dreigende gevolgen geven veel stress. Dan lukt plannen en regelen slechter. \
            Een concreet hulpaanbod geeft de lezer een uitweg. Zo komt hij eerder in actie.
            """,
        severities: ProfileSeverities(brief: .waarschuwing, verslag: nil, kind: .waarschuwing, intern: nil),
        examples: [
            .triggers(
                "Beste mevrouw Bakker,\n\nEr staat nog € 2.140 aan huur open. Dit bedrag moet u betalen. U dient een betalingsregeling te treffen met de verhuurder. Anders volgt een ⟦ontruiming⟧.\n\nMet vriendelijke groet,\n\nKarin de Vries",
                suggestion: "Bied hulp aan",
                better: "Beste mevrouw Bakker,\n\nEr staat nog € 2.140 aan huur open. Ik wil u helpen. Vaak kunt u de huur in delen betalen. Bel of app mij vóór vrijdag 14 maart.\n\nMet vriendelijke groet,\n\nKarin de Vries"),
            .triggers(
                "Beste meneer Jansen,\n\nUw energierekening is niet betaald. Er staat nog een bedrag van € 486 open. Betaal dit bedrag ⟦vóór 1 april⟧.\n\nMet vriendelijke groet,\n\nKarin de Vries"),
            .triggers(
                "Beste mevrouw Smit,\n\nStuur de lijst met namen ⟦binnen een week⟧ naar ons kantoor.\n\nMet vriendelijke groet,\n\nKarin de Vries"),
            .triggers(
                "Beste meneer De Groot,\n\nMilan was 38 uur niet op school. Dan kan er een ⟦proces-verbaal⟧ worden opgemaakt.\n\nMet vriendelijke groet,\n\nIngrid Mulder"),
            .clean(
                "Beste mevrouw Bakker,\n\nEr staat nog € 2.140 aan huur open. Ik wil u graag helpen. Vaak kunt u de huur dan in delen betalen.\n\nMet vriendelijke groet,\n\nKarin de Vries"),
            .clean(
                "Beste meneer Jansen,\n\nUw energierekening is niet betaald. Er staat nog € 486 open. Heeft u zorgen over geld? U kunt gratis hulp krijgen van de gemeente.\n\nMet vriendelijke groet,\n\nKarin de Vries"),
            .clean(
                "Beste mevrouw Smit,\n\nIk kom op maandag 7 april bij u langs. Past die dag niet? Bel mij dan vóór vrijdag 4 april.\n\nMet vriendelijke groet,\n\nKarin de Vries"),
            .clean(
                "Beste meneer Jansen,\n\nVanaf 1 mei krijgt u meer kinderbijslag. Het bedrag staat op uw rekening vóór 5 mei.\n\nMet vriendelijke groet,\n\nKarin de Vries"),
            .clean(
                "Beste mevrouw Bakker,\n\nZolang wij samen bezig zijn, stapt de woningcorporatie niet naar de rechter. Dat heeft de corporatie mij beloofd.\n\nMet vriendelijke groet,\n\nKarin de Vries"),
        ],
        wordLists: [offerList, consequenceList, debtList, BriefTermijn.wordList] + RequestDetector.wordLists)

    func check(_ document: DocumentContext, into findings: inout [FindingDraft]) {
        let layout = document.letterLayout
        guard layout.isLetter else { return }
        let running = layout.runningText
        guard !running.isEmpty else { return }
        guard !document.contains(Self.offerList, in: layout.allButHeader) else { return }
        guard let (anchor, subject) = trigger(layout, running, document) else { return }
        let example = BriefTaal.isInformal(document.profile)
            ? "Lukt dit niet? App me. Dan zoeken we samen een oplossing."
            : "Lukt dit niet? Bel mij. Dan zoeken we samen een oplossing."
        findings.append(
            FindingDraft(
                range: anchor,
                message: "Deze brief gaat over \(subject), maar biedt geen hulp aan. Zeg welke hulp er is. Bijvoorbeeld: \(example)",
                suggestions: [Suggestion(title: "Bied hulp aan")]))
    }

    /// What makes help necessary, and where to point: a sanction, a deadline, or money.
    func trigger(_ layout: LetterLayout, _ running: [Int], _ document: DocumentContext) -> (TextRange, String)? {
        let consequence = document.matches(in: Self.consequenceList).first { item in
            running.contains(item.sentence) && !document.reusedSentence(item.sentence).isQuoted(item.match.first)
        }
        if let (index, match) = consequence {
            return (document.range(of: match, inSentence: index), "een zwaar gevolg")
        }
        var sentences = LazySentences(document)
        // A deadline counts when the reader has to (or may) do something before it:
        // "binnen zes weken een plan opstellen" is the writer's promise.
        var scan = BriefTermijn.deadlineWords.scan
        for index in running where BriefTermijn.mayHaveDeadline(index, document, scan: &scan) {
            let sentence = sentences(index)
            guard let span = BriefTermijn.relativeDeadlines(in: sentence).first,
                !RequestDetector.requests(in: sentence).isEmpty
            else { continue }
            return (sentence.range(span), "een termijn")
        }
        for (position, index) in running.enumerated() where document.hasToken(ofKind: .date, sentence: index) {
            let sentence = sentences(index)
            guard let deadline = BriefTaal.deadlineWithDate(sentence) else { continue }
            if position > 0, RequestDetector.isConditionQuestion(sentences(running[position - 1])) { continue }
            let firm = RequestDetector.requests(in: sentence).contains { $0.isRequest && !$0.isConditional }
            if firm { return (sentence.range(deadline), "een termijn") }
        }
        // Money: only debt or arrears ("Uw kinderbijslag gaat omhoog" needs no help).
        if document.activeContexts.contains("geld"),
            let (index, match) = document.matches(in: Self.debtList).first(where: { running.contains($0.sentence) })
        {
            return (document.range(of: match, inSentence: index), "geld")
        }
        return nil
    }
}
