import TaalmaatText

/// `brief.actie`: the letter does not say what the reader has to do, or asks too much.
struct BriefActie: DocumentRule, DescribedRule {
    static let nothingToDoList = "woorden/signalen-niets-doen.tsv"

    static let ruleDescription = RuleDescription(
        id: "brief.actie",
        name: "Geen of te veel acties",
        summary: "De brief zegt niet wat de lezer moet doen, of vraagt meer dan drie dingen.",
        explanation: """
            Taalmaat telt wat de brief van de lezer vraagt: 'Bel mij', 'wilt u', 'wij vragen u', 'u moet'. \
            Staat er niets in? Zeg dan wat de lezer moet doen, of schrijf: 'U hoeft niets te doen.' \
            Vraagt de brief meer dan drie dingen? Kies de belangrijkste en zet die bovenaan, met een datum. \
            Een vraag die alleen geldt als iets gebeurt, telt niet mee: 'Past het niet? Bel mij.'.
            """,
        whyItMatters: """
            Wie stress heeft, kan maar een paar dingen tegelijk doen. Bij vier of vijf opdrachten raakt de lezer het overzicht kwijt. \
            Weet de lezer niet of hij iets moet doen, dan blijft hij ongerust.
            """,
        severities: ProfileSeverities(brief: .waarschuwing, verslag: nil, kind: .waarschuwing, intern: nil),
        thresholds: [
            Threshold(key: "maximum", summary: "Meer verzoeken dan dit geeft een waarschuwing.", all: 3),
            Threshold(key: "minimum-woorden", summary: "Kortere brieven krijgen geen tip als er geen actie in staat.", all: 40),
        ],
        examples: [
            .triggers(
                "Beste mevrouw Bakker,\n\nU dient binnen een week contact ⟦op te nemen⟧ met het wijkteam, een overzicht van uw inkomsten aan te leveren, uw bankafschriften mee te sturen en een afspraak met de verhuurder te maken.\n\nMet vriendelijke groet,\n\nKarin de Vries",
                suggestion: "Vraag hoogstens 3 dingen, de belangrijkste eerst",
                better: "Beste mevrouw Bakker,\n\nBel of app mij vóór vrijdag 14 maart. Dan maken we samen een afspraak.\n\nMet vriendelijke groet,\n\nKarin de Vries"),
            .triggers(
                "Beste meneer Jansen,\n\n⟦Vul⟧ het formulier in. Stuur het terug vóór 1 april. Neem ook uw loonstrook mee naar het gesprek. Wilt u ook uw paspoort meenemen?\n\nMet vriendelijke groet,\n\nKarin de Vries"),
            .triggers(
                "Beste mevrouw Jansen,\n\n⟦Op⟧ 3 maart hebben wij met u gesproken over de school van Milan. Milan gaat nu elke dag naar school. De juf vertelt dat het goed gaat met lezen en rekenen. Dat is fijn om te horen. Wij hebben het verslag van het gesprek bij deze brief gedaan.\n\nMet vriendelijke groet,\n\nKarin de Vries",
                suggestion: "Zeg wat de lezer moet doen, of schrijf: U hoeft niets te doen."),
            .triggers(
                "Hoi Sem,\n\nJe moet je kamer ⟦opruimen⟧, je tas inpakken, je huiswerk maken en je fiets naar binnen zetten.\n\nGroetjes,\nLotte",
                profile: .kind),
            .clean("Beste mevrouw Bakker,\n\nBel of app mij vóór vrijdag 14 maart. Dan maken we samen een afspraak.\n\nMet vriendelijke groet,\n\nKarin de Vries"),
            .clean(
                "Beste mevrouw Jansen,\n\nOp 3 maart hebben wij met u gesproken over de school van Milan. Milan gaat nu elke dag naar school. De juf vertelt dat het goed gaat met lezen en rekenen. Dat is fijn om te horen. U hoeft niets te doen.\n\nMet vriendelijke groet,\n\nKarin de Vries"),
            .clean(
                "Beste meneer Jansen,\n\nBel mij vóór 1 mei. Past die dag niet? Stuur me een appje. Heeft u vragen? Bel mij gerust. Twijfelt u? Mail mij dan.\n\nMet vriendelijke groet,\n\nKarin de Vries"),
            .clean(
                "Beste mevrouw Smit,\n\nOp 3 maart hebben wij met u gesproken over de school van Milan. Milan gaat nu elke dag naar school. De juf vertelt dat het goed gaat met lezen en rekenen. Heeft u vragen? U kunt mij bellen op 06-12345678.\n\nMet vriendelijke groet,\n\nKarin de Vries"),
            .clean("Milan gaat nu elke dag naar school. Dat vertelde de juf op 3 maart."),
        ],
        wordLists: RequestDetector.wordLists + [nothingToDoList])

    func check(_ document: DocumentContext, into findings: inout [FindingDraft]) {
        let layout = document.letterLayout
        guard layout.isLetter else { return }
        let running = layout.runningText
        guard let first = running.first else { return }
        var sentences = LazySentences(document)
        var firmRanges: [TextRange] = []
        var anyAction = false
        // A sentence with only an option (*u kunt …*) is skipped here: options are
        // counted below, and only when nothing else is asked.
        let lists = RequestDetector.RequestLists(document.resources)
        for (position, index) in running.enumerated()
        where RequestDetector.mayHaveRequest(sentence: index, of: document, lists: lists) {
            let sentence = sentences(index)
            let requests = RequestDetector.requests(in: sentence)
            guard !requests.isEmpty else { continue }
            anyAction = true
            // "Past het niet? Bel mij." and "Wilt u bezwaar maken? Stuur dan …": asked only
            // under a condition.
            // Only a question can be a condition: most sentences are ruled out without a context.
            if position > 0, document.isQuestion(sentence: running[position - 1]),
                RequestDetector.isConditionQuestion(sentences(running[position - 1]))
            {
                continue
            }
            if sentence.isQuestion, position + 1 < running.count, RequestDetector.hasThenEarly(sentences(running[position + 1])) {
                continue
            }
            for request in requests where request.isRequest && !request.isConditional {
                firmRanges.append(contentsOf: request.actions.map(sentence.range))
            }
        }
        // Options ("u kunt mij bellen") only matter when nothing else is asked.
        if !anyAction {
            anyAction = running.contains { RequestDetector.optionCue(sentences($0)) != nil }
        }
        if !anyAction {
            guard layout.bodyWordCount >= Int(document.threshold("minimum-woorden", of: description)) else { return }
            guard !document.contains(Self.nothingToDoList, in: running) else { return }
            let example = BriefTaal.isInformal(document.profile) ? "Je hoeft niets te doen." : "U hoeft niets te doen."
            findings.append(
                FindingDraft(
                    range: document.anchor(sentence: first),
                    message: "In deze brief staat niet wat de lezer moet doen. Zeg het, of schrijf: \(example)",
                    suggestions: [Suggestion(title: "Zeg wat de lezer moet doen, of schrijf: \(example)")],
                    severity: .tip))
            return
        }
        let maximum = Int(document.threshold("maximum", of: description))
        guard firmRanges.count > maximum, let head = firmRanges.first else { return }
        findings.append(
            FindingDraft(
                range: head,
                message: "Deze brief vraagt \(firmRanges.count) dingen van de lezer. Vraag er hoogstens \(maximum). Zet de belangrijkste vraag bovenaan.",
                suggestions: [Suggestion(title: "Vraag hoogstens \(maximum) dingen, de belangrijkste eerst")],
                relatedRanges: Array(firmRanges.dropFirst())))
    }
}
