import Testing
@testable import Taalmaat

@Suite struct ZinVoorwaardeTests {
    /// 9 words before the comma.
    static let nine = "Als u na het gesprek nog veel vragen heeft, kunt u mij bellen."
    /// 10 words before the comma.
    static let ten = "Als u na het gesprek nog vragen over Emre heeft, kunt u mij bellen."

    @Test func thresholdPerProfile() throws {
        #expect(try ZinTestSupport.check("zin.voorwaarde", Self.nine).texts.isEmpty)
        #expect(try ZinTestSupport.check("zin.voorwaarde", Self.ten).texts == ["Als u na het gesprek nog vragen over Emre heeft"])
        let kind = "Als je na school nog vragen hebt, mag je mij appen."
        #expect(try ZinTestSupport.check("zin.voorwaarde", kind, profile: .kind).texts.count == 1)
        #expect(try ZinTestSupport.check("zin.voorwaarde", kind, profile: .brief).texts.isEmpty)
        #expect(try ZinTestSupport.check("zin.voorwaarde", Self.ten, profile: .intern).findings.first?.severity == .tip)
    }

    @Test func configuredThreshold() throws {
        #expect(try ZinTestSupport.check("zin.voorwaarde", Self.nine, thresholds: ["woorden-vanaf": 9]).texts.count == 1)
        #expect(try ZinTestSupport.check("zin.voorwaarde", Self.ten, thresholds: ["woorden-vanaf": 11]).texts.isEmpty)
    }

    @Test func enumerationCommaIsNotTheEnd() throws {
        let text = "Als u de huur, het gas en het water in maart niet kunt betalen, kunnen wij samen een plan maken."
        #expect(try ZinTestSupport.check("zin.voorwaarde", text).texts == [
            "Als u de huur, het gas en het water in maart niet kunt betalen"
        ])
    }

    @Test func twoWordOpener() throws {
        let text = "Voor zover wij weten heeft u de rekening van de leverancier nog niet ontvangen, dus bellen wij u."
        #expect(try ZinTestSupport.check("zin.voorwaarde", text).texts.count == 1)
    }

    @Test func otherOpenersAreIgnored() throws {
        let text = "Zolang wij samen bezig zijn met uw geldzaken en de huur, stapt de woningcorporatie niet naar de rechter."
        #expect(try ZinTestSupport.check("zin.voorwaarde", text).texts.isEmpty)
    }
}
