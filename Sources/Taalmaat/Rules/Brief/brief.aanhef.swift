import Synchronization
import TaalmaatText

/// `brief.aanhef`: a salutation that does not name the reader (*Geachte heer/mevrouw*).
struct BriefAanhef: DocumentRule, DescribedRule {
    /// Salutations without a name, written with all punctuation left out: *Geachte
    /// ouder(s)/verzorger(s),* is read as *geachte ouder s verzorger s*.
    static let wordList = "woorden/brief-aanhef.tsv"

    static let ruleDescription = RuleDescription(
        id: "brief.aanhef",
        name: "Aanhef zonder naam",
        summary: "De aanhef noemt de lezer niet bij naam, zoals 'Geachte heer of mevrouw', 'Beste cliënt' of 'Aan de bewoners'.",
        explanation: """
            De brief begint zonder de naam van de lezer. Bijvoorbeeld 'Geachte heer of mevrouw' of 'Beste ouders'. \
            Schrijf de naam: 'Beste mevrouw Jansen,' of 'Beste Coby,'. \
            Schrijft u aan twee ouders? Noem ze allebei, of stuur ieder een eigen brief.
            """,
        whyItMatters: """
            Een brief zonder naam voelt als een massabrief. De lezer denkt dan: ik ben maar een nummer. \
            Met de naam voelt de lezer zich gezien. Dan leest hij de brief ook beter.
            """,
        severities: ProfileSeverities(brief: .waarschuwing, verslag: nil, kind: .waarschuwing, intern: nil),
        examples: [
            .triggers(
                "⟦Geachte heer/mevrouw⟧,\n\nOp maandag 3 maart komt Sanne de Vries bij u langs.\n\nMet vriendelijke groet,\n\nSanne de Vries",
                suggestion: "Schrijf de naam van de lezer",
                better: "Beste mevrouw Jansen,\n\nOp maandag 3 maart kom ik bij u langs."),
            .triggers("⟦Geachte ouder(s)/verzorger(s)⟧,\n\nDe school begint weer op maandag 1 september."),
            .triggers("⟦Beste cliënt⟧,\n\nVanaf 1 mei heeft het wijkteam een nieuw adres."),
            .triggers("⟦Geachte heer, mevrouw⟧,\n\nU krijgt deze brief omdat u bij ons hulp krijgt."),
            .triggers("⟦Beste mevrouw⟧,\n\nU krijgt deze brief omdat u bij ons hulp krijgt."),
            .triggers("⟦Aan de bewoners van de Lindelaan⟧\n\nOp dinsdag 4 maart werken wij aan de straat. U kunt dan niet parkeren."),
            .triggers("⟦Beste jongere⟧,\n\nJe bent welkom op de open dag van het jongerenwerk.", profile: .kind),
            .clean("Beste mevrouw Jansen,\n\nOp maandag 3 maart kom ik bij u langs."),
            .clean("Geachte heer en mevrouw Pinas,\n\nDe rechter heeft op 12 maart een besluit genomen."),
            .clean("Hoi Noor,\n\nIk ben Lotte. Ik kom woensdag bij jullie thuis.", profile: .kind),
            .clean("Beste meneer El Amrani,\n\nUw energieleverancier heeft ons gebeld."),
            .clean("Aan mevrouw S. Bakker\nLindelaan 17\n\nBeste mevrouw Bakker,\n\nIk wil u graag helpen."),
            .clean("Wij spraken de ouders op 3 maart. Zij vertelden over de avonden thuis."),
            .clean("Hoi,\n\nIk ben Lotte. Ik kom woensdag bij jullie thuis.", profile: .kind),
        ],
        wordLists: [wordList])

    /// Forms of address and joining words: a salutation with only these has no name.
    static let addressWords: WordSet = [
        "heer", "heren", "mevrouw", "mevrouwen", "meneer", "mijnheer", "dames", "en", "of", "/", "zeer", "hooggeachte",
    ]

