import TaalmaatText

/// `brief.aanspreekvorm`: *u* and *je* mixed in one text. The forms used least are
/// reported (at most five); in profile `kind`, every *u* and *uw*.
///
/// Registered in `VerslagRules.swift`, not `BriefRules.swift`: a colleague owns that
/// file, and this keeps the two branches free of merge conflicts.
///
/// Generic *je* (*je weet maar nooit*) is a trap: it does not address the reader.
/// Fixed phrases from `signalen-je-algemeen.tsv` are not counted, nor *je* after
/// *jullie* (*maken jullie je zorgen*), nor *je* in a sentence that starts by naming
/// someone else (*Sem, je bent ook welkom.*). And one single *je* in a text that
/// says *u* at least four times is left alone: it is most likely generic.
struct BriefAanspreekvorm: DocumentRule, DescribedRule {
    static let addressList = "woorden/signalen-aanspreekvorm.tsv"
    static let addressEntries = ListEntries(addressList)
    static let genericList = "woorden/signalen-je-algemeen.tsv"
    static let maximumFindings = 5

    static let ruleDescription = RuleDescription(
        id: "brief.aanspreekvorm",
        name: "U en je door elkaar",
        summary: "De tekst spreekt de lezer soms aan met 'u' en soms met 'je'.",
        explanation: """
            Kies één vorm en houd die vast: 'u' en 'uw', of 'je', 'jij' en 'jouw'. \
            Taalmaat meldt de vorm die het minst voorkomt. Pas bij een wijziging ook het werkwoord aan: \
            'u heeft' wordt 'je hebt'. Tegen een kind schrijft u altijd 'je' en 'jij'. \
            Tekst tussen aanhalingstekens telt niet mee. Eén losse 'je' in een lange u-brief telt ook niet. \
            Dat is vaak een algemene 'je', zoals in 'je weet maar nooit'.
            """,
        whyItMatters: """
            Als de vorm wisselt, weet de lezer niet meer wie er bedoeld wordt. De brief voelt dan slordig of afstandelijk. \
            Een kind voelt zich met 'u' niet aangesproken.
            """,
        severities: ProfileSeverities(brief: .waarschuwing, verslag: .waarschuwing, kind: .waarschuwing, intern: nil),
        examples: [
            .triggers(
                "Beste mevrouw Jansen,\n\nU bent welkom op dinsdag. U kunt uw zoon meenemen. Wij bellen u maandag. Neem ⟦je⟧ paspoort mee.",
                suggestion: "uw", better: "U bent welkom op dinsdag. U kunt uw zoon meenemen. Wij bellen u maandag. Neem uw paspoort mee."),
            .triggers("Hoi Sanne,\n\nJe bent welkom op dinsdag. Neem je paspoort mee. Wij bellen ⟦u⟧ morgen. Jij mag iemand meenemen."),
            .triggers("Beste meneer Bakker,\n\nKunt u mij bellen? ⟦Jij⟧ weet het beste wat ⟦jouw⟧ zoon nodig heeft. U kunt mij altijd bellen."),
            .triggers("Beste Noor,\n\nJe bent welkom op woensdag. Wij willen ook ⟦uw⟧ mening horen.", profile: .kind, suggestion: "je"),
            .triggers("Beste Noor,\n\n⟦U⟧ bent welkom op woensdag.", profile: .kind),
            .clean("Beste mevrouw Jansen,\n\nU bent welkom op dinsdag. U kunt uw zoon meenemen. Wij bellen u maandag. Als je schulden hebt, is dat zwaar."),
            .clean("Beste mevrouw Jansen,\n\nU kunt uw zoon meenemen. Je weet maar nooit hoe lang het duurt."),
            .clean("Beste mevrouw Jansen,\n\nU bent welkom. Uw zoon zei: \"Je mag altijd bellen.\""),
            .clean("Hoi Sanne,\n\nWaar maken jullie je zorgen over? Je mag het mij altijd vertellen."),
            .clean("Beste mevrouw Jansen,\n\nU en Sem zijn welkom. Sem, je mag ook een vriend meenemen."),
            .clean("Beste Noor,\n\nJe bent welkom op woensdag. Jij beslist wat je vertelt.", profile: .kind),
            .clean("Beste mevrouw Jansen,\n\nU bent welkom. Neem je paspoort mee.", profile: .intern),
        ],
        wordLists: [addressList, genericList])

