import TaalmaatText

/// `brief.lengte`: a long letter, or a long paragraph.
struct BriefLengte: DocumentRule, DescribedRule {
    static let longLetter = [
        "Beste mevrouw Bakker,",
        """
        De woningcorporatie heeft ons laten weten dat er huur openstaat. Het gaat om de huur van november tot en met \
        februari. Samen is dat € 2.140. Ik wil u graag helpen om dit op te lossen. Veel mensen krijgen een achterstand \
        als er iets tegenzit. Dat is niet vreemd.
        """,
        """
        Wat vraag ik van u?
        Bel of app mij vóór vrijdag 14 maart. Dan maken we samen een afspraak. Dat kan bij u thuis of bij ons op \
        kantoor. U kiest zelf wat u het prettigst vindt. Neem gerust iemand mee die u vertrouwt.
        """,
        """
        In het gesprek kijken we samen naar uw geld. Wat komt er elke maand binnen, en wat gaat eruit? Daarna bellen \
        we samen de woningcorporatie. Vaak kunt u de huur dan in delen betalen. Dat heet een betalingsregeling. Zo \
        blijft het bedrag per maand klein genoeg.
        """,
        """
        Heeft u nog meer rekeningen open? Dat komt vaak voor. Dan help ik u op weg naar de gratis schuldhulp van de \
        gemeente. Daar werken mensen die veel weten van geldzaken. Zij maken samen met u een plan. U hoeft dat dus \
        niet alleen te doen.
        """,
        """
        Ook kijk ik met u of u recht heeft op toeslagen. Bijvoorbeeld huurtoeslag of zorgtoeslag. Veel mensen weten \
        niet dat ze daar recht op hebben. Het aanvragen kost wat tijd. Ik kan u daarbij helpen, als u dat wilt. Neem \
        dan uw laatste loonstrook of uitkeringsbrief mee.
        """,
        """
        Misschien vindt u het spannend om te bellen. Dat snap ik goed. Veel mensen schamen zich voor een \
        achterstand. Dat hoeft niet. Ik zie elke week mensen in dezelfde situatie. Samen vinden we bijna altijd een \
        oplossing die past.
        """,
        """
        Zolang wij samen bezig zijn, stapt de woningcorporatie niet naar de rechter. Dat heeft de corporatie mij \
        beloofd. Mijn contact daar is Joost van der Meer. Hij denkt ook graag met u mee. Ik houd u op de hoogte van \
        wat hij zegt.
        """,
        """
        Heeft u vragen? U kunt mij bellen of appen op 06-21436587. Ik werk op maandag, dinsdag en donderdag van 8.30 \
        tot 17.00 uur. Mailen kan ook. Ik help u graag.
        """,
        "Met vriendelijke groet,",
        "Ellen Smit",
    ]

