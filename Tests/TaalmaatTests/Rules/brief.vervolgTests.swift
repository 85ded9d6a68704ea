import Testing
import TaalmaatText
@testable import Taalmaat

@Suite struct BriefVervolgTests {
    static let body = """
        De hulp van ons team stopt op 30 april. De doelen zijn grotendeels gehaald. De kinderen hebben nu een vast \
        ritme. Dat is een mooie stap. De ochtenden thuis zijn rustiger dan in het najaar. De wachtlijst is lang. U heeft zelf veel gedaan om dit te bereiken. Dat is knap. \
        Wij wensen u en de kinderen veel succes met alles wat nog komt.
        """

    @Test func missingNextStepPointsAtTheClosing() throws {
        let (findings, report) = try BriefCheck.findings("brief.vervolg", in: BriefCheck.letter(Self.body))
        #expect(findings.map(\.severity) == [.waarschuwing])
        #expect(findings.first.map { report.document.text(of: $0.range) } == "Met vriendelijke groet,")
        #expect(try BriefCheck.findings("brief.vervolg", in: BriefCheck.letter(Self.body), profile: .kind).findings.map(\.severity) == [.tip])
    }

    @Test func shortLettersAreSkipped() throws {
        let text = BriefCheck.letter(Self.body)
        #expect(try BriefCheck.findings("brief.vervolg", in: text, thresholds: ["minimum-woorden": 200]).findings.isEmpty)
    }

    @Test func promisesAndPlansCount() throws {
        for addition in [
            "Ik bel u op dinsdag 29 april.", "Op dinsdag 29 april kijken we samen terug.", "U hoort nog van ons.",
            "Wat gebeurt er nu? Het eindverslag komt vóór 30 april.",
        ] {
            #expect(try BriefCheck.findings("brief.vervolg", in: BriefCheck.letter(Self.body + " " + addition)).findings.isEmpty, "\(addition)")
        }
        // Informing about a date is no plan of the writer.
        let informing = BriefCheck.letter("Hierbij informeren wij u dat er op 20 maart een huisbezoek is. " + Self.body)
        #expect(try BriefCheck.findings("brief.vervolg", in: informing).findings.count == 1)
    }
}
