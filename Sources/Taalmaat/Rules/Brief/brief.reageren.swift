import TaalmaatText

/// `brief.reageren`: a decision without a way to react or disagree.
struct BriefReageren: DocumentRule, DescribedRule {
    static let decisionList = "woorden/signalen-besluit.tsv"
    static let decisionEntries = ListEntries(decisionList)
    static let reactionList = "woorden/signalen-reageren.tsv"

    static let ruleDescription = RuleDescription(
        id: "brief.reageren",
        name: "Besluit zonder reactiemogelijkheid",
        summary: "De brief meldt een besluit, maar zegt niet hoe de lezer kan reageren of bezwaar kan maken.",
        explanation: """
            In de brief staat een besluit: iets is toegekend, afgewezen, gestopt, of de rechter heeft iets beslist. \
            Maar de lezer leest niet wat hij kan doen als hij het er niet mee eens is. \
            Schrijf het erbij, in gewone woorden. Bijvoorbeeld: 'Bent u het niet eens met dit besluit? Dat mag. Bel mij, dan kijken we samen wat u kunt doen.' \
            Noem ook bezwaar, een klacht of hoger beroep als dat kan, met de datum.
            """,
        whyItMatters: """
            Een besluit zonder uitweg maakt machteloos. Wie niet weet dat hij mag reageren, voelt zich niet gehoord. \
            Zeggen dat het mag, geeft de lezer weer wat regie.
            """,
        severities: ProfileSeverities(brief: .fout, verslag: .waarschuwing, kind: .fout, intern: nil),
        examples: [
            .triggers(
                "Beste mevrouw Verbeek,\n\nDe hulp van ons team ⟦wordt afgesloten⟧ op 30 april. De doelen zijn gehaald.\n\nMet vriendelijke groet,\n\nKarin Vos",
                suggestion: "Zeg hoe de lezer kan reageren",
                better: "Beste mevrouw Verbeek,\n\nDe hulp van ons team stopt op 30 april. Twijfelt u daarover? Zeg het gerust. Dan praten we erover.\n\nMet vriendelijke groet,\n\nKarin Vos"),
            .triggers(
                "Beste mevrouw Yilmaz,\n\nWij hebben ⟦besloten⟧ dat Emre geen dagbehandeling krijgt. Hij krijgt wel twee uur begeleiding per week.\n\nMet vriendelijke groet,\n\nFemke van Leeuwen"),
            .triggers(
                "Beste heer en mevrouw Pinas,\n\n⟦De kinderrechter heeft⟧ op 12 maart uw zoon onder toezicht gesteld. De jeugdbeschermer belt u deze week.\n\nMet vriendelijke groet,\n\nAyla Demir"),
            .triggers("Beste meneer Jansen,\n\nUw aanvraag voor bijzondere bijstand is ⟦afgewezen⟧.\n\nMet vriendelijke groet,\n\nKarin de Vries"),
            .triggers("Beste mevrouw Yilmaz,\n\nWij ⟦kennen⟧ Emre twee uur begeleiding per week toe.\n\nMet vriendelijke groet,\n\nFemke van Leeuwen"),
            .triggers(
                "Hoi Noor,\n\n⟦Een rechter heeft⟧ iets besloten over jullie gezin. Er komt iemand die jullie helpt.\n\nGroetjes,\nLotte",
                profile: .kind),
            .clean(
                "Beste mevrouw Yilmaz,\n\nWij hebben besloten dat Emre geen dagbehandeling krijgt. Bent u het niet eens met dit besluit? Dat mag. Bel mij, dan kijken we samen wat u kunt doen.\n\nMet vriendelijke groet,\n\nFemke van Leeuwen"),
            .clean(
                "Beste Linda,\n\nOp 30 april stopt de hulp. Dat hebben we samen besloten. Twijfel je of we te vroeg stoppen? Zeg het gerust.\n\nHartelijke groet,\n\nKarin Vos"),
            .clean("Hoi Ilias,\n\nIk wil graag met je praten. De rechter beslist aan het eind. Maar wat jij zegt, telt mee.\n\nGroetjes,\nJesse", profile: .kind),
            .clean("Beste Joyce,\n\nJij beslist wie erbij komt bij het gesprek. Je mag ook niemand meenemen.\n\nHartelijke groet,\n\nBas Koster"),
            .clean("Beste Linda,\n\nDe hulp stopt op 30 april. Dat hebben we in maart samen besloten.\n\nHartelijke groet,\n\nKarin Vos"),
            .clean(
                "Beste meneer Jansen,\n\nMinder dan 5 % van de aanvragen wordt afgewezen. Wij helpen u graag bij het invullen.\n\nMet vriendelijke groet,\n\nKarin de Vries"),
            .clean(
                "Beste meneer Jansen,\n\nOngeveer tien procent van de aanvragen wordt afgewezen. Wij helpen u graag bij het invullen.\n\nMet vriendelijke groet,\n\nKarin de Vries"),
            .clean("Beste meneer Jansen,\n\nAls u besluit om te verhuizen, krijgt u een nieuwe contactpersoon.\n\nMet vriendelijke groet,\n\nKarin de Vries"),
            .clean("Beste meneer El Amrani,\n\nWordt mijn gas afgesloten? Nee, dat mag de leverancier niet doen als u hulp krijgt.\n\nMet vriendelijke groet,\n\nRachid Bouzid"),
        ],
        wordLists: [decisionList, reactionList])

