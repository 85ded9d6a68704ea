import Foundation
import TaalmaatText
@testable import Taalmaat

/// Helpers for the tests of the report rules and `brief.aanspreekvorm` / `brief.rol-naam`:
/// run one rule over a text or over a sample letter in `Fixtures/brieven/`.
enum VerslagTestSupport {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/brieven")

    /// Every sample letter with the profile from `manifest.tsv`.
    static var manifest: [(file: String, profile: Profile)] {
        guard let text = try? String(contentsOf: fixtures.appendingPathComponent("manifest.tsv"), encoding: .utf8) else {
            return []
        }
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count > 1, let profile = Profile(rawValue: String(columns[1])) else { return nil }
            return (String(columns[0]), profile)
        }
    }

    static func fixture(_ file: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(file), encoding: .utf8)
    }

    /// The findings of one rule in a text.
    static func findings(
        of rule: String, in text: String, profile: Profile, rules: [String: RuleSetting] = [:]
    ) throws -> [Finding] {
        let checker = try Checker(configuration: CheckerConfiguration(profile: profile, rules: rules), cachesSentences: false)
        return checker.check(text).findings.filter { $0.ruleID.rawValue == rule }
    }

    /// The matched texts of one rule's findings in a text.
    static func matched(
        _ rule: String, in text: String, profile: Profile, rules: [String: RuleSetting] = [:]
    ) throws -> [String] {
        try findings(of: rule, in: text, profile: profile, rules: rules).map(\.matchedText)
    }

    /// The matched texts of one rule's findings in a sample letter, with the manifest's profile.
    static func matched(_ rule: String, inFixture file: String, profile: Profile? = nil) throws -> [String] {
        let resolved = profile ?? manifest.first { $0.file == file }?.profile ?? .brief
        return try matched(rule, in: fixture(file), profile: resolved)
    }

    /// Good sample letters, each with its own profile.
    static var goodFixtures: [(file: String, profile: Profile)] { manifest.filter { $0.file.hasPrefix("goed-") } }
}
