import TaalmaatText

/// `woord.afkorting`: abbreviations with full stops (*m.b.t.*) and acronyms (*GI*,
/// *MDO*) that the text does not explain.
///
/// A document rule, because an acronym is fine once the text explains it, also in an
/// earlier or later sentence: *jeugdgezondheidszorg (JGZ)*. It is one pass over the
/// tokens; only capitalised words and abbreviations get a closer look.
struct WoordAfkorting: DocumentRule, DescribedRule {
    static let ruleDescription = RuleDescription(
        id: "woord.afkorting",
        name: "Afkorting",
        summary: "Een afkorting die de lezer moet ontcijferen, zoals m.b.t., i.v.m., GI of MDO.",
        explanation: """
            Afkortingen met punten, zoals 'm.b.t.' of 'z.s.m.', zijn ambtelijk en kosten de lezer moeite. \
            Schrijf ze voluit of gebruik een kort, gewoon woord. \
            Afkortingen van hoofdletters, zoals 'GI' of 'MDO', kent een gezin vaak niet. Schrijf ze voluit. \
            Moet de afkorting blijven? Leg haar dan één keer uit, bijvoorbeeld: 'jeugdgezondheidszorg (JGZ)'. \
            Afkortingen die iedereen kent, zoals UWV en DigiD, mogen blijven. \
            De lijst daarvan staat in Dictionaries/tekst/bekende-afkortingen.txt.
            """,
        whyItMatters: """
            Wie een afkorting niet kent, voelt zich buitengesloten. \
            Iemand met stress gaat niet zoeken wat het betekent. Hij leest verder en mist de boodschap.
            """,
        severities: ProfileSeverities(brief: .waarschuwing, verslag: .waarschuwing, kind: .fout, intern: nil),
        examples: [
            .triggers(
                "Neem ⟦bijv.⟧ uw paspoort of rijbewijs mee.", suggestion: "bijvoorbeeld",
                better: "Neem bijvoorbeeld uw paspoort of rijbewijs mee."),
            .triggers(
                "⟦N.a.v.⟧ ons gesprek stuur ik u deze brief.", suggestion: "Over",
                better: "Ik stuur u deze brief over ons gesprek van dinsdag."),
            .triggers(
                "Wilt u het formulier ⟦z.s.m.⟧ terugsturen?", suggestion: "zo snel als het kan",
                better: "Wilt u het formulier voor vrijdag 14 maart terugsturen?"),
            .triggers(
                "Na de zomer komt de ⟦SPH⟧ twee keer per week. Zij helpt met de ochtend. De SPH blijft tot de kerst.",
                better: "Na de zomer komt Fatima twee keer per week. Zij is hulpverlener en helpt met de ochtend."),
            .triggers("Morgen praat je met de ⟦VTO⟧ over school.", profile: .kind),
            .clean("Op school werkt de jeugdgezondheidszorg (JGZ). De JGZ kijkt naar hoe Sem groeit."),
            .clean("Heeft u een brief van het UWV gekregen? Log dan in met uw DigiD."),
            .clean("Dit is NIET de bedoeling. LET OP: de ingang is aan de achterkant."),
            .clean("Ons adres is Kerkstraat 8, 1012 XK Amsterdam. Uw kenmerk is LP/2025/0317."),
            .clean("Moeder zei: \"Die SPH komt nooit op tijd.\""),
            .clean("Beste Anna,\n\nTot dinsdag.\n\nMet vriendelijke groet,\n\nJ. de Vries\nSPH wijkteam Noord"),
        ])

