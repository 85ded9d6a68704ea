import Testing
import TaalmaatText
@testable import Taalmaat

@Suite struct WoordZeldzaamTests {
    static let rule: RuleID = "woord.zeldzaam"

    func findings(_ text: String, configuration: CheckerConfiguration = CheckerConfiguration()) throws -> [Finding] {
        try Checker(configuration: configuration, cachesSentences: false).check(text).findings.filter { $0.ruleID == Self.rule }
    }

    @Test func thresholdFromConfiguration() throws {
        // "baldadig" has Zipf 2.1.
        let text = "Daan was soms baldadig."
        #expect(try findings(text).map(\.matchedText) == ["baldadig"])
        let lower = CheckerConfiguration(rules: ["woord.zeldzaam": RuleSetting(thresholds: ["zipf-onder": 2.0])])
        #expect(try findings(text, configuration: lower).isEmpty)
    }

    @Test func childrenGetAStricterLimit() throws {
        // "behoedzaam" has Zipf 2.8: rare for a child, not for an adult.
        let text = "Loop behoedzaam over het ijs."
        #expect(try findings(text).isEmpty)
        let kind = try findings(text, configuration: CheckerConfiguration(profile: .kind))
        #expect(kind.map(\.matchedText) == ["behoedzaam"])
        #expect(kind.first?.severity == .waarschuwing)
        #expect(try findings(text, configuration: CheckerConfiguration(profile: .intern)).isEmpty)
    }

    /// Whether a compound's parts are common depends on the limit: the process-wide
    /// cache must not hand the answer for one limit to a check with another.
    @Test func compoundAnswersDependOnTheLimitNotOnWhoAskedFirst() throws {
        let resources = try EngineResources.shared(for: CheckerConfiguration())
        let word = "huurbetaling"
        let common = resources.isTransparentCompound(word, partLimit: 3.0)
        let strict = resources.isTransparentCompound(word, partLimit: 7.5)
        #expect(common)
        #expect(!strict)  // no Dutch word is that common
        #expect(resources.isTransparentCompound(word, partLimit: 3.0) == common)
    }

    @Test func acceptedWords() throws {
        #expect(try findings("Daan was soms baldadig.", configuration: CheckerConfiguration(acceptedWords: ["baldadig"])).isEmpty)
    }

    @Test func adviceOnly() throws {
        let found = try findings("Daan was soms baldadig.")
        #expect(found.first?.suggestions.allSatisfy { $0.edits.isEmpty } == true)
        #expect(found.first?.message == "Dit woord kennen veel mensen niet. Gebruik een bekender woord of leg het uit.")
    }

    @Test func wordsOfOtherListsAreLeftToThem() throws {
        let list = """
            woord\talternatieven\tuitleg\tvoorbeeld\topties\tgoed
            baldadig\twild\tBaldadig betekent wild.\tDaan was baldadig.\t\t
            """
        let configuration = CheckerConfiguration(
            extraWordLists: [ExtraWordList(rule: "woord.vaktaal", name: "eigen.tsv", contents: list)])
        #expect(try findings("Daan was soms baldadig.", configuration: configuration).isEmpty)
    }

    @Test func longCompoundsAreLeftToWoordSamenstelling() throws {
        #expect(try findings("Het gaat om jeugdbeschermingsmaatregelen.").isEmpty)
    }

    @Test func onlyRunningText() throws {
        #expect(try findings("Beste Anna,\n\nTot dinsdag.\n\nMet vriendelijke groet,\n\nKarin Baldadig\nbaldadig team").isEmpty)
    }
}
