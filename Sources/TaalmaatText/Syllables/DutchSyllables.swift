/// Counts the syllables of one Dutch word, for readability formulas (Flesch–Douma,
/// Brouwer).
///
/// Every syllable has one vowel nucleus, so the counter counts nuclei:
/// - Long vowels and diphthongs are one nucleus: `aa ee oo uu ie oe eu ui ei ij au ou
///   ai oi`, `aai ooi oei eeuw ieuw` and the French `eau oeu oui euil`.
/// - Other vowel pairs belong to two syllables (*pi-a-no*, *ac-tu-eel*, *mu-se-um*), and
///   a diaeresis always starts a new one (*ru-ï-ne*, *co-ör-di-na-tie*, *ge-ë-va-lu-eerd*).
/// - `y` is a vowel (*baby*, *systeem*) except before a vowel at the start of a syllable
///   (*yoga*, *royaal*).
/// - Where pronunciation and the official hyphenation differ, hyphenation wins:
///   *sta-ti-on*, *mi-li-eu*, *car-ri-è-re*.
/// - English loanwords whose spelling hides their syllables (*team*, *coach*, *update*,
///   *website*, *online*, *service*) are corrected by a small table, because no spelling
///   rule separates the silent `e` of *update* from the spoken one of *kandidaten*.
///   *File* counts 2: in Dutch it is the French word for a traffic jam.
///
/// Input may be NFC or NFD, any case, with the `ĳ` ligature, hyphens (*e-mail*: parts are
/// counted separately) and apostrophes (*auto's* = 2, *zo'n* = 1).
///
/// A token without letters (a number) has 0 syllables; a word with a vowel has at least
/// 1. A part without vowels is read letter by letter (*tv* = 2, *pgb* = 3), except an
/// interjection (*hm*, *pst*) or a clitic (*'s*, *m'n*), which has 1.
///
/// Does not allocate for words up to 256 bytes of UTF-8.
public enum DutchSyllables {
    /// The number of syllables in `word`.
    @inlinable
    public static func count(_ word: some StringProtocol) -> Int {
        if let result = word.utf8.withContiguousStorageIfAvailable({ count(utf8: $0) }) {
            return result
        }
        var copy = String(word)
        return copy.withUTF8 { count(utf8: $0) }
    }

    /// The number of syllables in the word whose UTF-8 bytes are `utf8`: the fast path for
    /// callers that hold byte ranges of a larger text. Invalid UTF-8 bytes are skipped.
    public static func count(utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard let start = utf8.baseAddress, !utf8.isEmpty else { return 0 }
        // Most words of a text are lowercase ASCII letters, whose bytes are already their
        // letter codes.
        var plain = true
        for byte in utf8 where byte &- 0x61 >= 26 {
            plain = false
            break
        }
        if plain { return Letters(base: start, count: utf8.count).countWord(split: false) }
        if utf8.count <= 256 {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { buffer in
                let base = buffer.baseAddress!
                var split = false
                let count = decode(utf8, into: base, split: &split)
                return Letters(base: base, count: count).countWord(split: split)
            }
        }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: utf8.count)
        defer { buffer.deallocate() }
        var split = false
        let count = decode(utf8, into: buffer, split: &split)
        return Letters(base: buffer, count: count).countWord(split: split)
    }
}

// MARK: - Decoding

/// Letter codes, one byte each:
/// - a plain letter is its lowercase ASCII code (`0x61`–`0x7A`);
/// - a vowel with an acute, grave or circumflex accent is the uppercase code, because an
///   accent matters only for whether the vowel joins the one before it (*car-ri-è-re*);
/// - a vowel with a diaeresis is the lowercase code plus `0x80`;
/// - the markers below.
private enum Code {
    static let trema: UInt8 = 0x80
    static let apostrophe: UInt8 = 0x27
    /// Splits a word into separately counted parts: hyphens, digits, other punctuation.
    static let boundary: UInt8 = 0x2D
    /// A letter outside the Latin script: it has a syllable, but we cannot tell which.
    static let otherLetter: UInt8 = 0x3F
}

