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
        let body = document.letterLayout.body
        guard !body.isEmpty else { return }
        // The document's arrays are read once here: going through the context for every
        // token retained and released them each time.
        let text = document.document
        let allTokens = text.tokens
        let source = text.source
        var spans: [ClosedRange<Int>] = []  // document token indices
        // Only a body that names an article (``DocumentContext/hasWord(_:sentence:)``) or
        // has a listed phrase is checked. Both are found in the one pass below.
        var namesArticle = false
        var hasListedPhrase = false
        // Tokens up to here belong to the last reference found.
        var covered = -1
        let bytes = source.utf8
        // Every article word starts with "art": a sentence of ASCII text without those
        // three letters is ruled out on its bytes (the body is in text order).
        var scan = Self.articleProbe.scan
        var answers: [UInt64: Bool] = [:]
        for (position, index) in body.enumerated() {
            let sentence = text.sentences[index]
            guard scan.hasPlace(in: sentence.range, of: bytes) else { continue }
            let tokenRange = sentence.tokenRange
            var from = tokenRange.lowerBound
            while let token = Self.nextPossibleArticleWord(from: from, before: tokenRange.upperBound, allTokens, bytes) {
                from = token + 1
                let value = allTokens[token]
                guard Self.mayBeArticleWord(value, in: source) else { continue }
                if !namesArticle, value.kind == .word || value.kind == .abbreviation {
                    namesArticle = Self.articleProbe.contains(value, in: source)
                }
                guard token > covered, !value.kind.isTrivia, value.kind != .listMarker,
                    Self.isArticleWord(value, in: source, answers: &answers)
                else { continue }
                var row = ReferenceRow(text, body: body, from: token, inBodySentence: position)
                guard let end = articleEnd({ row.item($0) }, from: 0) else { continue }
                covered = row.item(end)?.token ?? token
                spans.append(token...covered)
            }
        }
        if let list = Self.listEntries.range(in: document.resources) {
            for index in body {
                for match in document.results[index].matches where list.contains(match.entry) {
                    hasListedPhrase = true
                    let range = document.range(of: match, inSentence: index)
                    guard let first = text.tokenIndex(containing: range.start), let last = text.tokenIndex(containing: range.end - 1)
                    else { continue }
                    if let overlap = spans.firstIndex(where: { $0.overlaps(first...last) }) {
                        spans[overlap] = min(spans[overlap].lowerBound, first)...max(spans[overlap].upperBound, last)
                    } else {
                        spans.append(first...last)
                    }
                }
            }
        }
        guard namesArticle || hasListedPhrase else { return }
        // A quoted reference is a citation.
        for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) where !allTokens[span.lowerBound].has(.quoted) {
            let range = TextRange(start: allTokens[span.lowerBound].start, end: allTokens[span.upperBound].end)
            let quote = text.text(of: range)
            findings.append(
                FindingDraft(
                    range: range,
                    message: "Hier staat een wetsartikel: '\(quote)'. Zeg in gewone woorden wat de regel betekent. Zet het artikel zo nodig onderaan.",
                    suggestions: [Suggestion(title: "Zeg in gewone woorden wat de regel betekent")]))
        }
    }

    /// The first token from `start` (before `end`) whose first byte lets it through the
    /// first test of ``mayBeArticleWord(_:in:)``. A loop of its own: in the rule's
    /// loop over the body, the many live values made every token cost three times as much.
    static func nextPossibleArticleWord(from start: Int, before end: Int, _ tokens: [Token], _ bytes: [UInt8]) -> Int? {
        var index = start
        while index < end {
            let value = tokens[index]
            if value.length > 0 {
                let first = bytes[value.start]
                if first >= 0x80 || first | 0x20 == 0x61 { return index }
            }
            index += 1
        }
        return nil
    }

    /// Whether a token can be one of ``articleWords`` (or of ``articleProbe``) once
    /// lowercased: all of them start with *a*, and an ASCII token keeps its length.
    static func mayBeArticleWord(_ value: Token, in source: SourceText) -> Bool {
        guard value.length > 0 else { return false }
        // An ASCII character stays ASCII when lowercased, so only *a* and *A* can start one.
        let first = source.utf8[value.start]
        if first < 0x80, first | 0x20 != 0x61 { return false }
        // Lowercasing may change the length of other text: the slow test decides.
        guard source.isASCII(value.range) else { return true }
        return Self.articleProbe.hasLength(value.length)
    }

    /// Whether a token is one of ``articleWords`` once lowercased, for a token that
    /// passed ``mayBeArticleWord(_:in:)``.
    static func isArticleWord(_ value: Token, in source: SourceText) -> Bool {
        guard source.isASCII(value.range) else { return articleWords.contains(source[value.range].lowercased()) }
        return articleProbe.contains(value, in: source)
    }

    /// ``isArticleWord(_:in:)``, with the answer for short non-ASCII tokens kept in
    /// `answers` by their bytes: the same few marks (“, ”, ’) come back in every
    /// sentence with such bytes, and lowercasing and hashing them cost more than the
    /// rest of the rule's walk.
    static func isArticleWord(_ value: Token, in source: SourceText, answers: inout [UInt64: Bool]) -> Bool {
        guard value.length <= 7, !source.isASCII(value.range) else { return isArticleWord(value, in: source) }
        // The bytes and their count: a number for the text.
        var key = UInt64(value.length) << 56
        for (offset, byte) in source.utf8[value.start..<value.end].enumerated() { key |= UInt64(byte) << (8 * UInt64(offset)) }
        if let known = answers[key] { return known }
        let answer = isArticleWord(value, in: source)
        answers[key] = answer
        return answer
    }

    /// The end of an article reference that starts at `start` (*artikel*): its number
    /// (*1:255*, *2.3*, *7.3.1*, *3a*), *lid 2*, and the law (*BW*, *van de Jeugdwet*,
    /// *van de Leerplichtwet 1969*). `nil` when no number follows. `items` gives `nil`
    /// past the end of the body.
    func articleEnd(_ items: (Int) -> Item?, from start: Int) -> Int? {
        var end = start
        guard let number = items(start + 1), hasDigit(number) else { return nil }
        end = start + 1
        // More of the number: "1 : 255", "2 . 3", "7 . 3 . 1".
        while let mark = items(end + 1), let part = items(end + 2), mark.kind == .punctuation, [":", "."].contains(mark.word),
            hasDigit(part)
        {
            end += 2
        }
        // ", lid 2" or "lid 2".
        var next = end + 1
        if items(next)?.word == "," { next += 1 }
        if let lid = items(next), let number = items(next + 1), lid.word == "lid", hasDigit(number) { end = next + 1 }
        // The law: "BW", "Jeugdwet", "van de Jeugdwet", "van de Wet gemeentelijke …".
        next = end + 1
        if let law = items(next), isLawName(law) {
            end = next
        } else if let van = items(next), let article = items(next + 1), let name = items(next + 2), van.word == "van",
            ["de", "het"].contains(article.word), isLawName(name) || name.word == "wet" || name.word == "verordening"
        {
            end = next + 2
        }
        // A year after the law's name: "Leerplichtwet 1969".
        if let year = items(end + 1), year.kind == .number, year.word.count == 4, end > start + 1 {
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

/// The content tokens of a letter's body from one token on, as one row: sentence
/// splitting can break *artikel 2.3*, so a reference may go on in the next sentence.
/// Tokens are read (and lowercased) only as far as asked.
struct ReferenceRow {
    let document: Document
    let body: [Int]
    private var items: [BriefWetsartikel.Item] = []
    /// Where reading goes on: a position in `body` and a token of that sentence.
    private var sentence: Int
    private var token: Int

    init(_ document: Document, body: [Int], from token: Int, inBodySentence sentence: Int) {
        self.document = document
        self.body = body
        self.sentence = sentence
        self.token = token
    }

    /// The item at a position of the row (0: the first token), `nil` past the body's end.
    mutating func item(_ position: Int) -> BriefWetsartikel.Item? {
        while items.count <= position {
            guard let next = nextContentToken() else { return nil }
            let value = document.tokens[next]
            items.append(BriefWetsartikel.Item(token: next, kind: value.kind, word: document.text(of: value).lowercased()))
        }
        return items[position]
    }

    private mutating func nextContentToken() -> Int? {
        while sentence < body.count {
            let range = document.sentences[body[sentence]].tokenRange
            while token < range.upperBound {
                let candidate = token
                token += 1
                let kind = document.tokens[candidate].kind
                if !kind.isTrivia, kind != .listMarker { return candidate }
            }
            sentence += 1
            if sentence < body.count { token = document.sentences[body[sentence]].tokenRange.lowerBound }
        }
        return nil
    }
}
