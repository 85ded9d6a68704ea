import Synchronization
import TaalmaatSpelling
import TaalmaatText

/// `woord.spelling`: words that the Dutch spelling dictionary (Hunspell) does not know.
///
/// Words in the frequency list are taken as known, so Hunspell only sees the few
/// rare or misspelled words of a text. Suggestions come first from a cheap search of
/// the frequency list (one letter more, less, different or swapped); Hunspell's own
/// `suggest`, which takes tens of milliseconds, only runs when that finds nothing.
struct WoordSpelling: SentenceRule, DescribedRule {
    static let ruleDescription = RuleDescription(
        id: "woord.spelling",
        name: "Spelling",
        summary: "Een woord dat niet in de Nederlandse woordenlijst staat. Misschien is het verkeerd gespeld.",
        explanation: """
            Taalmaat zoekt elk woord op in een Nederlandse woordenlijst voor spelling. \
            Staat een woord er niet in, dan is het misschien verkeerd gespeld. \
            Namen, afkortingen en woorden met hoofdletters slaat Taalmaat over. \
            Is het woord toch goed, bijvoorbeeld een naam van uw organisatie? \
            Zet het dan in .taalmaat.yml bij de toegestane woorden.
            """,
        whyItMatters: """
            Een tikfout maakt een brief slordig. Bij een spannende brief vraagt de lezer zich dan af of de rest wel klopt. \
            Soms verandert een fout ook wat er staat.
            """,
        severities: ProfileSeverities(brief: .waarschuwing, verslag: .waarschuwing, kind: .waarschuwing, intern: .tip),
        examples: [
            .triggers("Wij komen ⟦dinsdg⟧ bij u langs.", suggestion: "dinsdag", better: "Wij komen dinsdag bij u langs."),
            .triggers("Wij maken een nieuwe ⟦afsrpaak⟧ met u.", suggestion: "afspraak"),
            .triggers("⟦Morgn⟧ bel ik u.", suggestion: "Morgen"),
            .triggers("Het ⟦gesprk⟧ gaat over de ⟦scool⟧ van Sem.", suggestion: "gesprek"),
            .triggers("Ik heb je ⟦tekenig⟧ gezien.", profile: .kind, suggestion: "tekening"),
            .clean("Agnieszka belt u morgen. Het gesprek is met meneer Wrzesniewski."),
            .clean("De auto's staan voor het huis. Zo'n gesprek duurt 's avonds wat langer."),
            .clean("Wij praten met de jeugd- en gezinscoach over het e-mailadres van de school."),
            .clean("Mail naar info@wijkteam-voorbeeld.nl of kijk op www.wijkteam-voorbeeld.nl."),
            .clean("Sem stuurt een bericht via WhatsApp. De GGD komt ook."),
            .clean("Moeder zei: \"Ik wil gewoon rust.\" Dat begrijp ik goed."),
        ])

    func check(_ sentence: SentenceContext, into findings: inout [FindingDraft]) {
        // Every word of every sentence passes here: entries and tokens through buffer
        // pointers, without a bounds check or a reload per position.
        let columns = sentence.columns
        let documentTokens = columns.document.tokens
        let span = sentence.base..<(sentence.base + sentence.count)
        documentTokens.withUnsafeBufferPointer { tokens in
            columns.tokenIndices.withUnsafeBufferPointer { allIndices in
                let indices = UnsafeBufferPointer(rebasing: allIndices[span])
                columns.entries.withUnsafeBufferPointer { allEntries in
                    let entries = UnsafeBufferPointer(rebasing: allEntries[span])
                    for position in 0..<entries.count {
                        // Known words are fine: this keeps Hunspell for the rare word.
                        // Tested first, as most words leave here without reading their token.
                        let entry = entries[position]
                        let interner = columns.interner
                        if interner.info(entry).isKnown { continue }
                        let token = tokens[Int(indices[position])]
                        guard token.kind == .word, token.length >= 2, !token.has(.containsDigit), !token.has(.allCaps) else {
                            continue
                        }
                        // A capital inside a sentence is a name.
                        let capitalized = token.has(.capitalized)
                        if capitalized, position > 0 { continue }
                        // A word this interner already knows to be spelled right has no
                        // finding, whatever the tests below say: most words leave here,
                        // on one read, before their text is looked at.
                        if interner.answer(entry, to: Self.question(capitalized: capitalized)) == true { continue }
                        // Mixed capitals are names of products and firms: *WhatsApp*, *eHealth*.
                        if sentence.hasInnerUppercase(token) { continue }
                        let word = interner.word(entry)
                        if word.utf8.first == 0x27 && word.hasPrefix("'") || sentence.isAccepted(word) { continue }
                        // Part of a file name or path: *.taalmaat.yml*, *map/bestand*.
                        if sentence.document.isGluedToAnotherWord(Int(indices[position])) { continue }
                        check(word, token: token, entry: entry, at: position, capitalized: capitalized, in: sentence, into: &findings)
                    }
                }
            }
        }
    }

