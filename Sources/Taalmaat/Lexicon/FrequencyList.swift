import Foundation
import TaalmaatText

/// How common Dutch words are (Zipf scale: 6 is *de*, 3 is one in a million words),
/// for "difficult word" detection, plus a stop list of words that look rare but are
/// everyday for families.
public struct FrequencyList: Sendable {
    private let zipf: [String: Float]
    public let stopWords: Set<String>

    public init(zipf: [String: Float], stopWords: Set<String>) {
        self.zipf = zipf
        self.stopWords = stopWords
    }

    /// The Zipf value of a normalised word, or `nil` when the word is not in the list
    /// (rarer than the list's floor).
    public func zipf(of word: String) -> Float? { zipf[word] }

    /// Whether the list knows the word at all.
    public func contains(_ word: String) -> Bool { zipf[word] != nil }

    public var count: Int { zipf.count }

    static func load(directory: DictionaryDirectory) throws(DictionaryFileError) -> FrequencyList {
        let listURL = directory.file("frequentie/woordfrequentie.tsv")
        guard let data = FileManager.default.contents(atPath: listURL.path) else {
            throw .unreadable(path: listURL.path)
        }
        var table: [String: Float] = [:]
        table.reserveCapacity(data.count / 12)
        // A hand-written parser: this file has over 100,000 lines and loads at every start.
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineStart = 0
            var headerSeen = false
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                guard lineEnd > lineStart, bytes[lineStart] != 0x23 else { continue }  // empty or comment
                guard headerSeen else {
                    headerSeen = true
                    continue
                }
                var tab = lineStart
                while tab < lineEnd, bytes[tab] != 0x09 { tab += 1 }
                guard tab < lineEnd else { continue }
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<tab]), as: UTF8.self)
                var value: Float = 0
                var fraction: Float = 0
                var divisor: Float = 1
                for index in (tab + 1)..<lineEnd {
                    let byte = bytes[index]
                    if byte == 0x2E {
                        fraction = 1
                    } else if byte >= 0x30 && byte <= 0x39 {
                        if fraction > 0 {
                            divisor *= 10
                            value += Float(byte - 0x30) / divisor
                        } else {
                            value = value * 10 + Float(byte - 0x30)
                        }
                    }
                }
                table[word] = value
            }
        }
        var stopWords: Set<String> = []
        let stopURL = directory.file("frequentie/stoplijst.txt")
        if let text = try? String(contentsOf: stopURL, encoding: .utf8) {
            for line in text.split(separator: "\n") {
                let word = String(line.trimmedSpaces)
                if !word.isEmpty, !word.hasPrefix("#") { stopWords.insert(WordNormalizer.normalize(word)) }
            }
        }
        return FrequencyList(zipf: table, stopWords: stopWords)
    }
}
