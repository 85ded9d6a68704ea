import Foundation
import Testing
@testable import TaalmaatText

/// For any input, the tokenizer and splitter must not crash, tokens must cover the
/// text without gaps or overlaps, blocks and sentences must nest properly, and every
/// token boundary must survive a round trip through all three coordinate systems.
@Suite struct PropertyTests {
    static let lexicon = try! TokenizerLexicon.bundled(in: DictionaryDirectory.locate())

    /// A small deterministic random generator (SplitMix64), so failures reproduce.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Pieces that stress the tokenizer: Dutch edge cases, markup, emoji, controls.
    static let pieces: [String] = [
        "de", "het", "Beste Sanne,", "d.d.", "m.b.t.", "J. de Vries", "A.B.", "€ 2.550", "€ 850,-", "2.550 euro",
        "12-03-2025", "12 maart 2025", "ma 3 feb", "09.00 uur", "9:30", "12,5%", "'s avonds", "zo'n", "auto's",
        "baby’s", "e-mail", "jeugd- en", "en/of", "één", "ruïne", "coo\u{308}rdinatie", "1. Echter:", "- punt", "•",
        "...", "…", "„", "“", "”", "‘", "’", "\"", "'", "(", ")", "[NAAM]", "{{naam}}", "{naam", "<<x>>", "«Naam»",
        "$x$", "%y%", "https://www.voorbeeld.nl/a?b=c", "www.x.nl", "info@voorbeeld.nl", "06-12345678",
        "+31 (0)20 123 4567", "<p>", "</p>", "<!--", "-->", "<br>", "&amp;", "&nbsp;", "# ", "**", "`code`", "```",
        "👩‍👩‍👧", "👍🏽", "🇳🇱", "中文", "שלום", "\u{0}", "\u{7}", "\u{1b}", "\u{feff}", "\u{200b}", "\u{a0}", "\u{2028}",
        " ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\r\n\r\n", ".", ",", "!", "?", "?!", ":", ";", "-", "–",
        "Met vriendelijke groet,", "Geachte heer/mevrouw,", "ACHTERNAAM", "xxx", "…..", "3e", "21ste", "A4-tje",
    ]

