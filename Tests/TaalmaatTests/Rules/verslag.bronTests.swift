import Testing
@testable import Taalmaat

@Suite struct VerslagBronTests {
    static let rule = "verslag.bron"

    @Test func badReportsAreMarkedWhereTheManifestSays() throws {
        #expect(try VerslagTestSupport.matched(Self.rule, inFixture: "fout-11-verslag-gezin.txt") == ["Het blijkt dat", "Bekend is dat"])
        #expect(try VerslagTestSupport.matched(Self.rule, inFixture: "fout-12-observatie-kind.txt") == ["Het is evident dat"])
    }

    @Test func internalNotesGetATip() throws {
        let findings = try VerslagTestSupport.findings(
            of: Self.rule, in: VerslagTestSupport.fixture("fout-14-interne-notitie.txt"), profile: .intern)
        #expect(findings.map(\.matchedText) == ["Het blijkt dat", "Via via"])
        #expect(findings.allSatisfy { $0.severity == .tip })
    }

    @Test(arguments: VerslagTestSupport.goodFixtures.map(\.file))
    func goodTextsGetNoFinding(_ file: String) throws {
        #expect(try VerslagTestSupport.matched(Self.rule, inFixture: file).isEmpty)
    }

    /// *Uit de verzuimregistratie van de school blijkt* names its source, also in a report.
    @Test func namedSourceWithBlijktIsClean() throws {
        #expect(try VerslagTestSupport.matched(Self.rule, inFixture: "fout-03-schoolverzuim.txt", profile: .verslag).isEmpty)
    }

    /// A neighbour that makes a claim of its own is no source for the claim next to it.
    @Test func neighbourWithOwnClaimIsNoSource() throws {
        let text = "Het blijkt dat vader weer thuis woont. Bekend is dat hij dat van de juf hoorde."
        #expect(try VerslagTestSupport.matched(Self.rule, in: text, profile: .verslag) == ["Het blijkt dat", "Bekend is dat"])
    }

    /// Only the sentence before and after in the same paragraph can name the source.
    @Test func sourceInAnotherParagraphDoesNotCount() throws {
        let text = "De juf belde mij op dinsdag.\n\nHet blijkt dat Lina vaak huilt in de klas."
        #expect(try VerslagTestSupport.matched(Self.rule, in: text, profile: .verslag) == ["Het blijkt dat"])
    }

    @Test func offInLettersAndForChildren() throws {
        let text = "Het blijkt dat de kinderen vaak alleen thuis zijn."
        #expect(try VerslagTestSupport.matched(Self.rule, in: text, profile: .brief).isEmpty)
        #expect(try VerslagTestSupport.matched(Self.rule, in: text, profile: .kind).isEmpty)
    }
}
