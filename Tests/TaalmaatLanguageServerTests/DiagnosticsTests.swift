import Foundation
import Testing
@testable import TaalmaatLanguageServer

@Suite struct DiagnosticsTests {
    static func start(_ range: JSONValue?) -> [Int]? { LSP.point(range?["start"]).map { [$0.0, $0.1] } }
    static func end(_ range: JSONValue?) -> [Int]? { LSP.point(range?["end"]).map { [$0.0, $0.1] } }

    @Test func aPlainTextFindingHasRangeSeverityCodeSourceAndADutchMessage() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let diagnostics = server.openAndWait("file:///brief.txt", text: "Beste Anna,\n\nIndien u vragen heeft, kunt u mij bellen.\n")
        let finding = try #require(LSP.findings(diagnostics, code: "woord.ambtelijk").first)
        #expect(Self.start(finding["range"]) == [2, 0])
        #expect(Self.end(finding["range"]) == [2, 6])
        #expect(finding["severity"]?.int == 2)  // waarschuwing → Warning
        #expect(finding["source"]?.string == "taalmaat")
        #expect(finding["message"]?.string == "'Indien' is een moeilijk woord. Schrijf liever 'als'.")
        // A tip is an Information diagnostic.
        let tip = try #require(LSP.findings(diagnostics, code: "brief.afsluiting").first)
        #expect(tip["severity"]?.int == 3)
        #expect(tip["message"]?.string?.contains("stijve afsluiting") == true)
        // Every diagnostic is ours and has a code.
        #expect(diagnostics.allSatisfy { $0["source"]?.string == "taalmaat" && $0["code"]?.string != nil })
    }

    @Test func theSummaryIsAnInformationDiagnosticOnTheFirstLine() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let text = "Beste Anna,\n\nIndien u vragen heeft, kunt u mij bellen.\n"
        let diagnostics = server.openAndWait("file:///brief.txt", text: text)
        let summaries = LSP.findings(diagnostics, code: "taalmaat.samenvatting")
        #expect(summaries.count == 1)
        let summary = try #require(summaries.first)
        #expect(summary["severity"]?.int == 3)
        #expect(summary["source"]?.string == "taalmaat")
        #expect(Self.start(summary["range"]) == [0, 0])
        #expect(Self.end(summary["range"]) == [0, 11])  // "Beste Anna,"
        let message = try #require(summary["message"]?.string)
        // "Taalmaat: taalniveau B1, …" or "… taalniveau boven B1, …": the verdict of the engine.
        #expect(message.hasPrefix("Taalmaat: taalniveau "))
        #expect(message.contains("B1, stress "))
        #expect(message.contains("stress ") && message.contains("/100"))
        let findingCount = diagnostics.count - 1
        #expect(message.contains("\(findingCount) bevinding"))
    }

    @Test func anEmptyDocumentOnlyGetsTheSummary() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let diagnostics = server.openAndWait("file:///leeg.txt", text: "")
        #expect(LSP.codes(diagnostics) == ["taalmaat.samenvatting"])
        #expect(Self.start(diagnostics.first?["range"]) == [0, 0])
        #expect(Self.end(diagnostics.first?["range"]) == [0, 0])
    }

    static let astralLine = "Één gezin, één café: 👩‍👩‍👧 Indien u vragen heeft, kunt u mij bellen."

    @Test func positionsCountUTF16UnitsByDefault() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let text = "Geachte heer Müller,\n\n" + Self.astralLine + "\n"
        let finding = try #require(LSP.findings(server.openAndWait("file:///emoji.txt", text: text), code: "woord.ambtelijk").first)
        let column = try #require(LSP.utf16Column(of: "Indien", in: Self.astralLine))
        #expect(column == 30)  // "Één gezin, één café: " is 21 units, the family emoji 8, a space 1
        #expect(Self.start(finding["range"]) == [2, column])
        #expect(Self.end(finding["range"]) == [2, column + 6])
    }

    @Test func positionsCountBytesWhenUTF8WasNegotiated() throws {
        let server = ServerHarness()
        _ = server.initialize(capabilities: ["general": ["positionEncodings": ["utf-8", "utf-16"]]])
        let text = "Geachte heer Müller,\n\n" + Self.astralLine + "\n"
        let uri = "file:///emoji.txt"
        let finding = try #require(LSP.findings(server.openAndWait(uri, text: text), code: "woord.ambtelijk").first)
        let column = try #require(LSP.utf8Column(of: "Indien", in: Self.astralLine))
        #expect(column == 45)  // 21 characters of which 5 take 2 bytes, 18 bytes of emoji, a space
        #expect(Self.start(finding["range"]) == [2, column])
        #expect(Self.end(finding["range"]) == [2, column + 6])

        // Incoming positions are UTF-8 too: an edit at the byte column replaces the word.
        server.edit(uri, version: 2, [(2, column, 2, column + 6, "Als")])
        let after = try #require(server.diagnostics(for: uri, version: 2))
        #expect(LSP.findings(after, code: "woord.ambtelijk").isEmpty)

        // And the quick fix comes back in UTF-8 columns.
        server.edit(uri, version: 3, [(2, column, 2, column + 3, "Indien")])
        _ = try #require(server.diagnostics(for: uri, version: 3))
        let actions = server.call("textDocument/codeAction", [
            "textDocument": ["uri": .string(uri)], "range": ServerHarness.range(2, column + 1, 2, column + 1), "context": ["diagnostics": []],
        ])?.array ?? []
        let fix = try #require(actions.first { $0["title"]?.string == "Vervang door ‘Als’" })
        let edit = try #require(LSP.edits(in: fix["edit"], uri: uri).first)
        #expect(Self.start(edit["range"]) == [2, column])
        #expect(LSP.apply([edit], to: text, utf8: true) == "Geachte heer Müller,\n\n" + Self.astralLine.replacingOccurrences(of: "Indien", with: "Als") + "\n")
    }

    @Test func aUTF16PositionInsideASurrogatePairDoesNotSplitIt() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let uri = "file:///paar.txt"
        _ = server.openAndWait(uri, text: "😀 Als u belt.\n")
        // Column 1 is between the two halves of 😀: the server moves to the scalar start.
        server.edit(uri, version: 2, [(0, 1, 0, 1, "x")])
        let after = try #require(server.diagnostics(for: uri, version: 2))
        #expect(!after.isEmpty)  // still valid text, still checked
        // The summary covers the (valid) first line: "x😀 Als u belt." is 15 UTF-16 units.
        let summary = try #require(LSP.findings(after, code: "taalmaat.samenvatting").first)
        #expect(Self.end(summary["range"]) == [0, 15])
    }

    @Test func markdownFindingsSkipTheMarkup() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let text = """
            # Uw vraag over de **toeslag**

            Beste mevrouw Özdemir,

            - Indien u vragen heeft, kunt u mij bellen.
            - Wij hebben *reeds* gebeld.

            """
        let diagnostics = server.openAndWait("file:///brief.md", text: text, languageId: "markdown")
        let ambtelijk = LSP.findings(diagnostics, code: "woord.ambtelijk")
        #expect(ambtelijk.map { Self.start($0["range"]) } == [[4, 2], [5, 14]])
        #expect(ambtelijk.map { Self.end($0["range"]) } == [[4, 8], [5, 19]])
    }

    @Test func htmlFindingsSkipTheTags() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let text = """
            <html><body>
            <h1>Uw vraag</h1>
            <p>Indien u vragen heeft, kunt u <b>mij</b> bellen.</p>
            <p title="Indien">Wij hebben u <em>reeds</em> gebeld.</p>
            </body></html>

            """
        let diagnostics = server.openAndWait("file:///brief.html", text: text, languageId: "html")
        let ambtelijk = LSP.findings(diagnostics, code: "woord.ambtelijk")
        // 'Indien' in the title attribute is markup, not text.
        #expect(ambtelijk.map { Self.start($0["range"]) } == [[2, 3], [3, 35]])
    }

    @Test func theFormatFollowsTheFileNameWhenTheLanguageIsUnknown() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let text = "<p title=\"Indien\">Wij bellen u.</p>\n"
        let asHTML = server.openAndWait("file:///brief.html", text: text, languageId: "onbekend")
        #expect(LSP.findings(asHTML, code: "woord.ambtelijk").isEmpty)
        let asPlain = server.openAndWait("file:///brief.txt", text: text, languageId: "onbekend")
        #expect(!LSP.findings(asPlain, code: "woord.ambtelijk").isEmpty)
    }

    @Test func pullDiagnosticsWhenTheClientAsksForThem() throws {
        let server = ServerHarness()
        _ = server.initialize(capabilities: ["textDocument": ["diagnostic": ["dynamicRegistration": false]]])
        let uri = "file:///brief.txt"
        server.open(uri, text: "Indien u vragen heeft, kunt u mij bellen.\n")
        #expect(server.staysQuiet())  // no publishDiagnostics in pull mode
        let report = try #require(server.call("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]]))
        #expect(report["kind"]?.string == "full")
        let items = report["items"]?.array ?? []
        let finding = try #require(LSP.findings(items, code: "woord.ambtelijk").first)
        #expect(Self.start(finding["range"]) == [0, 0])
        #expect(finding["source"]?.string == "taalmaat")
        #expect(LSP.findings(items, code: "taalmaat.samenvatting").count == 1)

        server.edit(uri, version: 2, [(0, 0, 0, 6, "Als")])
        #expect(server.staysQuiet())
        let after = server.call("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])?["items"]?.array ?? []
        #expect(LSP.findings(after, code: "woord.ambtelijk").isEmpty)

        // Unknown documents get an empty full report.
        let unknown = server.call("textDocument/diagnostic", ["textDocument": ["uri": "file:///bestaat-niet.txt"]])
        #expect(unknown?["kind"]?.string == "full" && unknown?["items"]?.array == [])
    }

    @Test func pullClientsAreAskedToRefreshOnlyWhenTheySupportIt() throws {
        let withRefresh = ServerHarness()
        _ = withRefresh.initialize(capabilities: [
            "textDocument": ["diagnostic": [:]], "workspace": ["diagnostics": ["refreshSupport": true]],
        ])
        withRefresh.open("file:///brief.txt", text: "Indien u belt.\n")
        withRefresh.notify("workspace/didChangeConfiguration", ["settings": ["taalmaat": ["profiel": "intern"]]])
        let refresh = try #require(withRefresh.nextMessage())
        #expect(refresh["method"]?.string == "workspace/diagnostic/refresh")
        #expect(refresh["id"] != nil)

        let withoutRefresh = ServerHarness()
        _ = withoutRefresh.initialize(capabilities: ["textDocument": ["diagnostic": [:]]])
        withoutRefresh.open("file:///brief.txt", text: "Indien u belt.\n")
        withoutRefresh.notify("workspace/didChangeConfiguration", ["settings": ["taalmaat": ["profiel": "intern"]]])
        #expect(withoutRefresh.staysQuiet())
    }
}
