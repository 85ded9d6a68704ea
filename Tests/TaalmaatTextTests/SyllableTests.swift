import Testing

@testable import TaalmaatText

/// Hand-checked syllable counts. Where pronunciation and the official Dutch hyphenation
/// disagree (*sta-ti-on*, *mi-li-eu*), the counter follows hyphenation; see
/// `DutchSyllables`.
@Suite("Dutch syllables")
struct SyllableTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let word: String
        let syllables: Int
        init(_ word: String, _ syllables: Int) {
            self.word = word
            self.syllables = syllables
        }
        var testDescription: String { "\(word) = \(syllables)" }
    }

    static let everydayCases: [Case] = [
        Case("de", 1), Case("het", 1), Case("een", 1), Case("kind", 1), Case("brief", 1),
        Case("ouders", 2), Case("kinderen", 3), Case("afspraak", 2), Case("gesprek", 2),
        Case("beslissing", 3), Case("maandag", 2), Case("leeftijd", 2), Case("geboren", 3),
        Case("duidelijk", 3), Case("eigenlijk", 3), Case("vriendelijke", 4), Case("uitleggen", 3),
        Case("moeilijk", 2), Case("rechter", 2), Case("verantwoordelijkheid", 6),
    ]

    static let longVowelsAndDiphthongsCases: [Case] = [
        Case("uur", 1), Case("buurt", 1), Case("deur", 1), Case("blauw", 1), Case("koud", 1),
        Case("trein", 1), Case("huis", 1), Case("nieuw", 1), Case("leeuw", 1), Case("eeuw", 1),
        Case("haai", 1), Case("mooi", 1), Case("groei", 1), Case("mooie", 2), Case("nieuwe", 2),
        Case("draaien", 2), Case("groeien", 2), Case("eeuwen", 2), Case("mail", 1), Case("toilet", 2),
    ]

    static let youthCareCases: [Case] = [
        Case("ondertoezichtstelling", 6), Case("gezinsvoogd", 3), Case("gezinsvoogdij", 4),
        Case("jeugdbescherming", 4), Case("uithuisplaatsing", 4), Case("betalingsregeling", 6),
        Case("jeugdhulpverlening", 5), Case("kinderbeschermingsmaatregel", 8), Case("hulpverlener", 4),
        Case("pleeggezin", 3), Case("omgangsregeling", 5), Case("veiligheidsplan", 4),
        Case("gecertificeerde", 6), Case("jeugdzorgwerker", 4), Case("gezinshuis", 3),
    ]

    /// Vowel pairs that are not a digraph belong to two syllables.
    static let hiatusCases: [Case] = [
        Case("piano", 3), Case("radio", 3), Case("situatie", 4), Case("actueel", 3),
        Case("individueel", 5), Case("januari", 4), Case("museum", 3), Case("theater", 3),
        Case("ideaal", 3), Case("creatief", 3), Case("reactie", 3), Case("beantwoorden", 4),
        Case("geopend", 3), Case("beoordeling", 4), Case("coalitie", 4), Case("geautomatiseerd", 6),
        Case("station", 3), Case("milieu", 3), Case("ambitieus", 4), Case("geijkt", 2),
    ]

    static let tremaCases: [Case] = [
        Case("ruïne", 3), Case("coördinatie", 5), Case("geëvalueerd", 5), Case("naïef", 2),
        Case("ideeën", 3), Case("knieën", 2), Case("zeeën", 2), Case("efficiënt", 4),
        Case("financiële", 5), Case("beïnvloeden", 4), Case("reünie", 3), Case("egoïsme", 4),
        Case("België", 3), Case("patiënt", 3), Case("geïnteresseerd", 5),
    ]

    /// The same words decomposed (NFD), as some editors and PDF extractors deliver them.
    static let decomposedCases: [Case] = [
        Case("rui\u{0308}ne", 3), Case("coo\u{0308}rdinatie", 5), Case("gee\u{0308}valueerd", 5),
        Case("nai\u{0308}ef", 2), Case("e\u{0301}e\u{0301}n", 1), Case("carrie\u{0300}re", 4),
        Case("RUI\u{0308}NE", 3),
    ]

    static let caseAndLigatureCases: [Case] = [
        Case("RUÏNE", 3), Case("Jeugdbescherming", 4), Case("GEZINSVOOGD", 3), Case("IJsland", 2),
        Case("Ĳs", 1), Case("bĳna", 2), Case("ĲZER", 2), Case("ONDERTOEZICHTSTELLING", 6),
    ]

    /// y is a vowel, except as the consonant j before a vowel at the start of a syllable.
    static let letterYCases: [Case] = [
        Case("baby", 2), Case("hobby", 2), Case("party", 2), Case("systeem", 2), Case("psychologie", 4),
        Case("type", 2), Case("gym", 1), Case("yoga", 2), Case("royaal", 2), Case("loyaal", 2),
        Case("hockey", 2), Case("okay", 2), Case("cowboy", 2),
    ]

    static let loanwordsCases: [Case] = [
        Case("e-mail", 2), Case("mailen", 2), Case("team", 1), Case("jeugdteam", 2), Case("wijkteam", 2),
        Case("coach", 1), Case("coaching", 2), Case("weekend", 2), Case("computer", 3),
        Case("interview", 3), Case("manager", 3), Case("casemanager", 4), Case("update", 2),
        Case("updates", 2), Case("website", 2), Case("websites", 2), Case("online", 2),
        Case("date", 1), Case("service", 2), Case("school", 1), Case("cadeau", 2), Case("bureau", 2),
        Case("budget", 2), Case("chauffeur", 2), Case("deadline", 2), Case("software", 2),
        Case("smartphone", 2), Case("feedback", 2), Case("workshop", 2), Case("download", 2),
        Case("time-out", 2), Case("homepage", 2), Case("lifestyle", 2), Case("leasen", 2),
        Case("burgerservicenummer", 6), Case("gameserver", 3), Case("intakegesprek", 4),
        Case("serviceafdeling", 5), Case("websiteadres", 4),
        // File is the French-Dutch word for a traffic jam: fi-le.
        Case("file", 2),
    ]

    /// Dutch words that look like the loanwords above and must keep their rule count.
    static let notLoanwordsCases: [Case] = [
        Case("kandidaten", 4), Case("daten", 2), Case("stapel", 2), Case("idealen", 4),
        Case("visite", 3), Case("makelaar", 3), Case("maken", 2), Case("facet", 2), Case("timer", 2),
        Case("beamen", 3), Case("renteaanpassing", 5), Case("fotoalbum", 4), Case("picaresk", 3),
        Case("homeopathie", 5), Case("takelwagen", 4), Case("intaken", 3),
    ]

    static let frenchCases: [Case] = [
        Case("fauteuil", 2), Case("bouillon", 2), Case("manoeuvre", 3), Case("niveau", 2),
        Case("cadeautje", 3), Case("bureaucratie", 4), Case("carrière", 4), Case("idée", 2),
        Case("café", 2), Case("één", 1), Case("vóór", 1), Case("díé", 1), Case("éíndelijk", 3),
        Case("móói", 1), Case("schadeauto", 4),
    ]

    static let hyphensAndApostrophesCases: [Case] = [
        Case("auto's", 2), Case("baby's", 2), Case("zo'n", 1), Case("m'n", 1), Case("'s", 1),
        Case("'s-Hertogenbosch", 5), Case("cd's", 2), Case("oud-leerling", 3), Case("Noord-Holland", 3),
        Case("ex-partner", 3), Case("jeugd-ggz", 4), Case("auto’s", 2), Case("e\u{2011}mail", 2),
        Case("zee-egel", 3),
    ]

    /// Initialisms are read letter by letter; interjections are one syllable.
    static let withoutVowelsCases: [Case] = [
        Case("tv", 2), Case("pgb", 3), Case("ggz", 3), Case("wc", 2), Case("hmm", 1), Case("pst", 1),
        Case("sst", 1), Case("brrr", 1),
    ]

    static let noLettersCases: [Case] = [
        Case("", 0), Case("2024", 0), Case("12,50", 0), Case("-", 0), Case("…", 0), Case("'", 0),
        Case("3e", 1), Case("a", 1), Case("é", 1),
    ]

    @Test(arguments: everydayCases) func everyday(_ c: Case) { #expect(DutchSyllables.count(c.word) == c.syllables) }
    @Test(arguments: longVowelsAndDiphthongsCases) func longVowelsAndDiphthongs(_ c: Case) {
        #expect(DutchSyllables.count(c.word) == c.syllables)
    }
    @Test(arguments: youthCareCases) func youthCare(_ c: Case) { #expect(DutchSyllables.count(c.word) == c.syllables) }
    @Test(arguments: hiatusCases) func hiatus(_ c: Case) { #expect(DutchSyllables.count(c.word) == c.syllables) }
    @Test(arguments: tremaCases) func trema(_ c: Case) { #expect(DutchSyllables.count(c.word) == c.syllables) }
    @Test(arguments: decomposedCases) func decomposed(_ c: Case) {
        #expect(DutchSyllables.count(c.word) == c.syllables)
    }
    @Test(arguments: caseAndLigatureCases) func caseAndLigature(_ c: Case) {
        #expect(DutchSyllables.count(c.word) == c.syllables)
    }
    @Test(arguments: letterYCases) func letterY(_ c: Case) { #expect(DutchSyllables.count(c.word) == c.syllables) }
    @Test(arguments: loanwordsCases) func loanwords(_ c: Case) { #expect(DutchSyllables.count(c.word) == c.syllables) }
    @Test(arguments: notLoanwordsCases) func notLoanwords(_ c: Case) {
        #expect(DutchSyllables.count(c.word) == c.syllables)
    }
    @Test(arguments: frenchCases) func french(_ c: Case) { #expect(DutchSyllables.count(c.word) == c.syllables) }
    @Test(arguments: hyphensAndApostrophesCases) func hyphensAndApostrophes(_ c: Case) {
        #expect(DutchSyllables.count(c.word) == c.syllables)
    }
    @Test(arguments: withoutVowelsCases) func withoutVowels(_ c: Case) {
        #expect(DutchSyllables.count(c.word) == c.syllables)
    }
    @Test(arguments: noLettersCases) func noLetters(_ c: Case) { #expect(DutchSyllables.count(c.word) == c.syllables) }

    @Test func substringsAndUTF8CountLikeStrings() {
        let sentence = "De gezinsvoogd belt de ouders over de uithuisplaatsing."
        for word in sentence.split(separator: " ") {
            let expected = DutchSyllables.count(String(word))
            #expect(DutchSyllables.count(word) == expected)
            let bytes = Array(word.utf8)
            #expect(bytes.withUnsafeBufferPointer { DutchSyllables.count(utf8: $0) } == expected)
        }
        #expect(DutchSyllables.count(sentence.split(separator: " ")[1]) == 3)
    }

    @Test func everyWordWithAVowelHasASyllable() {
        for word in ["a", "ee", "y", "ij", "ĳ", "Ü", "eau", "oei", "aai", "hé", "'t", "s'"] {
            #expect(DutchSyllables.count(word) >= 1, "\(word)")
        }
    }

    @Test func longWordsDoNotNeedTheStackBuffer() {
        let long = String(repeating: "kinder", count: 100)  // 600 bytes, 200 syllables
        #expect(DutchSyllables.count(long) == 200)
        let accented = String(repeating: "ruïne-", count: 60)  // multi-byte, hyphenated
        #expect(DutchSyllables.count(accented) == 180)
    }

    @Test func malformedAndForeignInputIsSafe() {
        let bytes: [UInt8] = [0x6B, 0xC3, 0x69, 0x6E, 0x64, 0xFF, 0xE2, 0x82]  // k, cut-off é, ind, junk
        #expect(bytes.withUnsafeBufferPointer { DutchSyllables.count(utf8: $0) } == 1)
        #expect(DutchSyllables.count("Москва") == 1)
        #expect(DutchSyllables.count("😀") == 0)
    }
}
