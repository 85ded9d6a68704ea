import Testing
import TaalmaatText
@testable import Taalmaat

@Suite struct WoordSpellingTests {
    static let rule: RuleID = "woord.spelling"
    static let resources = try! Checker(cachesSentences: false).settings.resources

    func findings(_ text: String, configuration: CheckerConfiguration = CheckerConfiguration()) throws -> [Finding] {
        try Checker(configuration: configuration, cachesSentences: false).check(text).findings.filter { $0.ruleID == Self.rule }
    }

    func cheap(_ word: String) -> [String] {
        WoordSpelling.cheapSuggestions(
            for: word, frequencies: Self.resources.frequencies, spelling: Self.resources.spellChecker)
    }

    @Test(arguments: [
        ("dinsdg", "dinsdag"),  // a letter missing
        ("afsrpaak", "afspraak"),  // two letters swapped
        ("gesprekk", "gesprek"),  // a letter too many
        ("schoool", "school"),
        ("geinteresseerd", "geïnteresseerd"),  // diaeresis
        ("brif", "brief"),
    ])
    func cheapSuggesterFindsOneEdit(_ word: String, _ expected: String) {
        #expect(cheap(word).first == expected)
    }

    @Test func cheapSuggesterOnlyOffersRealWords() {
        for suggestion in cheap("gesprk") { #expect(Self.resources.spellChecker.spell(suggestion)) }
        #expect(cheap("xqzvw").isEmpty)
    }

    @Test func farOffWordsGetHunspellSuggestionsOnDemandOnly() throws {
        // Two edits away from "afspraak": the cheap suggester finds nothing, and the
        // check itself does not wait for Hunspell's slow suggestions.
        #expect(cheap("afsprrraak").isEmpty)
        let found = try findings("Wij maken een afsprrraak.")
        #expect(found.count == 1)
        #expect(found.first?.suggestions.isEmpty == true)
        #expect(found.first?.message.contains("Kijk of het goed gespeld is") == true)
        let checker = try Checker()
        #expect(checker.spellingSuggestions(for: "afsprrraak").contains("afspraak"))
    }

    @Test func suggestionKeepsTheCapital() throws {
        let found = try findings("Dinsdg kom ik langs.")
        #expect(found.first?.suggestions.first?.replacement == "Dinsdag")
    }

    @Test func partsOfHyphenatedWords() throws {
        let found = try findings("Zij heeft een sociaal-emotionle achterstand.")
        #expect(found.map(\.matchedText) == ["emotionle"])
        #expect(try findings("Wij praten met de opvoedings- en gezinscoach.").isEmpty)
        // A non-breaking hyphen (U+2011) is a hyphen too.
        #expect(try findings("Een sociaal\u{2011}emotionle achterstand.").map(\.matchedText) == ["emotionle"])
    }

    @Test func acceptedWordsAndOtherLists() throws {
        let text = "Wij gebruiken het zorgpaspoortje."
        let plain = try findings(text)
        #expect(plain.count <= 1)
        #expect(try findings("Wij plannen een gesprk.", configuration: CheckerConfiguration(acceptedWords: ["gesprk"])).isEmpty)
        let list = """
            woord\talternatieven\tuitleg\tvoorbeeld\topties\tgoed
            gesprk\tgesprek\tEen tikfout.\tWij plannen een gesprk.\t\t
            """
        let configuration = CheckerConfiguration(
            extraWordLists: [ExtraWordList(rule: "woord.vaktaal", name: "eigen.tsv", contents: list)])
        #expect(try findings("Wij plannen een gesprk.", configuration: configuration).isEmpty)
    }

    @Test func namesAreSkipped() throws {
        // Inside a sentence by the capital; first in a sentence because no word is near.
        #expect(try findings("Jaylinn gaat naar school. Ik bel met Jaylinn en Wrzesniewski.").isEmpty)
    }

    @Test func compoundsOfKnownWordsAreNoTypos() throws {
        #expect(try findings("Het is een multiprobleemgezin.").isEmpty)
    }

    @Test func tipForInternalNotes() throws {
        let found = try findings("Wij plannen een gesprk.", configuration: CheckerConfiguration(profile: .intern))
        #expect(found.first?.severity == .tip)
    }
}
