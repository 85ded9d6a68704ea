import Testing
@testable import Taalmaat

@Suite struct ZinOntkenningTests {
    @Test func windowOfSixWords() throws {
        #expect(try ZinTestSupport.check("zin.ontkenning", "Er is geen enkele reden om niet te komen.").texts == [
            "geen enkele reden om niet"
        ])
        let far = "Niemand van de mensen uit de buurt en de school zegt niet dat het goed gaat."
        #expect(try ZinTestSupport.check("zin.ontkenning", far).texts.isEmpty)
    }

    @Test func clauseBoundaries() throws {
        for text in [
            "Ik kan niet komen, want ik heb geen tijd.", "Het is niet zo dat u niets goed doet.",
            "Als u niet kunt, is dat geen probleem.", "Ik kom niet onaangekondigd langs.", "Niet iedereen wil dat.",
        ] {
            #expect(try ZinTestSupport.check("zin.ontkenning", text).texts.isEmpty, "\(text)")
        }
    }

    @Test func positiveAdvice() throws {
        let finding = try #require(try ZinTestSupport.check("zin.ontkenning", "Dat is niet onbelangrijk.").findings.first)
        #expect(finding.suggestions.first?.title == "Zeg het positief: 'belangrijk'")
        #expect(try ZinTestSupport.check("zin.ontkenning", "Dat is niet onbelangrijk.", profile: .intern).findings.first?.severity == .tip)
    }
}
