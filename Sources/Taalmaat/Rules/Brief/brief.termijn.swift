import TaalmaatText

/// `brief.termijn`: a deadline the reader has to work out (*binnen 14 dagen na
/// dagtekening*) instead of a date.
struct BriefTermijn: DocumentRule, DescribedRule {
    static let wordList = "woorden/signalen-relatieve-termijn.tsv"

    static let ruleDescription = RuleDescription(
        id: "brief.termijn",
        name: "Termijn zonder datum",
        summary: "Een termijn zonder datum in een zin zonder datum, zoals 'binnen 14 dagen na dagtekening'.",
        explanation: """
            De lezer moet zelf uitrekenen tot wanneer hij iets kan doen. Bijvoorbeeld 'binnen 14 dagen na dagtekening'. \
            Noem de datum, met de dag erbij: 'vóór vrijdag 14 maart'. \
            Moet de wettelijke termijn erin? Zet de datum er dan bij. \
            Woorden tussen aanhalingstekens tellen niet mee.
            """,
        whyItMatters: """
            Rekenen met dagen en weken is lastig als je je zorgen maakt. Wanneer is de brief verstuurd? Tellen weekenden mee? \
            Met een datum weet de lezer meteen waar hij aan toe is. Zo mist hij de termijn niet.
            """,
        severities: ProfileSeverities(brief: .waarschuwing, verslag: .waarschuwing, kind: .waarschuwing, intern: nil),
        examples: [
            .triggers(
                "Beste mevrouw Bakker,\n\nBel ons ⟦binnen 10 dagen na dagtekening⟧ van deze brief.",
                suggestion: "Noem een datum, bijvoorbeeld: vóór vrijdag 14 maart",
                better: "Beste mevrouw Bakker,\n\nBel mij vóór vrijdag 14 maart."),
            .triggers("Beste meneer Jansen,\n\nU kunt ⟦binnen zes weken na de dag van verzending⟧ bezwaar maken."),
            .triggers("Beste mevrouw Smit,\n\nStuur de lijst ⟦uiterlijk 1 week voor het gesprek⟧ naar mij."),
            .triggers("Beste Noor,\n\nJe krijgt ⟦binnen twee weken⟧ een brief van de rechter.", profile: .kind),
            .triggers("Beste meneer De Vries,\n\nU moet het formulier ⟦binnen de gestelde termijn⟧ terugsturen."),
            .clean("Beste mevrouw Bakker,\n\nBel mij vóór vrijdag 14 maart."),
            .clean("Beste meneer Jansen,\n\nU kunt bezwaar maken binnen zes weken, dus tot en met vrijdag 2 mei 2025."),
            .clean("Beste mevrouw Smit,\n\nHet gesprek duurt ongeveer twee uur. Binnen de school is een stille ruimte."),
            .clean("Beste meneer Pinas,\n\nDe hulp duurt twaalf maanden. Ryan woont al drie weken bij zijn oma."),
            .clean("Beste meneer Schouten,\n\nHet is de derde wissel binnen een jaar. Dat vind ik jammer."),
        ],
        wordLists: [wordList])

    static let units: WordSet = [
        "dag", "dagen", "werkdag", "werkdagen", "week", "weken", "maand", "maanden", "uur", "kalenderdagen",
    ]
    static let numberWords: WordSet = [
        "een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
        "dertien", "veertien", "vijftien", "zestien", "twintig", "dertig", "veertig", "vijftig", "zestig", "negentig",
        "enkele",
    ]

    func check(_ document: DocumentContext, into findings: inout [FindingDraft]) {
        let layout = document.letterLayout
        // The running text is in text order: one scan of its bytes rules out most sentences.
        var scan = Self.deadlineWords.scan
        for index in layout.runningText where Self.mayHaveDeadline(index, document, scan: &scan) {
            let sentence = document.reusedSentence(index)
            guard !BriefTaal.hasDate(sentence) else { continue }
            // A quoted phrase ('binnen 14 dagen') is a citation, not the letter's own deadline.
            for span in Self.relativeDeadlines(in: sentence) where !sentence.isQuoted(span.lowerBound) {
                let text = document.document.text(of: sentence.range(span))
                findings.append(
                    FindingDraft(
                        range: sentence.range(span),
                        message: "'\(text)' is een termijn zonder datum. Noem de datum, bijvoorbeeld: vóór vrijdag 14 maart.",
                        suggestions: [Suggestion(title: "Noem een datum, bijvoorbeeld: vóór vrijdag 14 maart")]))
            }
        }
    }

