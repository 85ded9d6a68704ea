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
        var failure: DictionaryFileError?
        // Byte-level parsing: splitting a String by Character checks grapheme
        // boundaries, which made loading the word lists several times slower.
        var text = text
        text.withUTF8 { bytes in
            var lineStart = 0
            while lineStart <= bytes.count, failure == nil {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                lineNumber += 1
                var contentEnd = lineEnd
                if contentEnd > lineStart, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
                if contentEnd == lineStart || bytes[lineStart] == 0x23 {
                    if lineEnd >= bytes.count { break }
                    continue
                }
                var fields: [String] = []
                var fieldStart = lineStart
                for index in lineStart...contentEnd where index == contentEnd || bytes[index] == 0x09 {
                    fields.append(String(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<index]), as: UTF8.self).trimmedSpaces))
                    fieldStart = index + 1
                }
                if let columns = header {
                    if fields.count > columns.count {
                        failure = .malformedLine(
                            path: path, line: lineNumber,
                            reason: "deze regel heeft \(fields.count) kolommen, de kop heeft er \(columns.count)")
                        break
                    }
                    rows.append(fields + Array(repeating: "", count: columns.count - fields.count))
                    numbers.append(lineNumber)
                } else {
                    header = fields.map { $0.lowercased() }
                }
                if lineEnd >= bytes.count { break }
            }
        }
        if let failure { throw failure }
        guard let header else { throw .malformedLine(path: path, line: 1, reason: "het bestand heeft geen kopregel") }
        self.header = header
        self.rows = rows
        self.lineNumbers = numbers
    }

    public func column(named name: String) -> Int? { header.firstIndex(of: name) }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs. Much faster than Foundation's
    /// `trimmingCharacters(in:)` on Linux, which matters when loading word lists.
    public var trimmedSpaces: SubSequence {
        var start = startIndex
        var end = endIndex
        while start < end, self[start] == " " || self[start] == "\t" || self[start] == "\r" { start = index(after: start) }
        while end > start {
            let previous = index(before: end)
            guard self[previous] == " " || self[previous] == "\t" || self[previous] == "\r" else { break }
            end = previous
        }
        return self[start..<end]
    }
}
