import TaalmaatText

/// `zin.lang`: a sentence with too many words.
struct ZinLang: SentenceRule, DescribedRule {
    static let ruleDescription = RuleDescription(
        id: "zin.lang",
        name: "Lange zin",
        summary: "Een zin met meer dan 20 woorden (voor een kind: meer dan 12).",
        explanation: """
            Een lange zin vraagt veel van het geheugen. De lezer moet het begin onthouden tot het eind. \
            Zet in elke zin één boodschap. Splits een lange zin bij woorden als 'en', 'maar', 'omdat' of 'want'.
            """,
        whyItMatters: """
            Wie stress heeft, kan minder informatie tegelijk onthouden. Korte zinnen helpen dan het meest.
            """,
        severities: ProfileSeverities(brief: .waarschuwing, verslag: .waarschuwing, kind: .waarschuwing, intern: .tip),
        thresholds: [
            Threshold(
                key: "waarschuwing-boven", summary: "Meer woorden dan dit geeft een waarschuwing.",
                brief: 20, verslag: 20, kind: 12, intern: 25),
            Threshold(
                key: "fout-boven", summary: "Meer woorden dan dit geeft een fout.",
                brief: 30, verslag: 30, kind: 18, intern: 40),
        ],
        examples: [
            .triggers(
                "⟦Omdat wij van de woningcorporatie hebben gehoord dat de huur van de afgelopen drie maanden nog niet is betaald, willen wij graag met u in gesprek om samen te kijken wat er nodig is.⟧",
                suggestion: "Splits de zin bij 'willen'",
                better: "De huur van de laatste drie maanden is nog niet betaald. Dat hoorden wij van de woningcorporatie. Wij willen graag met u praten. Samen kijken we wat er nodig is."
            ),
            .triggers(
                "⟦Je gaat vanaf volgende week elke woensdag na school naar Lisa van het wijkteam.⟧", profile: .kind),
            .clean("De huur van de laatste drie maanden is nog niet betaald. Wij willen graag met u praten."),
            .clean("Beste mevrouw Jansen, Met vriendelijke groet, Karin de Vries, wijkteam Noord, telefoon 06-12345678 of mail naar karin@wijkteam-voorbeeld.nl"),
        ])

    func check(_ sentence: SentenceContext, into findings: inout [FindingDraft]) {
        guard sentence.blockKind == .paragraph || sentence.blockKind == .listItem else { return }
        let warning = Int(ZinGrammar.threshold(Self.warningAbove, of: Self.self, in: sentence))
        // Words are some of the content tokens: a sentence with few tokens needs no count.
        guard sentence.count > warning else { return }
        let words = sentence.wordCount
        guard words > warning, sentence.count > 0 else { return }
        report(sentence, words: words, into: &findings)
    }

    /// The finding for a long sentence: out of line, so that the test every sentence
    /// meets stays small.
    @inline(never)
    private func report(_ sentence: SentenceContext, words: Int, into findings: inout [FindingDraft]) {
        let error = Int(ZinGrammar.threshold(Self.errorAbove, of: Self.self, in: sentence))
        // Made at its size: an empty array and an append grew it.
        let suggestions = splitPoint(in: sentence).map { split in
            [Suggestion(title: ZinGrammar.message("Splits de zin bij '", sentence.range(split), "'", in: sentence))]
        } ?? []
        findings.append(
            FindingDraft(
                range: sentence.range(0...(sentence.count - 1)),
                message: TextJoin.join("Deze zin heeft ", String(words), " woorden. Maak er twee of drie korte zinnen van."),
                suggestions: suggestions, severity: words > error ? .fout : nil))
    }

    /// Conjunctions to split at besides the coordinators; all of them subordinators
    /// (``WordClasses/subordinators``), which ``splitPoint(in:)`` tests first.
    static let joiningWords: WordSet = ["omdat", "zodat", "waardoor", "terwijl"]
    static let warningAbove = ProfileThreshold("waarschuwing-boven", of: ruleDescription)
    static let errorAbove = ProfileThreshold("fout-boven", of: ruleDescription)

    /// A good place to split: a conjunction or a verb after a comma, closest to the
    /// middle of the sentence (of two as close, the first).
    func splitPoint(in sentence: SentenceContext) -> Int? {
        let middle = sentence.count / 2
        // Not near either end.
        let candidates = 3..<max(3, sentence.count - 3)
        // From the middle outwards, the earlier of each pair first: the first place that
        // splits is the closest, and most sentences have one near the middle.
        var distance = 0
        while middle - distance >= candidates.lowerBound || middle + distance < candidates.upperBound {
            let before = middle - distance
            if candidates.contains(before), splits(at: before, in: sentence) { return before }
            let after = middle + distance
            if distance > 0, candidates.contains(after), splits(at: after, in: sentence) { return after }
            distance += 1
        }
        return nil
    }

    /// A conjunction, or any word after a comma or semicolon.
    private func splits(at position: Int, in sentence: SentenceContext) -> Bool {
        // Every joining word is a subordinator: the class bit saves most look-ups, and
        // the marks are only read for a word that does not join.
        let classes = sentence.classes[position]
        if classes.contains(.coordinator) || (classes.contains(.subordinator) && Self.joiningWords.contains(sentence.word(position))) {
            return true  // a word with a class is not empty
        }
        // ``SentenceContext/isMark(_:_:)`` for a comma and a semicolon, reading the token once.
        let previous = sentence.token(position - 1)
        guard previous.kind == .punctuation else { return false }
        if previous.length == 1 {
            let byte = sentence.columns.document.source.utf8[previous.start]
            guard byte == 0x2C || byte == 0x3B else { return false }
        } else {
            guard sentence.isMark(position - 1, 0x3B) else { return false }  // U+037E is a semicolon
        }
        return !sentence.word(position).isEmpty
    }
}