    static let ruleDescription = RuleDescription(
        id: "brief.lengte",
        name: "Lange brief of alinea",
        summary: "De brief heeft meer dan 300 woorden (voor een kind 200), of een alinea is te lang.",
        explanation: """
            Een brief van meer dan 300 woorden is lang. Voor een kind is 200 woorden al veel. \
            Laat weg wat de lezer niet nodig heeft. Zet de rest in een bijlage, of vertel het in een gesprek. \
            Kopjes tellen niet mee. Een alinea van meer dan 80 woorden of 8 zinnen (voor een kind 6) is ook lang. Maak er twee alinea's van, met een kopje erboven. \
            In een verslag controleert Taalmaat alleen de alinea's.
            """,
        whyItMatters: """
            Een lange brief is zwaar voor wie stress heeft. De lezer haakt af, of leest alleen het begin. \
            Korte alinea's met kopjes helpen de lezer om te vinden wat hij zoekt.
            """,
        severities: ProfileSeverities(brief: .tip, verslag: .tip, kind: .tip, intern: nil),
        thresholds: [
            Threshold(
                key: "tip-boven", summary: "Meer woorden in de brief dan dit geeft een tip (0: niet controleren).",
                brief: 300, verslag: 0, kind: 200, intern: 0),
            Threshold(
                key: "waarschuwing-boven", summary: "Meer woorden in de brief dan dit geeft een waarschuwing (0: niet controleren).",
                brief: 450, verslag: 0, kind: 300, intern: 0),
            Threshold(key: "alinea-woorden", summary: "Meer woorden in één alinea dan dit geeft een tip.", all: 80),
            Threshold(
                key: "alinea-zinnen", summary: "Meer zinnen in één alinea dan dit geeft een tip.",
                brief: 8, verslag: 8, kind: 6, intern: 8),
        ],
        examples: [
            .triggers(
                "Beste mevrouw Bakker,\n\n⟦De⟧" + longLetter.dropFirst().joined(separator: "\n\n").dropFirst(2),
                suggestion: "Maak de brief korter"),
            .triggers(
                "Beste mevrouw De Groot,\n\n⟦Op maandag 3 maart hebben wij met u en Milan gesproken over school, over de ochtenden thuis en over de vrienden van Milan in de klas. U vertelde dat Milan vaak buikpijn heeft als hij 's ochtends naar school moet, en dat hij daarom soms thuisblijft. De juf vertelde ons dat Milan in de klas stil is en weinig zegt, maar dat hij goed meedoet met rekenen en gym. Wij willen samen met u en de school uitzoeken wat Milan nodig heeft om weer elke dag met plezier naar school te gaan.⟧\n\nMet vriendelijke groet,\n\nIngrid Mulder",
                suggestion: "Maak er twee korte alinea's van"),
            .triggers(
                "Beste Priscilla,\n\n⟦Ik kom op dinsdag bij je langs. Ik kom om tien uur. Ik blijf ongeveer een uur. We drinken samen koffie. We praten over de kinderen. We kijken samen naar de slaapkamers. We maken samen een plan. Daarna bel ik de school. Ik vertel je wat de school zegt.⟧\n\nHartelijke groet,\n\nSamira Ouali"),
            .triggers(
                "Hoi Sem,\n\n⟦Ik kom op dinsdag bij jullie thuis. Ik kom om vier uur. Dan ben je uit school. We drinken wat. We praten over school. Daarna mag jij iets laten zien. Wat jij wilt.⟧\n\nGroetjes,\nLotte",
                profile: .kind),
            .triggers(
                "Het gesprek\n\n⟦Op maandag 3 maart hebben wij met Priscilla en Jaylinn gesproken over school, over de ochtenden thuis en over de vrienden van Jaylinn in de klas. Priscilla vertelde dat Jaylinn vaak buikpijn heeft als ze 's ochtends naar school moet, en dat ze daarom soms thuisblijft. De juf vertelde ons dat Jaylinn in de klas stil is en weinig zegt, maar dat ze goed meedoet met rekenen en gym. Wij willen samen met Priscilla en de school uitzoeken wat Jaylinn nodig heeft om weer elke dag naar school te gaan.⟧",
                profile: .verslag),
            .clean(
                "Beste Priscilla,\n\nWat gaan we doen?\nIk kom op dinsdag bij je langs. Ik kom om tien uur. We drinken samen koffie. We praten over de kinderen. Daarna bel ik de school.\n\nHartelijke groet,\n\nSamira Ouali"),
            .clean(longLetter.joined(separator: "\n\n"), profile: .verslag),
            .clean("Beste mevrouw Bakker,\n\nDe huur van februari is nog niet betaald. Ik wil u graag helpen.\n\nMet vriendelijke groet,\n\nEllen Smit"),
        ])

    func check(_ document: DocumentContext, into findings: inout [FindingDraft]) {
        let layout = document.letterLayout
        let body = layout.body
        guard let first = layout.firstBodySentence else { return }
        // Headings and question headings ("Wat gebeurt er nu?") help the reader: they do not count.
        let words = layout.runningText.reduce(0) { total, index in
            isQuestionHeading(index, document) ? total : total + document.results[index].stats.words
        }
        let tipAbove = Int(document.threshold("tip-boven", of: description))
        let warningAbove = Int(document.threshold("waarschuwing-boven", of: description))
        if tipAbove > 0, words > tipAbove {
            let warning = warningAbove > 0 && words > warningAbove
            let limit = warning ? warningAbove : tipAbove
            findings.append(
                FindingDraft(
                    range: document.anchor(sentence: first),
                    message: "Deze brief heeft \(words) woorden. Dat is meer dan \(limit). Laat weg wat de lezer niet nodig heeft.",
                    suggestions: [Suggestion(title: "Maak de brief korter")],
                    severity: warning ? .waarschuwing : .tip))
        }
        checkParagraphs(body, document, into: &findings)
    }

