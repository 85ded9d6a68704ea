import Foundation

/// Liang's hyphenation algorithm over a libhyphen (`hyph_xx.dic`) pattern file. Only the
/// syllable-accuracy test uses it, as an independent reference for `DutchSyllables`.
///
/// File format, as libhyphen reads it:
/// - The first line names the character set (`ISO8859-1` or `UTF-8`).
/// - Lines starting with `%` or `#` are comments.
/// - `LEFTHYPHENMIN n`, `RIGHTHYPHENMIN n`, `COMPOUNDLEFTHYPHENMIN n` and
///   `COMPOUNDRIGHTHYPHENMIN n` set the minimum number of characters before the first
///   and after the last break, of the whole word and of the parts of a compound.
/// - `NOHYPHEN a,b` lists strings next to which no break is allowed.
/// - `NEXTLEVEL` ends the first (compound) level. Its breaks split the word into parts,
///   which the second level hyphenates. A file without `NEXTLEVEL` gets libhyphen's
///   built-in first level: break at `-` and `'`, never right next to them.
/// - A pattern such as `.aan5` or `a4a4` is letters with digits between them; an odd
///   digit allows a break at that place, an even one forbids it, the highest digit wins.
///   Non-standard patterns (`ab1cd/ef=gh,2,2`) only change the spelling around a break;
///   their digits are used and the replacement is ignored, because only the position of
///   the break matters for counting syllables.
struct LiangHyphenator: Sendable {
    enum LoadError: Error, CustomStringConvertible {
        case unreadable(String)
        case unsupportedCharset(String)
        case noPatterns(String)

        var description: String {
            switch self {
            case .unreadable(let path): "Cannot read hyphenation patterns at \(path)."
            case .unsupportedCharset(let name): "Unsupported character set '\(name)' in hyphenation file."
            case .noPatterns(let path): "No hyphenation patterns found in \(path)."
            }
        }
    }

    /// Minimum part lengths, in characters. `nil` means "not set in the file".
    struct Minimums: Sendable, Equatable {
        var left: Int?
        var right: Int?
        var compoundLeft: Int?
        var compoundRight: Int?
    }

    private struct Level: Sendable {
        var trie = PatternTrie()
        var noHyphen: [[UInt32]] = []
    }

    /// Minimums as written in the file (libhyphen keeps them per level; like libhyphen's
    /// main entry point, only the first level's values are used).
    let fileMinimums: Minimums
    private let compoundLevel: Level
    private let wordLevel: Level
    let patternCount: Int

