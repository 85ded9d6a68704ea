import TaalmaatText

/// Small pieces of sentence grammar that several `zin.*` rules share: where a clause
/// starts, whether a verb-looking word is used as a verb, and which *zijn* is an
/// auxiliary.
enum ZinGrammar {
    /// Words before which a noun phrase starts: a participle or infinitive right after
    /// one of these is an adjective or a noun (*de gevallen*, *het eten*, *twee weken*).
    static let nounStarters: WordSet = [
        "de", "het", "een", "deze", "dit", "die", "dat", "mijn", "uw", "jouw", "zijn", "haar", "ons", "onze", "hun",
        "elk", "elke", "ieder", "iedere", "alle", "geen", "welke", "veel", "weinig", "meer", "minder", "enkele",
        "sommige", "andere", "beide", "zo'n", "afgelopen", "vorige", "volgende", "komende", "eerste", "laatste",
    ]

    /// Subject pronouns: a verb-looking word before one of these is a finite verb
    /// (*kunnen wij*, *bel ik*).
    static let subjectPronouns: WordSet = ["ik", "je", "jij", "u", "hij", "zij", "ze", "we", "wij", "jullie", "het", "er"]

    /// Words that open a new clause inside a sentence (relative and interrogative
    /// pronouns besides the subordinating conjunctions).
    static let clauseOpeners: WordSet = [
        "die", "wat", "wie", "waar", "waarin", "waarop", "waarvan", "waarmee", "waarover", "waaraan", "waarbij",
        "waarvoor", "welke", "hoe", "waarom", "om",
    ]

    /// Punctuation that ends a clause for good (a comma does not).
    static let hardStops: WordSet = [".", "?", "!", ";", ":", "(", ")", "–", "—", "-", "…", "...", "\""]

    /// Whether the rules look at this block: running text, not headings, greetings or
    /// signatures.
    static func isProse(_ sentence: SentenceContext) -> Bool {
        sentence.blockKind == .paragraph || sentence.blockKind == .listItem
    }

    /// Whether the word at `position` is preceded by a word that starts a noun phrase
    /// or by a number, so a participle or infinitive there is no verb.
    static func followsNounStarter(_ sentence: SentenceContext, _ position: Int) -> Bool {
        guard position > 0 else { return false }
        let previous = position - 1
        if sentence.kind(previous) == .number || sentence.kind(previous) == .amount { return true }
        let word = sentence.word(previous)
        if nounStarters.contains(word) { return true }
        // An inflected adjective: de *grote* zorgen, *nieuwe* afspraken.
        return word.utf8.count >= 4 && word.utf8.last == 0x65 && sentence.classes[previous].isEmpty
            && isInflectedAdjective(word, frequencies: sentence.resources.frequencies)
    }

    /// *grote*, *nieuwe*, *snelle*, *lieve*: the word without *-e* (with Dutch spelling
    /// changes) is a common word. *gemeente* and *ruimte* are not.
    static func isInflectedAdjective(_ word: String, frequencies: FrequencyList) -> Bool {
        asciiInflectedAdjective(word, frequencies: frequencies) ?? characterInflectedAdjective(word, frequencies: frequencies)
    }

    /// ``isInflectedAdjective(_:frequencies:)`` on the word's characters, for any word.
    static func characterInflectedAdjective(_ word: String, frequencies: FrequencyList) -> Bool {
        guard word.hasSuffix("e"), !word.hasSuffix("ie"), !word.hasSuffix("ee") else { return false }
        var base = Array(word.dropLast())
        guard base.count >= 3, let last = base.last, !DutchMorphology.isVowel(last) else { return false }
        if last == "v" { base[base.count - 1] = "f" }
        if last == "z" { base[base.count - 1] = "s" }
        var candidates = [String(base)]
        let count = base.count
        if base[count - 2] == base[count - 1] { candidates.append(String(base.dropLast())) }  // snell → snel
        let vowel = base[count - 2]
        if "aeou".contains(vowel), !DutchMorphology.isVowel(base[count - 3]) {
            var long = base
            long.insert(vowel, at: count - 2)  // grot → groot
            candidates.append(String(long))
        }
        return candidates.contains { (frequencies.zipf(of: $0) ?? 0) >= 3.0 }
    }

