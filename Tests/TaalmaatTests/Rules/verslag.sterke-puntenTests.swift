import Testing
@testable import Taalmaat

@Suite struct VerslagSterkePuntenTests {
    static let rule = "verslag.sterke-punten"

    @Test func badReportsAreMarked() throws {
        #expect(try VerslagTestSupport.matched(Self.rule, inFixture: "fout-06-perspectiefplan.txt") == ["Er"])
        #expect(try VerslagTestSupport.matched(Self.rule, inFixture: "fout-11-verslag-gezin.txt") == ["Moeder"])
        #expect(try VerslagTestSupport.matched(Self.rule, inFixture: "fout-12-observatie-kind.txt") == ["Fenna"])
    }

    @Test func internalNotesGetATip() throws {
        let findings = try VerslagTestSupport.findings(
            of: Self.rule, in: VerslagTestSupport.fixture("fout-14-interne-notitie.txt"), profile: .intern)
        #expect(findings.map(\.matchedText) == ["Korte"])
        #expect(findings.first?.severity == .tip)
    }

    @Test(arguments: VerslagTestSupport.goodFixtures.map(\.file))
    func goodTextsGetNoFinding(_ file: String) throws {
        #expect(try VerslagTestSupport.matched(Self.rule, inFixture: file).isEmpty)
    }

    @Test func aStrengthHeadingIsEnough() throws {
        let text = "Wat gaat goed?\n\n" + VerslagVoorbeelden.report
        #expect(try VerslagTestSupport.matched(Self.rule, in: text, profile: .verslag).isEmpty)
    }

    @Test func negatedStrengthsDoNotCount() throws {
        let text = VerslagVoorbeelden.report + " Er is geen vooruitgang. Het lukt nog niet om op tijd te komen."
        #expect(try VerslagTestSupport.matched(Self.rule, in: text, profile: .verslag) == ["Daan"])
    }
}
