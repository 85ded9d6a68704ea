import TaalmaatText

/// `brief.contactpersoon`: no named person the reader can reach by phone or e-mail.
struct BriefContactpersoon: DocumentRule, DescribedRule {
    static let nameLeadList = "woorden/signalen-contactnaam.tsv"
    static let nameLeadEntries = ListEntries(nameLeadList)
    static let organisationList = "woorden/signalen-organisatie.tsv"
    static let reachTimesList = "woorden/signalen-bereikbaar.tsv"

    static let ruleDescription = RuleDescription(
        id: "brief.contactpersoon",
        name: "Geen contactpersoon",
        summary: "De brief noemt geen persoon met naam en telefoonnummer of e-mailadres.",
        explanation: """
            Onder de brief staat geen naam van een persoon, of er staat niet bij hoe de lezer die persoon bereikt. \
            Alleen een team of afdeling ('Team Jeugd', 'Gemeente Voorbeeldstad') is niet genoeg. \
            Noem één vaste contactpersoon, met telefoon of e-mail, en wanneer die bereikbaar is. \
            Bijvoorbeeld: 'Heeft u vragen? Bel of app mij: Karin de Vries, 06-12345678. Ik werk op maandag en dinsdag.' \
            Korte berichten van minder dan 25 woorden controleert Taalmaat hier niet.
            """,
        whyItMatters: """
            Een vaste persoon geeft houvast. Wie stress heeft, belt niet graag een algemeen nummer. \
            Daar moet je je verhaal steeds opnieuw vertellen. Met een naam en een nummer is de stap om te bellen kleiner.
            """,
        severities: ProfileSeverities(brief: .fout, verslag: nil, kind: .fout, intern: nil),
        thresholds: [
            Threshold(key: "minimum-woorden", summary: "Kortere berichten (een kort mailtje) worden niet gecontroleerd.", all: 25)
        ],
        examples: [
            .triggers(
                "Beste mevrouw Bakker,\n\nDe huur van februari is nog niet betaald. Ik wil u helpen. Samen zoeken we een oplossing die past. Dan kunt u met de kinderen in uw huis blijven wonen.\n\nMet vriendelijke groet,\n\n⟦Wijkteam Noord⟧",
                suggestion: "Zet uw naam en telefoonnummer onder de brief",
                better: "Beste mevrouw Bakker,\n\nDe huur van februari is nog niet betaald. Ik wil u helpen. Bel of app mij op 06-12345678.\n\nMet vriendelijke groet,\n\nKarin de Vries\nWijkteam Noord"),
            .triggers(
                "Beste meneer Jansen,\n\nHet gesprek is op maandag 7 april. We praten over wat er goed gaat en wat u nog lastig vindt. Het gesprek duurt ongeveer een uur. U mag iemand meenemen die u vertrouwt.\n\nMet vriendelijke groet,\n\n⟦B. Koster⟧\nCasemanager",
                suggestion: "Schrijf erbij hoe de lezer u bereikt"),
            .triggers(
                "Beste mevrouw Smit,\n\nHet gesprek is op maandag 7 april. We praten over wat er goed gaat en wat u nog lastig vindt. Het gesprek duurt ongeveer een uur. Past de dag niet? Bel mij op 06-12345678.\n\nMet vriendelijke groet,\n\n⟦Afdeling Jeugd⟧\nGemeente Voorbeeldstad"),
            .triggers("Beste mevrouw Smit,\n\nHet gesprek is op maandag 7 april. We praten over wat er goed gaat en wat u nog lastig vindt. Het gesprek duurt ongeveer een uur. Voor vragen kunt u het algemene nummer bellen.\n\n⟦Met vriendelijke groet,⟧"),
            .triggers(
                "Beste meneer Jansen,\n\nHet gesprek is op 7 april. We praten over wat er goed gaat en wat u nog lastig vindt. Het gesprek duurt ongeveer een uur. Heeft u vragen? Bel mij gerust op ⟦06-12345678⟧.\n\nMet vriendelijke groet,\n\nKarin de Vries",
                suggestion: "Zeg wanneer u bereikbaar bent"),
            .triggers(
                "Hoi Sem,\n\nIk kom woensdag bij jullie thuis. Dan praten we over school en over je vrienden. Jij mag zelf kiezen waar we zitten. Ik neem iets lekkers mee.\n\nGroetjes,\n\n⟦Jeugdbescherming Regio West⟧", profile: .kind),
            .triggers(
                "Beste meneer Jansen,\n\nHet gesprek is op maandag 7 april. We praten over wat er goed gaat en wat u nog lastig vindt. Het gesprek duurt ongeveer een uur. Bel of app ons op 06-12345678.\n\nMet vriendelijke groet,\n\n⟦Gezinsbegeleider⟧"),
            .clean(
                "Beste mevrouw Bakker,\n\nHeeft u vragen? Bel of app mij op 06-12345678. Ik werk op maandag en dinsdag.\n\nMet vriendelijke groet,\n\nKarin de Vries\nWijkteam Noord"),
            .clean(
                "Beste meneer Schouten,\n\nMijn naam is Pieter Brouwer. U kunt mij mailen: p.brouwer@wijkteam-voorbeeld.nl. Ik lees mijn mail elke dag.\n\nMet vriendelijke groet,\n\nWijkteam Centrum"),
            .clean(
                "Hoi Noor,\n\nIk ben Lotte. Je mag mij altijd appen: 06-70391845. Ik antwoord op schooldagen vóór 17.00 uur.\n\nGroetjes,\nLotte",
                profile: .kind),
            .clean("Priscilla woont met haar kinderen in Voorbeeldstad. Ze krijgt hulp van het wijkteam."),
            .clean("Beste Joyce,\n\nDank je voor je appje. Ik heb het verslag aangepast zoals je vroeg.\n\nGroet,\nBas Koster"),
            .clean("Beste meneer Jansen,\n\nHet gesprek is op maandag 7 april. We praten over wat er goed gaat en wat u nog lastig vindt. Het gesprek duurt ongeveer een uur. Bel of app mij op 06-12345678. Ik werk op dinsdag en donderdag.\n\nGroet,\nBas"),
        ],
        wordLists: [nameLeadList, organisationList, reachTimesList])