    func check(_ context: DocumentContext, into findings: inout [FindingDraft]) {
        let document = context.document
        let data = WoordData.shared(for: context.resources)
        // Read once: reaching the arrays through the document for each token retained
        // and released them.
        let tokens = document.tokens
        // Abbreviations: the check's columns know which sentences have one (most have
        // none); without columns, every sentence is walked.
        let columns = context.words
        let abbreviationKind: UInt32 = 1 << TokenKind.abbreviation.rawValue
        for sentenceIndex in document.sentences.indices {
            if let columns, columns.sentences.contains(sentenceIndex),
                columns.summary(ofSentence: sentenceIndex).tokenKinds & abbreviationKind == 0
            {
                continue
            }
            let sentence = document.sentences[sentenceIndex]
            for tokenIndex in sentence.tokenRange where tokens[tokenIndex].kind == .abbreviation {
                let token = tokens[tokenIndex]
                guard !token.has(.quoted) else { continue }
                let text = document.text(of: token)
                let key = text.lowercased()
                guard let entry = data.abbreviations[key], !context.settings.isAccepted(key) else { continue }
                if token.has(.initial), !isAbbreviationBeforeParticle(tokenIndex, in: document) { continue }
                if isCoveredByWordList(token: tokenIndex, sentence: sentenceIndex, context: context) { continue }
                let endsSentence = lastContentToken(of: sentence, in: document) == tokenIndex
                findings.append(draft(for: entry, text: text, range: token.range, endsSentence: endsSentence))
            }
        }
        report(acronymUses(context), context: context, data: data, into: &findings)
    }

    // MARK: - Abbreviations with full stops

    func draft(for entry: WoordData.Abbreviation, text: String, range: TextRange, endsSentence: Bool) -> FindingDraft {
        var suggestions: [Suggestion] = []
        for (index, form) in entry.fullForms.enumerated() {
            let written = WoordText.matchingFirstCapital(form, to: text)
            if Self.isTemplate(form) {
                suggestions.append(Suggestion(title: written))
            } else {
                // The full stop of a sentence-final abbreviation also ends the sentence.
                let replacement = endsSentence ? written + "." : written
                suggestions.append(
                    Suggestion(
                        title: written, edits: [TextEdit(range: range, replacement: replacement)],
                        isSafe: entry.safe && index == 0))
            }
        }
        let concrete = entry.fullForms.first { !Self.isTemplate($0) }
        let message =
            concrete.map { "'\(text)' is een afkorting. Schrijf '\($0)'." }
            ?? "'\(text)' is een afkorting. Schrijf het voluit."
        let explanation = entry.explanation.isEmpty ? nil : entry.explanation + " " + Self.ruleDescription.whyItMatters
        return FindingDraft(range: range, message: message, explanation: explanation, suggestions: suggestions)
    }

    /// Whether a full form is a pattern to fill in (*[datum]*, *naar aanleiding van …*)
    /// rather than words that can replace the abbreviation: it holds `[` or `…`. On the
    /// bytes; `String.contains` went through Foundation's search, for every form of
    /// every finding.
    static func isTemplate(_ form: String) -> Bool {
        form.utf8.contains(0x5B) || form.unicodeScalars.contains("\u{2026}")
    }

    /// *N.B. de afspraak* looks like the initials of *P.M. de Vries* to the tokenizer.
    /// Initials are followed by a surname; here a lowercase word follows the particle.
    func isAbbreviationBeforeParticle(_ tokenIndex: Int, in document: Document) -> Bool {
        guard let particle = nextContent(after: tokenIndex, in: document), document.tokens[particle].kind == .word,
            !document.tokens[particle].has(.capitalized),
            let next = nextContent(after: particle, in: document), document.tokens[next].kind == .word
        else { return false }
        return !document.tokens[next].has(.capitalized)
    }

    func lastContentToken(of sentence: Sentence, in document: Document) -> Int? {
        sentence.tokenRange.last { !document.tokens[$0].kind.isTrivia }
    }

    // MARK: - Acronyms

    /// One use of an acronym: where its letters (`GI`) are, and where in the sentence.
    /// No strings: most uses are of an acronym seen before, and the letters are read
    /// from the text where a finding needs them.
    struct Occurrence: Equatable {
        let range: TextRange
        let sentence: Int
        let token: Int
        /// The letters lowercased, as ``packedKey(_:)`` packs them; 0 when they do not
        /// fit (more than seven bytes, or not ASCII once lowercased).
        let key: UInt64
    }

