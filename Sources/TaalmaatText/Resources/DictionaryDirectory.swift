import Foundation

/// The `Dictionaries/` folder with Taalmaat's word lists.
///
/// It is found, in this order: an explicit path (configuration or API), the
/// environment variable `TAALMAAT_DICTIONARIES`, `share/taalmaat/Dictionaries` next to
/// the installed executable, and the source checkout the program was built from.
public struct DictionaryDirectory: Sendable, Hashable {
    public let url: URL

    /// A file that every complete dictionary folder has; used to recognise one.
    static let markerFile = "tekst/afkortingen.tsv"

    public init(url: URL) throws(DictionaryFileError) {
        guard FileManager.default.fileExists(atPath: url.appendingPathComponent(Self.markerFile).path) else {
            throw .directoryNotFound(searched: [url.path])
        }
        self.url = url
    }

    public func file(_ relativePath: String) -> URL {
        url.appendingPathComponent(relativePath)
    }

    public static func locate(
        explicitPath: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(DictionaryFileError) -> DictionaryDirectory {
        var candidates: [URL] = []
        if let explicitPath { candidates.append(URL(fileURLWithPath: explicitPath)) }
        if let fromEnvironment = environment["TAALMAAT_DICTIONARIES"], !fromEnvironment.isEmpty {
            candidates.append(URL(fileURLWithPath: fromEnvironment))
        }
        // An explicit choice must not silently fall back to another folder.
        if candidates.isEmpty {
            if let executable = Self.executableDirectory() {
                candidates.append(executable.appendingPathComponent("../share/taalmaat/Dictionaries").standardizedFileURL)
                candidates.append(executable.appendingPathComponent("Dictionaries"))
            }
            candidates.append(Self.sourceCheckoutDictionaries)
        }
        for candidate in candidates {
            if let directory = try? DictionaryDirectory(url: candidate) { return directory }
        }
        throw .directoryNotFound(searched: candidates.map(\.path))
    }

    static let sourceCheckoutDictionaries: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Resources
        .deletingLastPathComponent()  // TaalmaatText
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("Dictionaries")

    static func executableDirectory() -> URL? {
        #if os(Linux)
            let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        #else
            let path = Bundle.main.executablePath
        #endif
        return path.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
    }
}

/// A problem with a data file in `Dictionaries/` or a user word list.
public enum DictionaryFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case directoryNotFound(searched: [String])
    case unreadable(path: String)
    case missingColumn(path: String, column: String)
    case malformedLine(path: String, line: Int, reason: String)

    /// A short Dutch message for the user.
    public var description: String {
        switch self {
        case .directoryNotFound(let searched):
            return "De woordenlijsten van Taalmaat zijn niet gevonden (gezocht in: \(searched.joined(separator: ", "))). "
                + "Zet TAALMAAT_DICTIONARIES op de map Dictionaries."
        case .unreadable(let path):
            return "Het bestand \(path) kan niet worden gelezen. Kijk of het bestaat en of het UTF-8 is."
        case .missingColumn(let path, let column):
            return "In \(path) ontbreekt de kolom '\(column)'."
        case .malformedLine(let path, let line, let reason):
            return "\(path):\(line): \(reason)"
        }
    }
}

/// A tab-separated table with a header row. Lines that start with `#` and empty
/// lines are skipped. Every data row has as many fields as the header; missing
/// trailing fields are empty.
public struct DelimitedTable: Sendable {
    public let header: [String]
    public let rows: [[String]]
    /// The 1-based line number of every row in the file, for error messages.
    public let lineNumbers: [Int]

    public init(text: String, path: String) throws(DictionaryFileError) {
        var header: [String]?
        var rows: [[String]] = []
        var numbers: [Int] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                String($0).trimmingCharacters(in: .whitespaces)
            }
            guard let columns = header else {
                header = fields.map { $0.lowercased() }
                continue
            }
            if fields.count > columns.count {
                throw .malformedLine(
                    path: path, line: lineNumber,
                    reason: "deze regel heeft \(fields.count) kolommen, de kop heeft er \(columns.count)")
            }
            rows.append(fields + Array(repeating: "", count: columns.count - fields.count))
            numbers.append(lineNumber)
        }
        guard let header else { throw .malformedLine(path: path, line: 1, reason: "het bestand heeft geen kopregel") }
        self.header = header
        self.rows = rows
        self.lineNumbers = numbers
    }

    public func column(named name: String) -> Int? { header.firstIndex(of: name) }
}
