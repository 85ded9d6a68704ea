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
    public static func count(_ word: some StringProtocol) -> Int {
        if let result = word.utf8.withContiguousStorageIfAvailable({ count(utf8: $0) }) {
            return result
        }
        var copy = String(word)
        return copy.withUTF8 { count(utf8: $0) }
    }

    static func count(utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard !utf8.isEmpty else { return 0 }
        if utf8.count <= 256 {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { buffer in
                let letters = Letters(base: buffer.baseAddress!, count: decode(utf8, into: buffer.baseAddress!))
                return letters.countWord()
            }
        }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: utf8.count)
        defer { buffer.deallocate() }
        return Letters(base: buffer, count: decode(utf8, into: buffer)).countWord()
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
    /// input byte, so `letters` needs room for `utf8.count`.
    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>, into letters: UnsafeMutablePointer<UInt8>) -> Int {
        var length = 0
        var i = 0
        let end = utf8.count
        while i < end {
            let byte = utf8[i]
            if byte < 0x80 {
                i += 1
                let lower = byte | 0x20
                if lower >= 0x61 && lower <= 0x7A {
                    letters[length] = lower
                } else if byte == 0x27 || byte == 0x60 {
                    letters[length] = Code.apostrophe
                } else {
                    letters[length] = Code.boundary
                }
                length += 1
                continue
            }
            // Multi-byte sequence. Malformed bytes become boundaries.
            let value: UInt32
            if byte & 0xE0 == 0xC0, i + 1 < end {
                value = UInt32(byte & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                i += 2
            } else if byte & 0xF0 == 0xE0, i + 2 < end {
                value = UInt32(byte & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                i += 3
            } else if byte & 0xF8 == 0xF0, i + 3 < end {
                value =
                    UInt32(byte & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                    | UInt32(utf8[i + 3] & 0x3F)
                i += 4
            } else {
                i += 1
                letters[length] = Code.boundary
                length += 1
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
            case 0x2010, 0x2011:
                letters[length] = Code.boundary
            default:
                letters[length] = latinLetter(value)
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
    let base: UnsafeMutablePointer<UInt8>
    let count: Int

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
        switch plain(code) {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true
        default: return false
        }
    }

    @inline(__always)
    static func isConsonant(_ code: UInt8) -> Bool {
        code >= 0x61 && code <= 0x7A && !isVowel(code)
    }

    func countWord() -> Int {
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
            if startsNucleus(i, start, end) {
                nuclei += 1
                i += nucleusLength(i, start, end)
            } else {
                i += 1
            }
        }
        if nuclei == 0 { return countVowelless(start, end) }
        if end - start >= 4 { nuclei += Loanwords.correction(self, start, end) }
        return max(1, nuclei)
    }

    private func startsNucleus(_ i: Int, _ start: Int, _ end: Int) -> Bool {
        let code = base[i]
        switch Letters.plain(code) {
        case 0x61, 0x65, 0x69, 0x6F:
            return true
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

    /// The letter at `k` if it can continue a nucleus that began with an accented
    /// (`accented`) or plain vowel, else 0. A diaeresis never continues one, and an
    /// accent only continues an accented vowel (*één*, *vóór*; but *car-ri-è-re*).
    @inline(__always)
    private func continuation(_ k: Int, _ end: Int, accented: Bool) -> UInt8 {
        guard k < end else { return 0 }
        let code = base[k]
        if code >= 0x61 && code <= 0x7A { return code }
        if accented && code >= 0x41 && code <= 0x5A { return code | 0x20 }
        return 0
    }

    /// How many letters the nucleus that starts at `i` spans.
    private func nucleusLength(_ i: Int, _ start: Int, _ end: Int) -> Int {
        let first = base[i]
        let accented = first >= 0x41 && first <= 0x5A
        let c0 = Letters.plain(first)
        let c1 = continuation(i + 1, end, accented: accented)
        if c1 == 0 { return 1 }
        let c2 = continuation(i + 2, end, accented: accented)
        switch (c0, c1) {
        case (0x61, 0x61), (0x6F, 0x6F):  // aa oo, aai ooi
            return c2 == 0x69 ? 3 : 2
        case (0x6F, 0x65):  // oe, oei, French oeu (manoeuvre)
            return c2 == 0x69 || c2 == 0x75 ? 3 : 2
        case (0x65, 0x65):  // ee, eeu
            return c2 == 0x75 ? 3 : 2
        case (0x69, 0x65):  // ie; ieu only before w (nieuw), else i-eu (am-bi-ti-eus, mi-li-eu)
            return c2 == 0x75 && at(i + 3, start, end) != 0x77 ? 1 : 2
        case (0x6F, 0x75):  // ou, oui (bouillon, patrouille)
            return c2 == 0x69 ? 3 : 2
        case (0x65, 0x61):
            // eau (cadeau), but not e + au(to) across a prefix or compound (geautomatiseerd, schadeauto)
            if c2 == 0x75, !(at(i + 3, start, end) == 0x74 && at(i + 4, start, end) == 0x6F) { return 3 }
            return 1
        case (0x65, 0x75):
            if c2 == 0x69 && at(i + 3, start, end) == 0x6C { return 3 }  // euil (fauteuil)
            // -eum is e-um (museum, jubileum)
            if c2 == 0x6D && !Letters.isVowel(at(i + 3, start, end)) { return 1 }
            return 2
        case (0x61, 0x65):
            // Latin ae (aerobics, gynaecoloog, reggae), not a + e in compounds (coronaepidemie)
            switch c2 {
            case 0, 0x63, 0x6B, 0x72, 0x73: return 2
            default: return i == start ? 2 : 1
            }
        case (0x61, 0x69), (0x61, 0x75), (0x65, 0x69), (0x6F, 0x69), (0x75, 0x69), (0x75, 0x75):
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

/// English words whose spelling hides their syllables, as corrections to the rule count.
/// Rules cannot do these: the silent `e` of *update* looks like the spoken `e` of
/// *kandidaten*, and the single vowel of *team* looks like the two of *theater*.
private enum Loanwords {
    struct Entry {
        /// Lowercase ASCII letters.
        let text: StaticString
        /// Added to the rule count: -1 for each vowel the rules count too many.
        let correction: Int8
        let place: Place
    }

    enum Place {
        /// Anywhere in a part, so also inside compounds (*jeugdteam*).
        case anywhere
        /// Only at the start of a part (*caseload*, but not *showcase*).
        case start
        /// Not directly after a vowel (*dealer*, but not *idealen*).
        case afterConsonant
    }

    /// Longest entries first within each initial, so *deadline* wins over *dead*.
    /// Entries that end in `e` have a silent final `e`: they match only before the end of
    /// the part, a plural `s`, a past-tense `d`, or a consonant that begins the next part
    /// of a compound — never before a vowel, `n`, `r` or `t`, where the `e` is spoken
    /// (*daten*, *timer*, *facet*). Entries are lowercase ASCII, without diacritics.
    static let entries: [Entry] = [
        Entry(text: "airline", correction: -1, place: .anywhere),
        Entry(text: "board", correction: -1, place: .anywhere),
        Entry(text: "breakdance", correction: -2, place: .anywhere),
        Entry(text: "break", correction: -1, place: .anywhere),
        Entry(text: "business", correction: -1, place: .anywhere),
        Entry(text: "beach", correction: -1, place: .anywhere),
        Entry(text: "bike", correction: -1, place: .anywhere),
        Entry(text: "coach", correction: -1, place: .anywhere),
        Entry(text: "coat", correction: -1, place: .anywhere),
        Entry(text: "clean", correction: -1, place: .start),
        Entry(text: "cake", correction: -1, place: .anywhere),
        Entry(text: "care", correction: -1, place: .anywhere),
        Entry(text: "case", correction: -1, place: .start),
        Entry(text: "deadline", correction: -2, place: .anywhere),
        Entry(text: "dead", correction: -1, place: .anywhere),
        Entry(text: "deal", correction: -1, place: .afterConsonant),
        Entry(text: "date", correction: -1, place: .afterConsonant),
        Entry(text: "dream", correction: -1, place: .anywhere),
        Entry(text: "drive", correction: -1, place: .start),
        Entry(text: "freelance", correction: -1, place: .anywhere),
        Entry(text: "freestyle", correction: -1, place: .anywhere),
        Entry(text: "freak", correction: -1, place: .anywhere),
        Entry(text: "feature", correction: -2, place: .anywhere),
        Entry(text: "face", correction: -1, place: .anywhere),
        Entry(text: "fulltime", correction: -1, place: .anywhere),
        Entry(text: "goal", correction: -1, place: .anywhere),
        Entry(text: "game", correction: -1, place: .anywhere),
        Entry(text: "guide", correction: -1, place: .start),
        Entry(text: "hardware", correction: -1, place: .anywhere),
        Entry(text: "headline", correction: -2, place: .anywhere),
        Entry(text: "head", correction: -1, place: .anywhere),
        Entry(text: "hearing", correction: -1, place: .anywhere),
        Entry(text: "healing", correction: -1, place: .anywhere),
        Entry(text: "helpline", correction: -1, place: .anywhere),
        Entry(text: "hotline", correction: -1, place: .anywhere),
        Entry(text: "homepage", correction: -2, place: .anywhere),
        Entry(text: "home", correction: -1, place: .anywhere),
        Entry(text: "jeans", correction: -1, place: .anywhere),
        Entry(text: "leader", correction: -1, place: .anywhere),
        Entry(text: "learning", correction: -1, place: .anywhere),
        Entry(text: "lease", correction: -2, place: .anywhere),
        Entry(text: "lead", correction: -1, place: .start),
        Entry(text: "lifestyle", correction: -2, place: .anywhere),
        Entry(text: "life", correction: -1, place: .anywhere),
        Entry(text: "like", correction: -1, place: .start),
        Entry(text: "live", correction: -1, place: .start),
        Entry(text: "load", correction: -1, place: .anywhere),
        Entry(text: "malware", correction: -1, place: .anywhere),
        Entry(text: "office", correction: -1, place: .anywhere),
        Entry(text: "offline", correction: -1, place: .anywhere),
        Entry(text: "online", correction: -1, place: .anywhere),
        Entry(text: "parttime", correction: -1, place: .anywhere),
        Entry(text: "phone", correction: -1, place: .anywhere),
        Entry(text: "peanut", correction: -1, place: .anywhere),
        Entry(text: "release", correction: -2, place: .anywhere),
        Entry(text: "reader", correction: -1, place: .anywhere),
        Entry(text: "research", correction: -1, place: .anywhere),
        Entry(text: "road", correction: -1, place: .anywhere),
        Entry(text: "service", correction: -1, place: .anywhere),
        Entry(text: "software", correction: -1, place: .anywhere),
        Entry(text: "skyline", correction: -1, place: .anywhere),
        Entry(text: "skate", correction: -1, place: .anywhere),
        Entry(text: "speaker", correction: -1, place: .anywhere),
        Entry(text: "stream", correction: -1, place: .anywhere),
        Entry(text: "sneak", correction: -1, place: .anywhere),
        Entry(text: "steak", correction: -1, place: .anywhere),
        Entry(text: "style", correction: -1, place: .anywhere),
        Entry(text: "site", correction: -1, place: .start),
        Entry(text: "soap", correction: -1, place: .anywhere),
        Entry(text: "team", correction: -1, place: .anywhere),
        Entry(text: "timeline", correction: -2, place: .anywhere),
        Entry(text: "timeout", correction: -1, place: .anywhere),
        Entry(text: "time", correction: -1, place: .start),
        Entry(text: "toast", correction: -1, place: .anywhere),
        Entry(text: "tape", correction: -1, place: .anywhere),
        Entry(text: "update", correction: -1, place: .anywhere),
        Entry(text: "voice", correction: -1, place: .start),
        Entry(text: "website", correction: -1, place: .anywhere),
        Entry(text: "white", correction: -1, place: .start),
        Entry(text: "youtube", correction: -1, place: .anywhere),
    ]

    /// The entries' letters, flattened once so the hot loop reads plain bytes.
    private struct Table: Sendable {
        /// All entry texts, one after another.
        var text: [UInt8] = []
        /// Per entry, in the order tried: offset into `text`, length, correction, place.
        var offsets: [Int] = []
        var lengths: [Int] = []
        var corrections: [Int] = []
        var places: [Place] = []
        /// For each pair of first letters (`26 * first + second`), where its entries begin
        /// (high byte) and how many there are (low byte); 0 for none.
        var bigrams = [UInt16](repeating: 0, count: 26 * 26)
        /// One bit per three-letter start of an entry, to reject most positions cheaply.
        var trigrams = [UInt64](repeating: 0, count: (26 * 26 * 26 + 63) / 64)
    }

    private static let table: Table = {
        // Grouped by first two letters, longest first within a group, so that *deadline*
        // is tried before *dead*.
        let ordered = entries.map { entry in
            (text: Array(UnsafeBufferPointer(start: entry.text.utf8Start, count: entry.text.utf8CodeUnitCount)),
             entry: entry)
        }.sorted {
            let a = bigram($0.text[0], $0.text[1])
            let b = bigram($1.text[0], $1.text[1])
            return a != b ? a < b : $0.text.count > $1.text.count
        }
        var table = Table()
        for (position, item) in ordered.enumerated() {
            precondition(item.text.count >= 4 && item.text.allSatisfy { $0 >= 0x61 && $0 <= 0x7A })
            table.offsets.append(table.text.count)
            table.lengths.append(item.text.count)
            table.corrections.append(Int(item.entry.correction))
            table.places.append(item.entry.place)
            table.text += item.text
            let key = bigram(item.text[0], item.text[1])
            if table.bigrams[key] == 0 { table.bigrams[key] = UInt16(position) << 8 }
            table.bigrams[key] += 1
            let tri = key * 26 + Int(item.text[2] - 0x61)
            table.trigrams[tri >> 6] |= 1 << UInt64(tri & 63)
        }
        return table
    }()

    @inline(__always)
    private static func bigram(_ a: UInt8, _ b: UInt8) -> Int { Int(a &- 0x61) &* 26 &+ Int(b &- 0x61) }

    static func correction(_ letters: Letters, _ start: Int, _ end: Int) -> Int {
        let table = Loanwords.table
        var total = 0
        var p = start
        let s = letters.base
        while p <= end - 4 {
            let c0 = s[p] &- 0x61
            let c1 = s[p + 1] &- 0x61
            let c2 = s[p + 2] &- 0x61
            // Codes outside a…z wrap around to values of 26 and more.
            guard c0 < 26 && c1 < 26 && c2 < 26 else {
                p += 1
                continue
            }
            let key = Int(c0) &* 26 &+ Int(c1)
            let tri = key &* 26 &+ Int(c2)
            guard table.trigrams[tri >> 6] & (1 << UInt64(tri & 63)) != 0 else {
                p += 1
                continue
            }
            let slot = Int(table.bigrams[key])
            var matched = 0
            for k in (slot >> 8)..<((slot >> 8) + (slot & 0xFF)) where matches(table, k, letters, p, start, end) {
                total += table.corrections[k]
                matched = table.lengths[k]
                break
            }
            p += max(1, matched)
        }
        return total
    }

    @inline(__always)
    private static func matches(_ table: Table, _ k: Int, _ letters: Letters, _ p: Int, _ start: Int, _ end: Int)
        -> Bool
    {
        let n = table.lengths[k]
        guard p + n <= end else { return false }
        let offset = table.offsets[k]
        for i in 2..<n where table.text[offset + i] != letters.base[p + i] { return false }
        switch table.places[k] {
        case .anywhere: break
        case .start: if p != start { return false }
        case .afterConsonant: if p != start && !Letters.isConsonant(letters.base[p - 1]) { return false }
        }
        return table.text[offset + n - 1] != 0x65 || silentEndingFits(letters, p + n, end)
    }

    /// What may follow a silent final `e`.
    private static func silentEndingFits(_ letters: Letters, _ next: Int, _ end: Int) -> Bool {
        if next >= end { return true }
        let code = letters.base[next]
        if code == Code.apostrophe { return true }
        if (code == 0x73 || code == 0x64) && next + 1 == end { return true }  // updates, geleased
        guard Letters.isConsonant(code) else { return false }
        return code != 0x6E && code != 0x72 && code != 0x74
    }
}