    /// ``isInflectedAdjective(_:frequencies:)`` on the bytes of a word of printable ASCII
    /// (one byte is one character there), without breaking it into characters: the
    /// general test cost some 8,000 instructions a word. `nil` for other words.
    static func asciiInflectedAdjective(_ word: String, frequencies: FrequencyList) -> Bool? {
        let candidates = word.withUTF8Bytes { bytes -> [String]? in
            for byte in bytes where byte < 0x20 || byte >= 0x7F { return nil }
            let count = bytes.count - 1  // without the final e
            guard count >= 0, bytes[count] == 0x65 else { return [] }
            if count >= 1, bytes[count - 1] == 0x69 || bytes[count - 1] == 0x65 { return [] }
            guard count >= 3 else { return [] }
            func isVowel(_ byte: UInt8) -> Bool {
                byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75 || byte == 0x79
            }
            var last = bytes[count - 1]
            guard !isVowel(last) else { return [] }
            if last == 0x76 { last = 0x66 }  // v → f
            if last == 0x7A { last = 0x73 }  // z → s
            let base = UnsafeBufferPointer(rebasing: bytes[0..<(count - 1)])
            func string(_ parts: UnsafeBufferPointer<UInt8>..., ending: [UInt8]) -> String {
                String(unsafeUninitializedCapacity: parts.reduce(ending.count) { $0 + $1.count }) { buffer in
                    var offset = 0
                    for part in parts {
                        for byte in part {
                            buffer[offset] = byte
                            offset += 1
                        }
                    }
                    for byte in ending {
                        buffer[offset] = byte
                        offset += 1
                    }
                    return offset
                }
            }
            var candidates = [string(base, ending: [last])]
            let beforeLast = bytes[count - 2]
            if beforeLast == last { candidates.append(string(base, ending: [])) }  // snell → snel
            if beforeLast == 0x61 || beforeLast == 0x65 || beforeLast == 0x6F || beforeLast == 0x75, !isVowel(bytes[count - 3]) {
                // grot → groot
                let head = UnsafeBufferPointer(rebasing: bytes[0..<(count - 1)])
                candidates.append(string(head, ending: [beforeLast, last]))
            }
            return candidates
        }
        guard let candidates else { return nil }
        return candidates.contains { (frequencies.zipf(of: $0) ?? 0) >= 3.0 }
    }

    /// Whether the word at `position` is a past participle used as a verb.
    static func isParticiple(_ sentence: SentenceContext, _ position: Int) -> Bool {
        // The word's own verb forms first: a bit in its facts rules out most words.
        guard sentence.verbForms(position).contains(.participle) else { return false }
        let token = sentence.token(position)
        guard token.kind == .word, !token.has(.quoted) else { return false }
        guard position > 0 else { return true }
        if sentence.kind(position - 1) == .number { return false }
        let previous = sentence.word(position - 1)
        if participleNounStarters.contains(previous) { return false }
        return !(previous.utf8.last == 0x65 && previous.hasSuffix("e") && sentence.classes[position - 1].isEmpty
            && isInflectedAdjective(previous, frequencies: sentence.resources.frequencies))
    }

    /// Words after which a participle without -e is an adjective or a noun (*een
    /// gesloten deur*, *de gevallen*). After *dit*, *ons* or *haar* it stays a verb (*wordt
    /// dit opgevat*, *door ons bekeken*): an adjective there would end in -e.
    static let participleNounStarters: WordSet = [
        "de", "het", "een", "geen", "zo'n", "elk", "ieder", "veel", "weinig", "meer", "minder", "afgelopen", "vorige",
    ]

    /// Clauses as in ``SentenceContext/clauses``, except that *als* before a word that
    /// cannot start a subject is the preposition (*wordt als voltooid beschouwd*, *als
    /// ouder*), not a new clause.
    static func clauses(_ sentence: SentenceContext) -> Clauses { Clauses(sentence: sentence) }

