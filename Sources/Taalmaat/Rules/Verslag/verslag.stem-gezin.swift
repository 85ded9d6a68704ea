import TaalmaatText

/// `verslag.stem-gezin`: a report in which the family never speaks: no quote and no
/// *moeder vertelt*, *volgens Sem*, *Priscilla is het niet eens*.
struct VerslagStemGezin: DocumentRule, DescribedRule {
    static let ruleDescription = RuleDescription(
        id: "verslag.stem-gezin",
        name: "Stem van het gezin ontbreekt",
        summary: "Een verslag waarin niet staat wat het gezin zelf vertelt, vindt of wil.",
        explanation: """
            In dit verslag staat niet wat het gezin zelf vindt. Schrijf op wat ouders en kinderen vertellen, \
            wat zij willen en waar zij het niet mee eens zijn. Gebruik hun eigen woorden, bijvoorbeeld in een citaat. \
            Een kopje 'Wat vindt … (naam)?' helpt. Taalmaat kijkt naar citaten. \
            Ook zinnen als 'Sandra vertelt', 'zegt ze' en 'volgens Sem' tellen mee. \
            Korte teksten (minder dan 80 woorden) controleert Taalmaat niet.
            """,
        whyItMatters: """
            Het gaat om het verhaal van het gezin. Een verslag zonder hun stem gaat over het gezin, niet met het gezin. \
            Wie zijn eigen woorden terugleest, voelt zich gehoord. Dat geeft rust en vertrouwen.
            """,
        severities: ProfileSeverities(brief: nil, verslag: .waarschuwing, kind: nil, intern: nil),
        thresholds: [
            Threshold(key: "minimum-woorden", summary: "Teksten met minder woorden controleert deze regel niet.", all: 80)
        ],
        examples: [
            .triggers(
                "⟦Daan⟧" + VerslagVoorbeelden.report.dropFirst(4),
                suggestion: "Voeg een deel toe: 'Wat vindt … (naam)?', met eigen woorden van het gezin",
                better: VerslagVoorbeelden.report + " Zijn moeder vertelt dat Daan 's avonds moeilijk in slaap komt."),
            .triggers("Verslag over Daan\n\n⟦Daan⟧" + VerslagVoorbeelden.report.dropFirst(4) + "\n\nVisie moeder\nN.v.t."),
            .clean(VerslagVoorbeelden.report + " Zijn moeder vertelt dat Daan 's avonds moeilijk in slaap komt."),
            .clean(VerslagVoorbeelden.report + " Sandra, de moeder van Daan, vertelt dat hij slecht slaapt."),
            .clean(VerslagVoorbeelden.report + " Daan zegt: \"Ik ben 's ochtends zo moe.\""),
            .clean(VerslagVoorbeelden.report + " Volgens zijn moeder slaapt Daan beter bij oma."),
            .clean(VerslagVoorbeelden.report + " Zijn moeder is het niet eens met dit advies."),
            .clean("Daan is acht jaar. Hij komt sinds januari vaak te laat op school. Ik heb het gezin drie keer bezocht."),
            .clean(VerslagVoorbeelden.report, profile: .brief),
        ],
        wordLists: [VerslagSignalen.voiceList])

    func check(_ document: DocumentContext, into findings: inout [FindingDraft]) {
        let body = document.bodySentences
        guard let first = VerslagSignalen.anchorSentence(in: document, body: body) else { return }
        let words = body.reduce(0) { $0 + document.results[$1].stats.words }
        guard Double(words) >= document.threshold("minimum-woorden", of: description) else { return }
        if hasQuotedVoice(body, document) || hasVoiceMarker(body, document) { return }
        findings.append(
            FindingDraft(
                range: document.anchor(sentence: first),
                message: "In dit verslag staat niet wat het gezin zelf vindt. Schrijf op wat zij vertellen en willen.",
                suggestions: [Suggestion(title: "Voeg een deel toe: 'Wat vindt … (naam)?', met eigen woorden van het gezin")]))
    }

    static let firstPerson: WordSet = ["ik", "mij", "me", "mijn", "wij", "we", "ons", "onze"]

    /// A quotation with *ik*, *mijn* or *we*, or of five words or more.
    func hasQuotedVoice(_ body: [Int], _ document: DocumentContext) -> Bool {
        guard !document.document.quotations.isEmpty else { return false }
        let tokens = document.document.tokens
        for index in body {
            var quotedWords = 0
            for token in document.document.sentences[index].tokenRange where tokens[token].has(.quoted) {
                guard tokens[token].kind == .word else { continue }
                quotedWords += 1
                if quotedWords >= 5 { return true }
                let word = WordNormalizer.normalize(document.document.text(of: tokens[token]))
                if Self.firstPerson.contains(word) { return true }
            }
        }
        return false
    }

    /// A voice word (*vertelt*, *vindt*, *wil*, *is het niet eens*) with a person of the
    /// family as its subject, or *volgens* with a person after it.
    func hasVoiceMarker(_ body: [Int], _ document: DocumentContext) -> Bool {
        let bodySet = Set(body)
        for (index, matches) in VerslagSignalen.sentencesWithMatches([VerslagSignalen.voiceList], in: document)
        where bodySet.contains(index) {
            let sentence = ReportSentenceView(document, index)
            for match in matches where hasSubject(match, in: sentence) { return true }
        }
        return false
    }

    /// Backwards to the subject (stopping at the writer: *ik vind*), or the word right
    /// after the verb (*zegt ze*, *vertelt Priscilla*).
    func hasSubject(_ match: SentenceMatch, in sentence: ReportSentenceView) -> Bool {
        if sentence.word(match.first) == "volgens" {
            return (match.last + 1...min(match.last + 2, sentence.count - 1)).contains { isVoice(sentence, $0) }
        }
        var position = match.first - 1
        var steps = 0
        // Across an apposition: *Sandra, de moeder van Daan, vertelt*.
        while position >= 0, steps < 8, !sentence.word(position).isEmpty || sentence.isMark(position, 0x2C) {
            if VerslagSignalen.writerWords.contains(sentence.word(position)) { break }
            if isVoice(sentence, position) { return true }
            position -= 1
            steps += 1
        }
        let next = match.last + 1
        return next < sentence.count && isVoice(sentence, next)
    }

    func isVoice(_ sentence: ReportSentenceView, _ position: Int) -> Bool {
        !sentence.isQuoted(position) && VerslagSignalen.isPerson(sentence, position)
    }
}

/// Example texts shared by the report rules.
enum VerslagVoorbeelden {
    /// A short report (over 80 words) without the family's voice and without strengths.
    static let report = """
        Daan is acht jaar en woont met zijn moeder en zijn zus in een flat. Hij zit in groep 5 van basisschool De Linde. \
        Sinds januari komt hij vaak te laat op school. De juf ziet dat hij moe is in de klas. \
        Hij valt soms in slaap na de pauze. Het gezin heeft sinds december schulden. \
        Er komt elke week iemand van de schuldhulp langs. Ik heb het gezin drie keer thuis bezocht. \
        Mijn advies is om de hulp nog een half jaar door te laten gaan. Daarna kijken we opnieuw naar de situatie.
        """
}