    /// Parts of Dutch surnames that are written in lower case: *Karin de Vries*.
    static let nameParticles: WordSet = [
        "van", "de", "der", "den", "het", "'t", "te", "ten", "ter", "in", "op", "la", "le", "el", "al", "da", "di", "du",
        "von", "zu", "bin", "ben", "v.d.", "vd",
    ]
    /// Word endings of organisations and teams: *Wijkteam*, *Jeugdhulp*, *Jeugdzorg*.
    static let organisationEndings = ["team", "teams", "hulp", "zorg", "bescherming", "beraad", "centrum", "dienst"]

    func check(_ document: DocumentContext, into findings: inout [FindingDraft]) {
        let layout = document.letterLayout
        guard layout.isLetter else { return }
        guard layout.bodyWordCount >= Int(document.threshold("minimum-woorden", of: description)) else { return }
        let signatureName = layout.signature.first { isPersonName(document.reusedSentence($0), document: document) }
        let name = signatureName ?? layout.body.first {
            document.hasMatch(in: Self.nameLeadEntries, sentence: $0) && namesAPerson(document.reusedSentence($0))
        }
        let reach = firstReachToken(layout, document)
        let informal = BriefTaal.isInformal(document.profile)
        let example = informal ? "Heb je vragen? App me: Lotte, 06-12345678." : "Heeft u vragen? Bel of app mij: Karin de Vries, 06-12345678."
        let signerAnchor = layout.signature.first.map { sentenceRange($0, document) } ?? document.closingAnchor

        switch (name, reach) {
        case (nil, nil):
            findings.append(
                FindingDraft(
                    range: signerAnchor,
                    message: "In deze brief staat geen persoon met naam en telefoonnummer. Noem één vaste contactpersoon. Bijvoorbeeld: \(example)",
                    suggestions: [Suggestion(title: "Zet uw naam en telefoonnummer onder de brief")]))
        case (nil, .some):
            findings.append(
                FindingDraft(
                    range: signerAnchor,
                    message: "Onder deze brief staat geen naam van een persoon. Zet uw naam onder de brief. Bijvoorbeeld: \(example)",
                    suggestions: [Suggestion(title: "Zet uw naam onder de brief")]))
        case (.some(let person), nil):
            let reachExample = informal ? "App me op 06-12345678." : "Bel of app mij op 06-12345678."
            findings.append(
                FindingDraft(
                    range: sentenceRange(person, document),
                    message: "Er staat geen telefoonnummer of e-mailadres bij. Schrijf erbij hoe de lezer u bereikt. Bijvoorbeeld: \(reachExample)",
                    suggestions: [Suggestion(title: "Schrijf erbij hoe de lezer u bereikt")]))
        case (.some, .some(let token)):
            guard !mentionsReachTimes(near: token, layout, document) else { return }
            findings.append(
                FindingDraft(
                    range: document.document.tokens[token.token].range,
                    message: "Zeg ook wanneer u bereikbaar bent. Bijvoorbeeld: Ik werk op maandag en dinsdag van 9.00 tot 17.00 uur.",
                    suggestions: [Suggestion(title: "Zeg wanneer u bereikbaar bent")],
                    severity: .tip))
        }
    }