    func checkParagraphs(_ body: [Int], _ document: DocumentContext, into findings: inout [FindingDraft]) {
        let maxWords = Int(document.threshold("alinea-woorden", of: description))
        let maxSentences = Int(document.threshold("alinea-zinnen", of: description))
        // A block's sentences follow each other in the body: a paragraph ends where the
        // block index changes. Each paragraph is summed as it goes, without a list of
        // its sentences.
        let allSentences = document.document.sentences
        let blocks = document.document.blocks
        var paragraph = Paragraph()
        document.results.withUnsafeBufferPointer { results in
            for index in body {
                let block = allSentences[index].blockIndex
                guard blocks[block].kind == .paragraph else { continue }
                if block != paragraph.block {
                    checkParagraph(paragraph, maxWords: maxWords, maxSentences: maxSentences, document, into: &findings)
                    paragraph = Paragraph(block: block)
                }
                paragraph.add(index, words: results[index].stats.words)
            }
        }
        checkParagraph(paragraph, maxWords: maxWords, maxSentences: maxSentences, document, into: &findings)
    }

    /// The sentences of one paragraph so far, summed.
    struct Paragraph {
        var block = -1
        var first = 0
        var second = 0
        var last = 0
        var count = 0
        var words = 0
        var firstWords = 0

        mutating func add(_ index: Int, words sentenceWords: Int) {
            if count == 0 {
                first = index
                firstWords = sentenceWords
            } else if count == 1 {
                second = index
            }
            last = index
            count += 1
            words += sentenceWords
        }
    }

    func checkParagraph(
        _ paragraph: Paragraph, maxWords: Int, maxSentences: Int, _ document: DocumentContext,
        into findings: inout [FindingDraft]
    ) {
        guard paragraph.count > 0 else { return }
        var firstSentence = paragraph.first
        var words = paragraph.words
        var count = paragraph.count
        // A question on the first line is a heading of its own: "Wat vraag ik van u?".
        if count > 1, isQuestionHeading(firstSentence, document) {
            firstSentence = paragraph.second
            words -= paragraph.firstWords
            count -= 1
        }
        let tooManyWords = words > maxWords
        guard tooManyWords || count > maxSentences else { return }
        let message = tooManyWords
            ? "Deze alinea heeft \(words) woorden. Maak er twee korte alinea's van, elk met één onderwerp."
            : "Deze alinea heeft \(count) zinnen. Maak er twee korte alinea's van, elk met één onderwerp."
        let range = TextRange(
            start: document.document.sentences[firstSentence].range.start,
            end: document.document.sentences[paragraph.last].range.end)
        findings.append(
            FindingDraft(
                range: range, message: message, suggestions: [Suggestion(title: "Maak er twee korte alinea's van")],
                severity: .tip))
    }

    /// A short question that is alone on its line at the top of a paragraph.
    func isQuestionHeading(_ index: Int, _ document: DocumentContext) -> Bool {
        guard document.results[index].stats.words <= 8 else { return false }
        // The document's arrays read in place: a local copy of the document retained
        // and released all of them, for every short sentence of the body.
        let range = document.document.sentences[index].tokenRange
        var position = range.upperBound - 1
        while position >= range.lowerBound {
            let kind = document.document.tokens[position].kind
            if !kind.isTrivia, kind != .listMarker { break }
            position -= 1
        }
        guard position >= range.lowerBound else { return false }
        // The first byte rules out nearly every sentence before the text is read.
        let token = document.document.tokens[position]
        guard token.length > 0, document.document.source.utf8[token.start] == 0x3F,
            document.document.text(of: token).hasPrefix("?")
        else { return false }
        let after = range.upperBound
        return after < document.document.tokens.count && document.document.tokens[after].has(.lineBreak)
    }
}
