import Testing
@testable import Taalmaat

@Suite struct ZinVerzoekenTests {
    @Test func countsRequests() throws {
        let text = "U dient contact op te nemen met het wijkteam, een overzicht aan te leveren en uw bankafschriften mee te sturen."
        let finding = try #require(try ZinTestSupport.check("zin.verzoeken", text).findings.first)
        #expect(finding.message.contains("3 verzoeken"))
        #expect(finding.relatedRanges.count == 3)
    }

    @Test func severityPerProfile() throws {
        let text = "Vul het formulier in en stuur het terug."
        #expect(try ZinTestSupport.check("zin.verzoeken", text, profile: .brief).findings.first?.severity == .waarschuwing)
        #expect(try ZinTestSupport.check("zin.verzoeken", text, profile: .verslag).findings.first?.severity == .tip)
        #expect(try ZinTestSupport.check("zin.verzoeken", text, profile: .intern).texts.isEmpty)
    }

    @Test func oneRequestIsFine() throws {
        for text in [
            "Wilt u het formulier invullen?", "Bel of app mij vóór vrijdag.", "Neem die dan mee.",
            "Wij vragen u om het formulier voor vrijdag terug te sturen.", "Wilt u liever iemand anders dan Pieter?",
            "Als u moet werken, kunnen we ook 's avonds afspreken.", "Ik help u graag met die brief.",
            "Dan bel ik u op maandag en stuur ik daarna een brief.",
        ] {
            #expect(try ZinTestSupport.check("zin.verzoeken", text).texts.isEmpty, "\(text)")
        }
    }

    @Test func requestsAcrossFormsAddUp() throws {
        let text = "Wilt u het formulier invullen en bel mij daarna even op."
        #expect(try ZinTestSupport.check("zin.verzoeken", text).texts.count == 1)
        let graag = "Graag het formulier invullen, ondertekenen en voor vrijdag terugsturen."
        #expect(try ZinTestSupport.check("zin.verzoeken", graag).findings.first?.message.contains("3 verzoeken") == true)
    }
}
