import Testing
import TaalmaatText
@testable import Taalmaat

@Suite struct BriefTermijnTests {
    func spans(_ body: String, profile: Profile = .brief) throws -> [String] {
        let (findings, report) = try BriefCheck.findings("brief.termijn", in: BriefCheck.letter(body), profile: profile)
        return findings.map { report.document.text(of: $0.range) }
    }

    @Test func relativeDeadlines() throws {
        #expect(try spans("Reageer binnen 14 dagen na ontvangst van deze brief.") == ["binnen 14 dagen na ontvangst van deze brief"])
        #expect(try spans("U kunt binnen zes weken na de dag van verzending bezwaar maken.") == ["binnen zes weken na de dag van verzending"])
        #expect(try spans("Lever het in uiterlijk 10 werkdagen na het gesprek.") == ["uiterlijk 10 werkdagen na het gesprek"])
        #expect(try spans("Stuur het formulier 14 dagen na ontvangst terug.") == ["14 dagen na ontvangst"])
        #expect(try spans("Stuur het binnen de gestelde termijn terug.") == ["binnen de gestelde termijn"])
    }

    @Test func aDateInTheSentenceIsEnough() throws {
        #expect(try spans("U kunt binnen zes weken bezwaar maken, dus tot en met vrijdag 2 mei 2025.").isEmpty)
        #expect(try spans("Binnen het gebouw is een stille ruimte. Het duurt twee weken.").isEmpty)
    }

    @Test func profiles() throws {
        #expect(try spans("Reageer binnen twee weken.", profile: .verslag).count == 1)
        #expect(try spans("Reageer binnen twee weken.", profile: .intern).isEmpty)
    }
}