    init(contentsOfFile path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw LoadError.unreadable(path) }
        try self.init(data: data, origin: path)
    }

    init(data: Data, origin: String = "<data>") throws {
        let bytes = [UInt8](data)
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line -> ArraySlice<UInt8> in
            var line = line
            while let last = line.last, last == 0x0D || last == 0x20 || last == 0x09 { line = line.dropLast() }
            return line
        }
        guard !lines.isEmpty else { throw LoadError.noPatterns(origin) }
        let charset = String(decoding: lines.removeFirst(), as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let decode: (ArraySlice<UInt8>) -> [UInt32]
        switch charset.uppercased() {
        case "UTF-8", "UTF8":
            decode = { String(decoding: $0, as: UTF8.self).unicodeScalars.map(\.value) }
        case "ISO8859-1", "ISO-8859-1", "ISO8859-15", "ISO-8859-15":
            // Both are byte-per-character; their few differences (€, Š …) never occur in patterns.
            decode = { $0.map(UInt32.init) }
        default:
            throw LoadError.unsupportedCharset(charset)
        }

        var levels = [Level()]
        var minimums = [Minimums()]
        var count = 0
        for raw in lines {
            let line = decode(raw)
            guard let first = line.first, first != 0x25, first != 0x23 else { continue }  // % #
            let text = String(String.UnicodeScalarView(line.compactMap(Unicode.Scalar.init)))
            let fields = text.split(separator: " ", omittingEmptySubsequences: true)
            guard let keyword = fields.first else { continue }
            let argument = fields.count > 1 ? String(fields[1]) : ""
            switch keyword {
            case "NEXTLEVEL":
                levels.append(Level())
                minimums.append(Minimums())
                continue
            case "LEFTHYPHENMIN":
                minimums[minimums.count - 1].left = Int(argument)
                continue
            case "RIGHTHYPHENMIN":
                minimums[minimums.count - 1].right = Int(argument)
                continue
            case "COMPOUNDLEFTHYPHENMIN":
                minimums[minimums.count - 1].compoundLeft = Int(argument)
                continue
            case "COMPOUNDRIGHTHYPHENMIN":
                minimums[minimums.count - 1].compoundRight = Int(argument)
                continue
            case "NOHYPHEN":
                levels[levels.count - 1].noHyphen += argument.split(separator: ",").map {
                    $0.unicodeScalars.map(\.value)
                }
                continue
            default: break
            }
            // libhyphen reads only the first field of a pattern line.
            var pattern = Array(keyword.unicodeScalars.map(\.value))
            if let slash = pattern.firstIndex(of: 0x2F) { pattern = Array(pattern[..<slash]) }
            if levels[levels.count - 1].trie.insert(pattern: pattern) { count += 1 }
        }
        guard count > 0 else { throw LoadError.noPatterns(origin) }

        if levels.count == 1 {
            // libhyphen's built-in outer level for files without NEXTLEVEL.
            var outer = Level()
            outer.noHyphen = [[0x27], [0x2D], [0x2013], [0x2019]]
            for mark: UInt32 in [0x2D, 0x27, 0x2013, 0x2019] { _ = outer.trie.insert(pattern: [0x31, mark, 0x31]) }
            compoundLevel = outer
            wordLevel = levels[0]
        } else {
            compoundLevel = levels[0]
            wordLevel = levels[1]
        }
        fileMinimums = minimums[0]
        patternCount = count
    }

    /// Break positions in `word`: each value `i` means a break between character `i - 1`
    /// and character `i` (counted in Unicode scalars of the lowercased word).
    ///
    /// `left` and `right` override the word minimums (libhyphen's default is 2 when the
    /// file sets none); parts of a compound use the compound minimums, default 0, as in
    /// libhyphen. Breaks at explicit hyphens and apostrophes are not reported.
    func breaks(in word: String, left: Int? = nil, right: Int? = nil) -> [Int] {
        let text = word.lowercased().unicodeScalars.map(\.value)
        guard !text.isEmpty else { return [] }
        let leftMin = left ?? fileMinimums.left ?? 2
        let rightMin = right ?? fileMinimums.right ?? 2
        let compoundLeft = fileMinimums.compoundLeft ?? 0
        let compoundRight = fileMinimums.compoundRight ?? 0

        // Outer level: where the word splits into parts.
        let outer = compoundLevel.trie.values(for: text)
        var partStarts = [0]
        for i in 1..<text.count where outer[i] & 1 == 1 { partStarts.append(i) }
        partStarts.append(text.count)

        // Breaks between parts are breaks too, unless NOHYPHEN removes them below.
        var result = Array(partStarts.dropFirst().dropLast())
        for p in 0..<(partStarts.count - 1) {
            let start = partStarts[p]
            let end = partStarts[p + 1]
            guard end > start else { continue }
            let part = Array(text[start..<end])
            let inner = wordLevel.trie.values(for: part)
            let lMin = start == 0 ? leftMin : compoundLeft
            let rMin = end == text.count ? rightMin : compoundRight
            for i in 1..<part.count where inner[i] & 1 == 1 {
                if i >= lMin && part.count - i >= rMin { result.append(start + i) }
            }
        }
        // As in libhyphen, the outermost level's NOHYPHEN list applies to the final result.
        var flags = [UInt8](repeating: 0, count: text.count + 1)
        for position in result { flags[position] = 1 }
        suppress(compoundLevel.noHyphen, in: text, values: &flags)
        return result.filter { flags[$0] & 1 == 1 }.sorted()
    }

    /// Clears the break values directly before and directly after each occurrence.
    private func suppress(_ strings: [[UInt32]], in text: [UInt32], values: inout [UInt8]) {
        for needle in strings where !needle.isEmpty && needle.count <= text.count {
            for start in 0...(text.count - needle.count)
            where text[start..<(start + needle.count)].elementsEqual(needle) {
                values[start] = 0
                values[start + needle.count] = 0
            }
        }
    }
}

/// Patterns stored as a trie over Unicode scalars; `.` marks a word edge.
private struct PatternTrie: Sendable {
    private var children: [[UInt32: Int32]] = [[:]]
    /// Per node: the digits of the pattern that ends there (letters + 1 values), if any.
    private var digits: [[UInt8]?] = [nil]

    /// Adds one pattern line such as `.aan5`; returns false when it holds no letters.
    mutating func insert(pattern: [UInt32]) -> Bool {
        var letters: [UInt32] = []
        var values: [UInt8] = [0]
        for scalar in pattern {
            if scalar >= 0x30 && scalar <= 0x39 {
                values[values.count - 1] = UInt8(scalar - 0x30)
            } else {
                letters.append(scalar)
                values.append(0)
            }
        }
        guard !letters.isEmpty else { return false }
        var node = 0
        for letter in letters {
            if let next = children[node][letter] {
                node = Int(next)
            } else {
                children.append([:])
                digits.append(nil)
                children[node][letter] = Int32(children.count - 1)
                node = children.count - 1
            }
        }
        digits[node] = values
        return true
    }

    /// Liang's rule: for every pattern that matches anywhere in `.text.`, take the
    /// maximum digit at each inter-letter position. Index `i` of the result is the value
    /// between `text[i - 1]` and `text[i]`.
    func values(for text: [UInt32]) -> [UInt8] {
        let padded = [0x2E] + text.map { $0 >= 0x30 && $0 <= 0x39 ? 0x2E : $0 } + [0x2E]
        // Index j of `levels` is the value between padded[j - 1] and padded[j].
        var levels = [UInt8](repeating: 0, count: padded.count + 1)
        for start in 0..<padded.count {
            var node = 0
            var position = start
            while position < padded.count, let next = children[node][padded[position]] {
                node = Int(next)
                position += 1
                if let values = digits[node] {
                    for (k, value) in values.enumerated() where levels[start + k] < value {
                        levels[start + k] = value
                    }
                }
            }
        }
        // padded[1] is text[0], so text position i sits at padded position i + 1.
        return Array(levels[1...(text.count + 1)])
    }
}
