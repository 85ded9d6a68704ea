import TaalmaatText

/// The descriptions of all rules, without loading word lists or Hunspell. Used to
/// check configuration files and to list and explain rules.
public enum RuleCatalog {
    public static func descriptions(dictionaryDirectory: String? = nil) throws -> [RuleDescription] {
        let directory = try DictionaryDirectory.locate(explicitPath: dictionaryDirectory)
        let declarative = try RuleRegistry.declarativeRules(in: directory, extraLists: [])
        return (RuleRegistry.swiftRules.map(\.description) + declarative.map(\.description)).sorted { $0.id < $1.id }
    }
}
