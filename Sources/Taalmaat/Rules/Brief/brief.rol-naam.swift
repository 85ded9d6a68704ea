import TaalmaatText

/// `brief.rol-naam`: a role instead of a name: bare *Moeder* or *vader* used as a name
/// (*Moeder geeft aan*, *het gesprek met vader*), *betrokkene*, *cliënt*.
///
/// Registered in `VerslagRules.swift`, not `BriefRules.swift`: a colleague owns that
/// file, and this keeps the two branches free of merge conflicts.
///
/// *jeugdige*, *minderjarige* and *pupil* are in `vaktaal.tsv` too; this rule reports
/// them only when `woord.vaktaal` is off, so one word never gets two findings.
struct BriefRolNaam: SentenceRule, DescribedRule {
    static let wordList = "woorden/rol-naam.tsv"
    static let listEntries = ListEntries(wordList)

    static let ruleDescription = RuleDescription(
        id: "brief.rol-naam",
        name: "Rol in plaats van naam",
        summary: "Een ouder of kind genoemd bij een rol, zoals 'Moeder', 'vader', 'betrokkene' of 'cliënt'.",
        explanation: """
            Noem mensen bij hun naam: 'mevrouw De Vries', 'meneer Bakker' of de voornaam, net als de hulpverleners. \
            Schrijf 'u' als de tekst voor die persoon zelf is. 'Uw moeder', 'de moeder van Sem' en \
            'Mirjam, de moeder van Fenna' zijn goed: daar is 'moeder' geen naam. Tekst tussen aanhalingstekens telt niet.
            """,
        whyItMatters: """
            Ouders lezen vaak dat zij 'Moeder' heten, terwijl de hulpverleners met hun naam in het verslag staan. \
            Dan voelen zij zich een dossier en geen mens. Een naam laat zien dat u met hen samenwerkt.
            """,
        severities: ProfileSeverities(brief: .waarschuwing, verslag: .waarschuwing, kind: .waarschuwing, intern: nil),
        examples: [
            .triggers(
                "⟦Moeder⟧ geeft aan dat ze het zwaar heeft.", suggestion: "Noem de naam: 'mevrouw De Vries' of de voornaam",
                better: "Mevrouw De Vries vertelt dat ze het zwaar heeft."),
            .triggers("Het gesprek met ⟦vader⟧ ging over de vakantie."),
            .triggers("Wij hebben ⟦Moeder⟧ op maandag gebeld."),
            .triggers("⟦Betrokkene⟧ is op 3 maart gehoord."),
            .triggers("De ⟦cliënt⟧ wil graag een andere begeleider."),
            .triggers("⟦Vader⟧ is boos over het besluit.", profile: .verslag, suggestion: "Noem de naam: 'meneer De Vries' of de voornaam"),
            .triggers("⟦Moeder⟧ en ⟦vader⟧ komen ook.", profile: .kind),
            .clean("Uw moeder belt u morgen."),
            .clean("Sandra, de moeder van Lina, belde ons op dinsdag."),
            .clean("Sandra, moeder van Lina, belde ons."),
            .clean("Op moederdag maakte Lina een tekening."),
            .clean("Sandra zei: \"Moeder zijn is soms zwaar.\""),
            .clean("Als moeder wilt u het beste voor uw kind."),
            .clean("Je vader of moeder mag je brengen."),
            .clean("Lina's moeder komt ook."),
            .clean("Voor moeder en kind is er op woensdag een inloopochtend."),
            .clean("De minderjarige woont bij haar oma."),
            .clean("Moeder belt morgen terug.", profile: .intern),
        ],
        wordLists: [wordList])

    static let parents: WordSet = ["moeder", "vader"]
    static let childRoles: WordSet = ["jeugdige", "minderjarige", "pupil", "ondertoezichtgestelde"]
    /// Words before a noun that make it a description, not a name.
    static let determiners: WordSet = [
        "de", "een", "deze", "die", "uw", "je", "jouw", "zijn", "haar", "hun", "mijn", "onze", "jullie", "elke", "iedere",
        "welke", "geen", "zo'n", "wiens", "wier", "ieders", "eigen", "andere",
    ]
    static let familyNouns: WordSet = ["moeder", "vader", "ouders", "ouder", "oma", "opa", "broer", "zus", "broertje", "zusje"]

    /// Every finding is a match from the role list.
    var sentenceFilter: SentenceFilter { SentenceFilter(anyOfLists: [Self.wordList]) }

    func check(_ sentence: SentenceContext, into findings: inout [FindingDraft]) {
        let matches = sentence.matches(in: Self.listEntries)
        guard !matches.isEmpty else { return }
        let kind = sentence.blockKind
        guard kind == .paragraph || kind == .listItem || kind == .heading else { return }
        for match in matches where !sentence.isQuoted(match.first) {
            let position = match.first
            let word = sentence.word(position)
            let previous = position > 0 ? sentence.word(position - 1) : ""
            if Self.parents.contains(word) {
                guard isBareRole(sentence, position) else { continue }
            } else if Self.childRoles.contains(word) {
                if VerslagSignalen.isActive("woord.vaktaal", in: sentence.settings) { continue }
                if word != "pupil", !Self.determiners.contains(previous) && !nextIsName(sentence, position) { continue }
            } else if previous == "als" {
                continue  // *als cliënt heeft u recht op …*: a status, not a name
            }
            let person = word == "vader" ? "meneer" : "mevrouw"
            findings.append(
                FindingDraft(
                    range: sentence.range(position),
                    message: "'\(sentence.text(position))' is een rol, geen naam. Noem de persoon bij de naam.",
                    suggestions: [Suggestion(title: "Noem de naam: '\(person) De Vries' of de voornaam")]))
        }
    }

    /// *Moeder* used as a name: without *de*, *uw*, *je* …, not *als moeder*, not
    /// *moeder van Sem*, not *je vader of moeder*, not *Mirjam, moeder van Fenna*.
    func isBareRole(_ sentence: SentenceContext, _ position: Int) -> Bool {
        // *moeder en kind*, *vader en baby*: a kind of group, not a person.
        if position + 2 < sentence.count, sentence.word(position + 1) == "en",
            ["kind", "kinderen", "baby", "baby's"].contains(sentence.word(position + 2))
        {
            return false
        }
        if position + 2 < sentence.count, sentence.word(position + 1) == "van" {
            let after = position + 2
            if sentence.token(after).has(.capitalized) || Self.determiners.contains(sentence.word(after)) { return false }
        }
        // Skip adjectives (*de biologische moeder*).
        var previous = position - 1
        var skipped = 0
        while previous >= 0, skipped < 2, sentence.word(previous).hasSuffix("e"), !Self.determiners.contains(sentence.word(previous)) {
            previous -= 1
            skipped += 1
        }
        guard previous >= 0 else { return true }
        let word = sentence.word(previous)
        if Self.determiners.contains(word) || word == "als" { return false }
        // *Lina's moeder*
        if sentence.token(previous).has(.capitalized), word.hasSuffix("'s") || word.hasSuffix("s'") { return false }
        // *je vader of moeder*: the coordinated noun decides.
        if word == "en" || word == "of", previous > 0, Self.familyNouns.contains(sentence.word(previous - 1)) {
            return Self.parents.contains(sentence.word(previous - 1)) ? isBareRole(sentence, previous - 1) : false
        }
        return true
    }

    func nextIsName(_ sentence: SentenceContext, _ position: Int) -> Bool {
        position + 1 < sentence.count && sentence.token(position + 1).has(.capitalized)
    }
}