    /// Relative deadlines in a sentence, as content positions: *binnen 14 dagen (na
    /// dagtekening)*, *uiterlijk 1 week voor het beraad*, *binnen de gestelde termijn*.
    /// Also used by `brief.hulpaanbod`. Needs ``wordList`` loaded.
    static func relativeDeadlines(in sentence: SentenceContext) -> [ClosedRange<Int>] {
        var spans: [ClosedRange<Int>] = []
        var position = 0
        while position + 2 < sentence.count {
            let word = sentence.word(position)
            guard word == "binnen" || word == "uiterlijk", isAmount(sentence, position + 1),
                units.contains(sentence.word(position + 2))
            else {
                position += 1
                continue
            }
            var end = position + 2
            // "… na dagtekening", "… voor het beraad": the point the reader must count from.
            if end + 1 < sentence.count, ["na", "voor", "vóór", "nadat", "voordat"].contains(sentence.word(end + 1)) {
                var next = end + 2
                if next < sentence.count, sentence.is(next, .determiner) { next += 1 }
                if next < sentence.count, !sentence.word(next).isEmpty, sentence.kind(next) == .word { end = next }
            }
            spans.append(position...end)
            position = end + 1
        }
        // Listed phrases; one that touches a span above makes it longer.
        for match in sentence.matches(in: wordList) {
            if let overlap = spans.firstIndex(where: { $0.upperBound + 1 >= match.first && $0.lowerBound <= match.last }) {
                let merged = min(spans[overlap].lowerBound, match.first)...max(spans[overlap].upperBound, match.last)
                spans[overlap] = merged
            } else if match.first > 0, sentence.word(match.first) == "na", isDuration(sentence, before: match.first) {
                // "14 dagen na ontvangst" without "binnen".
                let start = durationStart(sentence, before: match.first)
                spans.append(start...match.last)
            } else if sentence.word(match.first) == "binnen" {
                spans.append(match.first...match.last)
            }
        }
        return spans.sorted { $0.lowerBound < $1.lowerBound }
    }

    static let deadlineWords = WordProbe(["binnen", "uiterlijk"])
    static let listEntries = ListEntries(wordList)

    /// A cheap test before building the sentence: a listed phrase, *binnen* or *uiterlijk*.
    static func mayHaveDeadline(_ index: Int, _ document: DocumentContext) -> Bool {
        document.hasMatch(in: listEntries, sentence: index) || document.hasWord(deadlineWords, sentence: index)
    }

    /// ``mayHaveDeadline(_:_:)`` for sentences asked in text order, with a scan of the
    /// bytes (``WordProbe/scan``) kept from one sentence to the next.
    static func mayHaveDeadline(_ index: Int, _ document: DocumentContext, scan: inout SentenceByteScan<WordStarts>) -> Bool {
        document.hasMatch(in: listEntries, sentence: index) || document.hasWord(deadlineWords, sentence: index, scan: &scan)
    }

    static func isAmount(_ sentence: SentenceContext, _ position: Int) -> Bool {
        sentence.kind(position) == .number || numberWords.contains(sentence.word(position))
    }

    static func isDuration(_ sentence: SentenceContext, before position: Int) -> Bool {
        position >= 2 && units.contains(sentence.word(position - 1)) && isAmount(sentence, position - 2)
    }

    static func durationStart(_ sentence: SentenceContext, before position: Int) -> Int {
        let start = position - 2
        if start > 0, ["binnen", "uiterlijk", "tot"].contains(sentence.word(start - 1)) { return start - 1 }
        return start
    }
}