    // MARK: - Names

    /// A signature line that names a person: *Karin de Vries*, *B. Koster*, *Lotte*,
    /// *Ayla Demir, jeugdbeschermer*. Not: *Wijkteam Noord*, *Team Intake*, *[NAAM]*.
    func isPersonName(_ sentence: SentenceContext, document: DocumentContext) -> Bool {
        if !sentence.matches(in: Self.organisationList).filter({ $0.first < nameEnd(sentence) }).isEmpty { return false }
        let end = nameEnd(sentence)
        guard end > 0, end <= 6 else { return false }
        var nameWords = 0
        for position in 0..<end {
            let token = sentence.token(position)
            let word = sentence.word(position)
            switch token.kind {
            case .word:
                if Self.nameParticles.contains(word), position > 0 { continue }
                guard token.has(.capitalized), !token.has(.allCaps) else { return false }
                if Self.organisationEndings.contains(where: { word.hasSuffix($0) }) { return false }
                nameWords += 1
            case .abbreviation:
                // Initials (*B.*) and titles (*drs.*) may stand before a name.
                continue
            default:
                return false
            }
        }
        guard nameWords > 0 else { return false }
        if nameWords == 1, end == 1 {
            // One word alone: a first name (*Lotte*, *Bas*), not a job title
            // (*Gezinsbegeleider*). Job titles are long words the dictionary knows.
            let word = sentence.word(0)
            return word.count < 9 || !document.resources.spellChecker.spell(word)
        }
        return true
    }

    /// The words before the first comma or bar: *Ayla Demir* in *Ayla Demir, jeugdbeschermer*.
    func nameEnd(_ sentence: SentenceContext) -> Int {
        (0..<sentence.count).first { sentence.kind($0) == .punctuation || sentence.kind($0) == .symbol } ?? sentence.count
    }

    /// *Mijn naam is Ingrid Mulder.*, *Ik ben Lotte.*, *Uw contactpersoon is Pieter Brouwer.*
    func namesAPerson(_ sentence: SentenceContext) -> Bool {
        for match in sentence.matches(in: Self.nameLeadList) {
            let next = match.last + 1
            guard next < sentence.count, sentence.kind(next) == .word else { continue }
            let token = sentence.token(next)
            guard token.has(.capitalized), !token.has(.allCaps) else { continue }
            let organisation = sentence.matches(in: Self.organisationList).contains { $0.first == next }
            if !organisation, !Self.organisationEndings.contains(where: { sentence.word(next).hasSuffix($0) }) { return true }
        }
        return false
    }

    // MARK: - Phone, e-mail, times

    struct ReachToken {
        let sentence: Int
        let token: Int
    }

    /// The first phone number or e-mail address below the header.
    func firstReachToken(_ layout: LetterLayout, _ document: DocumentContext) -> ReachToken? {
        // ``LetterLayout/allButHeader`` part by part, without joining them: already in
        // text order, as the body comes before the signature, and the signature before
        // what follows it. The arrays are read once, not through the context per token.
        let tokens = document.document.tokens
        let sentences = document.document.sentences
        // Most sentences have neither: the check's columns rule them out without a walk.
        let kinds: UInt32 = 1 << TokenKind.phoneNumber.rawValue | 1 << TokenKind.email.rawValue
        for part in [layout.body, layout.signature, layout.afterSignature] {
            for index in part where document.mayHaveToken(ofKinds: kinds, sentence: index) {
                for token in sentences[index].tokenRange {
                    let kind = tokens[token].kind
                    if kind == .phoneNumber || kind == .email { return ReachToken(sentence: index, token: token) }
                }
            }
        }
        return nil
    }

    /// Times or days near the phone number or in the signature: *Ik werk op maandag van
    /// 9.00 tot 17.00 uur.*
    func mentionsReachTimes(near reach: ReachToken, _ layout: LetterLayout, _ document: DocumentContext) -> Bool {
        let window = Set((reach.sentence - 2)...(reach.sentence + 2)).union(layout.signature)
        let candidates = layout.allButHeader.filter { window.contains($0) }
        if document.contains(Self.reachTimesList, in: candidates) { return true }
        return candidates.contains { index in
            document.document.sentences[index].tokenRange.contains { document.document.tokens[$0].kind == .time }
        }
    }

    func sentenceRange(_ index: Int, _ document: DocumentContext) -> TextRange {
        let sentence = document.reusedSentence(index)
        guard let range = BriefTaal.trimmedRange(sentence) else { return document.document.sentences[index].range }
        return sentence.range(range)
    }
}