    func check(_ document: DocumentContext, into findings: inout [FindingDraft]) {
        let layout = document.letterLayout
        let body = layout.body
        guard !body.isEmpty else { return }
        guard let decision = firstDecision(in: body, document) else { return }
        guard !document.contains(Self.reactionList, in: layout.allButHeader) else { return }
        let example = BriefTaal.isInformal(document.profile)
            ? "Ben je het er niet mee eens? Zeg het mij. Dan praten we erover."
            : "Bent u het niet eens met dit besluit? Dat mag. Bel mij, dan kijken we samen wat u kunt doen."
        let sentence = document.reusedSentence(decision.sentence)
        let particle = decision.match.particle.map { [sentence.range($0)] } ?? []
        findings.append(
            FindingDraft(
                range: document.range(of: decision.match, inSentence: decision.sentence),
                message: "Hier staat een besluit, maar niet hoe de lezer kan reageren. Schrijf het erbij. Bijvoorbeeld: \(example)",
                suggestions: [Suggestion(title: "Zeg hoe de lezer kan reageren")], relatedRanges: particle))
    }

    /// The first decision about the reader in the body, in text order.
    func firstDecision(in body: [Int], _ document: DocumentContext) -> (sentence: Int, match: SentenceMatch)? {
        guard let list = Self.decisionEntries.range(in: document.resources) else { return nil }
        for index in body {
            var sentence: SentenceContext?
            for match in document.results[index].matches where list.contains(match.entry) {
                let context = sentence ?? document.reusedSentence(index)
                sentence = context
                if !context.isQuestion, !context.isQuoted(match.first), !isSharedOrOwnChoice(match, in: context),
                    !isStatistic(context)
                {
                    return (index, match)
                }
            }
        }
        return nil
    }

    /// *Minder dan 5 % van de aanvragen wordt afgewezen*: a figure about everyone, not
    /// a decision about the reader.
    func isStatistic(_ sentence: SentenceContext) -> Bool {
        sentence.contains(.percentage) || sentence.words.contains("procent")
    }

    /// *Dat hebben we samen besloten*, *als u besluit te stoppen*, *jij beslist*: a
    /// decision the reader took part in, or takes, needs no objection route.
    func isSharedOrOwnChoice(_ match: SentenceMatch, in sentence: SentenceContext) -> Bool {
        let from = max(0, match.first - 3)
        if (from..<match.first).contains(where: { sentence.word($0) == "samen" }) { return true }
        guard sentence.word(match.first).hasPrefix("besl") else { return false }
        let readers: Set<String> = ["u", "je", "jij", "jullie"]
        let before = match.first > 0 && readers.contains(sentence.word(match.first - 1))
        let after = match.last + 1 < sentence.count && readers.contains(sentence.word(match.last + 1))
        return before || after
    }
}