    /// The question whose answer ``isSpelledRight(_:capitalizedText:entry:in:)`` keeps.
    @inline(__always)
    static func question(capitalized: Bool) -> WordInterner.Question {
        capitalized ? .spelledRightCapitalized : .spelledRight
    }

    func check(
        _ word: String, token: Token, entry: Int32, at position: Int, capitalized: Bool, in sentence: SentenceContext,
        into findings: inout [FindingDraft]
    ) {
        let resources = sentence.resources
        // The original text only matters with a capital, until a word turns out unknown.
        let capitalizedText = capitalized ? sentence.text(position) : nil
        if Self.isSpelledRight(word, capitalizedText: capitalizedText, entry: entry, in: sentence) { return }
        guard !sentence.isCoveredByWordList(position) else { return }
        guard token.has(.hyphenated) || token.has(.ellipticHyphen) else {
            report(word, original: capitalizedText, range: token.range, sentenceStart: capitalized, in: sentence, into: &findings)
            return
        }
        // Hyphenated words: each part on its own (*jeugd-ggz*, *jeugd-*).
        let text = capitalizedText ?? sentence.text(position)
        let elliptic = token.has(.ellipticHyphen)
        let parts = Self.unknownParts.value(text, resources: resources, parameter: elliptic ? 1 : 0) {
            Self.unknownParts(of: text, elliptic: elliptic, resources: resources)
        }
        for part in parts where !sentence.isAccepted(part.word) {
            let start = token.start + part.offset
            let range = TextRange(start: start, end: start + part.original.utf8.count)
            report(part.word, original: part.original, range: range, sentenceStart: capitalized && part.index == 0, in: sentence, into: &findings)
        }
    }

    /// A part of a hyphenated word that may be misspelled.
    struct UnknownPart: Sendable {
        let index: Int
        let original: String
        let word: String
        /// Byte offset in the whole word.
        let offset: Int
    }

    private static let unknownParts = WordMemo<[UnknownPart]>(capacity: 10_000)

    /// The parts of a hyphenated word that neither the frequency list nor Hunspell
    /// knows. Whether the configuration accepts a part is left to the caller: that is
    /// the only answer that is not the same for every check.
    static func unknownParts(of text: String, elliptic: Bool, resources: EngineResources) -> [UnknownPart] {
        let spelling = resources.spellChecker
        let frequencies = resources.frequencies
        var found: [UnknownPart] = []
        for (index, (originalText, offset)) in WoordText.hyphenParts(of: text).enumerated() {
            let original = String(originalText)
            let part = WordNormalizer.normalize(original)
            guard WoordText.letterCount(part) >= 2, !original.contains(where: \.isUppercase) else { continue }
            if frequencies.contains(part) { continue }
            if spelling.spell(part) { continue }
            // "opvoedings- en gezinsondersteuning": the first part keeps its link.
            if elliptic, Self.isLinkedPart(part, spelling: spelling) { continue }
            found.append(UnknownPart(index: index, original: original, word: part, offset: offset))
        }
        return found
    }

    private static let knownWords = WordMemo<Bool>()

    /// Whether Hunspell or the compound test knows the word (or, with a capital, its
    /// text as written). The answer depends on the token text alone: it is kept per
    /// interner entry, so a repeated word costs an array read; on a first meeting it
    /// comes from the process-wide memo.
    static func isSpelledRight(_ word: String, capitalizedText: String?, at position: Int, in sentence: SentenceContext) -> Bool {
        guard let number = sentence.wordNumber(position) else {
            return spelledRight(word, capitalizedText: capitalizedText, resources: sentence.resources)
        }
        return isSpelledRight(word, capitalizedText: capitalizedText, entry: number, in: sentence)
    }

