import TaalmaatText

/// `brief.vervolg`: the letter does not say what happens next.
struct BriefVervolg: DocumentRule, DescribedRule {
    static let wordList = "woorden/signalen-vervolg.tsv"
    /// Promises without a date (*u hoort nog van ons*, *binnenkort*) still say that
    /// something follows; their vagueness is for another rule.
    static let promiseList = "woorden/brief-belofte.tsv"

    static let ruleDescription = RuleDescription(
        id: "brief.vervolg",
        name: "Geen vervolg",
        summary: "De brief zegt niet wat er hierna gebeurt (Wat gebeurt er nu?).",
        explanation: """
            In de brief staat niet wat er na deze brief gebeurt. Wie doet wat, en wanneer? \
            Schrijf een kort stukje 'Wat gebeurt er nu?'. Bijvoorbeeld: 'Ik bel u op maandag 17 maart. Dan maken we samen een afspraak.' \
            Korte berichten (minder dan 60 woorden) controleert Taalmaat hier niet op. \
            In een verslag geeft deze regel een tip.
            """,
        whyItMatters: """
            Onzekerheid geeft stress. Wie niet weet wat er gaat gebeuren, gaat piekeren of verwacht het ergste. \
            Als de lezer weet wat de volgende stap is, geeft dat rust.
            """,
        severities: ProfileSeverities(brief: .waarschuwing, verslag: .tip, kind: .tip, intern: nil),
        thresholds: [
            Threshold(key: "minimum-woorden", summary: "Kortere teksten worden niet gecontroleerd.", all: 60)
        ],
        examples: [
            .triggers(
                "Beste mevrouw Verbeek,\n\nDe hulp van ons team stopt op 30 april. De doelen zijn grotendeels gehaald. De kinderen hebben nu een vast ritme. Dat is een mooie stap. De wachtlijst is lang. Daarom kunnen wij niet langer blijven. U heeft zelf veel gedaan om dit te bereiken. Dat is knap. Wij wensen u en de kinderen veel succes met alles wat nog komt. Het eindverslag ligt op ons kantoor.\n\n⟦Met vriendelijke groet,⟧\n\nKarin Vos",
                suggestion: "Schrijf wat er nu gebeurt, met een datum",
                better: "Beste mevrouw Verbeek,\n\nDe hulp van ons team stopt op 30 april. Wat gebeurt er nu? Ik bel u op dinsdag 29 april voor een laatste gesprek.\n\nMet vriendelijke groet,\n\nKarin Vos"),
            .triggers(
                "Beste moeder,\n\nEr komt een huisbezoek op donderdag 20 maart. Twee medewerkers van ons team komen. Zij kijken naar de slaapkamers en de keuken. Wij verwachten dat u thuis bent. Het verzetten van de afspraak is niet mogelijk. De vorige afspraak ging niet door, omdat u niet thuis was. Wij willen dat deze afspraak wel doorgaat. De kinderen moeten er ook bij zijn. Voor vragen kunt u bellen met ons kantoor.\n\n⟦Met vriendelijke groet,⟧\n\nTeam Jeugd"),
            .triggers(
                "Beste Noor,\n\nDe rechter heeft besloten dat er iemand komt die jullie helpt. Dat is een jeugdbeschermer. Die praat met je ouders en ook met jou. Het gesprek is op school. Je mentor weet het al. Je mag alles zeggen wat je wilt. Het is goed als je eerlijk bent. Niemand wordt boos op je om wat je zegt. Je mag ook iets tekenen als praten moeilijk is.\n\n⟦Groetjes,⟧\nLotte",
                profile: .kind),
            .clean(
                "Beste mevrouw Verbeek,\n\nDe hulp van ons team stopt op 30 april. De doelen zijn grotendeels gehaald. De kinderen hebben nu een vast ritme. Dat is een mooie stap. Wat gebeurt er nu? Ik bel u op dinsdag 29 april. Dan kijken we samen terug. Het eindverslag stuur ik u vóór 30 april.\n\nMet vriendelijke groet,\n\nKarin Vos"),
            .clean(
                "Beste meneer Schouten,\n\nVanaf 1 april krijgt u een nieuwe contactpersoon. Dat is Pieter Brouwer. Hij werkt al acht jaar in uw wijk. Hij is rustig en denkt graag mee. Het is al de derde wissel in een jaar. Ik begrijp het goed als u daar moe van wordt. Op donderdag 27 maart komen Pieter en ik samen bij u langs.\n\nMet vriendelijke groet,\n\nJeroen de Wit"),
            .clean("Beste mevrouw Jansen,\n\nDank voor uw mail. Ik heb de formulieren goed ontvangen.\n\nMet vriendelijke groet,\n\nKarin de Vries"),
            .clean(
                "Beste mevrouw Bakker,\n\nDe huur van drie maanden is nog niet betaald. Dat heeft de woningcorporatie ons laten weten. Veel mensen krijgen een achterstand als er iets tegenzit. Dat is niet vreemd. Ik wil u graag helpen. Bel of app mij vóór vrijdag 14 maart. Daarna bellen we samen de woningcorporatie. Dan kunt u de huur vaak in delen betalen.\n\nMet vriendelijke groet,\n\nEllen Smit"),
        ],
        wordLists: [wordList, promiseList])

