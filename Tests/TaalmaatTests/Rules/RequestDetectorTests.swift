import Testing
import TaalmaatText
@testable import Taalmaat

/// The request detector is shared by `brief.actie` and `zin.verzoeken`.
@Suite struct RequestDetectorTests {
    static let checker = try! Checker(cachesSentences: false)

    func requests(_ text: String) -> [(kind: RequestDetector.Request.Kind, actions: [String], conditional: Bool)] {
        let report = Self.checker.check(text)
        let results = report.document.sentences.indices.map { _ in
            SentenceResult(drafts: [], matches: [], stats: SentenceStats(), contextHits: [:])
        }
        let context = DocumentContext(document: report.document, settings: Self.checker.settings, results: results)
        let sentence = context.sentence(0)
        return RequestDetector.requests(in: sentence).map { request in
            (request.kind, request.actions.map { report.document.text(of: sentence.range($0)) }, request.isConditional)
        }
    }

    @Test func demandWithSeveralInfinitives() {
        let found = requests(
            "U dient contact op te nemen met het wijkteam, een overzicht aan te leveren en uw bankafschriften mee te sturen.")
        #expect(found.count == 1)
        #expect(found.first?.kind == .demand)
        #expect(found.first?.actions == ["op te nemen", "aan te leveren", "mee te sturen"])
    }

    @Test func imperatives() {
        #expect(requests("Bel of app mij vóór vrijdag 14 maart.").map(\.actions) == [["Bel"]])
        #expect(requests("Vul het formulier in en stuur het terug.").map(\.actions) == [["Vul", "stuur"]])
        #expect(requests("Belt u mij even?").isEmpty)
        #expect(requests("Bel ik u morgen?").isEmpty)
    }

    @Test func politeRequestsAndOffers() {
        #expect(requests("Wilt u het formulier terugsturen?").first?.kind == .polite)
        #expect(requests("Wilt u hulp?").isEmpty)
        #expect(requests("Wilt u liever iemand anders?").isEmpty)
        #expect(requests("Kunt u niet komen?").isEmpty)
    }

    @Test func conditionsAndOptions() {
        #expect(requests("Als u vragen heeft, bel mij dan.").first?.conditional == true)
        #expect(requests("Stuur me dan een appje.").first?.conditional == true)
        #expect(requests("Wij wijzen u erop dat u als huurder verplicht bent de huur te betalen.").first?.conditional == false)
        #expect(requests("U kunt mij bellen op 06-12345678.").first?.kind == .option)
        #expect(requests("U kunt niet langer bij ons terecht.").isEmpty)
    }

    @Test func quotedWordsDoNotCount() {
        #expect(requests("Moeder zei: \"Bel mij maar niet meer.\"").isEmpty)
    }
}
