import Testing
@testable import Taalmaat

@Suite struct BriefRolNaamTests {
    static let rule = "brief.rol-naam"

    @Test func badReportsAreMarkedWhereTheManifestSays() throws {
        let fout11 = try VerslagTestSupport.matched(Self.rule, inFixture: "fout-11-verslag-gezin.txt")
        #expect(fout11.first == "Moeder")
        #expect(fout11.contains("Vader"))
        let fout06 = try VerslagTestSupport.matched(Self.rule, inFixture: "fout-06-perspectiefplan.txt")
        #expect(fout06.contains("Moeder") && fout06.contains("Vader"))
        #expect(try VerslagTestSupport.matched(Self.rule, inFixture: "fout-12-observatie-kind.txt").contains("moeder"))
    }

    /// Good letters and reports get no finding, in every profile where the rule runs.
    @Test(arguments: VerslagTestSupport.goodFixtures.map(\.file))
    func goodTextsGetNoFinding(_ file: String) throws {
        for profile in [Profile.brief, .verslag, .kind] {
            #expect(try VerslagTestSupport.matched(Self.rule, inFixture: file, profile: profile).isEmpty)
        }
    }

    /// *Beste moeder,* belongs to the salutation rule.
    @Test func salutationIsLeftToTheAanhefRule() throws {
        #expect(try VerslagTestSupport.matched(Self.rule, in: "Beste moeder,\n\nIk kom dinsdag langs.", profile: .brief).isEmpty)
    }

    /// *jeugdige* and *minderjarige* are vaktaal; this rule takes them only when woord.vaktaal is off.
    @Test func childRolesWhenVaktaalIsOff() throws {
        let text = "De jeugdige woont bij zijn oma. Het gaat om jeugdige overmoed."
        #expect(try VerslagTestSupport.matched(Self.rule, in: text, profile: .brief).isEmpty)
        #expect(
            try VerslagTestSupport.matched(Self.rule, in: text, profile: .brief, rules: ["woord.vaktaal": .off]) == ["jeugdige"])
    }

    @Test func statusIsNotAName() throws {
        #expect(try VerslagTestSupport.matched(Self.rule, in: "Als cliënt heeft u recht op een eigen begeleider.", profile: .brief).isEmpty)
        #expect(try VerslagTestSupport.matched(Self.rule, in: "De biologische moeder van Sem woont in Utrecht.", profile: .brief).isEmpty)
    }
}
