import Foundation
import Testing
import TaalmaatText
@testable import Taalmaat

@Suite struct WoordAfkortingTests {
    static let rule: RuleID = "woord.afkorting"

    func findings(_ text: String, configuration: CheckerConfiguration = CheckerConfiguration()) throws -> (Report, [Finding]) {
        let report = try Checker(configuration: configuration, cachesSentences: false).check(text)
        return (report, report.findings.filter { $0.ruleID == Self.rule })
    }

    @Test func everyTableExampleTriggersWithTheFullForm() throws {
        let checker = try Checker(cachesSentences: false)
        let data = WoordData.shared(for: checker.settings.resources)
        let directory = checker.settings.resources.directory
        let text = try String(contentsOf: directory.file(WoordData.abbreviationFile), encoding: .utf8)
        let table = try DelimitedTable(text: text, path: WoordData.abbreviationFile)
        let abbreviation = try #require(table.column(named: "afkorting"))
        let example = try #require(table.column(named: "voorbeeld"))
        #expect(table.rows.count == data.abbreviations.count)
        for row in table.rows {
            let report = checker.check(row[example])
            let found = report.findings.filter { $0.ruleID == Self.rule }
            let entry = try #require(data.abbreviations[row[abbreviation]])
            let match = found.first { $0.matchedText.lowercased() == row[abbreviation] }
            #expect(match != nil, "\(row[abbreviation]) not found in: \(row[example])")
            guard let match else { continue }
            let expected = WoordText.matchingFirstCapital(entry.fullForms[0], to: match.matchedText)
            #expect(match.suggestions.first?.title == expected, "\(row[abbreviation])")
            let concrete = !entry.fullForms[0].contains("[") && !entry.fullForms[0].contains("…")
            #expect(match.suggestions.first?.isSafe == (entry.safe && concrete), "\(row[abbreviation])")
        }
    }

    @Test func safeOnlyWhenTheTableSaysSo() throws {
        let (_, safe) = try findings("Neem bijv. uw pas mee.")
        #expect(safe.first?.suggestions.first?.isSafe == true)
        #expect(safe.first?.suggestions.first?.replacement == "bijvoorbeeld")
        let (_, unsafe) = try findings("Ik heb een vraag m.b.t. uw afspraak.")
        #expect(unsafe.first?.suggestions.first?.isSafe == false)
        #expect(unsafe.first?.suggestions.first?.replacement == "over")
    }

    @Test func sentenceFinalAbbreviationKeepsTheFullStop() throws {
        let (_, found) = try findings("Neem uw paspoort, bankpas enz. Dan gaat het snel.")
        let edit = try #require(found.first?.suggestions.first)
        #expect(edit.title == "enzovoort")
        #expect(edit.replacement == "enzovoort.")
    }

    @Test func capitalIsKeptButNotShouted() throws {
        let (_, found) = try findings("N.B. de afspraak is in een ander gebouw.")
        #expect(found.first?.suggestions.first?.title == "Let op")
    }

    @Test func initialsAreNoAbbreviation() throws {
        let (_, found) = try findings("Het gesprek is met P.M. de Vries.")
        #expect(found.isEmpty)
    }

    @Test(arguments: [
        "De sociaal-pedagogische hulp (SPH) komt dinsdag. Daarna belt de SPH u.",
        "De SPH (sociaal-pedagogische hulp) komt dinsdag.",
        "De SPH komt dinsdag. SPH: sociaal-pedagogische hulp.",
        "De SPH komt dinsdag. SPH staat voor sociaal-pedagogische hulp.",
        "De afkorting SPH gebruiken we niet vaak.",
    ])
    func explainedAcronymsAreFine(_ text: String) throws {
        let (_, found) = try findings(text)
        #expect(found.isEmpty, "\(found.map(\.matchedText))")
    }

    @Test func bracketsWithoutTheFullFormDoNotExplain() throws {
        let (_, found) = try findings("Het gesprek is met Hanneke Bos (VTO).")
        #expect(found.map(\.matchedText) == ["VTO"])
    }

    @Test func oneFindingPerAcronymWithTheOtherUsesRelated() throws {
        let (report, found) = try findings("De SPH komt dinsdag. De SPH blijft een uur. Daarna belt de SPH u.")
        #expect(found.count == 1)
        #expect(found.first?.relatedRanges.map { report.document.text(of: $0) } == ["SPH", "SPH"])
    }

    @Test func acronymInsideHyphenatedWord() throws {
        let (_, found) = try findings("Er komt een SPH-verslag en een gesprek met de VTO-begeleider.")
        #expect(found.map(\.matchedText) == ["SPH", "VTO"])
    }

    @Test func knownAndAcceptedAcronyms() throws {
        let (_, known) = try findings("Het UWV en de GGD sturen u een brief. Log in met DigiD.")
        #expect(known.isEmpty)
        let (_, accepted) = try findings(
            "De SPH komt dinsdag.", configuration: CheckerConfiguration(acceptedWords: ["sph"]))
        #expect(accepted.isEmpty)
        let (_, acceptedDotted) = try findings(
            "Het duurt ca. een uur.", configuration: CheckerConfiguration(acceptedWords: ["ca."]))
        #expect(acceptedDotted.isEmpty)
    }

    @Test func acronymOfAnotherWordListIsNotReportedTwice() throws {
        let list = """
            woord\talternatieven\tuitleg\tvoorbeeld\topties\tgoed
            SPH\thulpverlener\tEen SPH is een hulpverlener.\tDe SPH komt.\thoofdletters\t
            """
        let configuration = CheckerConfiguration(
            extraWordLists: [ExtraWordList(rule: "woord.vaktaal", name: "eigen-vaktaal.tsv", contents: list)])
        let (_, found) = try findings("De SPH komt dinsdag. De VTO ook.", configuration: configuration)
        #expect(found.map(\.matchedText) == ["VTO"])
        let dotted = """
            woord\talternatieven\tuitleg\tvoorbeeld\topties\tgoed
            m.b.t.\tover\tOuderwets.\tIk bel m.b.t. de huur.\t\t
            """
        let withDotted = CheckerConfiguration(
            extraWordLists: [ExtraWordList(rule: "woord.ambtelijk", name: "eigen-ambtelijk.tsv", contents: dotted)])
        let (_, none) = try findings("Ik bel m.b.t. de huur.", configuration: withDotted)
        #expect(none.isEmpty)
    }

    @Test func offForInternalNotes() throws {
        let (_, found) = try findings("De SPH komt i.v.m. het MDO.", configuration: CheckerConfiguration(profile: .intern))
        #expect(found.isEmpty)
    }

    @Test func knownAcronymListIsClean() throws {
        let checker = try Checker(cachesSentences: false)
        let data = WoordData.shared(for: checker.settings.resources)
        #expect(data.knownAcronyms.contains("uwv"))
        #expect(data.knownAcronyms.contains("digid"))
        for jargon in ["gi", "ots", "mdo", "ggz", "cjg", "lvb", "pgb", "wmo"] {
            #expect(!data.knownAcronyms.contains(jargon), "\(jargon) is jargon, not a known acronym")
        }
    }
}
