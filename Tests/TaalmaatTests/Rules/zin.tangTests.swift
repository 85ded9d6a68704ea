import Testing
@testable import Taalmaat

@Suite struct ZinTangTests {
    /// 11 words between "heeft" and "besloten".
    static let eleven = "De rechter heeft in de grote zaal na een lang gesprek met uw man besloten dat Ryan thuis blijft."
    /// 12 words between "heeft" and "besloten".
    static let twelve = "De rechter heeft in de zaal na een lang gesprek met u en uw man besloten."

    @Test func thresholdPerProfile() throws {
        #expect(try ZinTestSupport.check("zin.tang", Self.eleven).texts.isEmpty)
        #expect(try ZinTestSupport.check("zin.tang", Self.twelve).texts.count == 1)
        #expect(try ZinTestSupport.check("zin.tang", Self.eleven, profile: .kind).texts.count == 1)
        #expect(try ZinTestSupport.check("zin.tang", Self.twelve, profile: .intern).texts.isEmpty)
    }

    @Test func configuredThreshold() throws {
        #expect(try ZinTestSupport.check("zin.tang", Self.eleven, thresholds: ["afstand-vanaf": 11]).texts.count == 1)
        #expect(try ZinTestSupport.check("zin.tang", Self.twelve, thresholds: ["afstand-vanaf": 13]).texts.isEmpty)
    }

    @Test func messageCountsWords() throws {
        let finding = try #require(try ZinTestSupport.check("zin.tang", Self.twelve).findings.first)
        #expect(finding.message.contains("12 woorden"))
        #expect(finding.severity == .waarschuwing)
    }

    @Test func firstClosingVerbEndsTheClamp() throws {
        // "dient u … contact op te nemen": the clamp ends at the first verb group.
        let text = "Daarom dient u binnen 10 dagen contact op te nemen met het wijkteam van de gemeente in uw eigen buurt."
        #expect(try ZinTestSupport.check("zin.tang", text).texts.isEmpty)
    }

    @Test func noClampAcrossClauses() throws {
        let text = "Wij hebben met de school, de huisarts en de buurvrouw gesproken omdat wij ons zorgen maken over Milan en zijn zus."
        #expect(try ZinTestSupport.check("zin.tang", text).texts.isEmpty)
        let other = "Ik ben er op maandag, dinsdag en donderdag van 9.00 tot 17.00 uur en op vrijdag tot twaalf uur."
        #expect(try ZinTestSupport.check("zin.tang", other).texts.isEmpty)
    }
}
