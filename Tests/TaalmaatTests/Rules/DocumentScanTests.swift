import Foundation
import Testing
import TaalmaatText
@testable import Taalmaat

/// The document rules skip sentences on a scan of their bytes (``ByteScan``) or on the
/// check's columns. These tests hold the fast paths to the slow ones: a scan finds
/// every place a byte-by-byte loop finds, and a rule finds the same with the columns
/// (scans, summaries) as without them (a walk over every token).
@Suite struct DocumentScanTests {
    static let checker = try! Checker(cachesSentences: false)
    static var settings: CheckSettings { checker.settings }

    // MARK: - Scans against loops

    /// Bytes that hit the scans' edges: capitals after letters, spaces and marks, the
    /// starts of *artikel* and *binnen* in any case, and non-ASCII bytes.
    static func randomBytes(_ count: Int, using generator: inout some RandomNumberGenerator) -> [UInt8] {
        let alphabet: [UInt8] = Array("aArRtTbBiInNuUeE  -'(.\n\tzZ@[`{".utf8) + [0x80, 0xC3, 0xA9, 0xE2, 0x80, 0x9C, 0x7F, 0x00, 0xFF]
        return (0..<count).map { _ in alphabet.randomElement(using: &generator)! }
    }

    static func slowInnerCapital(_ bytes: [UInt8], from start: Int) -> Int {
        var index = max(start, 1)
        while index < bytes.count {
            if bytes[index] >= 0x41, bytes[index] <= 0x5A, bytes[index - 1] > 0x20 { return index }
            index += 1
        }
        return bytes.count
    }

    static func slowStartOrNonASCII(_ bytes: [UInt8], from start: Int, words: [[UInt8]]) -> Int {
        var index = max(start, 0)
        while index < bytes.count {
            if bytes[index] >= 0x80 { return index }
            for word in words where index + 3 <= bytes.count {
                if (0..<3).allSatisfy({ bytes[index + $0] | 0x20 == word[$0] | 0x20 }) { return index }
            }
            index += 1
        }
        return bytes.count
    }