    /// Lowercased ASCII letters, at most seven, with their count in the high byte: a
    /// number to look an acronym up by instead of a string. 0 when they do not fit.
    static func packedKey(_ lowercased: some Collection<UInt8>) -> UInt64 {
        guard lowercased.count <= 7 else { return 0 }
        var key = UInt64(lowercased.count) << 56
        var shift: UInt64 = 0
        for byte in lowercased {
            guard byte < 0x80 else { return 0 }
            key |= UInt64(byte) << shift
            shift += 8
        }
        return key
    }

    /// A word token that may hold an acronym: capitalised or hyphenated, without digits,
    /// not quoted, with a capital after its first byte. Most words are lowercase: the
    /// flags send them on.
    @inline(__always)
    static func mayBeAcronym(_ token: Token, in bytes: [UInt8]) -> Bool {
        token.kind == .word && !token.flags.isDisjoint(with: [.capitalized, .hyphenated])
            && token.flags.isDisjoint(with: [.containsDigit, .quoted]) && hasInnerCapital(token, in: bytes)
    }

    /// The token of `tokens[first ..< end]` that holds byte `offset`, for an offset
    /// inside those tokens (they cover their bytes without gaps).
    static func token(containing offset: Int, in tokens: [Token], from first: Int, before end: Int) -> Int {
        // The last token that starts at or before the offset.
        var low = first
        var high = end - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if tokens[middle].start <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// A capital after the first letter: *GI*, *RvdK*, *OTS-verzoek*. Checked on the
    /// bytes, so ordinary capitalised words cost no string.
    static func hasInnerCapital(_ token: Token, in bytes: [UInt8]) -> Bool {
        var index = token.start + 1
        while index < token.end {
            if bytes[index] &- 0x41 < 26 { return true }
            index += 1
        }
        return false
    }

    /// Every use of an acronym in the text, in text order: in the words of
    /// ``mayBeAcronym(_:in:)``, outside signatures.
    ///
    /// Such a word has a capital after its first byte, and a scan of the bytes
    /// (``ByteScan/firstInnerCapital(in:from:)``) finds those few places in the text;
    /// only the tokens there are looked at, each in its sentence.
    func acronymUses(_ context: DocumentContext) -> [Occurrence] {
        let document = context.document
        let tokens = document.tokens
        let sentences = document.sentences
        let blocks = document.blocks
        let bytes = document.source.utf8
        var occurrences: [Occurrence] = []
        var sentenceIndex = 0
        var place = bytes.withUnsafeBufferPointer { ByteScan.firstInnerCapital(in: $0, from: 0) }
        while place < bytes.count {
            // The sentence that holds the place, or the next one: sentences are in text order.
            while sentenceIndex < sentences.count, sentences[sentenceIndex].range.end <= place { sentenceIndex += 1 }
            guard sentenceIndex < sentences.count else { break }
            let sentence = sentences[sentenceIndex]
            var next = sentence.range.end
            // In a signature, capitals are names of teams and organisations.
            if place >= sentence.range.start, blocks[sentence.blockIndex].kind != .signature {
                let tokenIndex = Self.token(containing: place, in: tokens, from: sentence.tokenRange.lowerBound, before: sentence.tokenRange.upperBound)
                if Self.mayBeAcronym(tokens[tokenIndex], in: bytes) {
                    collectAcronyms(in: tokenIndex, sentence: sentenceIndex, context: context, into: &occurrences)
                }
                next = tokens[tokenIndex].end
            } else if place < sentence.range.start {
                next = sentence.range.start
            }
            place = bytes.withUnsafeBufferPointer { ByteScan.firstInnerCapital(in: $0, from: next) }
        }
        return occurrences
    }

    func collectAcronyms(in tokenIndex: Int, sentence: Int, context: DocumentContext, into occurrences: inout [Occurrence]) {
        let document = context.document
        let token = document.tokens[tokenIndex]
        if document.source.isASCII(token.range) {
            collectASCIIAcronyms(in: tokenIndex, sentence: sentence, document: document, into: &occurrences)
            return
        }
        let text = document.text(of: token)
        for (segment, offset) in WoordText.hyphenParts(of: text) {
            // "CJG's", "OTS'en": the letters before the apostrophe.
            let core = segment.prefix { $0 != "'" && $0 != "\u{2019}" }
            guard Self.looksLikeAcronym(core) else { continue }
            let start = token.start + offset
            let range = TextRange(start: start, end: start + core.utf8.count)
            guard !isCode(tokenIndex, letterCount: core.count, document: document) else { continue }
            occurrences.append(
                Occurrence(range: range, sentence: sentence, token: tokenIndex, key: Self.packedKey(String(core).lowercased().utf8)))
        }
    }

    /// ``collectAcronyms(in:sentence:context:into:)`` for an ASCII token, on its bytes:
    /// one byte is one character, parts are split at `-` and the letters end at `'`.
    /// Capitalised words with an inner capital are mostly names (*WhatsApp*), so most
    /// tokens leave without a string.
    func collectASCIIAcronyms(in tokenIndex: Int, sentence: Int, document: Document, into occurrences: inout [Occurrence]) {
        let token = document.tokens[tokenIndex]
        let bytes = document.source.utf8
        var segmentStart = token.start
        while segmentStart <= token.end {
            var segmentEnd = segmentStart
            while segmentEnd < token.end, bytes[segmentEnd] != 0x2D { segmentEnd += 1 }
            var coreEnd = segmentStart
            while coreEnd < segmentEnd, bytes[coreEnd] != 0x27 { coreEnd += 1 }
            if Self.looksLikeAcronym(bytes[segmentStart..<coreEnd]),
                !isCode(tokenIndex, letterCount: coreEnd - segmentStart, document: document)
            {
                // Two to six ASCII letters (``looksLikeAcronym(_:)``): lowercased byte by byte.
                let key = Self.packedKey(bytes[segmentStart..<coreEnd].lazy.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 })
                occurrences.append(
                    Occurrence(range: TextRange(start: segmentStart, end: coreEnd), sentence: sentence, token: tokenIndex, key: key))
            }
            segmentStart = segmentEnd + 1
        }
    }

