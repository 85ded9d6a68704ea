import Testing
import TaalmaatText
@testable import Taalmaat

@Suite struct BriefActieTests {
    /// Four things asked in one letter: two imperatives and a demand with two te-infinitives.
    static let fourActions = BriefCheck.letter(
        "Vul het formulier in. Stuur het terug vóór vrijdag 4 april. U dient ook uw loonstrook op te sturen en een kopie van uw paspoort mee te nemen.")

    @Test func moreThanTheMaximumIsAWarningOnTheFirstAction() throws {
        let (findings, report) = try BriefCheck.findings("brief.actie", in: Self.fourActions)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.severity == .waarschuwing)
        #expect(report.document.text(of: finding.range) == "Vul")
        #expect(finding.relatedRanges.map { report.document.text(of: $0) } == ["Stuur", "op te sturen", "mee te nemen"])
        #expect(finding.message.contains("4 dingen"))
    }

    @Test func maximumIsConfigurable() throws {
        #expect(try BriefCheck.findings("brief.actie", in: Self.fourActions, thresholds: ["maximum": 4]).findings.isEmpty)
        let two = BriefCheck.letter("Vul het formulier in. Stuur het terug vóór vrijdag 4 april.")
        #expect(try BriefCheck.findings("brief.actie", in: two).findings.isEmpty)
        #expect(try BriefCheck.findings("brief.actie", in: two, thresholds: ["maximum": 1]).findings.count == 1)
    }

    @Test func conditionalRequestsDoNotCount() throws {
        let text = BriefCheck.letter(
            "Bel mij vóór vrijdag 4 april. Past die dag niet? Stuur me dan een appje. Heeft u vragen? Mail mij gerust. Als het niet lukt, bel dan de balie. Mocht u later willen stoppen, dan moet u dat zelf melden.")
        #expect(try BriefCheck.findings("brief.actie", in: text, thresholds: ["maximum": 1]).findings.isEmpty)
    }

    @Test func noActionIsATipOnTheFirstBodyWord() throws {
        let body = "Op 3 maart hebben wij met u gesproken over de school van Milan. Milan gaat nu elke dag naar school. De juf vertelt dat het goed gaat met lezen en rekenen. Dat is fijn om te horen voor u en voor Milan."
        let (findings, report) = try BriefCheck.findings("brief.actie", in: BriefCheck.letter(body))
        let finding = try #require(findings.first)
        #expect(finding.severity == .tip)
        #expect(report.document.text(of: finding.range) == "Op")
        // Short letters and letters that say "U hoeft niets te doen" get no tip.
        #expect(try BriefCheck.findings("brief.actie", in: BriefCheck.letter(body), thresholds: ["minimum-woorden": 100]).findings.isEmpty)
        #expect(try BriefCheck.findings("brief.actie", in: BriefCheck.letter(body + " U hoeft niets te doen.")).findings.isEmpty)
        // An option for the reader is something to do, too.
        #expect(try BriefCheck.findings("brief.actie", in: BriefCheck.letter(body + " U kunt mij bellen als u wilt.")).findings.isEmpty)
    }

    @Test func offInReportsAndInternalNotes() throws {
        #expect(try BriefCheck.findings("brief.actie", in: Self.fourActions, profile: .verslag).findings.isEmpty)
        #expect(try BriefCheck.findings("brief.actie", in: Self.fourActions, profile: .intern).findings.isEmpty)
    }
}