    /// The clauses of ``clauses(_:)`` one by one, without an array per sentence.
    struct Clauses: Sequence, IteratorProtocol {
        let sentence: SentenceContext
        /// For a sentence of at most 64 positions, a caller that knows them may set the
        /// positions where a cut is possible (punctuation and conjunctions, a bit each):
        /// the others are skipped without a look.
        var mayCut: UInt64?
        private var start = 0
        private var position = 0

        init(sentence: SentenceContext) { self.sentence = sentence }

        mutating func next() -> Range<Int>? {
            while position < sentence.count {
                var current = position
                if let mayCut {
                    precondition(sentence.count <= 64, "cut bits for a sentence of more than 64 positions")
                    let ahead = mayCut >> UInt64(position)
                    guard ahead != 0 else {
                        position = sentence.count
                        break
                    }
                    current = position + ahead.trailingZeroBitCount
                }
                position = current + 1
                guard isCut(current) else { continue }
                let clause = start..<current
                start = sentence.kind(current) == .punctuation ? current + 1 : current
                if !clause.isEmpty { return clause }
            }
            // The rest after the last cut, once.
            guard start < sentence.count else { return nil }
            defer { start = sentence.count }
            return start..<sentence.count
        }

        private func isCut(_ position: Int) -> Bool {
            if sentence.kind(position) == .punctuation {
                let byte = mark(sentence, position)
                // , ; : ( ) - and the dashes (multi-byte, first byte 0xE2).
                return byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x28 || byte == 0x29 || byte == 0x2D
                    || (byte == 0 && ["–", "—"].contains(sentence.text(position)))
            }
            guard position > start, sentence.is(position, [.subordinator, .coordinator]) else { return false }
            if sentence.word(position) == "als", position + 1 < sentence.count {
                let next = sentence.word(position + 1)
                return subjectPronouns.contains(next) || nounStarters.contains(next)
            }
            return true
        }
    }

    /// An infinitive used as a verb at `position`: after *te*, or not after a word that
    /// starts a noun phrase.
    static func isInfinitive(_ sentence: SentenceContext, _ position: Int) -> Bool {
        guard sentence.verbForms(position).contains(.infinitive), sentence.kind(position) == .word,
            !sentence.isQuoted(position)
        else { return false }
        if position > 0, sentence.word(position - 1) == "te" { return true }
        if position > 0, sentence.is(position - 1, .preposition) { return false }
        return !followsNounStarter(sentence, position)
    }

    /// Whether a form of *zijn*, *hebben*, *worden* or a modal at `position` is finite:
    /// not after *te* or another auxiliary (*te zijn*, *zal worden*), and for *zijn*
    /// not the possessive (*met zijn moeder*, *heeft zijn huiswerk*).
    static func isFiniteAuxiliary(_ sentence: SentenceContext, _ position: Int) -> Bool {
        guard sentence.is(position, [.zijn, .hebben, .worden, .modal]), !sentence.isQuoted(position) else { return false }
        let word = sentence.word(position)
        if word == "geweest" || word == "geworden" || word == "gehad" { return false }
        if position > 0 {
            let previous = sentence.word(position - 1)
            if previous == "te" { return false }
            if sentence.is(position - 1, [.zijn, .hebben, .worden, .modal]), word.hasSuffix("n") { return false }
            if (word == "was" || word == "waren") && nounStarters.contains(previous) { return false }
        }
        if word == "zijn" { return isZijnAuxiliary(sentence, position) }
        return true
    }

    /// A form of *zijn* or *worden* (or another auxiliary) used as a verb, finite or
    /// as the infinitive in a verb cluster (*kan worden gedacht*, *dient te zijn*).
    static func isAuxiliaryForm(_ sentence: SentenceContext, _ position: Int, allowInfinitive: Bool) -> Bool {
        guard allowInfinitive else { return isFiniteAuxiliary(sentence, position) }
        guard sentence.is(position, [.zijn, .hebben, .worden, .modal]), !sentence.isQuoted(position) else { return false }
        let word = sentence.word(position)
        if position > 0 {
            let previous = sentence.word(position - 1)
            if previous == "te" { return true }
            if sentence.is(position - 1, [.modal, .zijn, .hebben, .worden]) {
                guard word == "zijn" else { return true }
                // "moet zijn betaald" or "… zal zijn." but not "kan zijn moeder bellen".
                let next = position + 1
                return next >= sentence.count || sentence.word(next).isEmpty
                    || sentence.verbForms(next).contains(.participle)
            }
            if (word == "was" || word == "waren") && nounStarters.contains(previous) { return false }
        }
        if word == "zijn" { return isZijnAuxiliary(sentence, position) }
        return true
    }