    /// ``looksLikeAcronym(_:)`` on ASCII bytes, where every byte is one character.
    static func looksLikeAcronym(_ core: ArraySlice<UInt8>) -> Bool {
        let count = core.count
        guard count >= 2, count <= 6, let first = core.first, first &- 0x41 < 26 else { return false }
        var capitals = 0
        var onlyX = true
        var onlyRoman = true
        for byte in core {
            guard (byte | 0x20) &- 0x61 < 26 else { return false }
            if byte &- 0x41 < 26 { capitals += 1 }
            if byte != 0x58 { onlyX = false }
            // I V X L C
            if byte != 0x49 && byte != 0x56 && byte != 0x58 && byte != 0x4C && byte != 0x43 { onlyRoman = false }
        }
        guard capitals >= 2, !onlyX else { return false }
        return !(onlyRoman && count <= 4)
    }

    /// Two to six letters, at least two capitals, starting with a capital: *GI*,
    /// *MDO*, *RvdK*. Not a Roman numeral and not a run of X (a fill-in field).
    static func looksLikeAcronym(_ text: Substring) -> Bool {
        let count = text.count
        guard count >= 2, count <= 6, let first = text.first, first.isUppercase else { return false }
        var capitals = 0
        for character in text {
            guard character.isLetter else { return false }
            if character.isUppercase { capitals += 1 }
        }
        guard capitals >= 2 else { return false }
        if text.allSatisfy({ $0 == "X" }) { return false }
        if text.allSatisfy({ "IVXLC".contains($0) }), count <= 4 { return false }
        return true
    }

