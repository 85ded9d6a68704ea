import Testing
import TaalmaatText
@testable import Taalmaat

@Suite struct ToonAbsoluutTests {
    func findings(_ text: String, profile: Profile = .brief) throws -> [Finding] {
        let checker = try Checker(configuration: CheckerConfiguration(profile: profile), cachesSentences: false)
        return checker.check(text).findings.filter { $0.ruleID == "toon.absoluut" }
    }

    @Test func severityDependsOnTheProfile() throws {
        #expect(try findings("U reageert nooit op mijn berichten.").map(\.severity) == [.waarschuwing])
        #expect(try findings("Moeder neemt de telefoon nooit op.", profile: .intern).map(\.severity) == [.tip])
    }

    @Test func aLeftOutSubjectIsFoundInTheClauseBefore() throws {
        let text = "Moeder blijft thuis, heeft twee afspraken gemist en neemt de telefoon nooit op."
        #expect(try findings(text, profile: .verslag).map(\.matchedText) == ["nooit"])
    }

    @Test func praiseAndReportedWordsAreNoJudgement() throws {
        #expect(try findings("Hij komt nooit te laat.").isEmpty)
        #expect(try findings("Zij zegt dat ze nooit meer hulp wil.").isEmpty)
        #expect(try findings("Sem heeft nog nooit een gesprek met de rechter gehad.").isEmpty)
        #expect(try findings("Wij zijn altijd te laat met onze brieven.").isEmpty)
        #expect(try findings("Wij vergeten nooit hoe hard u heeft gewerkt.").isEmpty)
        #expect(try findings("Het gaat steeds beter met Emre op school.").isEmpty)
        #expect(try findings("Je bent helemaal niet dom.").isEmpty)
    }
}
