import Testing
@testable import Taalmaat

@Suite struct ZinNaamwoordstijlTests {
    @Test func infinitiveWithUpToTwoWords() throws {
        #expect(try ZinTestSupport.check("zin.naamwoordstijl", "Het zelf regelen van afspraken is lastig.").texts == [
            "Het zelf regelen van"
        ])
        let three = "Het al heel snel regelen van afspraken is lastig."
        #expect(try ZinTestSupport.check("zin.naamwoordstijl", three).texts.isEmpty)
    }

    @Test func listEntryNeedsAnObject() throws {
        #expect(try ZinTestSupport.check("zin.naamwoordstijl", "Na de afhandeling van uw klacht bellen wij u.").texts == [
            "de afhandeling van"
        ])
        for text in [
            "U krijgt een vergoeding van 50 euro.", "De afhandeling duurt zes weken.", "Het eten van school is gratis.",
            "Het gezin van Sanne is verhuisd.", "Ik wil het u laten weten van tevoren.",
        ] {
            #expect(try ZinTestSupport.check("zin.naamwoordstijl", text).texts.isEmpty, "\(text)")
        }
    }

    @Test func suggestionsComeFromTheList() throws {
        let finding = try #require(try ZinTestSupport.check("zin.naamwoordstijl", "De betaling van de huur is te laat.").findings.first)
        #expect(finding.suggestions.map(\.title) == ["betalen", "als u betaalt"])
        #expect(finding.severity == .tip)
        #expect(try ZinTestSupport.check("zin.naamwoordstijl", "De betaling van de huur is te laat.", profile: .kind).findings.first?.severity == .waarschuwing)
        #expect(try ZinTestSupport.check("zin.naamwoordstijl", "De betaling van de huur is te laat.", profile: .intern).texts.isEmpty)
    }
}
