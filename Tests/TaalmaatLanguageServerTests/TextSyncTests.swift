import Foundation
import Testing
@testable import TaalmaatLanguageServer

@Suite struct TextSyncTests {
    static let letter = "Beste mevrouw Jansen,\n\nIndien u vragen heeft, kunt u mij bellen.\n"

    /// The diagnostics the server has now for a document (pull request; works in push mode too).
    static func current(_ server: ServerHarness, _ uri: String) -> [JSONValue] {
        server.call("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])?["items"]?.array ?? []
    }

    @Test func openPublishesDiagnosticsWithTheDocumentVersion() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let uri = "file:///brief.txt"
        server.open(uri, text: Self.letter, version: 7)
        let message = try #require(server.notification("textDocument/publishDiagnostics"))
        #expect(message["params"]?["uri"]?.string == uri)
        #expect(message["params"]?["version"]?.int == 7)
        let codes = LSP.codes(message["params"]?["diagnostics"]?.array ?? [])
        #expect(codes.contains("woord.ambtelijk"))
    }

    @Test func aFullChangeReplacesTheText() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let uri = "file:///brief.txt"
        #expect(LSP.codes(server.openAndWait(uri, text: Self.letter)).contains("woord.ambtelijk"))
        server.replaceText(uri, version: 2, text: "Beste mevrouw Jansen,\n\nAls u vragen heeft, kunt u mij bellen.\n")
        let after = try #require(server.diagnostics(for: uri, version: 2))
        #expect(!LSP.codes(after).contains("woord.ambtelijk"))
    }

    @Test func anIncrementalChangeEditsARange() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let uri = "file:///brief.txt"
        _ = server.openAndWait(uri, text: Self.letter)
        // Line 2 "Indien u vragen heeft, …": replace "Indien" (characters 0..<6) by "Als".
        server.edit(uri, version: 2, [(2, 0, 2, 6, "Als")])
        let after = try #require(server.diagnostics(for: uri, version: 2))
        #expect(LSP.findings(after, code: "woord.ambtelijk").isEmpty)
        // Insert a new sentence with 'reeds' at the end of line 0 (an insertion: empty range).
        server.edit(uri, version: 3, [(0, 21, 0, 21, " Wij hebben reeds gebeld.")])
        let inserted = try #require(server.diagnostics(for: uri, version: 3))
        let ambtelijk = LSP.findings(inserted, code: "woord.ambtelijk")
        #expect(ambtelijk.count == 1)
        // "Beste mevrouw Jansen, Wij hebben reeds" → 'reeds' starts at UTF-16 column 33.
        #expect(LSP.point(ambtelijk.first?["range"]?["start"]).map { [$0.0, $0.1] } == [0, 33])
    }

    @Test func severalChangesInOneNotificationApplyInOrder() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let uri = "file:///volgorde.txt"
        _ = server.openAndWait(uri, text: "aaa\nbbb\nccc\n")
        // Each change applies to the text left by the one before it: first delete line
        // "bbb\n", then the old line 2 ("ccc") is line 1; then edit line 0.
        server.edit(uri, version: 2, [
            (1, 0, 2, 0, ""),
            (1, 0, 1, 3, "Indien u vragen heeft, kunt u mij bellen."),
            (0, 0, 0, 3, "Beste Anna,"),
        ])
        let after = try #require(server.diagnostics(for: uri, version: 2))
        let finding = try #require(LSP.findings(after, code: "woord.ambtelijk").first)
        #expect(LSP.point(finding["range"]?["start"]).map { [$0.0, $0.1] } == [1, 0])
        #expect(LSP.point(finding["range"]?["end"]).map { [$0.0, $0.1] } == [1, 6])
    }

    @Test func anOlderVersionIsIgnored() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let uri = "file:///versies.txt"
        _ = server.openAndWait(uri, text: "Als u vragen heeft, kunt u mij bellen.\n", version: 1)
        server.replaceText(uri, version: 3, text: "Als u vragen heeft, kunt u mij bellen. Wij bellen u morgen.\n")
        _ = try #require(server.diagnostics(for: uri, version: 3))
        // Version 2 arrives late: it must not overwrite version 3, and nothing is published.
        server.replaceText(uri, version: 2, text: "Indien u vragen heeft, kunt u mij bellen.\n")
        #expect(server.staysQuiet())
        #expect(LSP.findings(Self.current(server, uri), code: "woord.ambtelijk").isEmpty)
        // The same version again is not newer either.
        server.replaceText(uri, version: 3, text: "Indien u vragen heeft, kunt u mij bellen.\n")
        #expect(server.staysQuiet())
        #expect(LSP.findings(Self.current(server, uri), code: "woord.ambtelijk").isEmpty)
        // The next version is used, and its range edit lands in the version-3 text.
        server.edit(uri, version: 4, [(0, 39, 0, 59, "Wij bellen u reeds.")])
        let after = try #require(server.diagnostics(for: uri, version: 4))
        let reeds = try #require(LSP.findings(after, code: "woord.ambtelijk").first)
        #expect(LSP.point(reeds["range"]?["start"]).map { [$0.0, $0.1] } == [0, 52])
    }

    @Test func closeClearsDiagnosticsAndForgetsTheDocument() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let uri = "file:///brief.txt"
        #expect(!server.openAndWait(uri, text: Self.letter).isEmpty)
        server.notify("textDocument/didClose", ["textDocument": ["uri": .string(uri)]])
        let cleared = try #require(server.diagnostics(for: uri))
        #expect(cleared.isEmpty)
        #expect(Self.current(server, uri).isEmpty)
        // Changes to a closed document are ignored.
        server.replaceText(uri, version: 5, text: "Indien u belt.")
        #expect(server.staysQuiet())
        // Opening it again works as new.
        #expect(LSP.codes(server.openAndWait(uri, text: Self.letter, version: 1)).contains("woord.ambtelijk"))
    }

    @Test func saveOfALetterDoesNotChangeAnything() {
        let server = ServerHarness()
        _ = server.initialize()
        let uri = "file:///brief.txt"
        _ = server.openAndWait(uri, text: Self.letter)
        server.notify("textDocument/didSave", ["textDocument": ["uri": .string(uri)]])
        server.notify("textDocument/didSave", ["textDocument": ["uri": .string(uri)], "text": .string(Self.letter)])
        #expect(server.staysQuiet())
        #expect(LSP.codes(Self.current(server, uri)).contains("woord.ambtelijk"))
    }

    @Test func quickSuccessiveEditsEndWithDiagnosticsForTheLastVersion() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let uri = "file:///snel.txt"
        _ = server.openAndWait(uri, text: "Als u vragen heeft, kunt u mij bellen.\n")
        // Twenty edits in one write: the server may skip checks of versions that are
        // already outdated, but the last version must be published.
        var bytes = Data()
        for version in 2...21 {
            let text = version == 21 ? "Indien u vragen heeft, kunt u mij bellen.\n" : "Als u vragen heeft (\(version)).\n"
            bytes.append(ServerHarness.frame(["jsonrpc": "2.0", "method": "textDocument/didChange", "params": [
                "textDocument": ["uri": .string(uri), "version": .int(version)], "contentChanges": [["text": .string(text)]],
            ]]))
        }
        server.sendRaw(bytes)
        let last = try #require(server.diagnostics(for: uri, version: 21))
        #expect(LSP.codes(last).contains("woord.ambtelijk"))
    }
}
