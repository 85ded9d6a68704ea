import TaalmaatText

/// Shared tests for the report rules (`verslag.*`) and `brief.rol-naam`: who a
/// sentence is about, whether it names a source, whether it shows concrete behaviour.
/// Grammar (closed classes) lives here; phrases live in `Dictionaries/woorden/signalen-*.tsv`.
enum VerslagSignalen {
    static let sourceList = "woorden/signalen-bron.tsv"
    static let behaviourList = "woorden/signalen-gedrag.tsv"
    static let voiceList = "woorden/signalen-stem.tsv"
    static let strengthList = "woorden/signalen-sterke-punten.tsv"

    /// Words for people in or around the family (not the writer).
    static let personWords = WordSet(WordClasses.familyReferents.union([
        "hem", "haar", "gezin", "jongere", "jongeren", "jeugdige", "minderjarige", "peuter", "kleuter", "baby", "tiener",
        "puber", "oma", "opa", "broer", "zus", "broertje", "zusje", "broers", "zussen", "pleegmoeder", "pleegvader",
        "pleegouders", "pleegouder", "stiefvader", "stiefmoeder", "partner", "ex-partner", "man", "vrouw", "zoontje",
        "dochtertje", "leerling", "cliënt", "cliënte", "betrokkene", "pupil", "u", "jij", "jou", "jullie",
    ]))

    /// Words that keep a voice marker from counting: the writer speaking.
    static let writerWords: WordSet = ["ik", "wij", "we"]