    /// ``isSpelledRight(_:capitalizedText:at:in:)`` for a word whose interner entry is known.
    static func isSpelledRight(_ word: String, capitalizedText: String?, entry number: Int32, in sentence: SentenceContext) -> Bool {
        let question = question(capitalized: capitalizedText != nil)
        if let known = sentence.interner.answer(number, to: question) { return known }
        let known = spelledRight(word, capitalizedText: capitalizedText, resources: sentence.resources)
        sentence.interner.remember(known, for: number, to: question)
        return known
    }

    /// ``isSpelledRight(_:capitalizedText:at:in:)`` through the memo of every check.
    private static func spelledRight(_ word: String, capitalizedText: String?, resources: EngineResources) -> Bool {
        knownWords.value(capitalizedText ?? word, resources: resources, parameter: capitalizedText == nil ? 0 : 1) {
            let spelling = resources.spellChecker
            if spelling.spell(word) || (capitalizedText.map(spelling.spell) ?? false) { return true }
            // A compound of known words is not a typo, although Hunspell may not build it
            // (*multiprobleemgezin*).
            return word.count >= 8 && WoordSamenstelling.compound(word, resources: resources).parts.count >= 2
        }
    }

    /// A compound part with a linking *s*, *e* or *en*: *opvoedings*, *kinder*.
    static func isLinkedPart(_ part: String, spelling: SpellChecker) -> Bool {
        for link in ["s", "en", "e"] where part.hasSuffix(link) && part.count > link.count + 2 {
            if spelling.spell(String(part.dropLast(link.count))) { return true }
        }
        return false
    }

    /// Reports a word that is not spelled right at `range`; `original` is the text at
    /// `range` when the caller has it (otherwise it is read only when needed).
    func report(
        _ word: String, original: String?, range: TextRange, sentenceStart: Bool, in sentence: SentenceContext,
        into findings: inout [FindingDraft]
    ) {
        // Everything but the range depends on the text alone (the word is its
        // normalised form): made once per text and shared by its findings.
        let parts = sentence.document.source.utf8.withUnsafeBufferPointer { bytes in
            // Keyed by the resources too: the rule is shared by every set of resources,
            // and the near words come from their word lists.
            reports.value(number: sentence.resources.generation, text: UnsafeBufferPointer(rebasing: bytes[range.start..<range.end])) {
                Self.report(for: word, original: original ?? sentence.document.text(of: range), resources: sentence.resources)
            }
        }
        // A capitalised first word without a near word is most likely a name. Hunspell's
        // own suggestions take up to a few hundred milliseconds per word, too slow for
        // every check: editors ask for them on demand (`Checker.spellingSuggestions`).
        if parts.titles.isEmpty, sentenceStart { return }
        findings.append(FindingDraft(range: range, message: parts.message, suggestions: parts.suggestions(at: range)))
    }

    private let reports = TextKeyedCache<Report>()

    /// The message and suggestion titles for a misspelled text: up to three near words
    /// in the case of its first letter.
    static func report(for word: String, original: String, resources: EngineResources) -> Report {
        let candidates = cachedCheapSuggestions(for: word, resources: resources)
        let titles = candidates.prefix(3).map { WoordText.matchingFirstCapital($0, to: original) }
        let message =
            titles.first.map { TextJoin.join("Dit woord staat niet in de woordenlijst. Bedoelt u '", $0, "'?") }
            ?? "Dit woord staat niet in de woordenlijst. Kijk of het goed gespeld is."
        return Report(message: message, titles: titles)
    }

    /// What a finding of a misspelled text says, apart from where it is.
    final class Report: Sendable {
        let message: String
        /// Near words, best first, each written with the text's first capital.
        let titles: [String]

        init(message: String, titles: [String]) {
            self.message = message
            self.titles = titles
        }

        /// Each title replaces the text at `range`; none is safe to apply unasked. An
        /// array literal per count: one allocation of the exact size.
        func suggestions(at range: TextRange) -> [Suggestion] {
            switch titles.count {
            case 0: return []
            case 1: return [suggestion(0, at: range)]
            case 2: return [suggestion(0, at: range), suggestion(1, at: range)]
            default: return [suggestion(0, at: range), suggestion(1, at: range), suggestion(2, at: range)]
            }
        }