    /// Letters that belong to a code or a postcode: *LP/2025/0317*, *2025-04417/GI*,
    /// *1012 XK*. `letterCount` is the number of characters of the letters.
    func isCode(_ tokenIndex: Int, letterCount: Int, document: Document) -> Bool {
        let tokens = document.tokens
        let bytes = document.source.utf8
        // Only the one-byte "/" is equal to the string "/": no other text is.
        func isSlash(_ token: Token) -> Bool { token.length == 1 && bytes[token.start] == 0x2F }
        if tokenIndex + 2 < tokens.count, isSlash(tokens[tokenIndex + 1]),
            tokens[tokenIndex + 2].has(.containsDigit) || tokens[tokenIndex + 2].kind == .number
        {
            return true
        }
        if tokenIndex >= 2, isSlash(tokens[tokenIndex - 1]),
            tokens[tokenIndex - 2].has(.containsDigit) || tokens[tokenIndex - 2].kind == .number
        {
            return true
        }
        if letterCount == 2, let previous = previousContent(before: tokenIndex, in: document) {
            let token = tokens[previous]
            // Four characters that are all numbers: on ASCII, four digits.
            if document.source.isASCII(token.range) {
                if token.length == 4, bytes[token.start..<token.end].allSatisfy({ $0 &- 0x30 < 10 }) { return true }
            } else {
                let text = document.text(of: token)
                if text.count == 4, text.allSatisfy(\.isNumber) { return true }
            }
        }
        return false
    }

    /// Whether the text explains the acronym here: *jeugdgezondheidszorg (JGZ)*,
    /// *JGZ (jeugdgezondheidszorg)*, *JGZ: jeugdgezondheidszorg*, *JGZ staat voor …*,
    /// *de afkorting JGZ*. A written-out form must start with the acronym's first letter.
    /// `letters` is where the acronym's letters are: they are read only when the tokens
    /// around may explain it.
    func isExplained(_ tokenIndex: Int, letters range: TextRange, document: Document) -> Bool {
        let next = nextContent(after: tokenIndex, in: document)
        let previous = previousContent(before: tokenIndex, in: document)
        guard mayExplain(next: next, previous: previous, document: document) else { return false }
        let bytes = document.source.utf8
        func startsLikeAcronym(_ index: Int?) -> Bool {
            guard let index, document.tokens[index].kind == .word else { return false }
            let token = document.tokens[index]
            // ASCII on both sides: a character is a byte, lowercased on its own.
            if document.source.isASCII(range), document.source.isASCII(token.range) {
                return token.length >= 4 && bytes[token.start] | 0x20 == bytes[range.start] | 0x20
            }
            let initial = document.text(of: range).prefix(1).lowercased()
            let word = document.text(of: token).lowercased()
            return word.count >= 4 && word.hasPrefix(initial)
        }
        let nextMark = Self.mark(next, in: document)
        let previousMark = Self.mark(previous, in: document)
        // "... (JGZ)": a written-out form shortly before the bracket.
        if previousMark == "(", nextMark == ")" {
            var index = previous
            for _ in 0..<10 {
                guard let current = index.flatMap({ previousContent(before: $0, in: document) }) else { break }
                if startsLikeAcronym(current) { return true }
                index = current
            }
        }
        // "JGZ (jeugd…", "JGZ: jeugd…", "JGZ = jeugd…", "JGZ – jeugd…".
        switch nextMark {
        case "(", ":", "=", "–", "—", "-":
            if startsLikeAcronym(next.flatMap { nextContent(after: $0, in: document) }) { return true }
        default: break
        }
        // "JGZ staat voor …", "JGZ betekent …", "de afkorting JGZ".
        if Self.lowercased(next, is: "staat", in: document) || Self.lowercased(next, is: "betekent", in: document) { return true }
        return Self.lowercased(previous, is: "afkorting", in: document)
    }

    /// The punctuation mark that a token is, for the marks ``isExplained(_:letters:document:)``
    /// looks for: one ASCII byte, or an en or em dash. On the bytes: a token's text
    /// equals one of these marks only when it is exactly its bytes.
    static func mark(_ index: Int?, in document: Document) -> Unicode.Scalar? {
        guard let index else { return nil }
        let token = document.tokens[index]
        let bytes = document.source.utf8
        if token.length == 1, bytes[token.start] < 0x80 { return Unicode.Scalar(bytes[token.start]) }
        // U+2013 and U+2014: E2 80 93 and E2 80 94.
        if token.length == 3, bytes[token.start] == 0xE2, bytes[token.start + 1] == 0x80,
            bytes[token.start + 2] == 0x93 || bytes[token.start + 2] == 0x94
        {
            return bytes[token.start + 2] == 0x93 ? "\u{2013}" : "\u{2014}"
        }
        return nil
    }

