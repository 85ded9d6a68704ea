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
        // Every token of every sentence passes here: the tokens are read through buffer
        // pointers (no bounds check or reload per token), and only a token that may be a
        // field by its kind and length goes on to the byte and text tests.
        let columns = sentence.columns
        let documentTokens = columns.document.tokens
        let span = sentence.base..<(sentence.base + sentence.count)
        columns.tokenIndices.withUnsafeBufferPointer { allIndices in
            let indices = UnsafeBufferPointer(rebasing: allIndices[span])
            documentTokens.withUnsafeBufferPointer { tokens in
                for position in 0..<indices.count {
                    let token = tokens[Int(indices[position])]
                    guard Self.isField(token, at: position, in: sentence) else { continue }
                    findings.append(draft(sentence.range(position), text: sentence.text(position)))
                }
            }
        }
        // The list's matches in sentence order, read in place (most sentences have none:
        // the list bits say so before the matches are read).
        let matches = sentence.matches
        guard !matches.isEmpty, let entries = Self.listEntries.range(in: sentence.resources), sentence.mayMatch(in: entries)
        else { return }
        for index in matches.indices where entries.contains(matches[index].entry) {
            let match = matches[index]
            // A field found by its token above is not reported twice. Asked again instead
            // of remembered: a set or array of positions cost more for every sentence
            // than this test for the few list matches.
            if Self.isField(sentence.token(match.first), at: match.first, in: sentence) { continue }
            // In the salutation, brief.aanhef already asks for the reader's name.
            if sentence.blockKind == .salutation, Self.formsOfAddress.contains(sentence.text(match.first).lowercased()) {
                continue
            }
            let range = sentence.range(match.first...match.last)
            findings.append(draft(range, text: sentence.document.text(of: range)))
        }
    }

    /// Whether the token at a position is a field by itself: a placeholder of a style
    /// that is not allowed, *xxx*, or a dotted line. Byte tests first: almost no token
    /// is a field.
    @inline(__always)
    static func isField(_ token: Token, at position: Int, in sentence: SentenceContext) -> Bool {
        switch token.kind {
        case .placeholder:
            let allowed = sentence.settings.configuration.templatePlaceholders
            if let style = style(of: sentence.text(position)), allowed.contains(style) { return false }
            return true
        case .word:
            guard token.length >= 3 else { return false }
            let first = sentence.document.source.utf8[token.start]
            guard first == 0x78 || first == 0x58 else { return false }
            return isCrosses(token, in: sentence.document.source)
        case .punctuation:
            // Four dots, two ellipses or one with two dots take at least four bytes.
            return token.length >= 4 && isFillInLine(sentence.text(position))
        default:
            return false
        }
    }

    /// Whether a token of three or more bytes is only *x* and *X*. On the bytes: a
    /// character equal to "x" or "X" is that one byte (neither has another canonical
    /// form), so this is `text.count >= 3 && text.allSatisfy { $0 == "x" || $0 == "X" }`.
    static func isCrosses(_ token: Token, in source: SourceText) -> Bool {
        for offset in token.start..<token.end where source.utf8[offset] | 0x20 != 0x78 { return false }
        return true
    }

    static let formsOfAddress: Set<String> = ["heer", "meneer", "mijnheer", "mevrouw"]

    func draft(_ range: TextRange, text: String) -> FindingDraft {
        FindingDraft(
            range: range,
            // Joined in one allocation: interpolation grew the string piece by piece.
            message: TextJoin.join("Hier staat nog een invulveld: '", text, "'. Vul de echte gegevens in."),
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
