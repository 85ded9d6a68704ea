import Foundation
import TaalmaatText
import Yams

/// The settings in a `.taalmaat.yml` file. The command line and the language server
/// both read configuration through this one type.
public struct ProjectConfiguration: Sendable {
    public static let fileName = ".taalmaat.yml"
    /// Words accepted for a whole project, one per line, next to the configuration file.
    /// The editor's "add to word list" action writes here.
    public static let acceptedWordsFileName = ".taalmaat-woorden.txt"

    /// The file it came from (`nil` for the built-in defaults).
    public var file: URL?
    /// The folder that globs are relative to.
    public var directory: URL
    public var profile: Profile?
    /// Profile per path pattern, first match wins.
    public var profilesByPath: [(glob: Glob, profile: Profile)] = []
    public var rules: [String: RuleSetting] = [:]
    public var extraWordLists: [ExtraWordList] = []
    public var acceptedWords: Set<String> = []
    public var placeholderStyles: Set<PlaceholderStyle>?
    public var templatePlaceholders: Set<PlaceholderStyle> = []
    /// Which files a folder check includes.
    public var include: [Glob] = ProjectConfiguration.defaultInclude
    public var exclude: [Glob] = []
    public var minimumSeverity: Severity?
    /// The severity at which the command line fails (`--fail-on`).
    public var failOn: Severity?
    public var maximumWarnings: Int?
    public var baseline: String?
    public var dictionaryDirectory: String?
    public var hunspellDictionary: String?

    public static let defaultInclude = ["*.txt", "*.md", "*.markdown", "*.html", "*.htm"].map(Glob.init)

    /// Defaults for a folder without a configuration file.
    public init(directory: URL) {
        self.directory = directory
    }

    /// The words in `.taalmaat-woorden.txt` in a folder (normalised), if the file exists.
    public static func acceptedWords(in folder: URL) -> Set<String> {
        let file = folder.appendingPathComponent(acceptedWordsFileName)
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        var words: Set<String> = []
        for line in text.split(separator: "\n") {
            let word = line.trimmingCharacters(in: .whitespaces)
            if !word.isEmpty, !word.hasPrefix("#") { words.insert(WordNormalizer.normalize(word)) }
        }
        return words
    }

    // MARK: - Finding the file

    /// The nearest `.taalmaat.yml` in the folder of `path` or one of its parents.
    public static func find(from path: URL) -> URL? {
        var folder = path.hasDirectoryPath ? path : path.deletingLastPathComponent()
        folder = folder.standardizedFileURL
        while true {
            let candidate = folder.appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path || folder.path == "/" { return nil }
            folder = parent
        }
    }

    // MARK: - Using it

    /// The checker configuration for one file.
    public func checkerConfiguration(for path: URL?, profileOverride: Profile? = nil) -> CheckerConfiguration {
        CheckerConfiguration(
            profile: profileOverride ?? path.flatMap(profileForPath) ?? profile ?? .brief,
            rules: rules, extraWordLists: extraWordLists, acceptedWords: acceptedWords,
            placeholderStyles: placeholderStyles ?? Set(PlaceholderStyle.allCases),
            templatePlaceholders: templatePlaceholders, minimumSeverity: minimumSeverity ?? .tip,
            dictionaryDirectory: dictionaryDirectory, hunspellDictionary: hunspellDictionary)
    }

    func profileForPath(_ path: URL) -> Profile? {
        guard let relative = relativePath(path) else { return nil }
        return profilesByPath.first { $0.glob.matches(relative) }?.profile
    }

    /// The path of a file relative to the configuration folder, if it is inside it.
    public func relativePath(_ path: URL) -> String? {
        let base = directory.standardizedFileURL.path
        let full = path.standardizedFileURL.path
        guard full.hasPrefix(base) else { return nil }
        var relative = String(full.dropFirst(base.count))
        while relative.hasPrefix("/") { relative.removeFirst() }
        return relative
    }

    /// Whether a folder check leaves this file out.
    public func isExcluded(_ path: URL) -> Bool {
        guard let relative = relativePath(path) else { return false }
        return exclude.contains { $0.matches(relative) }
    }

    /// Whether a folder check takes this file (by name pattern).
    public func isIncluded(_ path: URL) -> Bool {
        let relative = relativePath(path) ?? path.lastPathComponent
        return include.contains { $0.matches(relative) }
    }
}

/// A mistake in a configuration file, with its place.
public struct ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    /// A Dutch message that says what is wrong and how to fix it.
    public var message: String

    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `pad:regel:kolom: melding`, the form editors and terminals link to.
    public var description: String { "\(path):\(line):\(column): \(message)" }
}