    /// Whether a token's text, lowercased, is `word` (lowercase ASCII): on the bytes for
    /// an ASCII token, else through the text.
    static func lowercased(_ index: Int?, is word: String, in document: Document) -> Bool {
        guard let index else { return false }
        let token = document.tokens[index]
        guard document.source.isASCII(token.range) else { return document.text(of: token).lowercased() == word }
        return lowercasedEquals(token, word, in: document.source.utf8)
    }

    /// Whether the tokens around an acronym can be those of ``isExplained(_:letters:document:)``.
    /// Most acronyms stand between ordinary words; an ASCII token is ruled out on its
    /// bytes (its lowercased text is its bytes lowercased), any other goes to the full test.
    func mayExplain(next: Int?, previous: Int?, document: Document) -> Bool {
        let bytes = document.source.utf8
        if let next {
            let token = document.tokens[next]
            guard document.source.isASCII(token.range) else { return true }
            switch token.length {
            case 1: if "():=-".utf8.contains(bytes[token.start]) { return true }
            case 5: if Self.lowercasedEquals(token, "staat", in: bytes) { return true }
            case 8: if Self.lowercasedEquals(token, "betekent", in: bytes) { return true }
            default: break
            }
        }
        if let previous {
            let token = document.tokens[previous]
            guard document.source.isASCII(token.range) else { return true }
            if token.length == 1, bytes[token.start] == 0x28 { return true }
            if Self.lowercasedEquals(token, "afkorting", in: bytes) { return true }
        }
        return false
    }

    /// Whether an ASCII token, lowercased, is `word` (lowercase ASCII).
    static func lowercasedEquals(_ token: Token, _ word: String, in bytes: [UInt8]) -> Bool {
        guard token.length == word.utf8.count else { return false }
        var index = token.start
        for expected in word.utf8 {
            let byte = bytes[index]
            if (byte &- 0x41 < 26 ? byte | 0x20 : byte) != expected { return false }
            index += 1
        }
        return true
    }

    func nextContent(after index: Int, in document: Document) -> Int? {
        var position = index + 1
        while position < document.tokens.count {
            if !document.tokens[position].kind.isTrivia { return position }
            position += 1
        }
        return nil
    }

    func previousContent(before index: Int, in document: Document) -> Int? {
        var position = index - 1
        while position >= 0 {
            if !document.tokens[position].kind.isTrivia { return position }
            position -= 1
        }
        return nil
    }

    /// One finding per unexplained acronym, at its first use; later uses are related
    /// ranges.
    func report(_ occurrences: [Occurrence], context: DocumentContext, data: WoordData, into findings: inout [FindingDraft]) {
        guard !occurrences.isEmpty else { return }
        let document = context.document
        // Each acronym (its letters lowercased) gets a number in one pass: short ASCII
        // letters by their packed bytes, others by their lowercased text. The loops
        // below look nothing up by string.
        var packedNumbers: [UInt64: Int] = [:]
        var textNumbers: [String: Int] = [:]
        var firstUses: [Int] = []
        var numberOfUse: [Int] = []
        numberOfUse.reserveCapacity(occurrences.count)
        for (use, occurrence) in occurrences.enumerated() {
            let number: Int
            if occurrence.key != 0 {
                if let known = packedNumbers[occurrence.key] {
                    number = known
                } else {
                    number = firstUses.count
                    packedNumbers[occurrence.key] = number
                    firstUses.append(use)
                }
            } else {
                let key = document.text(of: occurrence.range).lowercased()
                if let known = textNumbers[key] {
                    number = known
                } else {
                    number = firstUses.count
                    textNumbers[key] = number
                    firstUses.append(use)
                }
            }
            numberOfUse.append(number)
        }
        // The verdict per acronym, on the letters of its first use. An acronym that is
        // known or accepted is never reported, explained or not: only the uses of the
        // others are tested for an explanation.
        let unknown = firstUses.map { use in
            let letters = document.text(of: occurrences[use].range)
            return isUnknownAcronym(letters, key: letters.lowercased(), context: context, data: data)
        }
        var explained = [Bool](repeating: false, count: firstUses.count)
        for (use, occurrence) in occurrences.enumerated() {
            let number = numberOfUse[use]
            guard unknown[number], !explained[number] else { continue }
            if isExplained(occurrence.token, letters: occurrence.range, document: document) { explained[number] = true }
        }
        // Per acronym, the index of its draft once reported.
        var draftOfAcronym = [Int](repeating: -1, count: firstUses.count)
        var drafts: [FindingDraft] = []
        for (use, occurrence) in occurrences.enumerated() {
            let number = numberOfUse[use]
            guard unknown[number], !explained[number] else { continue }
            if draftOfAcronym[number] >= 0 {
                drafts[draftOfAcronym[number]].relatedRanges.append(occurrence.range)
                continue
            }
            if isCoveredByWordList(token: occurrence.token, sentence: occurrence.sentence, context: context) { continue }
            draftOfAcronym[number] = drafts.count
            let letters = document.text(of: occurrence.range)
            drafts.append(
                FindingDraft(
                    range: occurrence.range,
                    message: TextJoin.join("'", letters, "' is een afkorting die niet iedereen kent. Schrijf het voluit."),
                    suggestions: [
                        Suggestion(title: TextJoin.join("Schrijf voluit wat ", letters, " betekent")),
                        Suggestion(title: TextJoin.join("Leg het één keer uit: voluit, met (", letters, ") erachter")),
                    ]))
        }
        findings.append(contentsOf: drafts)
    }

