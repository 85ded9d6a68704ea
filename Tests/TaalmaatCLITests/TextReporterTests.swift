import Testing

@testable import TaalmaatReporters

/// The underline in the text output stands under the marked words, also after an
/// emoji (two terminal columns) or an accent written as a separate mark (none).
@Suite struct TextReporterTests {
    func underline(_ line: String, from start: Int, to end: Int) -> (start: Int, width: Int) {
        TextReporter.terminalColumns(of: TextReporter.window(line: line, from: start, to: end))
    }

    @Test func plainTextCountsOneColumnPerLetter() {
        // "Indien" is scalars 4..<10 of "Wij Indien".
        #expect(underline("Wij Indien", from: 4, to: 10) == (4, 6))
    }

    @Test func anEmojiBeforeTheWordTakesTwoColumns() {
        // "🙂 Indien u": the emoji is one scalar but two columns wide.
        #expect(underline("🙂 Indien u", from: 2, to: 8) == (3, 6))
    }

    @Test func aSeparateAccentTakesNoColumn() {
        // "e\u{301}e\u{301}n keer": NFD "één" is five scalars, three columns.
        #expect(underline("e\u{301}e\u{301}n keer", from: 6, to: 10) == (4, 4))
    }

    @Test func columnWidths() {
        #expect(TextReporter.columns(of: "a") == 1)
        #expect(TextReporter.columns(of: "🙂") == 2)
        #expect(TextReporter.columns(of: "中") == 2)
        #expect(TextReporter.columns(of: "\u{301}") == 0)
        #expect(TextReporter.columns(of: "\u{200D}") == 0)
        #expect(TextReporter.columns(of: "\u{FE0F}") == 0)
    }
}
