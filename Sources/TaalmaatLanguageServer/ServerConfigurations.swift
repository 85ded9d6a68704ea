import Foundation
import Taalmaat
import TaalmaatText

/// The configuration for each open document (the nearest `.taalmaat.yml`, read with
/// the same loader as the command line) and one checker per distinct configuration.
final class ServerConfigurations {
    private var projects: [String: ProjectConfiguration] = [:]
    private var checkers: [CheckerConfiguration: Checker] = [:]
    private var reportedErrors: Set<String> = []
    private var rules: [RuleDescription]?

    /// Forgets everything read from disk; the next check reads the files again.
    func reload() {
        projects.removeAll()
        reportedErrors.removeAll()
    }

    /// The checker for a document, or `nil` when none can be made (the reason has been
    /// shown to the user once).
    func checker(for path: URL?, root: URL?, client: ClientSettings, report: (String, Int) -> Void) -> Checker? {
        let project = project(for: path, root: root, report: report)
        var configuration = project.checkerConfiguration(for: path, profileOverride: client.profile)
        if let floor = client.minimumSeverity, floor > configuration.minimumSeverity { configuration.minimumSeverity = floor }
        if let existing = checkers[configuration] { return existing }
        do {
            // A small sentence cache per checker: enough for editing, flat over a long session.
            let checker = try Checker(configuration: configuration, sentenceCacheCapacity: 2_000)
            if checkers.count > 16 { checkers.removeAll() }
            checkers[configuration] = checker
            return checker
        } catch {
            reportOnce("\(error)", report: report)
            return nil
        }
    }

    func project(for path: URL?, root: URL?, report: (String, Int) -> Void) -> ProjectConfiguration {
        let start = path ?? root?.appendingPathComponent("x")
        let folder = (start?.deletingLastPathComponent() ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        guard let file = start.flatMap(ProjectConfiguration.find(from:)) else {
            return cachedDefaults(folder: root ?? folder)
        }
        if let cached = projects[file.path] { return cached }
        do {
            if rules == nil { rules = try RuleCatalog.descriptions() }
            let loaded = try ConfigurationLoader(rules: rules ?? []).load(contentsOf: file)
            projects[file.path] = loaded
            return loaded
        } catch let error as ConfigurationError {
            reportOnce("Taalmaat: fout in de instellingen: \(error.description)", report: report)
        } catch {
            reportOnce("Taalmaat: \(error)", report: report)
        }
        let fallback = ProjectConfiguration(directory: file.deletingLastPathComponent())
        projects[file.path] = fallback
        return fallback
    }

    private func cachedDefaults(folder: URL) -> ProjectConfiguration {
        let key = "defaults:" + folder.path
        if let cached = projects[key] { return cached }
        var defaults = ProjectConfiguration(directory: folder)
        defaults.acceptedWords = ProjectConfiguration.acceptedWords(in: folder)
        projects[key] = defaults
        return defaults
    }

    /// Where "add to word list" writes: next to the configuration file, else in the
    /// workspace root, else next to the document.
    func wordListFolder(for path: URL?, root: URL?) -> URL {
        if let file = (path ?? root?.appendingPathComponent("x")).flatMap(ProjectConfiguration.find(from:)) {
            return file.deletingLastPathComponent()
        }
        return root ?? path?.deletingLastPathComponent() ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    private func reportOnce(_ message: String, report: (String, Int) -> Void) {
        guard reportedErrors.insert(message).inserted else { return }
        report(message, 1)
    }
}
