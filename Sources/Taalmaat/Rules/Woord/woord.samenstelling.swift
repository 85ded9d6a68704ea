import TaalmaatText

/// `woord.samenstelling`: long compound words (*jeugdbeschermingsmaatregelen*).
struct WoordSamenstelling: SentenceRule, DescribedRule {
    static let ruleDescription = RuleDescription(
        id: "woord.samenstelling",
        name: "Lang samengesteld woord",
        summary: "Een samengesteld woord van 20 letters of meer, of van drie lange delen, zoals 'hulpverleningsorganisaties'.",
        explanation: """
            Een lang woord dat uit meer woorden bestaat, moet de lezer eerst in stukjes hakken. \
            Schrijf het in meer woorden. Zet het belangrijkste woord voorop: \
            'organisaties voor hulpverlening' in plaats van 'hulpverleningsorganisaties'. \
            Nog beter is vaak een zin met een werkwoord: 'organisaties die hulp geven'.
            """,
        whyItMatters: """
            Een lang woord vraagt veel van de lezer. Met stress lukt dat slechter. \
            De lezer blijft hangen en mist de boodschap.
            """,
        severities: ProfileSeverities(brief: .waarschuwing, verslag: .waarschuwing, kind: .waarschuwing, intern: .tip),
        thresholds: [
            Threshold(
                key: "lang-vanaf", summary: "Een woord met zoveel letters of meer is te lang.",
                brief: 20, verslag: 20, kind: 17, intern: 25),
            Threshold(
                key: "drie-delen-vanaf",
                summary: "Een woord van drie of meer delen met zoveel letters of meer is ook te lang.",
                brief: 16, verslag: 16, kind: 15, intern: 20),
        ],
        examples: [
            .triggers(
                "In de stad zijn veel ⟦hulpverleningsorganisaties⟧.", suggestion: "organisaties voor hulpverlening",
                better: "In de stad zijn veel organisaties die hulp geven."),
            .triggers(
                "Wij werken aan ⟦kwaliteitsverbetering⟧ van de opvang.", suggestion: "verbetering van de kwaliteit",
                better: "Wij willen de opvang nog beter maken."),
            .triggers(
                "Op school leren de kinderen de ⟦verkeersveiligheidsregels⟧.",
                suggestion: "regels voor verkeersveiligheid",
                better: "Op school leren de kinderen hoe ze veilig over straat gaan."),
            .triggers(
                "Je krijgt ⟦huiswerkbegeleiding⟧ op school.", profile: .kind,
                suggestion: "begeleiding van huiswerk", better: "Op school helpt iemand je met je huiswerk."),
            .clean("Wij maken samen een betalingsregeling. U neemt zelf de verantwoordelijkheid."),
            .clean("Zij is leerplichtambtenaar bij de gemeente. Ze is een gecertificeerde bemiddelaar."),
            .clean("Na het tienminutengesprek krijgt u het rapport."),
            .clean("Ik werk bij de jeugdbescherming.", profile: .kind),
            .clean("Beste Sem,\n\nTot woensdag.\n\nGroetjes,\nKarin\nJeugdbeschermingsmedewerker"),
            .clean("Het gesprek is bij Gezinsondersteuningscentrum De Linde."),
            .clean("Het hulpverleningstraject loopt nog tot de zomer.", profile: .intern),
            .clean("Moeder zei: \"Al die hulpverleningsorganisaties praten langs elkaar heen.\""),
        ])

    static let longFrom = ProfileThreshold("lang-vanaf", of: ruleDescription)
    static let threePartsFrom = ProfileThreshold("drie-delen-vanaf", of: ruleDescription)

    func check(_ sentence: SentenceContext, into findings: inout [FindingDraft]) {
        // Running text only: a job title under a signature is a name, not a sentence.
        guard Self.isRunningText(sentence.blockKind) else { return }
        let long = Int(sentence.threshold(Self.longFrom, of: description))
        let threeParts = Int(sentence.threshold(Self.threePartsFrom, of: description))
        let shortest = min(long, threeParts)
        for position in 0..<sentence.count {
            // Common words are never reported (see ``analysis(at:in:long:threeParts:)``):
            // most words leave here, before their token is read.
            let info = sentence.infos[position]
            if info.isKnown, info.zipf >= Self.commonWordZipf { continue }
            let token = sentence.token(position)
            // Bytes are at least letters: most words leave here.
            guard token.kind == .word, token.length >= shortest else { continue }
            guard let analysis = Self.analysis(at: position, in: sentence, long: long, threeParts: threeParts) else {
                continue
            }
            findings.append(draft(analysis, at: position, in: sentence))
        }
    }