    struct Occurrence {
        let sentence: Int
        let position: Int
        let formal: Bool
        let word: String
        let range: TextRange
    }

    func check(_ document: DocumentContext, into findings: inout [FindingDraft]) {
        let occurrences = collect(document)
        guard !occurrences.isEmpty else { return }
        if document.profile == .kind {
            for item in occurrences.filter(\.formal).prefix(Self.maximumFindings) {
                findings.append(draft(item, towardsFormal: false, document: document, kind: true))
            }
            return
        }
        let formal = occurrences.filter(\.formal)
        let informal = occurrences.filter { !$0.formal }
        guard !formal.isEmpty, !informal.isEmpty else { return }
        let formalWins = formal.count > informal.count || (formal.count == informal.count && occurrences[0].formal)
        let minority = formalWins ? informal : formal
        let majority = formalWins ? formal : informal
        // One lone *je* in a u-text is most likely generic (*als je schulden hebt*), unless it
        // stands before a noun (*neem je paspoort mee*).
        if formalWins, minority.count == 1, minority[0].word == "je", majority.count >= 4,
            formalForm(of: "je", in: ReportSentenceView(document, minority[0].sentence), at: minority[0].position) == "u"
        {
            return
        }
        for item in minority.prefix(Self.maximumFindings) {
            findings.append(draft(item, towardsFormal: formalWins, document: document, kind: false))
        }
    }

    /// The address words outside quotes, generic phrases and other people's sentences.
    func collect(_ document: DocumentContext) -> [Occurrence] {
        guard let list = Self.addressEntries.range(in: document.resources) else { return [] }
        let text = document.document
        var found: [Occurrence] = []
        // Most of these sentences only say *u*: their words are read straight from the
        // tokens, and a view of the sentence is built only for *je* and *jij*.
        var tokens: [Int] = []
        for index in document.results.indices {
            let matches = document.results[index].matches
            guard matches.contains(where: { list.contains($0.entry) }) else { continue }
            let kind = document.blockKind(ofSentence: index)
            guard kind != .signature, kind != .blank else { continue }
            // The sentence's content tokens: from the check's columns, else gathered here.
            let columns = document.words.flatMap { $0.sentences.contains(index) ? $0 : nil }
            let base = columns?.span(ofSentence: index).lowerBound ?? 0
            if columns == nil { document.contentTokens(ofSentence: index, into: &tokens) }
            func tokenIndex(at position: Int) -> Int { columns.map { Int($0.tokenIndices[base + position]) } ?? tokens[position] }
            var view: ReportSentenceView?
            // Only informal words need these; most texts address the reader with *u*.
            var generic: [SentenceMatch]?
            var otherAddressee: Bool?
            for match in matches where list.contains(match.entry) && !text.tokens[tokenIndex(at: match.first)].has(.quoted) {
                let position = match.first
                let token = text.tokens[tokenIndex(at: position)]
                let word: String
                let formal: Bool
                if let columns {
                    // The interner holds the word normalised, and its classes.
                    let entry = columns.entries[base + position]
                    word = token.kind.countsAsWord ? columns.interner.word(entry) : ""
                    formal = columns.interner.info(entry).classes.contains(.formalAddress)
                } else {
                    word = token.kind.countsAsWord ? WordNormalizer.normalize(text.source.utf8[token.start..<token.end]) : ""
                    formal = WordClasses.formalAddress.contains(word)
                }
                if formal {
                    // *10 u*: an hour, not a pronoun.
                    if position > 0, text.tokens[tokenIndex(at: position - 1)].kind == .number { continue }
                } else {
                    let sentence = view ?? ReportSentenceView(document, index)
                    view = sentence
                    let vocative = otherAddressee ?? startsWithVocative(sentence)
                    otherAddressee = vocative
                    if vocative { continue }
                    let genericMatches = generic ?? sentence.matches(in: Self.genericList)
                    generic = genericMatches
                    if VerslagSignalen.overlaps(match, genericMatches) { continue }
                    if word == "je", afterJullie(sentence, position) { continue }
                }
                found.append(Occurrence(sentence: index, position: position, formal: formal, word: word, range: token.range))
            }
        }
        return found
    }

