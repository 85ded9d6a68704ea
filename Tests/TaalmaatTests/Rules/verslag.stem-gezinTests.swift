import Testing
@testable import Taalmaat

@Suite struct VerslagStemGezinTests {
    static let rule = "verslag.stem-gezin"

    @Test func badReportsAreMarked() throws {
        // Anchored at the first real sentence, not at the title line.
        #expect(try VerslagTestSupport.matched(Self.rule, inFixture: "fout-06-perspectiefplan.txt") == ["Er"])
        #expect(try VerslagTestSupport.matched(Self.rule, inFixture: "fout-12-observatie-kind.txt") == ["Fenna"])
    }

    /// Known limit: fout-11 quotes the mother (and then uses the quote against her). The
    /// quote counts as the family's voice, so the rule is silent there.
    @Test func aQuoteCountsAsVoice() throws {
        #expect(try VerslagTestSupport.matched(Self.rule, inFixture: "fout-11-verslag-gezin.txt").isEmpty)
    }

    @Test(arguments: VerslagTestSupport.goodFixtures.map(\.file))
    func goodTextsGetNoFinding(_ file: String) throws {
        #expect(try VerslagTestSupport.matched(Self.rule, inFixture: file).isEmpty)
    }

    @Test func shortTextsAreNotChecked() throws {
        let short = "Daan is acht jaar. Hij komt sinds januari vaak te laat op school. Ik heb het gezin drie keer bezocht."
        #expect(try VerslagTestSupport.matched(Self.rule, in: short, profile: .verslag).isEmpty)
        let lower = RuleSetting(thresholds: ["minimum-woorden": 10])
        #expect(try VerslagTestSupport.matched(Self.rule, in: short, profile: .verslag, rules: [Self.rule: lower]) == ["Daan"])
    }

    @Test func professionalsDoNotSpeakForTheFamily() throws {
        // 'Ik vind' is the writer, not the family.
        let text = VerslagVoorbeelden.report + " Ik vind dat Daan meer rust nodig heeft. We willen een rustiger ritme."
        #expect(try VerslagTestSupport.matched(Self.rule, in: text, profile: .verslag) == ["Daan"])
    }

    @Test func offOutsideReports() throws {
        for profile in [Profile.brief, .kind, .intern] {
            #expect(try VerslagTestSupport.matched(Self.rule, in: VerslagVoorbeelden.report, profile: profile).isEmpty)
        }
    }
}