    @Test func scansFindWhatLoopsFind() throws {
        var generator = SystemRandomNumberGenerator()
        let wordSets: [[[UInt8]]] = [[Array("art".utf8)], [Array("binnen".utf8), Array("uiterlijk".utf8)], []]
        for _ in 0..<400 {
            let bytes = Self.randomBytes(Int.random(in: 0..<90, using: &generator), using: &generator)
            let start = Int.random(in: 0...max(0, bytes.count), using: &generator)
            bytes.withUnsafeBufferPointer { buffer in
                #expect(ByteScan.firstInnerCapital(in: buffer, from: start) == Self.slowInnerCapital(bytes, from: start))
                for words in wordSets {
                    let starts = try! #require(ByteScan.Starts(words: words))
                    #expect(
                        ByteScan.firstStartOrNonASCII(in: buffer, from: start, starts)
                            == Self.slowStartOrNonASCII(bytes, from: start, words: words))
                }
            }
        }
        #expect(ByteScan.Starts(words: [Array("u".utf8)]) == nil, "a word too short for a scan")
    }

    @Test func sentenceScanAnswersPerSentenceInAnyOrder() {
        let text = "Het gaat goed. De GGD komt. Wij bellen u. Zie artikel 3. Dat is alles. Ook ARTIKEL 4."
        let document = Document(text, lexicon: Self.settings.resources.tokenizerLexicon)
        let bytes = document.source.utf8
        var articles = BriefWetsartikel.articleProbe.scan
        let order = Array(document.sentences.indices) + Array(document.sentences.indices.reversed())
        for index in order {
            let range = document.sentences[index].range
            let text = document.text(of: range)
            #expect(articles.hasPlace(in: range, of: bytes) == text.lowercased().contains("artikel"))
        }
    }

    // MARK: - Rules with and without the columns

    /// Letters, plus texts made to reach the scans' paths: acronyms and abbreviations,
    /// law articles, deadlines, phone numbers, quotes and non-ASCII words.
    static var texts: [String] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/brieven")
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        let letters = files.filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
            .compactMap { try? String(contentsOf: $0, encoding: .utf8) }
        let made = [
            """
            Beste mevrouw Yılmaz,

            Op grond van artikel 1:255 BW en Art. 7, lid 2 van de Jeugdwet is de OTS verlengd. \
            De GI (gecertificeerde instelling) en de RvdK praten m.b.t. het MDO met het CJG. \
            Het OTS-verzoek ligt bij de SPH. “Het ARTIKEL staat er,” zei ze. Ook artíkel 5 telt niet.

            U kunt binnen 14 dagen na dagtekening bezwaar maken, uiterlijk 1 week voor het gesprek. \
            BINNEN zes weken hoort u meer. Zie ook jeugdgezondheidszorg (JGZ). De JGZ staat voor zorg.

            Ons adres is Kerkstraat 8, 1012 XK Amsterdam. Uw kenmerk is LP/2025/0317. Bel 06-12345678 \
            of mail naar info@voorbeeld.nl. U moet het formulier sturen. U dient te betalen. \
            Wilt u mij bellen? Bel mij dan.

            Met vriendelijke groet,

            Karin de Vries
            SPH wijkteam Noord
            """,
            "Het UWV en DigiD. LET OP: de NIET-gebruikte WhatsApp-groep. Café ÉÉN en één TV. Het BSN is XXXX. IV en XIV.",
        ]
        return letters + made
    }

    static func context(_ text: String, withColumns: Bool) -> DocumentContext {
        let settings = Self.settings
        let document = Document(text, lexicon: settings.resources.tokenizerLexicon)
        let interner = WordInterner(resources: settings.resources)
        let columns = DocumentWords(document: document, sentences: document.sentences.indices, interner: interner)
        let run = CheckRun(document: document, settings: settings, cache: nil)
        let results = document.sentences.indices.map { index in
            let sentence = SentenceContext(sentenceIndex: index, settings: settings, columns: columns, reusing: nil)
            return SentenceResult(
                drafts: [], matches: sentence.matches, stats: run.stats(of: sentence), contextHits: run.contextHits(in: sentence))
        }
        return DocumentContext(document: document, settings: settings, results: results, words: withColumns ? columns : nil)
    }

    @Test func documentRulesFindTheSameWithAndWithoutColumns() {
        let rules = Self.settings.activeRules.compactMap { $0.rule as? any DocumentRule }
        #expect(rules.contains { $0.description.id.rawValue == "woord.afkorting" })
        var found = 0
        for text in Self.texts {
            let fast = Self.context(text, withColumns: true)
            let slow = Self.context(text, withColumns: false)
            for rule in rules {
                var fastFindings: [FindingDraft] = []
                var slowFindings: [FindingDraft] = []
                rule.check(fast, into: &fastFindings)
                rule.check(slow, into: &slowFindings)
                #expect(fastFindings == slowFindings, "rule \(rule.description.id.rawValue)")
                found += fastFindings.count
            }
        }
        #expect(found > 20)
    }

    @Test func acronymUsesAreThoseOfAWalkOverEveryWord() {
        let rule = WoordAfkorting()
        var uses = 0
        for text in Self.texts {
            let context = Self.context(text, withColumns: true)
            let document = context.document
            var walked: [WoordAfkorting.Occurrence] = []
            for index in document.sentences.indices
            where document.blocks[document.sentences[index].blockIndex].kind != .signature {
                for token in document.sentences[index].tokenRange
                where WoordAfkorting.mayBeAcronym(document.tokens[token], in: document.source.utf8) {
                    rule.collectAcronyms(in: token, sentence: index, context: context, into: &walked)
                }
            }
            #expect(rule.acronymUses(context) == walked)
            uses += walked.count
        }
        #expect(uses > 10)
    }

    // MARK: - Byte tests against string tests

    @Test func templateTestMatchesTheStringSearch() {
        let data = WoordData.shared(for: Self.settings.resources)
        var forms = 0
        for entry in data.abbreviations.values {
            for form in entry.fullForms {
                #expect(WoordAfkorting.isTemplate(form) == (form.contains("[") || form.contains("…")), "\(form)")
                forms += 1
            }
        }
        #expect(forms > 50)
        #expect(WoordAfkorting.isTemplate("naar aanleiding van …"))
        #expect(WoordAfkorting.isTemplate("[datum]"))
        #expect(!WoordAfkorting.isTemplate("met betrekking tot"))
    }
}