    /// *Sem, je mag ook komen.*: the sentence speaks to someone by name (a capitalised
    /// word that is not a common word, before a comma; not *Ja,* or *Daarom,*).
    func startsWithVocative(_ sentence: ReportSentenceView) -> Bool {
        guard sentence.count > 2, sentence.isMark(1, 0x2C), sentence.kind(0) == .word else { return false }
        let token = sentence.token(0)
        guard token.has(.capitalized), !token.has(.allCaps), sentence.wordClass(0).isEmpty else { return false }
        let zipf = sentence.resources.frequencies.zipf(of: sentence.word(0)) ?? 0
        return zipf < 4.5
    }

    /// *Maken jullie je zorgen?*: *je* as the reflexive of *jullie*.
    func afterJullie(_ sentence: ReportSentenceView, _ position: Int) -> Bool {
        (max(0, position - 3)..<position).contains { sentence.word($0) == "jullie" }
    }

    func draft(_ item: Occurrence, towardsFormal: Bool, document: DocumentContext, kind: Bool) -> FindingDraft {
        let sentence = ReportSentenceView(document, item.sentence)
        let replacement = towardsFormal ? formalForm(of: item.word, in: sentence, at: item.position) : informalForm(of: item.word)
        let text = sentence.text(item.position)
        let message = kind
            ? "Schrijf 'je' tegen een kind. Hier staat '\(text)'."
            : "In deze tekst staat meestal '\(towardsFormal ? "u" : "je")'. Hier staat '\(text)'. Kies één vorm."
        return FindingDraft(
            range: item.range, message: message,
            suggestions: [sentence.replacement(item.position...item.position, with: replacement, safe: false)])
    }

    func informalForm(of word: String) -> String {
        word == "uzelf" ? "jezelf" : "je"
    }

    /// *jij* → *u*, *jouw* → *uw*; *je* is *u* as a subject or object and *uw* before a noun.
    func formalForm(of word: String, in sentence: ReportSentenceView, at position: Int) -> String {
        switch word {
        case "jouw": return "uw"
        case "jezelf": return "uzelf"
        case "jij", "jou": return "u"
        default: break
        }
        let next = position + 1 < sentence.count ? sentence.word(position + 1) : ""
        guard !next.isEmpty, !Self.notANoun.contains(next), sentence.wordClass(position + 1).subtracting(.familyReferent).isEmpty
        else { return "u" }
        let previous = position > 0 ? sentence.word(position - 1) : ""
        if position > 0, sentence.is(position - 1, .subordinator) { return "u" }  // *als je schulden hebt*
        if previous.isEmpty, next.hasSuffix("t") { return "u" }  // *Je krijgt*, *Je belt*
        return "uw"
    }

    /// Words after *je* that show it is not possessive.
    static let notANoun: WordSet = [
        "niet", "ook", "wel", "graag", "nog", "al", "dan", "even", "zelf", "altijd", "er", "het", "dat", "te", "een",
        "maar", "toch", "echt", "misschien", "gerust", "meteen", "daar", "hier", "mee", "zo", "eerst", "later", "morgen",
        "vandaag", "vaak", "welkom", "mij", "me", "hem", "hen", "iets", "alles", "veel", "weer", "dus", "bent", "hebt",
        "hoeft", "krijgt", "weet", "vindt", "wilt", "kunt", "mag", "moet", "zult", "zou", "gaat", "komt", "doet", "ziet",
        "belt", "leest", "snapt", "begrijpt", "daarover", "hierover", "ergens", "zeker", "nu", "straks", "zorgen",
    ]
}
