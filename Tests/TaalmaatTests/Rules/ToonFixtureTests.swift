import Foundation
import Testing
import TaalmaatText
@testable import Taalmaat

/// The tone rules on the sample letters in `Fixtures/brieven`: no findings in the good
/// letters, and the threats the manifest names in the bad ones.
@Suite struct ToonFixtureTests {
    static let rules: Set<RuleID> = ["toon.dreigen", "toon.moeten", "toon.absoluut", "toon.hoofdletters"]
    /// The declarative tone rules whose lists were reviewed together with these rules.
    static let listRules: Set<RuleID> = [
        "toon.verwijt", "toon.herhaling", "toon.belerend", "toon.haast", "toon.compliment", "toon.bagatelliseren",
        "toon.complex",
    ]
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/brieven")

    static var letters: [(file: String, profile: Profile)] {
        guard let manifest = try? String(contentsOf: folder.appendingPathComponent("manifest.tsv"), encoding: .utf8) else {
            return []
        }
        return manifest.split(separator: "\n").dropFirst().compactMap { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count > 1, let profile = Profile(rawValue: String(columns[1])) else { return nil }
            return (String(columns[0]), profile)
        }
    }

    func findings(_ file: String, _ profile: Profile, rules: Set<RuleID> = rules) throws -> [Finding] {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
        let checker = try Checker(configuration: CheckerConfiguration(profile: profile), cachesSentences: false)
        return checker.check(text).findings.filter { rules.contains($0.ruleID) }
    }

    @Test func goodLettersHaveNoToneFindings() throws {
        let good = Self.letters.filter { $0.file.hasPrefix("goed-") }
        #expect(good.count == 15)
        for letter in good {
            let found = try findings(letter.file, letter.profile, rules: Self.rules.union(Self.listRules))
            #expect(found.isEmpty, "\(letter.file): \(found.map { "\($0.ruleID) «\($0.matchedText)»" })")
        }
    }

    @Test(arguments: [
        ("fout-01-huurachterstand.txt", 2), ("fout-02-energieschuld.txt", 1), ("fout-03-schoolverzuim.txt", 2),
        ("fout-04-huisbezoek.txt", 3), ("fout-05-ondertoezichtstelling.txt", 1), ("fout-06-perspectiefplan.txt", 1),
        ("fout-14-interne-notitie.txt", 1),
    ])
    func threatsInBadLetters(_ file: String, _ count: Int) throws {
        let profile = try #require(Self.letters.first { $0.file == file }?.profile)
        let threats = try findings(file, profile).filter { $0.ruleID == "toon.dreigen" }
        #expect(threats.count == count, "\(file): \(threats.map(\.matchedText))")
    }
}
