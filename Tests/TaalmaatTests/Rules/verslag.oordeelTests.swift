import Testing
@testable import Taalmaat

@Suite struct VerslagOordeelTests {
    static let rule = "verslag.oordeel"

    @Test func badReportsAreMarkedWhereTheManifestSays() throws {
        // 'ongeïnteresseerd' and 'manipulatief' are labels: toon.label reports them.
        #expect(
            try VerslagTestSupport.matched(Self.rule, inFixture: "fout-11-verslag-gezin.txt")
                == ["weinig coöperatief", "chaotisch", "presteert onvoldoende", "onvoldoende in staat"])
        #expect(
            try VerslagTestSupport.matched(Self.rule, inFixture: "fout-12-observatie-kind.txt")
                == ["ongehoorzaam", "agressief", "onverschillig"])
    }

    @Test(arguments: VerslagTestSupport.goodFixtures.map(\.file))
    func goodTextsGetNoFinding(_ file: String) throws {
        #expect(try VerslagTestSupport.matched(Self.rule, inFixture: file).isEmpty)
    }

    /// Labels from labels.tsv belong to toon.label; when that rule is off, this one reports them.
    @Test func overlapWithLabelsIsLeftToToonLabel() throws {
        let text = "Vader is agressief."
        #expect(try VerslagTestSupport.matched(Self.rule, in: text, profile: .verslag).isEmpty)
        #expect(
            try VerslagTestSupport.matched(Self.rule, in: text, profile: .verslag, rules: ["toon.label": .off]) == ["agressief"])
    }

    @Test func behaviourInTheNextSentenceCounts() throws {
        let clean = "Moeder was afhoudend. Ze zei twee keer dat ze geen tijd had."
        #expect(try VerslagTestSupport.matched(Self.rule, in: clean, profile: .verslag).isEmpty)
        let otherParagraph = "Moeder was afhoudend.\n\nZe zei twee keer dat ze geen tijd had."
        #expect(try VerslagTestSupport.matched(Self.rule, in: otherParagraph, profile: .verslag) == ["afhoudend"])
    }

    /// An age in brackets is not a concrete observation.
    @Test func anAgeIsNoBehaviour() throws {
        let text = "Lina (7) is vaak ongehoorzaam."
        #expect(try VerslagTestSupport.matched(Self.rule, in: text, profile: .verslag) == ["ongehoorzaam"])
    }

    @Test func onlySentencesAboutPeople() throws {
        #expect(try VerslagTestSupport.matched(Self.rule, in: "Het rooster van de school is chaotisch.", profile: .verslag).isEmpty)
        #expect(try VerslagTestSupport.matched(Self.rule, in: "Hij is chaotisch.", profile: .verslag) == ["chaotisch"])
    }
}
