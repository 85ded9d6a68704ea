/// Closed word classes of Dutch that the tokenizer and sentence splitter need. These
/// are grammar, not curated vocabulary, so they live in code; curated lists live in
/// `Dictionaries/`.
enum DutchWordClasses {
    static let months: Set<String> = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
        "oktober", "november", "december", "jan", "feb", "febr", "mrt", "apr", "jun", "jul", "aug",
        "sep", "sept", "okt", "nov", "dec",
    ]

    static let fullMonths: Set<String> = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
        "oktober", "november", "december",
    ]

    static let weekdays: Set<String> = [
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "ma", "di",
        "wo", "do", "vr", "za", "zo",
    ]

    /// Name particles that may follow an initial (*J. de Vries*, *A. van der Berg*).
    static let nameParticles: Set<String> = [
        "van", "de", "den", "der", "ter", "ten", "te", "het", "'t", "la", "le", "du", "di", "da",
        "von", "op", "in", "uit", "vd", "v.d.",
    ]

    /// Capitalised words that usually start a sentence rather than continue a name.
    /// A capital letter and a full stop before one of these is the end of a sentence
    /// (*plan B. Dat werkt.*), not an initial.
    static let sentenceStarters: Set<String> = [
        "de", "het", "een", "ik", "wij", "we", "u", "uw", "je", "jij", "jullie", "hij", "zij", "ze",
        "het", "er", "dit", "dat", "deze", "die", "daarna", "dan", "daarom", "daar", "hier", "als",
        "wanneer", "omdat", "want", "maar", "en", "of", "ook", "toen", "nu", "wilt", "kunt", "mag",
        "graag", "op", "in", "met", "voor", "na", "bij", "om", "tot", "van", "aan", "over", "zo",
        "wat", "wie", "waar", "hoe", "waarom", "welke", "mijn", "ons", "onze", "hun", "haar", "zijn",
        "heeft", "hebt", "is", "was", "wordt", "werd", "kan", "moet", "zal", "gaat", "komt", "laat",
        "neem", "bel", "stuur", "lees", "vul", "kijk", "let", "geef", "ga", "kom", "zie", "niet",
        "geen", "alle", "veel", "soms", "morgen", "vandaag", "gisteren", "eerst", "tot", "sinds",
    ]

    /// Words that follow a hyphen standing for a shared compound part
    /// (*jeugd- en gezinsbescherming*).
    static let ellipsisConjunctions: Set<String> = ["en", "of", "tot", "noch", "als", "&", "dan"]

    /// Abbreviated apostrophe words (*'s avonds*, *'t*, *'n*).
    static let apostropheWords: Set<String> = ["s", "t", "n", "k", "m", "r", "ns"]

    /// Top-level domains that make a bare `name.tld` a web address.
    static let topLevelDomains: Set<String> = [
        "nl", "be", "com", "org", "net", "eu", "info", "nu", "frl", "amsterdam", "io", "app",
    ]

    /// ``topLevelDomains`` as ``letterKey(_:)`` numbers: a label is looked up without
    /// building a string.
    static let topLevelDomainKeys = letterKeys(topLevelDomains)
    /// ``months`` and ``fullMonths`` as ``letterKey(_:)`` numbers.
    static let monthKeys = letterKeys(months)
    static let fullMonthKeys = letterKeys(fullMonths)
    static let weekdayKeys = letterKeys(weekdays)

    static func letterKeys(_ words: Set<String>) -> [UInt64] {
        words.map { word in
            guard let key = Array(word.utf8).withUnsafeBufferPointer({ letterKey($0) }) else {
                preconditionFailure("only words of 1 to 12 ASCII letters have a letter key")
            }
            return key
        }
    }

    /// A number that stands for a word of 1 to 12 ASCII letters, ignoring case (five
    /// bits a letter, none zero, so different words get different numbers), or nil for
    /// anything else.
    @inline(__always)
    static func letterKey(_ word: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard !word.isEmpty, word.count <= 12 else { return nil }
        var key: UInt64 = 0
        for byte in word {
            let letter = (byte | 0x20) &- 0x60
            guard letter >= 1, letter <= 26 else { return nil }
            key = key << 5 | UInt64(letter)
        }
        return key
    }
}