        @inline(__always)
        private func suggestion(_ index: Int, at range: TextRange) -> Suggestion {
            Suggestion(title: titles[index], edits: [TextEdit(range: range, replacement: titles[index])], isSafe: false)
        }
    }

    private static let cheapCache = WordMemo<[String]>(capacity: 10_000)

    /// ``cheapSuggestions(for:frequencies:spelling:limit:)``, remembered per word for the
    /// life of the process.
    static func cachedCheapSuggestions(for word: String, resources: EngineResources) -> [String] {
        cheapCache.value(word, resources: resources) {
            cheapSuggestions(for: word, frequencies: resources.frequencies, spelling: resources.spellChecker)
        }
    }

    /// Words one edit away (a letter deleted, swapped, changed or added) that the
    /// frequency list knows and Hunspell accepts, most frequent first.
    ///
    /// Candidates are spliced from the bytes of the word's characters: the same texts
    /// as joining `[Character]` arrays, without building a string character by
    /// character for each of the hundreds of candidates of a word.
    static func cheapSuggestions(for word: String, frequencies: FrequencyList, spelling: SpellChecker, limit: Int = 3)
        -> [String]
    {
        let characters = Array(word)
        guard characters.count >= 2, characters.count <= 30 else { return [] }
        let bytes = Array(word.utf8)
        // Byte offset of each character, and the end of the word.
        var starts: [Int] = []
        starts.reserveCapacity(characters.count + 1)
        var offset = 0
        for character in characters {
            starts.append(offset)
            offset += character.utf8.count
        }
        starts.append(offset)
        var found: [String: Float] = [:]
        let letterEnds = WoordText.dutchLetterEnds
        // Room for the word and the longest letter (two bytes).
        let candidate = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count + 4)
        defer { candidate.deallocate() }
        bytes.withUnsafeBufferPointer { source in
            WoordText.dutchLetterBytes.withUnsafeBufferPointer { letters in
                /// Considers the word's bytes before character `cut`, then `middle`, then
                /// the word's bytes from character `resume` on.
                func splice(before cut: Int, _ middle: Slice<UnsafeBufferPointer<UInt8>>, from resume: Int) {
                    var length = 0
                    for index in 0..<starts[cut] {
                        candidate[length] = source[index]
                        length += 1
                    }
                    for byte in middle {
                        candidate[length] = byte
                        length += 1
                    }
                    for index in starts[resume]..<source.count {
                        candidate[length] = source[index]
                        length += 1
                    }
                    let text = String(decoding: UnsafeBufferPointer(rebasing: candidate[..<length]), as: UTF8.self)
                    if let zipf = frequencies.zipf(of: text), zipf >= minimumSuggestionZipf { found[text] = zipf }
                }
                func letterBytes(_ number: Int) -> Slice<UnsafeBufferPointer<UInt8>> {
                    letters[(number == 0 ? 0 : letterEnds[number - 1])..<letterEnds[number]]
                }
                for index in characters.indices {
                    splice(before: index, letters[0..<0], from: index + 1)
                }
                for index in 0..<(characters.count - 1) where characters[index] != characters[index + 1] {
                    // The bytes of the two characters in swapped order.
                    var swapped: [UInt8] = Array(source[starts[index + 1]..<starts[index + 2]])
                    swapped.append(contentsOf: source[starts[index]..<starts[index + 1]])
                    swapped.withUnsafeBufferPointer { splice(before: index, $0[...], from: index + 2) }
                }
                for index in characters.indices {
                    for (number, letter) in WoordText.dutchLetters.enumerated() where letter != characters[index] {
                        splice(before: index, letterBytes(number), from: index + 1)
                    }
                }
                for index in 0...characters.count {
                    for number in WoordText.dutchLetters.indices {
                        splice(before: index, letterBytes(number), from: index)
                    }
                }
            }
        }
        found[word] = nil
        let ranked = found.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        return Array(ranked.lazy.filter { spelling.spell($0) }.prefix(limit))
    }

    /// Rarer words are not worth suggesting: they are more often errors in the list.
    static let minimumSuggestionZipf: Float = 2.5
}
