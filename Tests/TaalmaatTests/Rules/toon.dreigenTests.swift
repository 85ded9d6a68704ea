import Testing
import TaalmaatText
@testable import Taalmaat

/// Severities, sentences that continue a threat, and merged formulas of `toon.dreigen`.
@Suite struct ToonDreigenTests {
    func findings(_ text: String, profile: Profile = .brief) throws -> [Finding] {
        let checker = try Checker(configuration: CheckerConfiguration(profile: profile), cachesSentences: false)
        return checker.check(text).findings.filter { $0.ruleID == "toon.dreigen" }
    }

    @Test func severityDependsOnTheProfile() throws {
        let text = "Als u niet betaalt, schakelen wij de deurwaarder in."
        #expect(try findings(text, profile: .brief).map(\.severity) == [.fout])
        #expect(try findings(text, profile: .kind).map(\.severity) == [.fout])
        #expect(try findings(text, profile: .intern).map(\.severity) == [.waarschuwing])
    }

    @Test func aSentenceThatAddsASanctionOnlyCountsAfterAThreat() throws {
        let alone = "Het gesprek is op dinsdag. Ook kan de Raad voor de Kinderbescherming worden ingeschakeld."
        #expect(try findings(alone).isEmpty)
        let after = "Als u niet komt, volgt een boete. Ook kan de Raad voor de Kinderbescherming worden ingeschakeld."
        #expect(try findings(after).map(\.matchedText) == [
            "Als u niet komt, volgt een boete", "Ook kan de Raad voor de Kinderbescherming worden ingeschakeld",
        ])
    }

    @Test func aQuestionAboutTheReaderThenDan() throws {
        #expect(try findings("Betaalt u niet? Dan schakelen wij de deurwaarder in.").map(\.matchedText) == ["Dan schakelen wij de deurwaarder"])
        #expect(try findings("Heeft u vragen? Dan kunt u de rechter een brief schrijven.").isEmpty)
        #expect(try findings("Komt u niet? Dan bel ik u op maandag.").isEmpty)
    }

    @Test func aFormulaInsideAConditionalThreatGivesOneFinding() throws {
        let found = try findings("Als u niet betaalt, zien wij ons genoodzaakt de deurwaarder in te schakelen.")
        #expect(found.count == 1)
        #expect(found.first?.matchedText == "Als u niet betaalt, zien wij ons genoodzaakt de deurwaarder")
        #expect(found.first?.relatedRanges.count == 1)
        #expect(found.first?.suggestions.first?.title == ToonDreigen.advice)
        #expect((found.first?.suggestions.count ?? 0) >= 2)
    }

    @Test func aFormulaAloneUsesTheListAlternative() throws {
        let found = try findings("Dit is uw laatste waarschuwing.")
        #expect(found.map(\.matchedText) == ["laatste waarschuwing"])
        #expect(found.first?.suggestions.first?.title == "ik maak me zorgen over …, omdat …")
    }

    @Test func theWriterWaitingForThePaymentIsAboutTheReader() throws {
        #expect(try findings("Indien wij geen betaling ontvangen, volgt een incassoprocedure via het incassobureau.").count == 1)
        #expect(try findings("Als wij ons zorgen maken over de kinderen, doen wij een melding bij Veilig Thuis.").isEmpty)
    }
}