    static func isRunningText(_ kind: BlockKind) -> Bool {
        kind == .paragraph || kind == .listItem || kind == .heading
    }

    /// What the rule knows about a word it reports.
    struct Analysis {
        let letters: Int
        let parts: [String]
        let paraphrase: String?
    }

    /// The analysis of a word that is too long, or nil when it is fine or not the
    /// rule's business (names, capitals, quotes, words of another word list).
    static func analysis(at position: Int, in sentence: SentenceContext, long: Int, threeParts: Int) -> Analysis? {
        let token = sentence.token(position)
        guard token.kind == .word, !token.has(.containsDigit), !token.has(.allCaps), !token.has(.hyphenated),
            !token.has(.apostrophe), !token.has(.quoted)
        else { return nil }
        // A capital inside a sentence is a name (*Gezinsondersteuningscentrum De Linde*).
        if token.has(.capitalized), position > 0 { return nil }
        let word = sentence.word(position)
        let letters = WoordText.fastLetterCount(word)
        guard letters >= min(long, threeParts) else { return nil }
        let resources = sentence.resources
        // Long but very common: *verantwoordelijkheid*.
        let info = sentence.infos[position]
        if info.isKnown, info.zipf >= commonWordZipf { return nil }
        if sentence.isAccepted(word) || sentence.isCoveredByWordList(position) { return nil }
        // Long words that are no compound (*gecertificeerde*) are for `woord.zeldzaam`.
        let (parts, paraphrase) = Self.compound(word, resources: resources)
        guard parts.count >= 2 else { return nil }
        if letters < long {
            // Shorter, but of three parts. Not when every part is an everyday word: *tienminutengesprek*.
            guard parts.count >= 3, letters >= threeParts else { return nil }
            let everyday = parts.allSatisfy { (resources.frequencies.zipf(of: $0) ?? 0) >= everydayPartZipf }
            guard !everyday else { return nil }
        }
        return Analysis(letters: letters, parts: parts, paraphrase: paraphrase)
    }

    func draft(_ analysis: Analysis, at position: Int, in sentence: SentenceContext) -> FindingDraft {
        let text = sentence.text(position)
        var suggestions: [Suggestion] = []
        if let paraphrase = analysis.paraphrase {
            suggestions.append(sentence.replacement(position...position, with: paraphrase, safe: false))
        }
        if analysis.parts.count >= 2 {
            suggestions.append(Suggestion(title: "Het woord bestaat uit: " + analysis.parts.joined(separator: " + ")))
        }
        suggestions.append(Suggestion(title: "Zeg het met een werkwoord"))
        return FindingDraft(
            range: sentence.range(position),
            message: TextJoin.join(
                "'", text, "' is een lang woord van ", String(analysis.letters), " letters. Schrijf het in meer woorden."),
            suggestions: suggestions)
    }

    // MARK: - Splitting compounds

    /// Parts at least this common make a short compound of three parts easy to read.
    static let everydayPartZipf: Float = 4.0

    /// A word at least this common is known as a whole, however long it is.
    static let commonWordZipf: Float = 3.5

    /// Endings that are suffixes, not words, although the frequency list knows them.
    static let suffixHeads: WordSet = [
        "heid", "heden", "schap", "schappen", "lijk", "lijke", "baar", "bare", "loos", "loze", "achtig", "achtige",
        "ingen", "ties", "ster", "sters", "aars", "isch", "ische", "iteit", "teit", "isme", "erij", "tjes",
    ]

    /// Links between the parts of a Dutch compound: *hulpverlening-s-organisaties*.
    static let links = ["s", "en", "e", "-", ""]

    private static let compounds = WordMemo<(parts: [String], paraphrase: String?)>(capacity: 20_000)

    /// ``parts(of:resources:)`` and ``paraphrase(of:resources:)`` of a word, remembered
    /// for the life of the process: long words recur in every letter of a team.
    static func compound(_ word: String, resources: EngineResources) -> (parts: [String], paraphrase: String?) {
        compounds.value(word, resources: resources) {
            let parts = parts(of: word, resources: resources)
            return (parts, parts.count >= 2 ? paraphrase(of: word, resources: resources) : nil)
        }
    }