    /// *zijn* as a verb rather than the possessive.
    static func isZijnAuxiliary(_ sentence: SentenceContext, _ position: Int) -> Bool {
        let next = position + 1 < sentence.count ? sentence.word(position + 1) : ""
        if next.isEmpty { return true }  // end of clause: "… gemaakt zijn."
        if position == 0 { return sentence.isQuestion }  // "Zijn de rekeningen betaald?"
        let previous = sentence.word(position - 1)
        if previous.isEmpty { return !nounStarters.contains(next) || next == "er" }
        if sentence.is(position - 1, [.preposition, .hebben, .modal, .zijn, .worden]) {
            return false
        }
        // The pronoun test first: it saves the verb look-up after *u*, *het*, *er* ….
        if sentence.verbForms(position - 1).contains(.finite), !subjectPronouns.contains(previous) { return false }
        return true
    }

    /// Whether a clause starts at `position`: the sentence start, after a comma, colon
    /// or similar mark, or after one of `after` (*en*, *ook*).
    static func isClauseStart(_ sentence: SentenceContext, _ position: Int, after words: WordSet = []) -> Bool {
        if position == 0 { return true }
        let previous = position - 1
        if sentence.kind(previous) == .punctuation {
            let mark = sentence.text(previous)
            return [",", ";", ":", "–", "—", "-", "(", "•"].contains(mark) || mark.hasPrefix(".")
        }
        return words.contains(sentence.word(previous))
    }

    /// The first position from `start` on whose word has one of `classes`, or `nil`: the
    /// classes that ``SentenceContext/classes`` reads, from the sentence's interner entries
    /// in place, without its checks and references per position (rules that look for a
    /// few words of a class scan every sentence).
    @inline(__always)
    static func nextPosition(in sentence: SentenceContext, from start: Int, withAnyOf classes: WordClass) -> Int? {
        guard start < sentence.count else { return nil }
        let columns = sentence.columns
        let interner = columns.interner
        let base = sentence.base
        let count = sentence.count
        return columns.entries.withUnsafeBufferPointer { entries -> Int? in
            precondition(base + count <= entries.count, "sentence outside the columns")
            var position = start
            while position < count {
                if !interner.info(entries[base + position]).classes.isDisjoint(with: classes) { return position }
                position += 1
            }
            return nil
        }
    }

    /// `prefix`, the text of `range` and `suffix` in one string: the bytes of
    /// `TextJoin.join(prefix, document.text(of: range), suffix)`, without making the
    /// string of the range first (a finding message for every passive). The fixed
    /// texts are read in place.
    static func message(_ prefix: StaticString, _ range: TextRange, _ suffix: StaticString, in sentence: SentenceContext)
        -> String
    {
        prefix.withUTF8Buffer { prefix in
            suffix.withUTF8Buffer { suffix in
                sentence.columns.document.source.utf8.withUnsafeBufferPointer { bytes in
                    let middle = UnsafeBufferPointer(rebasing: bytes[range.start..<range.end])
                    return String(unsafeUninitializedCapacity: prefix.count + middle.count + suffix.count) { buffer in
                        var offset = 0
                        func append(_ part: UnsafeBufferPointer<UInt8>) {
                            guard let base = part.baseAddress, part.count > 0 else { return }
                            UnsafeMutableRawPointer(buffer.baseAddress! + offset).copyMemory(from: base, byteCount: part.count)
                            offset += part.count
                        }
                        append(prefix)
                        append(middle)
                        append(suffix)
                        return offset
                    }
                }
            }
        }
    }

