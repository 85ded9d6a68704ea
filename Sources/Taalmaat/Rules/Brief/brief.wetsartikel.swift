import TaalmaatText

/// `brief.wetsartikel`: law articles in the body of a letter (*artikel 1:255 BW*).
struct BriefWetsartikel: DocumentRule, DescribedRule {
    static let wordList = "woorden/signalen-wet.tsv"

    static let ruleDescription = RuleDescription(
        id: "brief.wetsartikel",
        name: "Wetsartikel in de brief",
        summary: "Een wetsartikel in de tekst van de brief, zoals 'artikel 1:255 BW' of 'op grond van de Awb'.",
        explanation: """
            In de brief staat een verwijzing naar een wet, zoals 'artikel 1:255 BW' of 'op grond van de Awb'. \
            Zeg in gewone woorden wat de regel betekent. Bijvoorbeeld: 'Kinderen van 5 tot 16 jaar moeten naar school. Dat staat in de wet.' \
            Moet het artikel erin? Zet het dan onderaan de brief, na uw naam.
            """,
        whyItMatters: """
            Een wetsartikel zegt de meeste lezers niets. Het voelt streng en afstandelijk, alsof er een rechtszaak komt. \
            Dat geeft stress en leidt af van wat de lezer moet weten.
            """,
        severities: ProfileSeverities(brief: .waarschuwing, verslag: .tip, kind: .waarschuwing, intern: nil),
        examples: [
            .triggers(
                "Beste meneer en mevrouw Pinas,\n\nDe rechter heeft uw zoon op grond van ⟦artikel 1:255 BW⟧ onder toezicht gesteld.",
                suggestion: "Zeg in gewone woorden wat de regel betekent",
                better: "Beste meneer en mevrouw Pinas,\n\nDe rechter heeft besloten dat Ryan een jaar extra hulp en bescherming krijgt."),
            .triggers(
                "Beste mevrouw De Groot,\n\nU bent op grond van ⟦artikel 2 van de Leerplichtwet 1969⟧ verplicht om Milan naar school te laten gaan."),
            .triggers("Beste mevrouw Yilmaz,\n\nU kunt bezwaar maken ⟦op grond van de Awb⟧."),
            .triggers("Beste meneer Jansen,\n\nDit staat in ⟦artikel 7, lid 2 van de verordening⟧."),
            .triggers("Beste Noor,\n\nDe rechter gebruikt ⟦artikel 1:255 BW⟧.", profile: .kind),
            .clean("Beste mevrouw De Groot,\n\nKinderen van 5 tot 16 jaar moeten naar school. Dat staat in de wet."),
            .clean(
                "Beste mevrouw Yilmaz,\n\nEmre krijgt twee uur begeleiding per week.\n\nMet vriendelijke groet,\n\nFemke van Leeuwen\n\nDit besluit valt onder artikel 2.3 van de Jeugdwet."),
            .clean("Beste meneer Jansen,\n\nIn het artikel in de krant stond 1 fout. Mijn broer is lid van de club."),
            .clean("Beste mevrouw Smit,\n\nDit besluit valt onder de Jeugdwet."),
        ],
        wordLists: [wordList])

    static let articleWords: Set<String> = ["artikel", "artikelen", "art.", "art"]
    static let articleProbe = WordProbe(articleWords)
    static let listEntries = ListEntries(wordList)
    /// Short names of laws that follow an article number: *artikel 1:255 BW*.
    static let lawAbbreviations: WordSet = ["bw", "awb", "sr", "sv", "rv", "wmo", "wvggz", "wzd", "gw"]

    struct Item {
        let token: Int
        let kind: TokenKind
        let word: String
    }

