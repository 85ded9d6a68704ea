import Testing
@testable import Taalmaat

@Suite struct BriefAanspreekvormTests {
    static let rule = "brief.aanspreekvorm"

    @Test func lettersToChildrenWithUAreMarked() throws {
        #expect(try VerslagTestSupport.matched(Self.rule, inFixture: "fout-07-bericht-kind.txt") == ["uw"])
        #expect(try VerslagTestSupport.matched(Self.rule, inFixture: "fout-15-kindgesprek.txt") == ["U"])
    }

    @Test(arguments: VerslagTestSupport.goodFixtures.map(\.file))
    func goodTextsGetNoFinding(_ file: String) throws {
        #expect(try VerslagTestSupport.matched(Self.rule, inFixture: file).isEmpty)
    }

    @Test func atMostFiveFindings() throws {
        let text = "Je bent welkom. Je mag komen. Je kunt bellen. Je hoeft niets. Jij beslist. Je weet het. Je bent vrij. "
            + "U kunt ons bellen. Uw kind mag mee. U bent welkom. U mag kiezen. U hoeft niets. U beslist zelf."
        #expect(try VerslagTestSupport.findings(of: Self.rule, in: text, profile: .brief).count == 5)
    }

    /// One lone subject *je* in a u-letter is generic; a second one, or one before a
    /// noun, is a real mix.
    @Test func loneGenericJe() throws {
        let base = "U bent welkom op dinsdag. U kunt uw zoon meenemen. Wij bellen u maandag. "
        #expect(try VerslagTestSupport.matched(Self.rule, in: base + "Als je schulden hebt, is dat zwaar.", profile: .brief).isEmpty)
        #expect(
            try VerslagTestSupport.matched(
                Self.rule, in: base + "Als je schulden hebt, is dat zwaar. Je mag altijd bellen.", profile: .brief)
                == ["je", "Je"])
        let short = "U bent welkom. Als je wilt, kom dan langs."
        #expect(try VerslagTestSupport.matched(Self.rule, in: short, profile: .brief) == ["je"])
    }

    @Test func suggestionsAreUnsafeAndFitTheWord() throws {
        let text = "U bent welkom. U kunt bellen. Wij helpen u. Uw zoon mag mee. U mag kiezen. U beslist. Jij weet wat jouw zoon nodig heeft. Bel je moeder. Als je wilt, bel je ons."
        let findings = try VerslagTestSupport.findings(of: Self.rule, in: text, profile: .brief)
        #expect(findings.map(\.matchedText) == ["Jij", "jouw", "je", "je", "je"])
        #expect(findings.compactMap { $0.suggestions.first?.title } == ["U", "uw", "uw", "u", "u"])
        #expect(findings.allSatisfy { $0.suggestions.allSatisfy { !$0.isSafe } })
    }

    @Test func offInInternalNotes() throws {
        #expect(try VerslagTestSupport.matched(Self.rule, in: "U bent welkom. Neem je pas mee.", profile: .intern).isEmpty)
    }
}