    func check(_ document: DocumentContext, into findings: inout [FindingDraft]) {
        let layout = document.letterLayout
        let body = layout.body
        guard !body.isEmpty else { return }
        // A report has no salutation; other texts must look like a letter.
        guard layout.isLetter || document.profile == .verslag else { return }
        guard layout.bodyWordCount >= Int(document.threshold("minimum-woorden", of: description)) else { return }
        if document.contains(Self.wordList, in: body) || document.contains(Self.promiseList, in: body) { return }
        if body.contains(where: { document.hasToken(ofKind: .date, sentence: $0) && plansWithDate(document.reusedSentence($0)) }) {
            return
        }
        if body.contains(where: {
            document.hasWord(Self.thenProbe, sentence: $0) && document.startsWithWord("dan", sentence: $0)
                && saysWhatFollows(document.reusedSentence($0))
        }) {
            return
        }
        let example = BriefTaal.isInformal(document.profile)
            ? "Ik bel je op maandag 17 maart."
            : "Ik bel u op maandag 17 maart. Dan maken we samen een afspraak."
        findings.append(
            FindingDraft(
                range: document.closingAnchor,
                message: "De brief zegt niet wat er hierna gebeurt. Schrijf een stukje 'Wat gebeurt er nu?'. Bijvoorbeeld: \(example)",
                suggestions: [Suggestion(title: "Schrijf wat er nu gebeurt, met een datum")]))
    }

    static let thenProbe = WordProbe(["dan"])

    /// *Dan maken we een afspraak.*, *Dan bel ik u.*: what the writer does after the
    /// reader's step.
    func saysWhatFollows(_ sentence: SentenceContext) -> Bool {
        guard sentence.count > 2, sentence.word(0) == "dan", !sentence.isQuestion else { return false }
        return (1..<min(sentence.count, 4)).contains { ["ik", "wij", "we"].contains(sentence.word($0)) }
    }

    /// The writer plans something on a date: *Op dinsdag 29 april kijken we samen …*,
    /// *Ik schrijf ze op en stuur ze u vóór dinsdag 25 maart.* Not: *Hierbij informeren
    /// wij u dat er op 20 maart een huisbezoek plaatsvindt* (the writer only informs).
    func plansWithDate(_ sentence: SentenceContext) -> Bool {
        guard !sentence.isQuestion, let date = (0..<sentence.count).first(where: { sentence.kind($0) == .date }) else {
            return false
        }
        let writers: Set<String> = ["ik", "wij", "we"]
        if writers.contains(sentence.word(0)) { return true }
        return (date + 1..<sentence.count).contains { writers.contains(sentence.word($0)) }
    }
}
