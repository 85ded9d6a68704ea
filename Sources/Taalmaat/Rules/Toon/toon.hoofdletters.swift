import TaalmaatText

/// `toon.hoofdletters`: gewone woorden in hoofdletters (*NIET*, *LET OP*, *VERPLICHT*).
/// Afkortingen (*OTS*, *GGD*) en invulvelden (*ACHTERNAAM*) tellen niet mee.
struct ToonHoofdletters: SentenceRule, DescribedRule {
    static let ruleDescription = RuleDescription(
        id: "toon.hoofdletters",
        name: "Hoofdletters",
        summary: "Gewone woorden in hoofdletters, zoals 'NIET' of 'LET OP'.",
        explanation: """
            Woorden in hoofdletters lezen als schreeuwen. Schrijf ze gewoon, met kleine letters. \
            Is iets echt belangrijk? Zeg dan in gewone woorden waarom. \
            Afkortingen zoals GGD blijven in hoofdletters.
            """,
        whyItMatters: """
            Hoofdletters voelen als boosheid of druk. Een lezer met zorgen schrikt daarvan. \
            Bovendien lezen woorden in hoofdletters minder makkelijk.
            """,
        severities: ProfileSeverities(brief: .waarschuwing, verslag: .waarschuwing, kind: .waarschuwing, intern: .tip),
        examples: [
            .triggers("Uw aanwezigheid is ⟦VERPLICHT⟧.", suggestion: "verplicht", better: "We vinden het belangrijk dat u komt. Dan kunnen we samen een plan maken."),
            .triggers("Je ouders mogen ⟦NIET⟧ bij het gesprek zijn.", profile: .kind, suggestion: "niet"),
            .triggers("⟦LET OP⟧: het gesprek is op dinsdag.", suggestion: "Let op"),
            .triggers("Neem ⟦ALLE⟧ papieren mee naar het gesprek."),
            .triggers("⟦BELANGRIJK⟧\nDe afspraak gaat niet door.", suggestion: "Belangrijk"),
            .clean("De OTS loopt tot maart. De GGD en het UWV weten ervan."),
            .clean("Geachte heer ACHTERNAAM,"),
            .clean("Emre zit op de HAVO en zijn zus op het MBO."),
            .clean("Moeder zei: \"Ik wil dit NIET meer.\""),
            .clean("U woont op Lindelaan 17, 1012 XK Voorbeeldstad."),
        ])

    /// Every finding needs a word in capitals.
    var sentenceFilter: SentenceFilter { SentenceFilter(anyOfFlags: .allCaps) }

    func check(_ sentence: SentenceContext, into findings: inout [FindingDraft]) {
        let block = sentence.blockKind
        // Every finding needs a word in capitals.
        guard block == .paragraph || block == .listItem || block == .heading, sentence.flagUnion.contains(.allCaps) else {
            return
        }
        // A short line in capitals only (*GEMEENTE VOORBEELDSTAD*, *BESLUIT*) is a name or a
        // title: skip it when it holds a name, else treat it as a heading.
        let titleLine = isTitleLine(sentence)
        if titleLine, (0..<sentence.count).contains(where: {
            sentence.kind($0) == .word && (isAcronym($0, in: sentence) || Self.zipf(at: $0, in: sentence) < 3)
        }) {
            return
        }
        let asHeading = block == .heading || titleLine
        var position = 0
        while position < sentence.count {
            guard isCapitalWord(position, in: sentence) else {
                position += 1
                continue
            }
            // A run of capital words: *LET OP*, *U BENT VERPLICHT*.
            var end = position
            while end + 1 < sentence.count, isCapitalWord(end + 1, in: sentence) { end += 1 }
            let run = position...end
            position = end + 1
            // The ordinary words of the run: how many, and whether one has three letters or more.
            var ordinaryCount = 0
            var longOrdinary = false
            for position in run where isOrdinary(position, in: sentence) {
                ordinaryCount += 1
                if !longOrdinary { longOrdinary = Self.hasThreeCharacters(position, in: sentence) }
            }
            guard ordinaryCount > 0, longOrdinary || ordinaryCount >= 2 else { continue }
            // Keep acronyms at the edges out of the span: *LET OP GGD* marks *LET OP*.
            guard let first = run.first(where: { !isAcronym($0, in: sentence) }) else { continue }
            // The last one from the end: `first` is known to be no acronym, so the search
            // stops there without asking again.
            var last = run.upperBound
            while last > first, isAcronym(last, in: sentence) { last -= 1 }
            let range = sentence.range(first...last)
            let original = sentence.columns.document.source[range]
            var replacement = original.lowercased()
            if startsSentence(first, in: sentence), let initial = replacement.first {
                replacement = initial.uppercased() + replacement.dropFirst()
            }
            findings.append(
                FindingDraft(
                    range: range,
                    message: TextJoin.join("'", original, "' in hoofdletters leest als schreeuwen. Schrijf '", replacement, "'."),
                    suggestions: [Suggestion(title: replacement, edits: [TextEdit(range: range, replacement: replacement)], isSafe: true)],
                    severity: asHeading ? .tip : nil))
        }
    }

    /// A line of one to four words, all capital words (``isCapitalWord(_:in:)``), that
    /// does not end in *.*, *!* or *?*.
    private func isTitleLine(_ sentence: SentenceContext) -> Bool {
        var wordCount = 0
        for position in 0..<sentence.count where sentence.kind(position) == .word {
            wordCount += 1
            // A fifth word or one not in capitals decides: the rest need no look.
            guard wordCount <= 4, isCapitalWord(position, in: sentence) else { return false }
        }
        return wordCount > 0
            && !(sentence.kind(sentence.count - 1) == .punctuation && [".", "!", "?"].contains(sentence.text(sentence.count - 1)))
    }