extension DutchSyllables {
    /// Decodes UTF-8 into letter codes and returns how many it wrote: at most one per
    /// input byte, so `letters` needs room for `utf8.count`. Sets `split` when the word has
    /// more than one part.
    private static func decode(
        _ utf8: UnsafeBufferPointer<UInt8>, into letters: UnsafeMutablePointer<UInt8>, split: inout Bool
    ) -> Int {
        var length = 0
        var i = 0
        let end = utf8.count
        while i < end {
            let byte = utf8[i]
            if byte < 0x80 {
                i += 1
                let lower = byte | 0x20
                if lower &- 0x61 < 26 {
                    letters[length] = lower
                } else if byte == 0x27 || byte == 0x60 {
                    letters[length] = Code.apostrophe
                } else {
                    letters[length] = Code.boundary
                    split = true
                }
                length += 1
                continue
            }
            // Multi-byte sequence. A malformed byte is skipped.
            let value: UInt32
            if byte & 0xE0 == 0xC0, i + 1 < end, utf8[i + 1] & 0xC0 == 0x80 {
                value = UInt32(byte & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                i += 2
            } else if byte & 0xF0 == 0xE0, i + 2 < end, utf8[i + 1] & 0xC0 == 0x80, utf8[i + 2] & 0xC0 == 0x80 {
                value = UInt32(byte & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                i += 3
            } else if byte & 0xF8 == 0xF0, i + 3 < end, utf8[i + 1] & 0xC0 == 0x80, utf8[i + 2] & 0xC0 == 0x80,
                utf8[i + 3] & 0xC0 == 0x80
            {
                value =
                    UInt32(byte & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                    | UInt32(utf8[i + 3] & 0x3F)
                i += 4
            } else {
                i += 1
                continue
            }
            if value >= 0x300 && value <= 0x36F {
                // NFD: the mark belongs to the vowel before it.
                if length > 0, isPlainVowel(letters[length - 1]) {
                    if value == 0x308 {
                        letters[length - 1] |= Code.trema
                    } else if value == 0x300 || value == 0x301 || value == 0x302 {
                        letters[length - 1] &= ~0x20
                    }
                }
                continue
            }
            switch value {
            case 0x132, 0x133:  // Ĳ ĳ: two bytes in, two codes out
                letters[length] = 0x69
                letters[length + 1] = 0x6A
                length += 2
                continue
            case 0x2019, 0x2018, 0x2BC:
                letters[length] = Code.apostrophe
            default:
                let code = latinLetter(value)
                letters[length] = code
                if code == Code.boundary { split = true }
            }
            length += 1
        }
        return length
    }

    /// Folds a Latin letter with diacritics to its code.
    private static func latinLetter(_ value: UInt32) -> UInt8 {
        if value >= 0xC0 && value < 0x100 {
            switch value | 0x20 {  // Latin-1 upper and lower case differ by 0x20
            case 0xE0, 0xE1, 0xE2: return 0x41  // à á â
            case 0xE3, 0xE5: return 0x61  // ã å
            case 0xE4: return 0x61 | Code.trema  // ä
            case 0xE6: return 0x65  // æ
            case 0xE7: return 0x63  // ç
            case 0xE8, 0xE9, 0xEA: return 0x45  // è é ê
            case 0xEB: return 0x65 | Code.trema  // ë
            case 0xEC, 0xED, 0xEE: return 0x49  // ì í î
            case 0xEF: return 0x69 | Code.trema  // ï
            case 0xF0: return 0x64  // ð
            case 0xF1: return 0x6E  // ñ
            case 0xF2, 0xF3, 0xF4: return 0x4F  // ò ó ô
            case 0xF5, 0xF8: return 0x6F  // õ ø
            case 0xF6: return 0x6F | Code.trema  // ö
            case 0xF9, 0xFA, 0xFB: return 0x55  // ù ú û
            case 0xFC: return 0x75 | Code.trema  // ü
            case 0xFD: return 0x79  // ý
            case 0xFE: return 0x74  // þ
            case 0xFF: return value == 0xDF ? 0x73 : 0x79 | Code.trema  // ß ÿ
            default: return Code.boundary  // × ÷
            }
        }
        if value >= 0x100 && value < 0x180 {
            // Latin Extended-A is ordered by base letter; each bound is the first code
            // point of the next letter.
            if value < 0x106 { return 0x61 }
            if value < 0x10E { return 0x63 }
            if value < 0x112 { return 0x64 }
            if value < 0x11C { return 0x65 }
            if value < 0x124 { return 0x67 }
            if value < 0x128 { return 0x68 }
            if value < 0x134 { return 0x69 }
            if value < 0x136 { return 0x6A }
            if value < 0x139 { return 0x6B }
            if value < 0x143 { return 0x6C }
            if value < 0x14C { return 0x6E }
            if value < 0x152 { return 0x6F }
            if value < 0x154 { return 0x65 }  // œ
            if value < 0x15A { return 0x72 }
            if value < 0x162 { return 0x73 }
            if value < 0x168 { return 0x74 }
            if value < 0x174 { return 0x75 }
            if value < 0x176 { return 0x77 }
            if value < 0x178 { return 0x79 }
            if value < 0x179 { return 0x79 | Code.trema }
            if value < 0x17F { return 0x7A }
            return 0x73
        }
        if let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic { return Code.otherLetter }
        return Code.boundary
    }

    /// a e i o u y, lowercase and without diacritics.
    @inline(__always)
    fileprivate static func isPlainVowel(_ code: UInt8) -> Bool {
        switch code {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true
        default: return false
        }
    }
}

// MARK: - Counting

/// The decoded letters of one word.
private struct Letters {
    let base: UnsafePointer<UInt8>
    let count: Int

    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    init(base: UnsafeMutablePointer<UInt8>, count: Int) {
        self.init(base: UnsafePointer(base), count: count)
    }

    /// The code at `i`, or 0 outside the part `start..<end` — keeps look-around simple.
    @inline(__always)
    func at(_ i: Int, _ start: Int, _ end: Int) -> UInt8 {
        i >= start && i < end ? base[i] : 0
    }

    /// The letter without accent or diaeresis (markers stay as they are).
    @inline(__always)
    static func plain(_ code: UInt8) -> UInt8 { (code & 0x7F) | 0x20 }

    @inline(__always)
    static func isVowel(_ code: UInt8) -> Bool {
        // The low five bits of a letter code are its place in the alphabet, with or
        // without accent or diaeresis; the markers land on consonant places (' on g,
        // - on m, ? on none), and 0 (outside the part) on none.
        (vowels >> UInt32(code & 31)) & 1 != 0
    }

    /// Bits 1 5 9 15 21 25: a e i o u y.
    private static let vowels: UInt32 = 0x0220_8222
    /// a e i o: always the start of a nucleus.
    private static let openVowels: UInt32 = 0x0000_8222

    @inline(__always)
    static func isConsonant(_ code: UInt8) -> Bool {
        code >= 0x61 && code <= 0x7A && !isVowel(code)
    }

    func countWord(split: Bool) -> Int {
        guard split else { return count > 0 ? countPart(0, count) : 0 }
        var total = 0
        var start = 0
        while start < count {
            var end = start
            while end < count && base[end] != Code.boundary { end += 1 }
            if end > start { total += countPart(start, end) }
            start = end + 1
        }
        return total
    }

    /// One part of a word between hyphens.
    private func countPart(_ start: Int, _ end: Int) -> Int {
        var nuclei = 0
        var i = start
        while i < end {
            let code = base[i]
            let place = UInt32(code & 31)
            guard (Letters.vowels >> place) & 1 != 0,
                (Letters.openVowels >> place) & 1 != 0 || startsNucleus(i, start, end)
            else {
                i += 1
                continue
            }
            // Most vowels stand alone; only look closer when a vowel follows.
            let length = i + 1 < end && Letters.isVowel(base[i + 1]) ? nucleusLength(i, start, end) : 1
            nuclei += 1
            // The two places where English spelling fools the rules: a final e that may
            // be silent, and e or o before a that may be one vowel.
            if length == 1 && i - start >= 2 {
                let code = base[i]
                if code == 0x65 && Letters.isConsonant(base[i - 1]) {
                    if Loanwords.silentEndingFits(self, i + 1, end) {
                        nuclei -= Loanwords.silentE(self, i, start, end, minimumLength: 0)
                    } else if i + 1 < end && Letters.isVowel(base[i + 1]) {
                        // Before a vowel only long entries, which Dutch words do not contain
                        // (serviceafdeling, websiteadres; but homeopathie).
                        nuclei -= Loanwords.silentE(self, i, start, end, minimumLength: 6)
                    }
                } else if code == 0x61 && (base[i - 1] == 0x65 || base[i - 1] == 0x6F) {
                    nuclei -= Loanwords.singleVowel(self, i - 1, start, end)
                }
            } else if length == 1 && i - start == 1 && base[i] == 0x61
                && (base[i - 1] == 0x65 || base[i - 1] == 0x6F)
            {
                nuclei -= Loanwords.singleVowel(self, i - 1, start, end)
            }
            i += length
        }
        if nuclei == 0 { return countVowelless(start, end) }
        return max(1, nuclei)
    }

    /// Whether the u or y at `i` starts a nucleus.
    private func startsNucleus(_ i: Int, _ start: Int, _ end: Int) -> Bool {
        let code = base[i]
        switch Letters.plain(code) {
        case 0x75:
            // After q, u before a vowel is part of the consonant (quiz, aquarium, frequent).
            return !(code == 0x75 && at(i - 1, start, end) == 0x71 && Letters.isVowel(at(i + 1, start, end)))
        case 0x79:
            // y before a vowel at the start of a syllable is the consonant j (yoga, royaal).
            if code == 0x79, Letters.isPlainNucleusLetter(at(i + 1, start, end)),
                i == start || Letters.isVowel(base[i - 1])
            {
                return false
            }
            return true
        default:
            return false
        }
    }

    /// a e i o u without diacritics: the letters that can continue a nucleus.
    @inline(__always)
    private static func isPlainNucleusLetter(_ code: UInt8) -> Bool {
        switch code {
        case 0x61, 0x65, 0x69, 0x6F, 0x75: return true
        default: return false
        }
    }

    /// The plain letter at `k`, or 0 if there is none or it has a diacritic. A diaeresis
    /// never continues a nucleus, and an accented vowel does not join the vowel before
    /// it (*car-ri-è-re*).
    @inline(__always)
    private func continuation(_ k: Int, _ end: Int) -> UInt8 {
        guard k < end else { return 0 }
        let code = base[k]
        return code >= 0x61 && code <= 0x7A ? code : 0
    }

    /// How many letters the nucleus that starts at `i` spans.
    private func nucleusLength(_ i: Int, _ start: Int, _ end: Int) -> Int {
        let first = base[i]
        let c0: UInt8
        let c1: UInt8
        let c2: UInt8
        if first >= 0x41 && first <= 0x5A {
            // Stress accents sit on the letters of a digraph (díé, éíndelijk, móói), or on
            // the first of a doubled vowel (idée); otherwise an accented vowel stands alone.
            c0 = first | 0x20
            let next = i + 1 < end ? base[i + 1] : 0
            if next >= 0x41 && next <= 0x5A {
                c1 = next | 0x20
                let after = i + 2 < end ? base[i + 2] : 0
                c2 = after >= 0x41 && after <= 0x5A ? after | 0x20 : continuation(i + 2, end)
            } else {
                return next == c0 ? 2 : 1
            }
        } else {
            c0 = first & 0x7F  // a diaeresis starts a nucleus and may still begin a digraph (na-ïef)
            c1 = continuation(i + 1, end)
            if c1 == 0 { return 1 }
            c2 = continuation(i + 2, end)
        }
        switch (c0, c1) {
        case (0x61, 0x61), (0x6F, 0x6F):  // aa oo, aai ooi
            return c2 == 0x69 ? 3 : 2
        case (0x6F, 0x65):  // oe, oei, French oeu (manoeuvre)
            return c2 == 0x69 || c2 == 0x75 ? 3 : 2
        case (0x65, 0x65):  // ee, eeu
            return c2 == 0x75 ? 3 : 2
        case (0x69, 0x65):  // ie; ieu only before w (nieuw), else i-eu (am-bi-ti-eus, mi-li-eu)
            if c2 == 0x75 { return at(i + 3, start, end) == 0x77 ? 3 : 1 }
            return 2
        case (0x6F, 0x75):  // ou, oui (bouillon, patrouille)
            return c2 == 0x69 ? 3 : 2
        case (0x65, 0x61):
            // eau (cadeau), but not the prefix ge- or a compound before au (geaudit, schadeauto)
            if c2 == 0x75, !(i == start + 1 && base[start] == 0x67),
                !(at(i + 3, start, end) == 0x74 && at(i + 4, start, end) == 0x6F)
            {
                return 3
            }
            return 1
        case (0x65, 0x75):
            if c2 == 0x69 && at(i + 3, start, end) == 0x6C { return 3 }  // euil (fauteuil)
            // Latin -eum after a single consonant is e-um (museum, jubileum, lyceum; not kleumde)
            if c2 == 0x6D && !Letters.isVowel(at(i + 3, start, end)) && i - start >= 2
                && Letters.isConsonant(base[i - 1]) && Letters.isVowel(base[i - 2])
            {
                return 1
            }
            return 2
        case (0x61, 0x65):
            // Latin ae (aerobics, gynaecoloog, reggae), not a + e in compounds (coronaepidemie)
            switch c2 {
            case 0, 0x63, 0x6B, 0x72, 0x73: return 2
            default: return i == start ? 2 : 1
            }
        case (0x65, 0x69):  // ei, but e-ij (ge-ijkt, be-ijveren)
            return c2 == 0x6A ? 1 : 2
        case (0x61, 0x69), (0x61, 0x75), (0x6F, 0x69), (0x75, 0x69), (0x75, 0x75):
            return 2
        case (0x75, 0x65):  // u-e (actueel, duel), but word-final ue is one (issue, revue)
            return c2 == 0 || (c2 == 0x73 && i + 3 >= end) ? 2 : 1
        case (0x61, 0x79), (0x65, 0x79), (0x6F, 0x79), (0x75, 0x79):
            // English ay ey oy uy, unless the y begins the next syllable (royaal, player)
            return Letters.isPlainNucleusLetter(c2) ? 1 : 2
        default:
            return 1
        }
    }

    /// Parts without vowels: initialisms are read letter by letter, interjections and
    /// clitics are one syllable.
    private func countVowelless(_ start: Int, _ end: Int) -> Int {
        var letters = 0
        var spelled = 0
        var other = false
        var apostrophe = false
        for i in start..<end {
            let code = base[i]
            if code == Code.apostrophe {
                apostrophe = true
            } else if code == Code.otherLetter {
                other = true
            } else {
                letters += 1
                // Letters after an apostrophe are a clitic or an ending (cd's, m'n).
                if !apostrophe { spelled += 1 }
            }
        }
        if other { return 1 }
        if letters == 0 { return 0 }
        if apostrophe { return max(1, spelled) }
        return isInterjection(start, end) ? 1 : letters
    }

    /// hm, hmm, pst, psst, sst, sht, brr, grr, pff, tss, zzz …: compared with runs of the
    /// same letter collapsed.
    private func isInterjection(_ start: Int, _ end: Int) -> Bool {
        var key: UInt32 = 0
        var previous: UInt8 = 0
        var runs = 0
        for i in start..<end where base[i] != previous {
            previous = base[i]
            runs += 1
            if runs > 3 { return false }
            key = key << 8 | UInt32(previous)
        }
        switch key {
        case 0x686D, 0x707374, 0x7374, 0x736874, 0x6272, 0x6772, 0x7066, 0x7473, 0x7A, 0x6D, 0x7368:
            return true  // hm pst st sht br gr pf ts z m sh
        default:
            return false
        }
    }
}

// MARK: - Loanwords

/// English words whose spelling hides their syllables. Rules cannot do these: the silent
/// `e` of *update* looks like the spoken `e` of *kandidaten*, and the one vowel of *team*
/// looks like the two of *theater*. Each match takes one syllable off the rule count.
private enum Loanwords {
    enum Place {
        /// Anywhere in a part, so also inside compounds (*jeugdteam*).
        case anywhere
        /// Only at the start of a part (*caseload*, but not *showcase*).
        case start
        /// At the start or after a consonant (*dealer*; not *idealen*).
        case afterConsonant
        /// At the start or the end of a part (*tapes*, *ducttape*; not *stapel*).
        case startOrEnd

        var code: UInt8 {
            switch self {
            case .anywhere: 0
            case .start: 1
            case .afterConsonant: 2
            case .startOrEnd: 3
            }
        }
    }

    /// Words that end in a silent `e`. They match only where `silentEndingFits`: at the
    /// end of the part, before a plural `s` or past-tense `d`, or before the next member
    /// of a compound. In compounds of two such words (*homepage*), the second entry covers
    /// only its own `e`.
    static let silentEWords: [(String, Place)] = [
        ("airline", .anywhere), ("bike", .anywhere), ("cake", .anywhere), ("care", .anywhere),
        ("case", .start), ("date", .start), ("deadline", .anywhere), ("drive", .start),
        ("face", .anywhere), ("feature", .anywhere), ("fleece", .anywhere),
        ("freelance", .anywhere), ("fulltime", .anywhere), ("game", .anywhere), ("guide", .start),
        ("hardware", .anywhere), ("headline", .anywhere), ("helpline", .anywhere),
        ("home", .anywhere), ("homepage", .anywhere), ("hotline", .anywhere), ("intake", .anywhere),
        ("lease", .anywhere), ("life", .anywhere), ("like", .start), ("live", .start),
        ("malware", .anywhere), ("office", .anywhere), ("offline", .anywhere),
        ("online", .anywhere), ("parttime", .anywhere), ("phone", .anywhere), ("race", .start),
        ("service", .anywhere), ("site", .start), ("skate", .anywhere), ("skyline", .anywhere),
        ("software", .anywhere), ("style", .anywhere), ("tape", .startOrEnd), ("time", .start),
        ("timeline", .anywhere), ("update", .anywhere), ("voice", .start), ("website", .anywhere),
        ("white", .start), ("youtube", .anywhere),
    ]

    /// Words in which `ea` or `oa` is one vowel.
    static let singleVowelWords: [(String, Place)] = [
        ("beach", .anywhere), ("board", .anywhere), ("break", .anywhere), ("clean", .start),
        ("coach", .anywhere), ("coat", .anywhere), ("dead", .anywhere), ("deal", .afterConsonant),
        ("dread", .start), ("dream", .anywhere), ("feat", .anywhere), ("freak", .anywhere),
        ("goal", .anywhere), ("head", .anywhere), ("healing", .anywhere), ("hearing", .anywhere),
        ("jeans", .anywhere), ("lead", .start), ("leader", .anywhere), ("learn", .anywhere),
        ("lease", .anywhere), ("load", .anywhere), ("peanut", .anywhere), ("reader", .anywhere),
        ("reading", .anywhere), ("research", .anywhere), ("road", .anywhere), ("sneak", .anywhere),
        ("soap", .startOrEnd), ("speak", .anywhere), ("spread", .anywhere), ("steak", .anywhere),
        ("streak", .anywhere), ("stream", .anywhere), ("sweat", .anywhere), ("teach", .start),
        ("team", .anywhere), ("toast", .anywhere), ("tweak", .anywhere),
    ]

    /// The word lists flattened once into immortal buffers, so lookups read plain memory
    /// without reference counting.
    private struct Table: @unchecked Sendable {
        /// Each entry: its length, its place (see `Place.code`), the offset of its anchor
        /// letter, then its letters.
        let bytes: UnsafeMutablePointer<UInt8>
        /// Offsets into `bytes`, grouped by key.
        let entries: UnsafeMutablePointer<Int32>
        /// Per key, where its group begins in `entries` (high bits) and its size (low 8 bits).
        let groups: UnsafeMutablePointer<UInt32>

        /// `key` gives, for each word, its group and the offset of its anchor letter.
        init(_ words: [(String, Place)], keys: Int, key: ([UInt8]) -> (group: Int, anchor: Int)) {
            var grouped = [[(text: [UInt8], place: Place, anchor: Int)]](repeating: [], count: keys)
            for (word, place) in words {
                let text = Array(word.utf8)
                precondition(text.count >= 4 && text.count < 64 && text.allSatisfy { $0 >= 0x61 && $0 <= 0x7A })
                let (group, anchor) = key(text)
                grouped[group].append((text, place, anchor))
            }
            var bytes: [UInt8] = []
            var entries: [Int32] = []
            var groups = [UInt32](repeating: 0, count: keys)
            for (group, items) in grouped.enumerated() where !items.isEmpty {
                groups[group] = UInt32(entries.count) << 8 | UInt32(items.count)
                for item in items {
                    entries.append(Int32(bytes.count))
                    bytes += [UInt8(item.text.count), item.place.code, UInt8(item.anchor)] + item.text
                }
            }
            self.bytes = .allocate(capacity: bytes.count)
            self.bytes.initialize(from: bytes, count: bytes.count)
            self.entries = .allocate(capacity: max(1, entries.count))
            self.entries.initialize(from: entries, count: entries.count)
            self.groups = .allocate(capacity: keys)
            self.groups.initialize(from: groups, count: keys)
        }

        /// Whether an entry of group `group` matches with its anchor letter at `anchor`.
        @inline(__always)
        func matches(
            _ group: Int, _ letters: Letters, anchor: Int, _ start: Int, _ end: Int, minimumLength: Int = 0
        ) -> Bool {
            let slot = Int(groups[group])
            guard slot != 0 else { return false }
            for k in (slot >> 8)..<((slot >> 8) + (slot & 0xFF)) {
                let entry = bytes + Int(entries[k])
                let length = Int(entry[0])
                guard length >= minimumLength else { continue }
                let p = anchor - Int(entry[2])
                guard p >= start && p + length <= end else { continue }
                var equal = true
                for j in 0..<length where entry[3 + j] != letters.base[p + j] {
                    equal = false
                    break
                }
                guard equal else { continue }
                switch entry[1] {
                case Place.start.code: if p != start { continue }
                case Place.afterConsonant.code: if p != start && !Letters.isConsonant(letters.base[p - 1]) { continue }
                case Place.startOrEnd.code:
                    let after = p + length
                    if p != start && after != end && !(after + 1 == end && letters.base[after] == 0x73) { continue }
                default: break
                }
                return true
            }
            return false
        }
    }

    /// Silent-e words, keyed by the two letters before the `e`.
    private static let silentETable = Table(silentEWords, keys: 26 * 26) { text in
        let n = text.count
        return (Int(text[n - 3] - 0x61) * 26 + Int(text[n - 2] - 0x61), n - 1)
    }

    /// Single-vowel words, keyed by the letter before the `ea` or `oa` (26 for none).
    private static let singleVowelTable = Table(singleVowelWords, keys: 27 * 2) { text in
        let at = (0..<(text.count - 1)).first { (text[$0] == 0x65 || text[$0] == 0x6F) && text[$0 + 1] == 0x61 }!
        let before = at == 0 ? 26 : Int(text[at - 1] - 0x61)
        return (before * 2 + (text[at] == 0x6F ? 1 : 0), at)
    }

    /// 1 if a silent-e word ends with the `e` at `i`, else 0.
    static func silentE(_ letters: Letters, _ i: Int, _ start: Int, _ end: Int, minimumLength: Int) -> Int {
        let a = letters.base[i - 2] &- 0x61
        let b = letters.base[i - 1] &- 0x61
        guard a < 26 && b < 26 else { return 0 }
        let group = Int(a) * 26 + Int(b)
        return silentETable.matches(group, letters, anchor: i, start, end, minimumLength: minimumLength) ? 1 : 0
    }

    /// 1 if a single-vowel word has its `ea` or `oa` at `i`, else 0.
    static func singleVowel(_ letters: Letters, _ i: Int, _ start: Int, _ end: Int) -> Int {
        var before = 26
        if i > start {
            let code = letters.base[i - 1] &- 0x61
            guard code < 26 else { return 0 }
            before = Int(code)
        }
        let group = before * 2 + (letters.base[i] == 0x6F ? 1 : 0)
        return singleVowelTable.matches(group, letters, anchor: i, start, end) ? 1 : 0
    }

    /// What may follow a silent final `e`: the end, `'s`, a plural `s` or past-tense `d`,
    /// or a consonant that starts the next member of a compound. Not `r` or `t`, and `n`
    /// only before a vowel, because there the `e` is spoken (*timer*, *facet*, *daten*;
    /// but *servicenummer*). An `s` must not be followed by `s` or `k` (*lifestyle*,
    /// *gameserver*; not *caresse*, *picaresk*).
    @inline(__always)
    static func silentEndingFits(_ letters: Letters, _ next: Int, _ end: Int) -> Bool {
        if next >= end { return true }
        let code = letters.base[next]
        if code == Code.apostrophe { return true }
        if (code == 0x73 || code == 0x64) && next + 1 == end { return true }  // updates, geleased
        guard Letters.isConsonant(code) && code != 0x72 && code != 0x74 else { return false }
        if code == 0x6E { return next + 1 < end && Letters.isVowel(letters.base[next + 1]) }
        if code == 0x73 {
            let after = letters.base[next + 1]
            return after != 0x73 && after != 0x6B
        }
        return true
    }
}
