import Testing
import TaalmaatText
@testable import Taalmaat

@Suite struct BriefAanhefTests {
    @Test func explanationComesFromTheWordList() throws {
        let text = BriefCheck.letter("U krijgt deze brief omdat u bij ons hulp krijgt.", salutation: "Geachte ouder(s)/verzorger(s),")
        let (findings, report) = try BriefCheck.findings("brief.aanhef", in: text)
        let finding = try #require(findings.first)
        #expect(report.document.text(of: finding.range) == "Geachte ouder(s)/verzorger(s)")
        #expect(finding.explanation.hasPrefix("Ouder of verzorger is een vakje op een formulier"))
    }

    @Test func onlyLettersToFamilies() throws {
        let text = BriefCheck.letter("U krijgt deze brief omdat u bij ons hulp krijgt.", salutation: "Geachte heer/mevrouw,")
        #expect(try BriefCheck.findings("brief.aanhef", in: text).findings.count == 1)
        #expect(try BriefCheck.findings("brief.aanhef", in: text, profile: .verslag).findings.isEmpty)
        #expect(try BriefCheck.findings("brief.aanhef", in: text, profile: .intern).findings.isEmpty)
    }

    @Test func aNameOrPlaceholderIsPersonal() throws {
        for salutation in ["Beste mevrouw Jansen,", "Geachte heer De Vries,", "Beste [voornaam],", "Beste allemaal,"] {
            let text = BriefCheck.letter("U krijgt deze brief omdat u bij ons hulp krijgt.", salutation: salutation)
            #expect(try BriefCheck.findings("brief.aanhef", in: text).findings.isEmpty, "\(salutation)")
        }
    }
}