    /// Splits a compound into its modifier and its head, the last part: *jeugdbeschermings*
    /// + *maatregelen* → (*jeugdbescherming*, *s*, *maatregelen*). The head is the longest
    /// common word at the end whose rest is a known word or itself a compound.
    static func headSplit(_ word: String, resources: EngineResources) -> (modifier: String, link: String, head: String)? {
        // Character positions: a part is a slice of the word, the same text as joining
        // its characters, copied in one go.
        let characters = Array(word.indices)
        guard characters.count >= 7 else { return nil }
        let frequencies = resources.frequencies
        func commonHead(_ part: String) -> Bool {
            guard !suffixHeads.contains(part) else { return false }
            if let zipf = frequencies.zipf(of: part) { return zipf >= 3.0 }
            return frequencies.stopWords.contains(part)
        }
        func known(_ part: String, strict: Bool) -> Bool {
            guard part.count >= 3 else { return false }
            if let zipf = frequencies.zipf(of: part) { return zipf >= (strict ? 3.0 : 2.5) }
            return frequencies.stopWords.contains(part)
        }
        for split in 3...(characters.count - 4) {
            let head = String(word[characters[split]...])
            guard commonHead(head) else { continue }
            let rest = String(word[..<characters[split]])
            // A common word with a link first (*gezin-s*), then any known word, then a compound.
            for strict in [true, false] {
                for link in links where rest.hasSuffix(link) {
                    let bare = String(rest.dropLast(link.count))
                    if known(bare, strict: strict) { return (bare, link, head) }
                }
            }
            for link in links where rest.hasSuffix(link) {
                let bare = String(rest.dropLast(link.count))
                if bare.count >= 7, headSplit(bare, resources: resources) != nil { return (bare, link, head) }
            }
        }
        return nil
    }

    /// All parts of a compound, without links: *jeugd + bescherming + maatregelen*. Parts
    /// that are common words themselves (*hulpverlening*) are not split further.
    static func parts(of word: String, resources: EngineResources) -> [String] {
        guard let split = headSplit(word, resources: resources) else { return [word] }
        let modifierIsCommon = (resources.frequencies.zipf(of: split.modifier) ?? 0) >= 3.0
        let modifierParts = modifierIsCommon ? [split.modifier] : parts(of: split.modifier, resources: resources)
        return modifierParts + [split.head]
    }

    /// The compound as a phrase with the head first: *organisaties voor hulpverlening*,
    /// *bedreiging van de ontwikkeling* (*van* after a noun made from a verb).
    static func paraphrase(of word: String, resources: EngineResources) -> String? {
        guard let split = headSplit(word, resources: resources),
            (resources.frequencies.zipf(of: split.modifier) ?? 0) >= 2.5 || resources.frequencies.stopWords.contains(split.modifier)
        else { return nil }
        let head = split.head
        if let preposition = headPrepositions[head] { return "\(head) \(preposition) \(split.modifier)" }
        let nominalisation =
            ["ing", "ingen", "atie", "aties", "heid", "heden"].contains { head.hasSuffix($0) }
            && !institutionHeads.contains { head.hasSuffix($0) }
        guard nominalisation else { return "\(head) voor \(split.modifier)" }
        return "\(head) van \(article(for: split.modifier))\(split.modifier)"
    }

    /// Nouns in *-ing* or *-atie* that name a place, a group or a thing, not an action:
    /// *organisaties voor hulpverlening*, not *organisaties van de hulpverlening*.
    static let institutionHeads = [
        "organisatie", "organisaties", "instelling", "instellingen", "stichting", "stichtingen", "opleiding",
        "opleidingen", "vereniging", "verenigingen", "woning", "woningen", "voorziening", "voorzieningen", "afdeling",
        "afdelingen", "locatie", "locaties", "informatie", "uitkering", "uitkeringen", "vergadering", "vergaderingen",
        "training", "trainingen", "richting", "richtingen",
    ]

    /// Heads that take their own preposition: *onderzoek naar ontwikkeling*,
    /// *achterstand in betaling*.
    static let headPrepositions: [String: String] = [
        "onderzoek": "naar", "onderzoeken": "naar", "problematiek": "met", "problemen": "met", "probleem": "met",
        "achterstand": "in", "achterstanden": "in", "gesprek": "over", "gesprekken": "over", "vragen": "over",
        "rapportage": "over", "verslag": "over", "zorgen": "over", "afspraken": "over", "afspraak": "over",
    ]

    /// *de* or *het* when the ending tells; otherwise no article (*begeleiding van huiswerk*).
    static func article(for noun: String) -> String {
        if ["ing", "heid", "atie", "tie", "teit", "ie"].contains(where: { noun.hasSuffix($0) }) {
            return "de "
        }
        if ["je", "isme", "ment", "sel", "um"].contains(where: { noun.hasSuffix($0) }) { return "het " }
        return ""
    }
}
