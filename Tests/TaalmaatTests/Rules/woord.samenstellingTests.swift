import Testing
import TaalmaatText
@testable import Taalmaat

@Suite struct WoordSamenstellingTests {
    static let rule: RuleID = "woord.samenstelling"
    static let resources = try! Checker(cachesSentences: false).settings.resources

    func findings(_ text: String, configuration: CheckerConfiguration = CheckerConfiguration()) throws -> [Finding] {
        try Checker(configuration: configuration, cachesSentences: false).check(text).findings.filter { $0.ruleID == Self.rule }
    }

    @Test(arguments: [
        ("hulpverleningsorganisaties", "organisaties voor hulpverlening"),
        ("ontwikkelingsbedreiging", "bedreiging van de ontwikkeling"),
        ("jeugdbeschermingsmaatregelen", "maatregelen voor jeugdbescherming"),
        ("veiligheidsbeoordeling", "beoordeling van de veiligheid"),
        ("betalingsachterstand", "achterstand in betaling"),
        ("ontwikkelingsonderzoek", "onderzoek naar ontwikkeling"),
    ])
    func paraphrase(_ word: String, _ expected: String) {
        #expect(WoordSamenstelling.paraphrase(of: word, resources: Self.resources) == expected)
    }

    @Test func partsSplitOnlyUncommonModifiers() {
        #expect(WoordSamenstelling.parts(of: "jeugdbeschermingsmaatregelen", resources: Self.resources) == ["jeugd", "bescherming", "maatregelen"])
        #expect(WoordSamenstelling.parts(of: "leerplichtambtenaar", resources: Self.resources) == ["leerplicht", "ambtenaar"])
        #expect(WoordSamenstelling.parts(of: "verantwoordelijkheid", resources: Self.resources).count == 1)
    }

    @Test func partsAreGivenAsAdvice() throws {
        let found = try findings("Er zijn nieuwe kinderbeschermingsprocedures.")
        let titles = found.first?.suggestions.map(\.title) ?? []
        #expect(titles.contains("Het woord bestaat uit: kinderbescherming + procedures"))
        #expect(found.first?.suggestions.allSatisfy { !$0.isSafe } == true)
    }

    @Test func threeShortPartsAreLongToo() throws {
        // 18 letters, under 20, but three parts.
        #expect(try findings("Het is een gezinsvoogdijwerker.").map(\.matchedText) == ["gezinsvoogdijwerker"])
    }

    @Test func thresholdFromConfiguration() throws {
        let text = "Wij zien een veiligheidsbeoordeling als nodig."
        #expect(try findings(text).count == 1)
        let lenient = CheckerConfiguration(rules: ["woord.samenstelling": RuleSetting(thresholds: ["lang-vanaf": 25])])
        #expect(try findings(text, configuration: lenient).isEmpty)
        let strict = CheckerConfiguration(rules: ["woord.samenstelling": RuleSetting(thresholds: ["lang-vanaf": 16])])
        #expect(try findings("Wij maken een betalingsregeling.", configuration: strict).count == 1)
    }

    @Test func profilesDiffer() throws {
        let text = "Je krijgt huiswerkbegeleiding."
        #expect(try findings(text).isEmpty)
        #expect(try findings(text, configuration: CheckerConfiguration(profile: .kind)).count == 1)
        let long = "Het hulpverleningsoverleg loopt nog."
        #expect(try findings(long).first?.severity == .waarschuwing)
        #expect(try findings(long, configuration: CheckerConfiguration(profile: .intern)).isEmpty)
    }

    @Test func acceptedAndListedWordsAreSkipped() throws {
        let text = "Het hulpverleningsoverleg loopt nog."
        #expect(try findings(text, configuration: CheckerConfiguration(acceptedWords: ["hulpverleningsoverleg"])).isEmpty)
        let list = """
            woord\talternatieven\tuitleg\tvoorbeeld\topties\tgoed
            hulpverleningsoverleg\thulp\tDe hulp die u krijgt.\tHet hulpverleningsoverleg loopt.\t\t
            """
        let configuration = CheckerConfiguration(
            extraWordLists: [ExtraWordList(rule: "woord.vaktaal", name: "eigen.tsv", contents: list)])
        #expect(try findings(text, configuration: configuration).isEmpty)
    }
}
