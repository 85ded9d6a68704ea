import Foundation
import TaalmaatText

/// The catalogue of rules: the Swift rules listed per category (each category's
/// list lives next to its rules) and every declarative rule in `Dictionaries/regels/`.
enum RuleRegistry {
    /// Every rule written in Swift, in catalogue order.
    static var swiftRules: [any Rule] { wordRules + sentenceRules + toneRules + letterRules + reportRules + metaRules }

    /// Loads `Dictionaries/regels/*.yml`, sorted by id.
    static func declarativeRules(in directory: DictionaryDirectory, extraLists: [ExtraWordList]) throws -> [DeclarativeRule] {
        let folder = directory.file("regels")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return try names.filter { $0.hasSuffix(".yml") }.sorted().map { name in
            let id = String(name.dropLast(4))
            let extra = extraLists.filter { $0.rule.rawValue == id }.map(\.name)
            let rule = try DeclarativeRule.load(path: folder.appendingPathComponent(name).path, extraLists: extra)
            guard rule.description.id.rawValue == id else {
                throw DictionaryFileError.malformedLine(
                    path: folder.appendingPathComponent(name).path, line: 1,
                    reason: "de id '\(rule.description.id)' hoort gelijk te zijn aan de bestandsnaam")
            }
            return rule
        }
    }
}
