import Foundation
import Testing
@testable import TaalmaatLanguageServer

@Suite struct HoverTests {
    static func hover(_ server: ServerHarness, _ uri: String, _ line: Int, _ character: Int) -> JSONValue? {
        let id = server.request("textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": ServerHarness.position(line, character)])
        return server.response(to: id)
    }

    @Test func hoverOnAFindingExplainsItInDutchWithAlternatives() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let uri = "file:///brief.txt"
        _ = server.openAndWait(uri, text: "Beste Anna,\n\nWij hebben 👩‍👩‍👧 reeds gebeld.\n")
        // 'reeds' starts at UTF-16 column 20 ("Wij hebben " 11 + emoji 8 + space 1).
        let response = try #require(Self.hover(server, uri, 2, 22))
        let result = try #require(response["result"])
        #expect(result["contents"]?["kind"]?.string == "markdown")
        let markdown = try #require(result["contents"]?["value"]?.string)
        #expect(markdown.contains("**woord.ambtelijk**"))
        #expect(markdown.contains("'reeds' is een moeilijk woord. Schrijf liever 'al'."))
        #expect(markdown.contains("Beter: *al*"))
        // The explanation of the rule: why it matters for the reader.
        #expect(markdown.contains("lezer"))
        #expect(DiagnosticsTests.start(result["range"]) == [2, 20])
        #expect(DiagnosticsTests.end(result["range"]) == [2, 25])
    }

    @Test func hoverAwayFromFindingsIsNull() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let uri = "file:///brief.txt"
        _ = server.openAndWait(uri, text: "Beste Anna,\n\nWij hebben reeds gebeld.\n")
        let plain = try #require(Self.hover(server, uri, 2, 1))
        #expect(plain["result"] == .null)
        #expect(plain["error"] == nil)
        // Past the end of the line and of the document, and in an unknown document.
        #expect(Self.hover(server, uri, 2, 500)?["result"] == .null)
        #expect(Self.hover(server, uri, 99, 0)?["result"] == .null)
        #expect(Self.hover(server, "file:///onbekend.txt", 0, 0)?["result"] == .null)
        // Nonsense positions are not an error either.
        let id = server.request("textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": ["line": -3, "character": "x"]])
        #expect(server.response(to: id)?["result"] == .null)
    }

    @Test func hoverAfterAnEditSeesTheNewText() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let uri = "file:///brief.txt"
        _ = server.openAndWait(uri, text: "Wij hebben al gebeld.\n")
        #expect(Self.hover(server, uri, 0, 12)?["result"] == .null)
        server.edit(uri, version: 2, [(0, 11, 0, 13, "reeds")])
        _ = server.diagnostics(for: uri, version: 2)
        #expect(Self.hover(server, uri, 0, 12)?["result"]?["contents"] != nil)
    }
}