    static func randomText(_ generator: inout SeededGenerator, length: Int) -> String {
        var text = ""
        for _ in 0..<length {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0..<6:
                text += pieces.randomElement(using: &generator)!
            case 6..<8:
                text += " "
            default:
                // A random scalar from anywhere in Unicode (valid scalars only).
                let value = UInt32.random(in: 0...0x10FFFF, using: &generator)
                if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
            }
        }
        return text
    }

    static func checkInvariants(_ document: Document, sampleEvery: Int = 1) {
        let source = document.source
        let tokens = document.tokens
        if source.count == 0 {
            #expect(tokens.isEmpty)
            return
        }
        #expect(tokens.first?.start == 0)
        #expect(tokens.last?.end == source.count)
        for index in tokens.indices {
            let token = tokens[index]
            #expect(token.length > 0, "empty token at \(token.start)")
            if index + 1 < tokens.count {
                #expect(token.end == tokens[index + 1].start, "gap or overlap after token \(index)")
            }
            #expect(token.start == source.count || source.utf8[token.start] & 0xC0 != 0x80, "token starts inside a scalar")
        }
        // Round trips through every coordinate system.
        for index in stride(from: 0, to: tokens.count, by: sampleEvery) {
            for offset in [tokens[index].start, tokens[index].end] {
                let location = source.location(at: offset)
                #expect(source.offset(line: location.line, column: location.utf16Column, unit: .utf16) == offset)
                #expect(source.offset(line: location.line, column: location.scalarColumn, unit: .unicodeScalar) == offset)
                #expect(source.offset(line: location.line, column: location.utf8Column, unit: .utf8) == offset)
            }
            let span = source.span(of: tokens[index].range)
            #expect(span.range == tokens[index].range)
        }
        // Blocks cover the tokens in order; sentences lie inside their block.
        #expect(document.blocks.first?.tokenRange.lowerBound == 0)
        #expect(document.blocks.last?.tokenRange.upperBound == tokens.count)
        for (index, block) in document.blocks.enumerated() {
            if index + 1 < document.blocks.count {
                #expect(block.tokenRange.upperBound == document.blocks[index + 1].tokenRange.lowerBound)
            }
            for sentence in document.sentences[block.sentenceRange] {
                #expect(block.tokenRange.contains(sentence.tokenRange.lowerBound))
                #expect(sentence.tokenRange.upperBound <= block.tokenRange.upperBound)
            }
        }
        var previousEnd = 0
        for sentence in document.sentences {
            #expect(sentence.range.start >= previousEnd, "sentences overlap")
            #expect(sentence.range.start == tokens[sentence.tokenRange.lowerBound].start)
            #expect(sentence.range.end == tokens[sentence.tokenRange.upperBound - 1].end)
            previousEnd = sentence.range.end
        }
    }

    @Test(arguments: TextFormat.allCases)
    func randomTextsKeepAllInvariants(_ format: TextFormat) {
        var generator = SeededGenerator(state: 0x7A41_1AA7 &+ UInt64(format.hashValue & 0xFF))
        for _ in 0..<150 {
            let text = Self.randomText(&generator, length: Int.random(in: 0..<120, using: &generator))
            let document = Document(text, lexicon: Self.lexicon, options: TokenizerOptions(format: format))
            Self.checkInvariants(document)
        }
    }

    /// The span cursor (findings in order of position) counts only from the previous
    /// position on the line; it must give exactly what ``SourceText/span(of:)`` gives,
    /// also for ranges across lines, on line breaks and in astral characters.
    @Test(arguments: 0..<20)
    func spanCursorAgreesWithSpan(seed: Int) {
        var generator = SeededGenerator(state: UInt64(seed) &+ 77)
        let source = SourceText(Self.randomText(&generator, length: 400) + "\n" + String(repeating: "é😀x", count: 300))
        var offsets = (0..<120).map { _ in Int.random(in: 0...source.count, using: &generator) }
        offsets.sort()
        var cursor = SourceText.SpanCursor(source)
        for start in offsets {
            let end = min(source.count, start + Int.random(in: 0...90, using: &generator))
            let range = TextRange(start: start, end: end)
            #expect(cursor.span(of: range) == source.span(of: range), "range \(start)..<\(end)")
        }
    }

    /// A text of short and long lines full of multi-byte and astral characters, so
    /// the word-at-a-time counting meets every byte kind at every position.
    static func mixedLines(_ generator: inout SeededGenerator) -> SourceText {
        let pieces = ["a", "é", "😀", "中", "\u{308}", " ", "\n", "\r\n", "\r", "\n\n", "abcdefghij", "👩‍👩‍👧"]
        var text = ""
        for _ in 0..<600 {
            text += pieces.randomElement(using: &generator)!
        }
        // One line longer than the prefix table's blocks.
        text += "\n" + String(repeating: "ab😀cdé", count: 400)
        return SourceText(text)
    }

    @Test(arguments: 0..<10)
    func unitCountsAndASCIITestAgreeWithAByteLoop(seed: Int) {
        var generator = SeededGenerator(state: UInt64(seed) &+ 1_000)
        let source = Self.mixedLines(&generator)
        let bytes = source.utf8
        for _ in 0..<400 {
            let from = Int.random(in: 0...bytes.count, using: &generator)
            let to = min(bytes.count, from + Int.random(in: 0...40, using: &generator))
            var scalars = 0
            var utf16 = 0
            for byte in bytes[from..<to] where byte & 0xC0 != 0x80 {
                scalars += 1
                utf16 += byte >= 0xF0 ? 2 : 1
            }
            let counts = UnitPrefixTable.count(bytes, from: from, to: to)
            #expect(counts.scalars == scalars && counts.utf16 == utf16, "\(from)..<\(to)")
            let range = TextRange(start: from, end: to)
            #expect(source.isASCII(range) == bytes[from..<to].allSatisfy { $0 < 0x80 }, "\(from)..<\(to)")
        }
    }

    /// A position counted from any earlier anchor, on its line or many lines before,
    /// is the position counted from the start of the text.
    @Test(arguments: 0..<10)
    func locationAfterAnAnchorAgreesWithLocation(seed: Int) {
        var generator = SeededGenerator(state: UInt64(seed) &+ 2_000)
        let source = Self.mixedLines(&generator)
        for _ in 0..<400 {
            let first = Int.random(in: 0...source.count, using: &generator)
            let distance = Int.random(in: 0...3, using: &generator) == 0 ? source.count : 60
            let second = min(source.count, first + Int.random(in: 0...distance, using: &generator))
            let anchor = source.location(at: first)
            #expect(source.location(at: second, after: anchor) == source.location(at: second), "\(first) → \(second)")
            // Going back is allowed too: then the anchor is of no use.
            #expect(source.location(at: first, after: source.location(at: second)) == anchor)
        }
    }

    @Test func invalidUTF8IsRejectedWithItsPositionOrRepaired() throws {
        var generator = SeededGenerator(state: 42)
        for _ in 0..<200 {
            var bytes = Array(Self.randomText(&generator, length: 30).utf8)
            for _ in 0..<3 {
                let position = Int.random(in: 0...bytes.count, using: &generator)
                bytes.insert(UInt8.random(in: 0x80...0xFF, using: &generator), at: position)
            }
            do {
                let source = try SourceText(decoding: bytes)
                // Inserted bytes happened to form valid UTF-8 (and no NUL).
                #expect(String(validating: source.utf8, as: UTF8.self) != nil)
            } catch .invalidUTF8(let offset, let line) {
                #expect(String(validating: bytes[..<offset], as: UTF8.self) != nil || bytes[..<offset].contains(0))
                #expect(line >= 1)
            } catch .binaryContent(let offset) {
                #expect(bytes[offset] == 0)
            }
            let repaired = SourceText(repairing: bytes)
            Self.checkInvariants(Document(source: repaired, tokenizer: Tokenizer(lexicon: Self.lexicon)))
        }
    }

    @Test func byteOrderMarkIsRemovedAndRemembered() throws {
        let source = try SourceText(decoding: [0xEF, 0xBB, 0xBF] + Array("Beste Sanne,".utf8))
        #expect(source.hadByteOrderMark)
        #expect(source.string == "Beste Sanne,")
        #expect(source.location(at: 0).utf16Column == 0)
    }

    @Test func lineEndingsAreCountedLikeTheLanguageServerProtocol() {
        let source = SourceText("een\r\ntwee\ndrie\rvier")
        #expect(source.lineCount == 4)
        #expect(source.lineTerminator == .crlf || source.lineTerminator == .lf)
        #expect(source.location(at: 5).line == 1)  // "twee" starts after \r\n
        #expect(source.location(at: 15).line == 3)  // "vier" starts after a lone \r
        #expect(source.offset(line: 1, column: 99, unit: .utf16) == 9)  // clamps to the end of "twee"
        #expect(source.offset(line: 9, column: 0, unit: .utf16) == source.count)
    }

    @Test func astralCharactersCountTwiceInUTF16() {
        let source = SourceText("a👍🏽b")
        let location = source.location(at: source.count - 1)
        #expect(location.scalarColumn == 3)
        #expect(location.utf16Column == 5)
        #expect(source.offset(line: 0, column: 2, unit: .utf16) == 1)  // inside the surrogate pair: start of 👍
    }

    @Test func aOneMegabyteLineStaysCorrectAndFast() {
        var generator = SeededGenerator(state: 7)
        var text = ""
        while text.utf8.count < 1_000_000 {
            let piece = Self.randomText(&generator, length: 50).unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }
            text.unicodeScalars.append(contentsOf: piece)
        }
        let document = Document(text, lexicon: Self.lexicon)
        #expect(document.source.lineCount == 1)
        Self.checkInvariants(document, sampleEvery: 37)
    }
}
