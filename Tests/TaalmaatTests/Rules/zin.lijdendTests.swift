import Testing
@testable import Taalmaat

@Suite struct ZinLijdendTests {
    @Test func severityPerProfile() throws {
        let text = "Uw aanvraag wordt door de gemeente bekeken."
        #expect(try ZinTestSupport.check("zin.lijdend", text, profile: .brief).findings.first?.severity == .tip)
        #expect(try ZinTestSupport.check("zin.lijdend", text, profile: .kind).findings.first?.severity == .waarschuwing)
        #expect(try ZinTestSupport.check("zin.lijdend", text, profile: .intern).texts.isEmpty)
    }

    @Test func perfectWithZijnIsNoPassive() throws {
        for text in [
            "Milan is gisteren niet naar school gekomen.", "Het aantal afspraken is toegenomen.",
            "Ze is vorig jaar verhuisd.", "Hij is vader geworden.", "Het is goed gegaan.",
        ] {
            #expect(try ZinTestSupport.check("zin.lijdend", text).texts.isEmpty, "\(text)")
        }
    }

    @Test func adjectivesAndPossessivesAreNoPassive() throws {
        for text in [
            "U bent verplicht om naar school te gaan.", "Het is ingewikkeld.", "Hij heeft zijn huiswerk gemaakt.",
            "Priscilla vindt dat er te veel mensen bij haar gezin betrokken zijn.",
            "Het huis hoeft niet opgeruimd te zijn.", "Dat is een gesloten deur.",
        ] {
            #expect(try ZinTestSupport.check("zin.lijdend", text).texts.isEmpty, "\(text)")
        }
    }

    @Test func passiveForms() throws {
        #expect(try ZinTestSupport.check("zin.lijdend", "Er wordt een plan opgesteld.").texts == ["wordt een plan opgesteld"])
        #expect(try ZinTestSupport.check("zin.lijdend", "Dit zal worden meegenomen.").texts == ["worden meegenomen"])
        #expect(try ZinTestSupport.check("zin.lijdend", "Het bedrag dient betaald te worden.").texts == ["betaald te worden"])
        #expect(try ZinTestSupport.check("zin.lijdend", "Wij weten dat het plan besproken wordt.").texts == ["besproken wordt"])
        #expect(try ZinTestSupport.check("zin.lijdend", "Het traject wordt als voltooid beschouwd.").texts == ["wordt als voltooid beschouwd"])
        #expect(try ZinTestSupport.check("zin.lijdend", "Daarna wordt dit opgevat als weigeren.").texts == ["wordt dit opgevat"])
    }

    @Test func notInHeadings() throws {
        let text = "Wordt mijn gas afgesloten?\n\nNee, dat gebeurt niet zolang wij samen bezig zijn."
        #expect(try ZinTestSupport.check("zin.lijdend", text).texts.isEmpty)
    }
}
