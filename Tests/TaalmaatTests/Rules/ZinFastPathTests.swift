import Foundation
import Testing
import TaalmaatText
@testable import Taalmaat

/// The fast paths of the sentence rules (bytes, bits and interner entries instead of
/// strings and tokens) must answer as the plain versions they stand in for, on the
/// fixture letters and on a text with unusual characters.
@Suite struct ZinFastPathTests {
    static let checker = try! Checker(cachesSentences: false)
    static var settings: CheckSettings { checker.settings }

    static let oddText = """
        ÉÉN Grote, nieuwe; snelle en lieve gemeente… Het niet meewerken aan de hulp, zo’n “GROTE” zorg – of niet!
        De brave kinderen zijn door ons bekeken, omdat de GGD het wilde; het nakomen van afspraken is belangrijk!?
        Café´s en/of 1:255 ruimte: de boze buurman heeft op 12 maart na een lang gesprek met u en uw man besloten.
        Wij zullen de afspraken over school , sport en de avonden thuis in het volgende gesprek samen met u bespreken.
        Straße ﬁne Ǆ ȷe Ωhm Kelvin\u{212A} e ee ie abe xyze aaae brave boze café\u{301}e grote\u{301} ；
        """

    /// Every sentence of the fixture letters and of ``oddText``, over shared columns
    /// (made for each test: contexts are not `Sendable`).
    static var contexts: [SentenceContext] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/brieven")
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        let letters = files.filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
            .compactMap { try? String(contentsOf: $0, encoding: .utf8) }
        var contexts: [SentenceContext] = []
        let interner = WordInterner(resources: settings.resources)
        for text in letters + [oddText] {
            let document = Document(text, lexicon: settings.resources.tokenizerLexicon)
            let columns = DocumentWords(document: document, sentences: document.sentences.indices, interner: interner)
            for index in document.sentences.indices {
                contexts.append(SentenceContext(sentenceIndex: index, settings: settings, columns: columns, reusing: nil))
            }
        }
        return contexts
    }

    @Test func theTextsAreThere() {
        #expect(Self.contexts.count > 200)
    }

    @Test func inflectedAdjectivesOnBytesAnswerAsOnCharacters() {
        let frequencies = Self.settings.resources.frequencies
        var words = Set(Self.contexts.flatMap { Array($0.words) })
        words.formUnion([
            "grote", "nieuwe", "snelle", "lieve", "boze", "brave", "gemeente", "ruimte", "e", "ee", "ie", "abe", "xyze",
            "aaae", "rode", "dure", "witte", "lange", "korte", "vrije", "blije", "Grote", "GROTE", "gro te", "a\r\ne",
        ])
        var asked = 0
        for word in words {
            guard let fast = ZinGrammar.asciiInflectedAdjective(word, frequencies: frequencies) else { continue }
            asked += 1
            #expect(fast == ZinGrammar.characterInflectedAdjective(word, frequencies: frequencies), "\(word)")
        }
        #expect(asked > 500)
        #expect(ZinGrammar.isInflectedAdjective("grote", frequencies: frequencies))
        #expect(!ZinGrammar.isInflectedAdjective("gemeente", frequencies: frequencies))
    }

    @Test func wordCountsFromEntriesMatchTheTokenKinds() {
        for sentence in Self.contexts {
            var words = 0
            for position in 0..<sentence.count {
                #expect(ZinGrammar.countsAsWord(sentence, position) == sentence.kind(position).countsAsWord)
                if sentence.kind(position).countsAsWord { words += 1 }
            }
            #expect(ZinGrammar.wordCount(in: 0..<sentence.count, of: sentence) == words)
            #expect(ZinGrammar.wordsBetween(sentence, -1, sentence.count) == sentence.wordCount)
        }
    }

    @Test func nextPositionFindsEveryPositionOfTheClasses() {
        let classes: [WordClass] = [.determiner, .negation, [.hebben, .zijn, .worden, .modal, .subordinator], .preposition]
        for sentence in Self.contexts {
            for wordClass in classes {
                var found: [Int] = []
                var from = 0
                while let position = ZinGrammar.nextPosition(in: sentence, from: from, withAnyOf: wordClass) {
                    found.append(position)
                    from = position + 1
                }
                #expect(found == (0..<sentence.count).filter { !sentence.classes[$0].isDisjoint(with: wordClass) })
            }
        }
    }

    @Test func messagesFromBytesMatchTheJoinedText() {
        for sentence in Self.contexts where sentence.count > 0 {
            for range in [sentence.range(0), sentence.range(0...(sentence.count - 1)), sentence.range(sentence.count / 2)] {
                let text = sentence.document.text(of: range)
                #expect(ZinGrammar.message("Lijdende vorm: '", range, "'", in: sentence) == TextJoin.join("Lijdende vorm: '", text, "'"))
                #expect(
                    ZinGrammar.message("A '", range, "' b '", "één", "'.", in: sentence)
                        == TextJoin.join("A '", text, "' b '", "één", "'."))
            }
        }
    }

    /// The split point as the rule found it before: every position, the closest to the
    /// middle kept.
    static func scannedSplitPoint(_ sentence: SentenceContext) -> Int? {
        let middle = sentence.count / 2
        var best: Int?
        for position in 1..<sentence.count where position > 2 && position < sentence.count - 3 {
            let word = sentence.word(position)
            guard !word.isEmpty else { continue }
            let classes = sentence.classes[position]
            let joins = classes.contains(.coordinator) || (classes.contains(.subordinator) && ZinLang.joiningWords.contains(word))
            guard joins || sentence.isMark(position - 1, 0x2C) || sentence.isMark(position - 1, 0x3B) else { continue }
            if best.map({ abs($0 - middle) > abs(position - middle) }) ?? true { best = position }
        }
        return best
    }

    @Test func splitPointFromTheMiddleIsTheScannedOne() {
        var found = 0
        for sentence in Self.contexts where sentence.count > 0 {
            let split = ZinLang().splitPoint(in: sentence)
            #expect(split == Self.scannedSplitPoint(sentence))
            if split != nil { found += 1 }
        }
        #expect(found > 20)
    }

    @Test func passiveBitsMatchThePositions() {
        for sentence in Self.contexts {
            let facts = ZinLijdend.Facts(sentence)
            let participleForms = (0..<sentence.count).filter { sentence.verbForms($0).contains(.participle) }
            #expect(facts.mayHaveParticiple == !participleForms.isEmpty)
            guard let bits = facts.bits else {
                #expect(sentence.count > 64)
                continue
            }
            for position in 0..<sentence.count {
                let bit: UInt64 = 1 << UInt64(position)
                let classes = sentence.classes[position]
                #expect((bits.participleForms & bit != 0) == sentence.verbForms(position).contains(.participle))
                #expect((bits.auxiliaries & bit != 0) == !classes.isDisjoint(with: [.worden, .zijn]))
                #expect((bits.hebben & bit != 0) == classes.contains(.hebben))
                // Every position where a clause can be cut has its bit.
                if sentence.kind(position) == .punctuation || !classes.isDisjoint(with: [.subordinator, .coordinator]) {
                    #expect(bits.mayCut & bit != 0)
                }
            }
        }
    }

    @Test func clausesWithCutBitsAreTheClauses() {
        for sentence in Self.contexts where sentence.count <= 64 {
            var withBits = ZinGrammar.clauses(sentence)
            withBits.mayCut = ZinLijdend.Facts(sentence).bits?.mayCut
            #expect(Array(withBits) == Array(ZinGrammar.clauses(sentence)))
        }
    }

    @Test func clauseBreaksOnBytesMatchTheMarks() {
        for sentence in Self.contexts {
            for position in 0..<sentence.count {
                let marked = sentence.kind(position) == .punctuation && ToonGrammatica.clauseMarks.contains(sentence.text(position))
                #expect(ToonGrammatica.isBreak(sentence, position) == marked, "\(sentence.text(position))")
            }
        }
    }

    @Test func capitalsCountTheirCharacters() {
        for sentence in Self.contexts {
            for position in 0..<sentence.count {
                let word = sentence.word(position)
                #expect(ToonHoofdletters.characterCount(word) == word.count, "\(word)")
                #expect(ToonHoofdletters.hasThreeCharacters(position, in: sentence) == (sentence.text(position).count >= 3))
            }
        }
        for word in ["a\r\nb", "ÉÉN", "e\u{301}", "ﬁ", "NIET"] {
            #expect(ToonHoofdletters.characterCount(word) == word.count, "\(word)")
        }
    }

    @Test func anExclamationMarkNeedsItsByte() {
        var with = 0
        for sentence in Self.contexts {
            let marked = (0..<sentence.count).contains { sentence.text($0).contains("!") }
            if marked {
                with += 1
                #expect(ToonUitroepteken.hasExclamationByte(sentence))
            }
        }
        #expect(with >= 2)
    }
}
