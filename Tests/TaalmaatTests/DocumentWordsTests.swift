import Foundation
import Testing
import TaalmaatText
@testable import Taalmaat

/// Sentence contexts over the check's shared columns must read exactly what a
/// context built for its sentence alone reads; and a rule's ``SentenceFilter`` may
/// only skip sentences in which the rule finds nothing.
@Suite struct DocumentWordsTests {
    static let checker = try! Checker(cachesSentences: false)
    static var settings: CheckSettings { checker.settings }

    static let mixedText = """
        Geachte heer / mevrouw,

        Indien u niet betaalt, zien wij ons genoodzaakt maatregelen te nemen! Wij lichten u in \
        over de OTS. Zij zei: "ik wil dat niet". Wordt het besluit op 12-03-2026 genomen?

        - Bel [naam] op 06-12345678.
        - Mail naar info@voorbeeld.nl.

        Met vriendelijke groet, Jeugdbescherming West
        """

    static var letters: [String] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/brieven")
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
            .compactMap { try? String(contentsOf: $0, encoding: .utf8) }
    }

    @Test func sharedColumnsReadWhatALoneContextReads() {
        let document = Document(Self.mixedText, lexicon: Self.settings.resources.tokenizerLexicon)
        let interner = WordInterner(resources: Self.settings.resources)
        let columns = DocumentWords(document: document, sentences: document.sentences.indices, interner: interner)
        #expect(document.sentences.count > 4)
        for index in document.sentences.indices {
            let shared = SentenceContext(sentenceIndex: index, settings: Self.settings, columns: columns, reusing: nil)
            let alone = SentenceContext(document: document, sentenceIndex: index, settings: Self.settings)
            #expect(Array(shared.tokens) == Array(alone.tokens))
            #expect(Array(shared.words) == Array(alone.words))
            #expect(Array(shared.classes) == Array(alone.classes))
            #expect(shared.matches == alone.matches)
            #expect(shared.classUnion == alone.classUnion && shared.flagUnion == alone.flagUnion)
            #expect(shared.wordCount == alone.wordCount)
            #expect(shared.wordCount == shared.tokens.filter { document.tokens[$0].kind.countsAsWord }.count)
            for position in 0..<shared.count {
                // Punctuation has no word number; a word's number gives back its word.
                if let number = shared.wordNumber(position) {
                    #expect(interner.word(number) == shared.word(position))
                } else {
                    #expect(!shared.kind(position).countsAsWord)
                }
            }
        }
        // The slash is a word for patterns, other punctuation is empty.
        let first = SentenceContext(sentenceIndex: 0, settings: Self.settings, columns: columns, reusing: nil)
        #expect(first.words.contains("/"))
        #expect(first.words.contains(""))
    }

    @Test func filtersOnlySkipSentencesWithoutFindings() throws {
        let settings = Self.settings
        let filtered = settings.sentenceFilters.indices.filter { !settings.sentenceFilters[$0].isEverySentence }
        #expect(filtered.count >= 10, "declarative rules and several Swift rules declare a filter")
        var skipped = 0
        for text in Self.letters + [Self.mixedText] {
            let document = Document(text, lexicon: settings.resources.tokenizerLexicon)
            for index in document.sentences.indices {
                let sentence = SentenceContext(document: document, sentenceIndex: index, settings: settings)
                // The engine tests all filters at once: the same answer as each filter.
                let admitted = try #require(settings.sentenceGates.admitted(sentence))
                for item in settings.sentenceFilters.indices {
                    #expect((admitted & (1 << UInt64(item)) != 0) == settings.sentenceFilters[item].admits(sentence))
                }
                for item in filtered where !settings.sentenceFilters[item].admits(sentence) {
                    var found: [FindingDraft] = []
                    settings.sentenceRules[item].check(sentence, into: &found)
                    #expect(found.isEmpty, "rule \(settings.sentenceRuleIndices[item]) found something in a skipped sentence")
                    skipped += 1
                }
            }
        }
        #expect(skipped > 100)
        #expect(Self.letters.count >= 24)
    }
}