    func check(_ document: DocumentContext, into findings: inout [FindingDraft]) {
        let layout = document.letterLayout
        if let salutation = layout.salutation {
            let sentence = document.reusedSentence(salutation)
            guard let range = BriefTaal.trimmedRange(sentence) else { return }
            if let entry = listedEntry(sentence) {
                findings.append(draft(sentence.range(range), entry: entry, profile: document.profile))
            } else if sentence.count > 1, Self.addressWords.contains(sentence.word(1)), !hasName(sentence) {
                findings.append(draft(sentence.range(range), entry: nil, profile: document.profile))
            }
            return
        }
        // No salutation: an "Aan de bewoners" line at the top takes its place.
        for index in (layout.header + layout.body).prefix(3) {
            let sentence = document.reusedSentence(index)
            guard sentence.word(0) == "aan", let entry = listedEntry(sentence), let range = BriefTaal.trimmedRange(sentence)
            else { continue }
            findings.append(draft(sentence.range(range), entry: entry, profile: document.profile))
            return
        }
    }

    /// The list entry that the line starts with, read without punctuation. The longest
    /// pattern wins, and the entry's `niet-voor` / `niet-na` words are respected.
    func listedEntry(_ sentence: SentenceContext) -> LexiconEntry? {
        let lexicon = sentence.resources.lexicon
        let words = (0..<sentence.count).map { sentence.word($0) }.filter { !$0.isEmpty && $0 != "/" }
        guard let opener = words.first else { return nil }
        var best: (entry: LexiconEntry, length: Int)?
        // Only patterns whose first word is the opener can match all their words.
        for (index, parts) in Self.patterns(startingWith: opener, in: sentence.resources) {
            let entry = lexicon.entries[index]
            guard parts.count <= words.count, parts.count > (best?.length ?? 0),
                zip(parts, words).allSatisfy({ $0.0 == $0.1 })
            else { continue }
            if parts.count < words.count, entry.options.notBefore.contains(words[parts.count]) { continue }
            best = (entry, parts.count)
        }
        return best?.entry
    }

    /// The patterns of the list by first word, each as (entry, words), in list order.
    /// Built once per set of resources.
    static func patterns(startingWith opener: String, in resources: EngineResources) -> [(entry: Int, parts: [String])] {
        let owner = ObjectIdentifier(resources)
        if let known = patternTable.withLock({ $0?.owner == owner ? $0?.table : nil }) { return known[opener] ?? [] }
        var table: [String: [(entry: Int, parts: [String])]] = [:]
        for index in resources.lexicon.entriesByList[wordList] ?? 0..<0 {
            for pattern in resources.lexicon.entries[index].patterns {
                let parts = pattern.split(separator: " ").map(String.init)
                guard let first = parts.first else { continue }
                table[first, default: []].append((index, parts))
            }
        }
        patternTable.withLock { $0 = (owner, table) }
        return table[opener] ?? []
    }

    private static let patternTable = Mutex<(owner: ObjectIdentifier, table: [String: [(entry: Int, parts: [String])]])?>(nil)

    /// Whether anything after the opening word is more than a form of address: a name,
    /// a first name, or a placeholder (that one is for `woord.invulveld`).
    func hasName(_ sentence: SentenceContext) -> Bool {
        (1..<max(1, sentence.count)).contains { position in
            let word = sentence.word(position)
            return !word.isEmpty && !Self.addressWords.contains(word)
        }
    }

    func draft(_ range: TextRange, entry: LexiconEntry?, profile: Profile) -> FindingDraft {
        let example = BriefTaal.isInformal(profile) ? "Hoi Noor," : "Beste mevrouw Jansen,"
        let explanation = entry.flatMap { $0.explanation.isEmpty ? nil : $0.explanation }
        return FindingDraft(
            range: range,
            message: "Deze aanhef noemt de lezer niet bij naam. Schrijf de naam, bijvoorbeeld: \(example)",
            explanation: explanation.map { $0 + " " + Self.ruleDescription.whyItMatters },
            suggestions: [Suggestion(title: "Schrijf de naam van de lezer")])
    }
}