    /// Not a known acronym, not accepted in the configuration, and not a shouted word:
    /// *NIET*, *LET OP* and *ALLE* are common words in capitals (rule `toon.hoofdletters`).
    /// A lowercase form without vowels (*ggz*, *tv*) is always an acronym.
    func isUnknownAcronym(_ letters: String, key: String, context: DocumentContext, data: WoordData) -> Bool {
        if data.knownAcronyms.contains(key) || context.settings.isAccepted(key) || context.settings.isAccepted(letters) {
            return false
        }
        // On ASCII letters only A to Z are uppercase and only a, e, i, o, u and y are
        // vowels: no walk over Characters.
        let allCapitals =
            letters.utf8.allSatisfy { $0 < 0x80 }
            ? letters.utf8.allSatisfy { $0 &- 0x41 < 26 } : letters.allSatisfy { $0.isUppercase }
        if allCapitals, Self.hasVowel(key), (context.resources.frequencies.zipf(of: key) ?? 0) >= 3.0,
            context.resources.spellChecker.spell(key)
        {
            return false
        }
        return true
    }

    /// `key.contains(where: WoordText.isVowel)`, on the bytes of an ASCII key.
    static func hasVowel(_ key: String) -> Bool {
        guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return key.contains(where: WoordText.isVowel) }
        return key.utf8.contains { $0 == 0x61 || $0 == 0x65 || $0 == 0x69 || $0 == 0x6F || $0 == 0x75 || $0 == 0x79 }
    }

    /// Whether another word list (jargon: *OTS*, *GI*) already matched this token.
    func isCoveredByWordList(token: Int, sentence: Int, context: DocumentContext) -> Bool {
        let matches = context.results[sentence].matches
        guard !matches.isEmpty else { return false }
        let signals = context.resources.lexicon.entriesByList[CheckRun.explanationSignals]
        // The token's content position: the content tokens before it in its sentence.
        let document = context.document
        let tokenRange = document.sentences[sentence].tokenRange
        guard tokenRange.contains(token), Self.isContent(document.tokens[token].kind) else { return false }
        var position = 0
        for index in tokenRange.lowerBound..<token where Self.isContent(document.tokens[index].kind) { position += 1 }
        return matches.contains { match in
            let covers = (match.first <= position && position <= match.last) || (match.particle?.contains(position) ?? false)
            return covers && !(signals?.contains(match.entry) ?? false)
        }
    }

    /// The tokens of ``DocumentContext/contentTokens(ofSentence:)``.
    static func isContent(_ kind: TokenKind) -> Bool { !kind.isTrivia && kind != .listMarker }
}
