import Testing
import TaalmaatText
@testable import Taalmaat

@Suite struct BriefContactpersoonTests {
    /// Long enough to be checked (25 words or more).
    static let talk = "We praten over wat er goed gaat en wat u nog lastig vindt. Het gesprek duurt ongeveer een uur. U mag iemand meenemen."

    @Test func bothMissingIsOneErrorOnTheSignature() throws {
        let text = BriefCheck.letter("Het gesprek is op maandag 7 april. " + Self.talk, signer: "Wijkteam Noord\nGemeente Voorbeeldstad")
        let (findings, report) = try BriefCheck.findings("brief.contactpersoon", in: text)
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .fout)
        #expect(findings.first.map { report.document.text(of: $0.range) } == "Wijkteam Noord")
    }

    @Test func aNameInTheBodyCounts() throws {
        let text = BriefCheck.letter(
            "Mijn naam is Ingrid Mulder. Bel of app mij op 06-47120398. Ik ben er op maandag en woensdag.",
            signer: "Team Leerplicht")
        #expect(try BriefCheck.findings("brief.contactpersoon", in: text).findings.isEmpty)
    }

    @Test func reachTimesMissingIsOnlyATipOnTheNumber() throws {
        let text = BriefCheck.letter("Het gesprek is op 7 april. " + Self.talk + " U kunt mij bellen op 06-12345678.")
        let (findings, report) = try BriefCheck.findings("brief.contactpersoon", in: text)
        #expect(findings.map(\.severity) == [.tip])
        #expect(findings.first.map { report.document.text(of: $0.range) } == "06-12345678")
    }

    @Test func placeholdersAndCapitalsAreNoName() throws {
        for signer in ["[NAAM]\nAfdeling Leerplicht", "drs. ACHTERNAAM", "namens het team,", "Jeugdhulp De Brug"] {
            let text = BriefCheck.letter(Self.talk + " Bel ons op 06-12345678 op maandag.", signer: signer)
            #expect(try BriefCheck.findings("brief.contactpersoon", in: text).findings.count == 1, "\(signer)")
        }
        for signer in ["B. Koster", "Karin de Vries\nGezinscoach", "Ayla Demir, jeugdbeschermer", "Lotte", "Anne van Wijk", "Tom de Raad"] {
            let text = BriefCheck.letter(Self.talk + " Bel mij op 06-12345678 op maandag.", signer: signer)
            #expect(try BriefCheck.findings("brief.contactpersoon", in: text).findings.isEmpty, "\(signer)")
        }
    }

    @Test func notALetterOrNotALetterProfile() throws {
        #expect(try BriefCheck.findings("brief.contactpersoon", in: "Het gesprek is op maandag. " + Self.talk).findings.isEmpty)
        let short = BriefCheck.letter("Dank je voor je appje. Ik heb het verslag aangepast.", signer: "Bas Koster")
        #expect(try BriefCheck.findings("brief.contactpersoon", in: short).findings.isEmpty)
        #expect(try BriefCheck.findings("brief.contactpersoon", in: short, thresholds: ["minimum-woorden": 5]).findings.count == 1)
        let text = BriefCheck.letter("Het gesprek is op maandag 7 april. " + Self.talk, signer: "Wijkteam Noord")
        #expect(try BriefCheck.findings("brief.contactpersoon", in: text, profile: .verslag).findings.isEmpty)
        #expect(try BriefCheck.findings("brief.contactpersoon", in: text, profile: .kind).findings.count == 1)
    }
}