    func check(_ document: DocumentContext, into findings: inout [FindingDraft]) {
        let layout = document.letterLayout
        let body = layout.body
        guard !body.isEmpty else { return }
        let mayHaveReference = body.contains {
            document.hasWord(Self.articleProbe, sentence: $0) || document.hasMatch(in: Self.listEntries, sentence: $0)
        }
        guard mayHaveReference else { return }
        // Content tokens of the body in one row: sentence splitting can break "artikel 2.3".
        // The document's arrays are read once here: going through the context for every
        // token retained and released them each time.
        let allTokens = document.document.tokens
        let source = document.document.source
        var tokens: [Int] = []
        for index in body {
            for token in document.document.sentences[index].tokenRange {
                let kind = allTokens[token].kind
                if !kind.isTrivia && kind != .listMarker { tokens.append(token) }
            }
        }
        // Items (with their lowercased text) are made only where an article word can
        // start a reference, and for the few tokens after it.
        func item(_ position: Int) -> Item {
            let value = allTokens[tokens[position]]
            return Item(token: tokens[position], kind: value.kind, word: document.document.text(of: value).lowercased())
        }
        var spans: [ClosedRange<Int>] = []  // document token indices
        var position = 0
        while position < tokens.count {
            if Self.mayBeArticleWord(allTokens[tokens[position]], in: source), Self.articleWords.contains(item(position).word),
                let end = articleEnd(tokens.count, item, from: position)
            {
                spans.append(tokens[position]...tokens[end])
                position = end + 1
            } else {
                position += 1
            }
        }
        let bodySet = Set(body)
        for (index, match) in document.matches(in: Self.wordList) where bodySet.contains(index) {
            let range = document.range(of: match, inSentence: index)
            guard let first = document.document.tokenIndex(containing: range.start),
                let last = document.document.tokenIndex(containing: range.end - 1)
            else { continue }
            if let overlap = spans.firstIndex(where: { $0.overlaps(first...last) }) {
                spans[overlap] = min(spans[overlap].lowerBound, first)...max(spans[overlap].upperBound, last)
            } else {
                spans.append(first...last)
            }
        }
        // A quoted reference is a citation.
        for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) where !document.document.tokens[span.lowerBound].has(.quoted) {
            let range = TextRange(start: document.document.tokens[span.lowerBound].start, end: document.document.tokens[span.upperBound].end)
            let text = document.document.text(of: range)
            findings.append(
                FindingDraft(
                    range: range,
                    message: "Hier staat een wetsartikel: '\(text)'. Zeg in gewone woorden wat de regel betekent. Zet het artikel zo nodig onderaan.",
                    suggestions: [Suggestion(title: "Zeg in gewone woorden wat de regel betekent")]))
        }
    }

    /// Whether a token can be one of ``articleWords`` once lowercased: an ASCII token
    /// keeps its length, and all of them start with *a*.
    static func mayBeArticleWord(_ value: Token, in source: SourceText) -> Bool {
        // Lowercasing may change the length of other text: the slow test decides.
        guard source.isASCII(value.range) else { return true }
        return Self.articleProbe.hasLength(value.length) && source.utf8[value.start] | 0x20 == 0x61
    }

    /// The end of an article reference that starts at `start` (*artikel*): its number
    /// (*1:255*, *2.3*, *7.3.1*, *3a*), *lid 2*, and the law (*BW*, *van de Jeugdwet*,
    /// *van de Leerplichtwet 1969*). `nil` when no number follows.
    func articleEnd(_ count: Int, _ items: (Int) -> Item, from start: Int) -> Int? {
        var end = start
        guard start + 1 < count, hasDigit(items(start + 1)) else { return nil }
        end = start + 1
        // More of the number: "1 : 255", "2 . 3", "7 . 3 . 1".
        while end + 2 < count, items(end + 1).kind == .punctuation, [":", "."].contains(items(end + 1).word),
            hasDigit(items(end + 2))
        {
            end += 2
        }
        // ", lid 2" or "lid 2".
        var next = end + 1
        if next < count, items(next).word == "," { next += 1 }
        if next + 1 < count, items(next).word == "lid", hasDigit(items(next + 1)) { end = next + 1 }
        // The law: "BW", "Jeugdwet", "van de Jeugdwet", "van de Wet gemeentelijke …".
        next = end + 1
        if next < count, isLawName(items(next)) {
            end = next
        } else if next + 2 < count, items(next).word == "van", ["de", "het"].contains(items(next + 1).word),
            isLawName(items(next + 2)) || items(next + 2).word == "wet" || items(next + 2).word == "verordening"
        {
            end = next + 2
        }
        // A year after the law's name: "Leerplichtwet 1969".
        if end + 1 < count, items(end + 1).kind == .number, items(end + 1).word.count == 4, end > start + 1 {
            end += 1
        }
        return end
    }

    func hasDigit(_ item: Item) -> Bool {
        item.kind == .number || (item.kind == .word && item.word.first?.isNumber == true)
    }

    func isLawName(_ item: Item) -> Bool {
        guard item.kind == .word || item.kind == .abbreviation else { return false }
        return Self.lawAbbreviations.contains(item.word) || item.word.hasSuffix("wet") || item.word.hasSuffix("wetboek")
    }
}
