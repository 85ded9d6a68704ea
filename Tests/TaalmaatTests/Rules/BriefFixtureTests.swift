import Foundation
import Testing
import TaalmaatText
@testable import Taalmaat

/// The letter rules on the sample letters in `Fixtures/brieven`: good letters get no
/// `brief.*` warning or error, bad letters get what an editor would mark there
/// (`manifest.tsv`), and none of the traps the manifest names.
@Suite struct BriefFixtureTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/brieven")

    struct Sample: Sendable, CustomTestStringConvertible {
        let file: String
        let profile: Profile
        var testDescription: String { file }
    }

    static var samples: [Sample] {
        guard let manifest = try? String(contentsOf: directory.appendingPathComponent("manifest.tsv"), encoding: .utf8) else {
            return []
        }
        return manifest.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count > 1, let profile = Profile(rawValue: fields[1]) else { return nil }
            return Sample(file: fields[0], profile: profile)
        }
    }

    /// Letter rules that the manifest's `verwacht` column asks for, per bad letter.
    static let expected: [String: Set<String>] = [
        "fout-01-huurachterstand.txt": ["brief.opening", "brief.termijn", "brief.actie", "brief.contactpersoon", "brief.hulpaanbod"],
        "fout-02-energieschuld.txt": ["brief.aanhef", "brief.opening", "brief.wetsartikel", "brief.contactpersoon"],
        "fout-03-schoolverzuim.txt": ["brief.aanhef", "brief.wetsartikel", "brief.contactpersoon", "brief.hulpaanbod"],
        "fout-04-huisbezoek.txt": ["brief.aanhef", "brief.opening", "brief.contactpersoon", "brief.vervolg"],
        "fout-05-ondertoezichtstelling.txt": ["brief.opening", "brief.wetsartikel", "brief.contactpersoon", "brief.reageren"],
        "fout-07-bericht-kind.txt": ["brief.opening", "brief.contactpersoon"],
        "fout-08-uitnodiging-netwerkberaad.txt": ["brief.aanhef", "brief.termijn", "brief.contactpersoon"],
        "fout-09-beschikking-jeugdhulp.txt": ["brief.opening", "brief.wetsartikel", "brief.termijn", "brief.contactpersoon"],
        "fout-10-einde-hulp.txt": ["brief.opening", "brief.contactpersoon", "brief.reageren", "brief.vervolg"],
        "fout-13-nieuwe-contactpersoon.txt": ["brief.opening", "brief.contactpersoon"],
        "fout-15-kindgesprek.txt": ["brief.contactpersoon"],
    ]

    /// Traps: letter rules that must stay silent on a bad letter.
    static let forbidden: [String: Set<String>] = [
        "fout-02-energieschuld.txt": ["brief.hulpaanbod"],  // there is a help offer
        "fout-09-beschikking-jeugdhulp.txt": ["brief.reageren", "brief.aanhef"],  // objection route present; named salutation
        "fout-01-huurachterstand.txt": ["brief.aanhef"],  // "Geachte mevrouw Bakker" has a name
        "fout-05-ondertoezichtstelling.txt": ["brief.aanhef"],
        "fout-13-nieuwe-contactpersoon.txt": ["brief.aanhef"],
    ]

    @Test(arguments: samples)
    func sample(_ sample: Sample) throws {
        let text = try String(contentsOf: Self.directory.appendingPathComponent(sample.file), encoding: .utf8)
        let checker = try Checker(configuration: CheckerConfiguration(profile: sample.profile), cachesSentences: false)
        let findings = checker.check(text).findings.filter { $0.category == .brief }
        let rules = Set(findings.map(\.ruleID.rawValue))
        if sample.file.hasPrefix("goed") {
            let serious = findings.filter { $0.severity > .tip }.map { "\($0.ruleID): \($0.matchedText)" }
            #expect(serious.isEmpty, "\(sample.file): \(serious)")
        }
        if let expected = Self.expected[sample.file] {
            #expect(expected.isSubset(of: rules), "\(sample.file): missing \(expected.subtracting(rules).sorted())")
        }
        if let forbidden = Self.forbidden[sample.file] {
            #expect(forbidden.isDisjoint(with: rules), "\(sample.file): \(forbidden.intersection(rules).sorted())")
        }
    }

    @Test func samplesAreThere() {
        #expect(Self.samples.count == 30)
    }
}
