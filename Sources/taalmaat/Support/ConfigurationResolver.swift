import Foundation
import Synchronization
import Taalmaat
import TaalmaatText

/// Finds the configuration for each file (the nearest `.taalmaat.yml`, or `--config`)
/// and keeps one checker per distinct configuration.
final class ConfigurationResolver: Sendable {
    let explicitFile: URL?
    let profileOverride: Profile?
    let workingDirectory: URL
    private let loader: ConfigurationLoader
    private let cache = Mutex<[String: ProjectConfiguration]>([:])
    private let checkers = Mutex<[CheckerConfiguration: Checker]>([:])

    init(explicitFile: String?, profileOverride: Profile?, workingDirectory: URL, rules: [RuleDescription]) {
        self.explicitFile = explicitFile.map { URL(fileURLWithPath: $0, relativeTo: workingDirectory).standardizedFileURL }
        self.profileOverride = profileOverride
        self.workingDirectory = workingDirectory
        self.loader = ConfigurationLoader(rules: rules)
    }

    /// The configuration that applies to a path (a file, or a folder's child).
    func configuration(for path: URL?) throws(ConfigurationError) -> ProjectConfiguration {
        let file = explicitFile ?? ProjectConfiguration.find(from: path ?? workingDirectory.appendingPathComponent("x"))
        guard let file else {
            var defaults = ProjectConfiguration(directory: workingDirectory)
            defaults.acceptedWords = ProjectConfiguration.acceptedWords(in: workingDirectory)
            return defaults
        }
        if let cached = cache.withLock({ $0[file.path] }) { return cached }
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw ConfigurationError(path: file.path, line: 1, column: 1, message: "Dit instellingenbestand bestaat niet.")
        }
        let loaded = try loader.load(contentsOf: file)
        cache.withLock { $0[file.path] = loaded }
        return loaded
    }

    /// The checker configuration for one input.
    func checkerConfiguration(for input: InputFile) throws(ConfigurationError) -> CheckerConfiguration {
        try configuration(for: input.settingsURL).checkerConfiguration(for: input.settingsURL, profileOverride: profileOverride)
    }

    /// A checker for a configuration, made once.
    func checker(for configuration: CheckerConfiguration) throws -> Checker {
        if let existing = checkers.withLock({ $0[configuration] }) { return existing }
        let made = try Checker(configuration: configuration)
        return checkers.withLock { table in
            if let existing = table[configuration] { return existing }
            table[configuration] = made
            return made
        }
    }
}
