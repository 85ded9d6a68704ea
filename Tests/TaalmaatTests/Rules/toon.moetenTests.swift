import Testing
import TaalmaatText
@testable import Taalmaat

/// Density, thresholds and exemptions of `toon.moeten`.
@Suite struct ToonMoetenTests {
    static let duty = "U moet het formulier tekenen."  // 5 words
    static let filler = "Wij komen op dinsdag om tien uur bij u langs."  // 10 words

    func findings(_ text: String, profile: Profile = .brief, settings: RuleSetting? = nil) throws -> [Finding] {
        var rules: [String: RuleSetting] = [:]
        if let settings { rules["toon.moeten"] = settings }
        let checker = try Checker(configuration: CheckerConfiguration(profile: profile, rules: rules), cachesSentences: false)
        return checker.check(text).findings.filter { $0.ruleID == "toon.moeten" }
    }

    func text(duties: Int, dutySentence: String = duty, fillers: Int, filler: String = filler) -> String {
        (Array(repeating: dutySentence, count: duties) + Array(repeating: filler, count: fillers)).joined(separator: " ")
    }

    @Test func densityAtTheThresholdGivesNoFinding() throws {
        // 2 duties in 100 words: exactly 2 per 100, not more.
        #expect(try findings(text(duties: 2, fillers: 9)).isEmpty)
    }

    @Test func densityAboveTheThresholdMarksEveryDuty() throws {
        // 3 duties in 95 words.
        let found = try findings(text(duties: 3, fillers: 8))
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.matchedText == "U moet" && $0.severity == .waarschuwing })
        #expect(found.first?.suggestions.first?.title == "Wilt u …?")
    }

    @Test func oneDutyInAShortTextIsNotEnough() throws {
        #expect(try findings("U moet het formulier tekenen. Ik help u graag.").isEmpty)
    }

    @Test func childProfileIsStricter() throws {
        let sentence = "Je moet je jas meenemen."  // 5 words
        let filler = "Wij gaan op woensdag samen naar het grote park toe."  // 10 words
        let letter = text(duties: 2, dutySentence: sentence, fillers: 14, filler: filler)  // 150 words
        #expect(try findings(letter, profile: .kind).count == 2)
        #expect(try findings(letter, profile: .brief).isEmpty)
    }

    @Test func configuredThresholdIsUsed() throws {
        let letter = text(duties: 3, fillers: 8)
        #expect(try findings(letter, settings: RuleSetting(thresholds: ["per-100-woorden": 5])).isEmpty)
        #expect(try findings(letter, settings: RuleSetting(thresholds: ["minimaal-aantal": 4])).isEmpty)
    }

    @Test func dientTeIsAlwaysAFinding() throws {
        let letter = "U dient het formulier te tekenen. " + text(duties: 0, fillers: 20)
        let found = try findings(letter)
        #expect(found.map(\.matchedText) == ["U dient"])
    }

    @Test func internalProfileGivesATip() throws {
        let found = try findings("Moeder dient de afspraken na te komen.", profile: .intern)
        #expect(found.map(\.severity) == [.tip])
    }

    @Test func exemptions() throws {
        // Questions, the writer's own duties, someone else's duties, quotations and reasons.
        let letter = """
            Wat moet u doen? Ik moet u iets vertellen. Wij moeten de school bellen. De gemeente moet u binnen acht weken antwoorden. \
            Moeder zei: "U moet dit, u moet dat." U moet uw paspoort meenemen, omdat wij uw aanvraag anders niet kunnen doen. \
            U moet het formulier tekenen. Dat staat in de wet. Als u moet werken, bel dan even.
            """
        #expect(try findings(letter).isEmpty)
    }

    @Test func relatedDutyFormsCountTogether() throws {
        let letter = "Gelieve op tijd te komen. U bent verplicht uw paspoort mee te nemen. U wordt verzocht te bellen."
        let found = try findings(letter)
        #expect(found.map(\.matchedText) == ["Gelieve", "U bent verplicht", "U wordt verzocht"])
    }

    @Test func notObligedIsNoDuty() throws {
        #expect(try findings("Meedoen is niet verplicht. Het is niet verplicht om te komen. U bent niet verplicht om te antwoorden.").isEmpty)
    }
}
