import Foundation
import Testing
@testable import TaalmaatText

/// Each text in `Fixtures/tekst/` has an expected outline (`.verwacht`) of its
/// blocks, sentences and tokens. Set TAALMAAT_UPDATE_GOLDEN=1 to write new expected
/// files after a deliberate change, then review the diff.
@Suite struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/tekst")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { !$0.hasSuffix(".verwacht") }.sorted()
    }

    @Test func thereAreFixtures() {
        #expect(Self.inputs.count >= 10)
    }

    @Test(arguments: inputs)
    func outlineMatchesExpected(_ name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        let bytes = try [UInt8](Data(contentsOf: url))
        let source = try SourceText(decoding: bytes)
        let lexicon = try TokenizerLexicon.bundled(in: DictionaryDirectory.locate())
        let format = TextFormat(pathExtension: url.pathExtension)
        let document = Document(source: source, tokenizer: Tokenizer(lexicon: lexicon, options: TokenizerOptions(format: format)))
        let outline = document.outline()
        let expectedURL = url.appendingPathExtension("verwacht")
        if ProcessInfo.processInfo.environment["TAALMAAT_UPDATE_GOLDEN"] == "1" {
            try outline.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(outline == expected, "outline of \(name) differs from \(expectedURL.lastPathComponent)")
    }
}