    /// With two more texts after the suffix (`more`, `last`).
    static func message(
        _ prefix: String, _ range: TextRange, _ suffix: String, _ more: String, _ last: String, in sentence: SentenceContext
    ) -> String {
        sentence.columns.document.source.utf8.withUnsafeBufferPointer { bytes in
            let middle = UnsafeBufferPointer(rebasing: bytes[range.start..<range.end])
            let count = prefix.utf8.count + middle.count + suffix.utf8.count + more.utf8.count + last.utf8.count
            return String(unsafeUninitializedCapacity: count) { buffer in
                var offset = 0
                TextJoin.copy(prefix, into: buffer, at: &offset)
                if let base = middle.baseAddress, middle.count > 0 {
                    UnsafeMutableRawPointer(buffer.baseAddress! + offset).copyMemory(from: base, byteCount: middle.count)
                    offset += middle.count
                }
                TextJoin.copy(suffix, into: buffer, at: &offset)
                TextJoin.copy(more, into: buffer, at: &offset)
                TextJoin.copy(last, into: buffer, at: &offset)
                return offset
            }
        }
    }

    /// The byte of a one-character punctuation token (`,` is 0x2C), else 0. Cheaper
    /// than comparing `text(position)`, which builds a string.
    static func mark(_ sentence: SentenceContext, _ position: Int) -> UInt8 {
        let token = sentence.token(position)
        guard token.kind == .punctuation, token.length == 1 else { return 0 }
        return sentence.columns.document.source.utf8[token.start]
    }

    static let comma: UInt8 = 0x2C

    /// Punctuation inside a word or number, touching both neighbours: *1:255*, *en/of*.
    static func isInnerPunctuation(_ sentence: SentenceContext, _ position: Int) -> Bool {
        guard sentence.kind(position) == .punctuation, position > 0, position + 1 < sentence.count else { return false }
        return sentence.token(position - 1).end == sentence.token(position).start
            && sentence.token(position).end == sentence.token(position + 1).start
    }

    /// The number of word tokens strictly between two positions.
    static func wordsBetween(_ sentence: SentenceContext, _ first: Int, _ last: Int) -> Int {
        guard last > first + 1 else { return 0 }
        return wordCount(in: (first + 1)..<last, of: sentence)
    }

    /// The number of positions in `range` whose token counts as a word
    /// (``TokenKind/countsAsWord``), read from the interner entries in place.
    static func wordCount(in range: Range<Int>, of sentence: SentenceContext) -> Int {
        precondition(range.lowerBound >= 0 && range.upperBound <= sentence.count, "positions outside the sentence")
        let base = sentence.base
        return sentence.columns.entries.withUnsafeBufferPointer { entries in
            var count = 0
            for position in range where isWordEntry(entries[base + position]) { count += 1 }
            return count
        }
    }

    /// Whether the token at a position counts as a word (``TokenKind/countsAsWord``):
    /// the same answer as its kind, from its interner entry without reading the token.
    @inline(__always)
    static func countsAsWord(_ sentence: SentenceContext, _ position: Int) -> Bool {
        precondition(UInt(bitPattern: position) < UInt(bitPattern: sentence.count), "position outside the sentence")
        return isWordEntry(sentence.columns.entries[sentence.base + position])
    }

    /// ``DocumentWords`` gives the tokens that do not count as words the two fixed
    /// entries, and every other token its own.
    @inline(__always)
    static func isWordEntry(_ entry: Int32) -> Bool {
        entry != WordInterner.punctuationEntry && entry != WordInterner.slashEntry
    }

    /// ``SentenceContext/threshold(_:of:)`` for a rule of type `rule`, without copying its
    /// description (a struct of many fields, made for every call) when the configuration
    /// sets no rule: then the profile's default applies.
    @inline(__always)
    static func threshold<Rule: DescribedRule>(_ threshold: ProfileThreshold, of rule: Rule.Type, in sentence: SentenceContext)
        -> Double
    {
        let configuration = sentence.settings.configuration
        if configuration.rules.isEmpty { return threshold[configuration.profile] }
        return sentence.threshold(threshold, of: Rule.ruleDescription)
    }

    /// The last content position that is not punctuation.
    static func lastWord(_ sentence: SentenceContext) -> Int? {
        var position = sentence.count - 1
        while position >= 0, !sentence.kind(position).countsAsWord { position -= 1 }
        return position >= 0 ? position : nil
    }
}