    /// Whether the token at a position has three characters or more; an ASCII token
    /// without a carriage return (one character with a line feed) is counted in bytes,
    /// without a string.
    static func hasThreeCharacters(_ position: Int, in sentence: SentenceContext) -> Bool {
        let range = sentence.range(position)
        guard range.end - range.start >= 3 else { return false }  // a character has a byte or more
        let ascii = sentence.columns.document.source.utf8.withUnsafeBufferPointer { bytes in
            !bytes[range.start..<range.end].contains { $0 >= 0x80 || $0 == 0x0D }
        }
        return ascii || sentence.text(position).count >= 3
    }

    /// `word.count` without counting characters for ASCII (no carriage return: with a
    /// line feed it is one character of two bytes).
    static func characterCount(_ word: String) -> Int {
        let ascii = word.withUTF8Bytes { bytes in !bytes.contains { $0 >= 0x80 || $0 == 0x0D } }
        return ascii ? word.utf8.count : word.count
    }

    /// A word of capitals that may belong to a shouted run (also two-letter *OP*).
    func isCapitalWord(_ position: Int, in sentence: SentenceContext) -> Bool {
        let token = sentence.token(position)
        return token.kind == .word && token.has(.allCaps) && !token.has(.containsDigit) && !token.has(.hyphenated)
            && !sentence.isQuoted(position)
    }

    /// An acronym or a template field: in a case-sensitive word list, not pronounceable,
    /// or not a Dutch word in lowercase (*GGD*, *UWV*).
    func isAcronym(_ position: Int, in sentence: SentenceContext) -> Bool {
        let word = sentence.word(position)
        for match in sentence.matches where match.first <= position && position <= match.last {
            if sentence.entry(match).options.caseSensitive { return true }
        }
        guard Self.isPronounceable(word) else { return true }
        if Self.zipf(at: position, in: sentence) >= 4.4, Self.characterCount(word) > 4 { return false }
        return !sentence.resources.spellChecker.spell(word)
    }

    /// An ordinary Dutch word written in capitals, not an acronym or a template field.
    func isOrdinary(_ position: Int, in sentence: SentenceContext) -> Bool {
        let word = sentence.word(position)
        let letters = Self.characterCount(word)
        guard letters >= 2 else { return false }
        if sentence.isAccepted(word) { return false }
        // Acronyms and template fields from the word lists (`OTS`, `ACHTERNAAM`).
        for match in sentence.matches where match.first <= position && position <= match.last {
            if sentence.entry(match).options.caseSensitive { return false }
        }
        guard Self.isPronounceable(word) else { return false }
        let resources = sentence.resources
        let zipf = Self.zipf(at: position, in: sentence)
        if letters <= 4 {
            // Short: only very common words (*NIET*, *LET*, *ALLE*). Short acronyms are
            // often also in the frequency list (*ggd*, *havo*), so Hunspell must accept
            // the lowercase form too.
            guard zipf >= 4.4 else { return false }
            return resources.spellChecker.spell(word)
        }
        if zipf >= 3 { return true }
        return resources.spellChecker.spell(word)
    }

    /// The frequency of the word at a position, 0 when the list does not know it.
    static func zipf(at position: Int, in sentence: SentenceContext) -> Float {
        let info = sentence.infos[position]
        return info.isKnown ? info.zipf : 0
    }

    /// Whether the letters before the first vowel can start a Dutch word: *mbo* and
    /// *ggz* cannot, so they are acronyms.
    static func isPronounceable(_ word: String) -> Bool {
        // ASCII words on their bytes: one byte is one character, and the onset needs a
        // string only when it has two letters or more.
        // nil: not ASCII; -1: no vowel; else the number of letters before the first vowel.
        let onset = word.withUTF8Bytes { bytes -> Int? in
            for (index, byte) in bytes.enumerated() {
                if byte >= 0x80 { return nil }
                if byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75 || byte == 0x79 {
                    // The rest must be ASCII too, or the slow test decides.
                    return bytes[index...].allSatisfy { $0 < 0x80 } ? index : nil
                }
            }
            return -1
        }
        guard let onset else { return isPronounceableCharacters(word) }
        guard onset >= 0 else { return false }
        return onset <= 1 || validOnsets.contains(String(decoding: word.utf8.prefix(onset), as: UTF8.self))
    }

    static func isPronounceableCharacters(_ word: String) -> Bool {
        var onset = ""
        var hasVowel = false
        for character in word {
            if "aeiouyáéíóúàèëïöüâêîôû".contains(character) {
                hasVowel = true
                break
            }
            onset.append(character)
        }
        guard hasVowel else { return false }
        return onset.count <= 1 || validOnsets.contains(onset)
    }

    static let validOnsets: WordSet = [
        "bl", "br", "ch", "chr", "cl", "cr", "dr", "dw", "fl", "fr", "gl", "gn", "gr", "kl", "kn", "kr", "kw", "pl",
        "pr", "ps", "sch", "schr", "sc", "sj", "sk", "skr", "sl", "sm", "sn", "sp", "spl", "spr", "st", "str", "sw",
        "th", "tj", "tr", "ts", "tw", "vl", "vr", "wr", "zw",
    ]

    /// Whether a position starts a sentence or a line (where a capital belongs).
    func startsSentence(_ position: Int, in sentence: SentenceContext) -> Bool {
        if position == 0 { return true }
        // The kind first: only a mark needs its text.
        guard sentence.kind(position - 1) == .punctuation else { return false }
        return [".", "!", "?", "\"", "“", "‘"].contains(sentence.text(position - 1))
    }
}
