import Testing
import TaalmaatText
@testable import Taalmaat

@Suite struct ToonHoofdlettersTests {
    func findings(_ text: String, configuration: CheckerConfiguration = CheckerConfiguration()) throws -> [Finding] {
        let checker = try Checker(configuration: configuration, cachesSentences: false)
        return checker.check(text).findings.filter { $0.ruleID == "toon.hoofdletters" }
    }

    @Test func theSuggestionIsASafeLowercaseEdit() throws {
        let found = try findings("Kom op tijd. NIET VERGETEN.")
        #expect(found.map(\.matchedText) == ["NIET VERGETEN"])
        let suggestion = try #require(found.first?.suggestions.first)
        #expect(suggestion.isSafe)
        #expect(suggestion.replacement == "Niet vergeten")
        #expect(try findings("Je mag het NIET vergeten.").first?.suggestions.first?.replacement == "niet")
    }

    @Test func aTitleInCapitalsIsATip() throws {
        let found = try findings("Beste mevrouw Jansen,\n\nBESLUIT\nDe afspraak is op dinsdag. U MOET komen.")
        #expect(found.map(\.matchedText) == ["BESLUIT", "MOET"])
        #expect(found.map(\.severity) == [.tip, .waarschuwing])
    }

    @Test func namesAndAcronymsInCapitalsAreLeftAlone() throws {
        #expect(try findings("GEMEENTE VOORBEELDSTAD\nAfdeling Leerplicht\n\nBeste mevrouw Jansen,").isEmpty)
        #expect(try findings("Het UWV, de SVB en de GGZ helpen mee. Emre gaat naar het VMBO.").isEmpty)
    }

    @Test func acceptedWordsAreLeftAlone() throws {
        #expect(try findings("Uw aanwezigheid is VERPLICHT.", configuration: CheckerConfiguration(acceptedWords: ["verplicht"])).isEmpty)
    }
}