    static let dayNames: WordSet = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]

    /// Words that undo a strength (*lukt niet*, *weinig vooruitgang*).
    static let weakeners = WordSet(WordClasses.negations.union(["weinig", "onvoldoende", "nauwelijks", "amper"]))

    // MARK: - People

    /// Whether the word at a position names a person of the family (or the reader).
    static func isPerson(_ sentence: ReportSentenceView, _ position: Int) -> Bool {
        let word = sentence.word(position)
        guard !word.isEmpty else { return false }
        if personWords.contains(word) { return true }
        return looksLikeName(sentence, position)
    }

    /// A capitalised word that is not a normal word at the start of a sentence:
    /// *Fenna*, *Priscilla*. Inside a sentence every capitalised word counts (names of
    /// people and of organisations); at the start, Hunspell decides for the lowercase
    /// form, which is only asked for the few sentences a rule looks at.
    static func looksLikeName(_ sentence: ReportSentenceView, _ position: Int) -> Bool {
        let token = sentence.token(position)
        guard token.kind == .word, token.has(.capitalized), !token.has(.allCaps) else { return false }
        let word = sentence.word(position)
        if WordClass.of(word) != [] || writerWords.contains(word) { return false }
        if !startsClause(sentence, position) { return true }
        if let zipf = sentence.resources.frequencies.zipf(of: word), zipf >= 4.7 { return false }
        let bare = word.hasSuffix("'s") ? String(word.dropLast(2)) : word
        return !sentence.resources.spellChecker.spell(bare)
    }

    /// Position 0, or right after an opening bracket, colon or quotation mark.
    static func startsClause(_ sentence: ReportSentenceView, _ position: Int) -> Bool {
        guard position > 0 else { return true }
        guard sentence.kind(position - 1) == .punctuation else { return false }
        let mark = sentence.text(position - 1)
        return mark != ","
    }

    static func mentionsPerson(_ sentence: ReportSentenceView) -> Bool {
        (0..<sentence.count).contains { isPerson(sentence, $0) }
    }

    // MARK: - Concrete details

    /// A date, a time, a number, a percentage or an amount that is not an age in
    /// brackets (*Moeder (34)*, *Senna 6*).
    static func hasNumberOrDate(_ sentence: ReportSentenceView) -> Bool {
        for position in 0..<sentence.count {
            switch sentence.kind(position) {
            case .date, .time, .percentage, .amount:
                return true
            case .number:
                if position > 0, sentence.isMark(position - 1, 0x28) || sentence.token(position - 1).has(.capitalized) {
                    continue
                }
                return true
            default:
                continue
            }
        }
        return false
    }

    /// A date, or *op* + a day name: *op dinsdag*.
    static func hasDate(_ sentence: ReportSentenceView) -> Bool {
        for position in 0..<sentence.count {
            if sentence.kind(position) == .date { return true }
            if dayNames.contains(sentence.word(position)), position > 0, sentence.word(position - 1) == "op" { return true }
        }
        return false
    }

    static func hasQuotedWords(_ sentence: ReportSentenceView) -> Bool {
        (0..<sentence.count).contains { sentence.isQuoted($0) && sentence.kind($0) == .word }
    }

    /// A number, a date, quoted speech, or words for something that happened (*zei*,
    /// *toen*, *twee keer*, *tijdens het gesprek*, *op maandag*).
    static func showsBehaviour(_ sentence: ReportSentenceView) -> Bool {
        hasNumberOrDate(sentence) || hasQuotedWords(sentence) || !sentence.matches(in: behaviourList).isEmpty
    }

    // MARK: - Document helpers

    /// The sentences right before and after, in the same block.
    static func neighbours(of index: Int, in document: DocumentContext) -> [Int] {
        let block = document.document.sentences[index].blockIndex
        return [index - 1, index + 1].filter {
            $0 >= 0 && $0 < document.document.sentences.count && document.document.sentences[$0].blockIndex == block
        }
    }

    static func isBody(_ kind: BlockKind) -> Bool { kind == .paragraph || kind == .listItem }

    /// Where a finding about the whole report points: the first body sentence that is a
    /// real sentence (four words or more, ending in a full stop, question mark or
    /// exclamation mark), so not a title line or *Van: …* above the text.
    static func anchorSentence(in document: DocumentContext, body: [Int]) -> Int? {
        for index in body where document.results[index].stats.words >= 4 {
            guard let last = document.contentTokens(ofSentence: index).last else { continue }
            let text = document.document.text(of: document.document.tokens[last])
            if text.hasPrefix(".") || text.hasPrefix("?") || text.hasPrefix("!") { return index }
        }
        return body.first
    }

    /// Whether another rule runs in this check (to leave a word to the rule that owns it).
    static func isActive(_ id: RuleID, in settings: CheckSettings) -> Bool {
        settings.activeRules.contains { $0.rule.description.id == id }
    }

    /// The matches of one list in one sentence, from the cached sentence results.
    static func matches(_ list: String, inSentence index: Int, of document: DocumentContext) -> [SentenceMatch] {
        guard let range = document.resources.lexicon.entriesByList[list] else { return [] }
        return document.results[index].matches.filter { range.contains($0.entry) }
    }

    /// The sentences with matches of some lists, in text order, each with those matches.
    static func sentencesWithMatches(_ lists: [String], in document: DocumentContext) -> [(index: Int, matches: [SentenceMatch])] {
        let ranges = lists.compactMap { document.resources.lexicon.entriesByList[$0] }
        guard !ranges.isEmpty else { return [] }
        var found: [(Int, [SentenceMatch])] = []
        for (index, result) in document.results.enumerated() {
            let hits = result.matches.filter { match in ranges.contains { $0.contains(match.entry) } }
            if !hits.isEmpty { found.append((index, hits)) }
        }
        return found
    }

    /// Whether any word of a match is inside quotation marks.
    static func isQuoted(_ match: SentenceMatch, in sentence: ReportSentenceView) -> Bool {
        (match.first...match.last).contains { sentence.isQuoted($0) }
    }

    /// The range of a match; a split verb (*schiet … tekort*) runs up to its particle.
    static func range(of match: SentenceMatch, in sentence: ReportSentenceView) -> TextRange {
        let last = max(match.last, match.particle?.upperBound ?? match.last)
        return sentence.range(match.first...last)
    }

    /// Whether a match overlaps any of the given ranges of positions.
    static func overlaps(_ match: SentenceMatch, _ others: [SentenceMatch]) -> Bool {
        others.contains { $0.first <= match.last && match.first <= $0.last }
    }
}
