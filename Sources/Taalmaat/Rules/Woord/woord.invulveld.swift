import TaalmaatText

/// `woord.invulveld`: template fields that were never filled in.
struct WoordInvulveld: SentenceRule, DescribedRule {
    static let wordList = "woorden/invulvelden.tsv"

    static let ruleDescription = RuleDescription(
        id: "woord.invulveld",
        name: "Invulveld niet ingevuld",
        summary: "Een invulveld uit een sjabloon staat nog in de tekst ([NAAM], ACHTERNAAM, xxx, …..).",
        explanation: """
            In de tekst staat nog een plek om iets in te vullen, zoals een naam, datum of adres. \
            Vul de echte gegevens in voor u de brief verstuurt. \
            Is de tekst een sjabloon? Zet dan in .taalmaat.yml welke invulvelden mogen blijven staan.
            """,
        whyItMatters: """
            Een brief met 'ACHTERNAAM' of 'xxx' voelt als een massabrief. De lezer voelt zich dan geen mens maar een nummer.
            """,
        severities: ProfileSeverities(brief: .fout, verslag: .fout, kind: .fout, intern: .waarschuwing),
        examples: [
            .triggers("Geachte heer ⟦ACHTERNAAM⟧,"),
            .triggers("Wij komen op ⟦[datum]⟧ bij u langs."),
            .triggers("Het gesprek met ⟦xxx⟧ is op dinsdag."),
            .triggers("Uw nieuwe contactpersoon is ⟦…..⟧"),
            .triggers("Dag ⟦{{voornaam}}⟧, fijn dat je er bent."),
            .triggers("Wij vragen ⟦heer/mevrouw⟧ om te reageren."),
            .clean("Beste mevrouw Bakker, wij komen op dinsdag 4 maart bij u langs."),
            .clean("Geachte heer/mevrouw,\n\nOp maandag komt Sanne de Vries bij u langs."),
            .clean("Ik weet het nog niet... Misschien morgen."),
            .clean("De afkorting OTS staat voor ondertoezichtstelling."),
        ],
        wordLists: [wordList])

    static let listEntries = ListEntries(wordList)
    static let suggestions = [Suggestion(title: "Vul de echte naam, datum of gegevens in")]

    func check(_ sentence: SentenceContext, into findings: inout [FindingDraft]) {
        var flagged = Set<Int>()
        for position in 0..<sentence.count {
            let token = sentence.token(position)
            // Byte tests before the text: almost no token is a field.
            switch token.kind {
            case .placeholder:
                let text = sentence.text(position)
                let allowed = sentence.settings.configuration.templatePlaceholders
                if let style = Self.style(of: text), allowed.contains(style) { continue }
            case .word:
                // The length first: reading the first byte goes to the source text.
                guard token.length >= 3 else { continue }
                let first = sentence.firstByte(position)
                guard first == 0x78 || first == 0x58 else { continue }
                let text = sentence.text(position)
                guard text.count >= 3, text.allSatisfy({ $0 == "x" || $0 == "X" }) else { continue }
            case .punctuation:
                // Four dots, two ellipses or one with two dots take at least four bytes.
                guard token.length >= 4, Self.isFillInLine(sentence.text(position)) else { continue }
            default:
                continue
            }
            flagged.insert(position)
            findings.append(draft(sentence.range(position), text: sentence.text(position)))
        }
        for match in sentence.matches(in: Self.listEntries) where !flagged.contains(match.first) {
            // In the salutation, brief.aanhef already asks for the reader's name.
            if sentence.blockKind == .salutation, Self.formsOfAddress.contains(sentence.text(match.first).lowercased()) {
                continue
            }
            let range = sentence.range(match.first...match.last)
            findings.append(draft(range, text: sentence.document.text(of: range)))
        }
    }

    static let formsOfAddress: Set<String> = ["heer", "meneer", "mijnheer", "mevrouw"]

    func draft(_ range: TextRange, text: String) -> FindingDraft {
        FindingDraft(
            range: range,
            message: "Hier staat nog een invulveld: '\(text)'. Vul de echte gegevens in.",
            suggestions: Self.suggestions)
    }

    /// `…..`, `........`: a dotted line to write on, not an ellipsis.
    static func isFillInLine(_ text: String) -> Bool {
        let dots = text.filter { $0 == "." }.count
        let ellipses = text.filter { $0 == "…" }.count
        return dots >= 4 || ellipses >= 2 || (ellipses >= 1 && dots >= 2)
    }

    static func style(of placeholder: String) -> PlaceholderStyle? {
        if placeholder.hasPrefix("{{") { return .doubleBraces }
        if placeholder.hasPrefix("{") { return .singleBraces }
        if placeholder.hasPrefix("[") { return .squareBrackets }
        if placeholder.hasPrefix("<<") { return .doubleAngles }
        if placeholder.hasPrefix("«") { return .guillemets }
        if placeholder.hasPrefix("$") { return .dollars }
        if placeholder.hasPrefix("%") { return .percents }
        return nil
    }
}
