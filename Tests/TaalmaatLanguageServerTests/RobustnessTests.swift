import Foundation
import Testing
@testable import TaalmaatLanguageServer

@Suite struct RobustnessTests {
    /// The server still answers a normal request.
    static func stillAlive(_ server: ServerHarness) -> Bool {
        let id = server.request("taalmaat/levenKeurig", [:])
        return server.response(to: id)?["error"]?["code"]?.int == -32601
    }

    static func expectParseError(_ server: ServerHarness, sourceLocation: SourceLocation = #_sourceLocation) {
        let message = server.nextMessage()
        #expect(message?["error"]?["code"]?.int == -32700, sourceLocation: sourceLocation)
        #expect(message?["id"] == .null, sourceLocation: sourceLocation)
        #expect(message?["error"]?["message"]?.string?.isEmpty == false, sourceLocation: sourceLocation)
    }

    // MARK: - Malformed messages

    @Test func malformedJSONGetsAParseErrorWithIDNullAndTheServerGoesOn() {
        let server = ServerHarness()
        _ = server.initialize()
        for body in ["{\"jsonrpc\": \"2.0\", \"id\": 5, \"method\": ", "niet eens json", "{\"a\": tru}", "\u{FEFF}"] {
            server.sendRaw("Content-Length: \(body.utf8.count)\r\n\r\n\(body)")
            Self.expectParseError(server)
        }
        #expect(Self.stillAlive(server))
    }

    @Test func invalidUTF8InABodyIsAParseError() {
        let server = ServerHarness()
        _ = server.initialize()
        var bytes = Data("Content-Length: 4\r\n\r\n".utf8)
        bytes.append(contentsOf: [0x22, 0xFF, 0xFE, 0x22])
        server.sendRaw(bytes)
        Self.expectParseError(server)
        #expect(Self.stillAlive(server))
    }

    @Test func veryDeeplyNestedJSONDoesNotCrash() {
        let server = ServerHarness()
        _ = server.initialize()
        let body = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        server.sendRaw("Content-Length: \(body.utf8.count)\r\n\r\n\(body)")
        let message = server.nextMessage(timeout: 30)
        // Either refused as JSON or as "not an object": an error with id null.
        #expect([-32700, -32600].contains(message?["error"]?["code"]?.int ?? 0))
        #expect(message?["id"] == .null)
        #expect(Self.stillAlive(server))
    }

    @Test func jsonThatIsNotAnObjectIsAnInvalidRequest() {
        let server = ServerHarness()
        _ = server.initialize()
        for body in ["42", "[]", "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"}]", "\"tekst\"", "null"] {
            server.sendRaw("Content-Length: \(body.utf8.count)\r\n\r\n\(body)")
            let message = server.nextMessage()
            #expect(message?["error"]?["code"]?.int == -32600, "\(body)")
            #expect(message?["id"] == .null)
        }
        #expect(Self.stillAlive(server))
    }

    @Test func anObjectWithoutMethodOrIDIsIgnored() {
        let server = ServerHarness()
        _ = server.initialize()
        server.send(["jsonrpc": "2.0", "params": [:]])
        server.send(["jsonrpc": "2.0", "id": 77, "result": "antwoord op niets"])  // a response nobody asked for
        server.send(["jsonrpc": "2.0", "method": 12])
        #expect(server.staysQuiet())
        #expect(Self.stillAlive(server))
    }

    @Test func aRequestWhoseMethodIsNotAStringIsAnInvalidRequest() {
        let server = ServerHarness()
        _ = server.initialize()
        server.send(["jsonrpc": "2.0", "id": 12, "method": 12])
        let message = server.nextMessage()
        #expect(message?["id"]?.int == 12)
        #expect(message?["error"]?["code"]?.int == -32600)
    }

    @Test(arguments: [
        ("garbage", "Content-Length: twaalf\r\n\r\n{\"jsonrpc\":\"2.0\"}"),
        ("negative", "Content-Length: -5\r\n\r\n{\"jsonrpc\":\"2.0\"}"),
        ("missing", "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{\"jsonrpc\":\"2.0\"}"),
        ("empty value", "Content-Length:\r\n\r\n{}"),
        ("overflowing", "Content-Length: 99999999999999999999999\r\n\r\n{}"),
    ])
    func aBrokenContentLengthHeaderIsAParseErrorAndTheNextMessageWorks(_ name: String, _ raw: String) {
        let server = ServerHarness()
        _ = server.initialize()
        server.sendRaw(raw)
        Self.expectParseError(server)
        #expect(Self.stillAlive(server), "\(name)")
    }

    @Test func aContentLengthThatIsTooShortCutsTheBodyButTheServerRecovers() {
        let server = ServerHarness()
        _ = server.initialize()
        let body = "{\"jsonrpc\":\"2.0\",\"id\":41,\"method\":\"taalmaat/x\"}"
        server.sendRaw("Content-Length: 10\r\n\r\n\(body)")
        Self.expectParseError(server)
        // The rest of the body is garbage before the next header; it is skipped.
        #expect(Self.stillAlive(server))
        #expect(Self.stillAlive(server))
    }

    @Test func bytesWithoutAnyHeaderAreSkipped() {
        let server = ServerHarness()
        _ = server.initialize()
        server.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\"}\n")
        #expect(Self.stillAlive(server))
        // The headerless shutdown was not obeyed.
        #expect(server.call("textDocument/hover", ["textDocument": ["uri": "file:///x.txt"], "position": ServerHarness.position(0, 0)]) == .null)
    }

    @Test func aMessageSplitIntoSingleBytesStillArrives() {
        let server = ServerHarness()
        _ = server.initialize()
        let (id, message) = server.makeRequest("taalmaat/stukjes", [:])
        for byte in ServerHarness.frame(message) { server.sendRaw(Data([byte])) }
        #expect(server.response(to: id)?["error"]?["code"]?.int == -32601)
    }

    @Test(arguments: [
        "Content-Length: {N}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n",
        "content-length: {N}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n",
        "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: {N}\r\n\r\n",
        "CONTENT-LENGTH:{N}\r\n\r\n",
    ])
    func headersAreCaseInsensitiveAndMayCarryAContentType(_ header: String) {
        let server = ServerHarness()
        _ = server.initialize()
        let body = "{\"jsonrpc\":\"2.0\",\"id\":900,\"method\":\"taalmaat/x\"}"
        server.sendRaw(header.replacingOccurrences(of: "{N}", with: "\(body.utf8.count)") + body)
        #expect(server.response(to: 900)?["error"]?["code"]?.int == -32601)
    }

    @Test func contentLengthReadsEveryHeaderLine() {
        #expect(MessageReader.contentLength(in: "Content-Length: 12\r\nContent-Type: x") == 12)
        #expect(MessageReader.contentLength(in: "Content-Type: x\r\ncontent-length:7") == 7)
        #expect(MessageReader.contentLength(in: "Content-Length: -1") == nil)
        #expect(MessageReader.contentLength(in: "Content-Length: 1e3") == nil)
        #expect(MessageReader.contentLength(in: "Content-Type: x") == nil)
    }

    @Test func aTooLargeMessageIsRefusedAndSkipped() throws {
        // The server's limit is 64 MB; the reader is tested with a small limit.
        let input = InMemoryStream()
        let reader = MessageReader(source: input, maximumLength: 100)
        let big = "{\"tekst\":\"" + String(repeating: "a", count: 500) + "\"}"
        input.write(Data("Content-Length: \(big.utf8.count)\r\n\r\n".utf8))
        input.write(Data(big.utf8.prefix(200)))
        input.write(Data(big.utf8.dropFirst(200)) + ServerHarness.frame(["jsonrpc": "2.0", "method": "na"]))
        input.close()
        guard case .malformed(let reason) = reader.next() else { Issue.record("expected a refusal"); return }
        #expect(reason.contains("te groot"))
        guard case .message(let next) = reader.next() else { Issue.record("expected the next message"); return }
        #expect(next["method"]?.string == "na")
        #expect(reader.next() == nil)
    }

    @Test func nextBufferedNeverWaitsForInput() {
        let input = InMemoryStream()
        let reader = MessageReader(source: input)
        var bytes = ServerHarness.frame(["jsonrpc": "2.0", "method": "een"])
        bytes.append(ServerHarness.frame(["jsonrpc": "2.0", "method": "twee"]))
        bytes.append(Data("Content-Length: 40\r\n\r\n{\"half".utf8))
        input.write(bytes)
        guard case .message(let first) = reader.next(), case .message(let second) = reader.nextBuffered() else {
            Issue.record("expected two messages")
            return
        }
        #expect(first["method"]?.string == "een" && second["method"]?.string == "twee")
        #expect(reader.nextBuffered() == nil)  // the third is incomplete: no waiting
        input.close()
        #expect(reader.next() == nil)
    }

    // MARK: - Unknown documents and odd positions

    @Test func requestsForUnknownDocumentsGetEmptyAnswers() {
        let server = ServerHarness()
        _ = server.initialize()
        let document: JSONValue = ["uri": "file:///nergens.txt"]
        #expect(server.call("textDocument/hover", ["textDocument": document, "position": ServerHarness.position(0, 0)]) == .null)
        #expect(server.call("textDocument/codeAction", ["textDocument": document, "range": ServerHarness.range(0, 0, 0, 0), "context": [:]]) == [])
        #expect(server.call("textDocument/diagnostic", ["textDocument": document])?["items"] == [])
        server.replaceText("file:///nergens.txt", version: 2, text: "Indien.")
        server.notify("textDocument/didClose", ["textDocument": document])
        server.notify("textDocument/didSave", ["textDocument": document])
        // didClose of an unknown document publishes an empty list (harmless), nothing else.
        var seen: [JSONValue] = []
        while let message = server.receive(timeout: 0.3) { seen.append(message) }
        #expect(seen.allSatisfy { $0["params"]?["diagnostics"]?.array == [] })
        #expect(Self.stillAlive(server))
    }

    @Test func requestsWithMissingOrWrongParamsDoNotCrash() {
        let server = ServerHarness()
        _ = server.initialize()
        _ = server.openAndWait("file:///brief.txt", text: "Indien u belt.\n")
        for method in ["textDocument/hover", "textDocument/codeAction", "textDocument/diagnostic", "workspace/executeCommand"] {
            for params: JSONValue in [.null, [:], "tekst", [1, 2], ["textDocument": 5], ["textDocument": ["uri": 5]]] {
                let id = server.request(method, params)
                let response = server.response(to: id)
                #expect(response != nil, "\(method) \(params)")
                #expect(response?["error"] == nil || response?["error"]?["code"]?.int == -32602, "\(method) \(params)")
            }
        }
        for method in ["textDocument/didOpen", "textDocument/didChange", "textDocument/didClose", "workspace/didChangeConfiguration"] {
            for params: JSONValue in [.null, [:], "tekst", ["textDocument": ["uri": "file:///brief.txt", "text": 5]],
                ["textDocument": ["uri": "file:///brief.txt", "version": 9], "contentChanges": [["range": "x", "text": "Als"], 7]]]
            {
                server.notify(method, params)
            }
        }
        #expect(Self.stillAlive(server))
    }

    @Test func positionsPastTheEndAreClamped() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let uri = "file:///kort.txt"
        _ = server.openAndWait(uri, text: "Als u belt.\nWij bellen u.\n")
        // Past the end of line 0: the insertion lands at the end of that line.
        server.edit(uri, version: 2, [(0, 400, 0, 900, " Indien nodig.")])
        _ = try #require(server.diagnostics(for: uri, version: 2))
        // Past the end of the document: appended at the end.
        server.edit(uri, version: 3, [(50, 3, 70, 1, "Wij zijn reeds klaar.")])
        let after = try #require(server.diagnostics(for: uri, version: 3))
        let starts = LSP.findings(after, code: "woord.ambtelijk").compactMap { LSP.point($0["range"]?["start"]) }.map { [$0.0, $0.1] }
        #expect(starts == [[0, 12], [2, 9]])  // "Als u belt. Indien", and 'reeds' on the new last line
        // A range whose end is before its start becomes an insertion at the start.
        server.edit(uri, version: 4, [(1, 5, 0, 2, "!")])
        _ = try #require(server.diagnostics(for: uri, version: 4))
        // Huge and negative numbers.
        server.edit(uri, version: 5, [(-1, -1, 1_000_000_000_000_000, 1, "Alles weg.")])
        let last = try #require(server.diagnostics(for: uri, version: 5))
        #expect(LSP.findings(last, code: "taalmaat.samenvatting").count == 1)
        // Code actions over a range past the end.
        #expect(server.call("textDocument/codeAction", ["textDocument": ["uri": .string(uri)], "range": ServerHarness.range(9, 9, 99, 99), "context": [:]]) != nil)
    }

    // MARK: - Size and time

    @Test func aFiveMegabyteDocumentIsCheckedWithoutHanging() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let paragraph = "Indien u vragen heeft over deze brief, kunt u mij bellen. Wij hebben reeds met de school gesproken. "
            + "Yasmina gaat graag naar school, maar zij slaapt slecht. 👩‍👩‍👧 Café Één helpt ook.\n\n"
        let count = 5_000_000 / paragraph.utf8.count + 1
        let text = String(repeating: paragraph, count: count)
        #expect(text.utf8.count >= 5_000_000)
        let uri = "file:///groot.txt"
        let clock = ContinuousClock()
        let start = clock.now
        server.open(uri, text: text)
        let diagnostics = try #require(server.diagnostics(for: uri, timeout: 600))
        let opened = clock.now - start
        #expect(LSP.findings(diagnostics, code: "woord.ambtelijk").count >= count)
        // One keystroke in the middle of the big document.
        let editStart = clock.now
        server.edit(uri, version: 2, [(count, 0, count, 0, "x")])
        _ = try #require(server.diagnostics(for: uri, version: 2, timeout: 600))
        let edited = clock.now - editStart
        // While the server works, it still answers.
        #expect(Self.stillAlive(server))
        print("5 MB-document: openen tot diagnostiek \(opened), één wijziging \(edited), \(diagnostics.count) diagnostieken")
        // Generous bounds for a debug build on a busy machine; release figures are in
        // `taalmaat-bench lsp-groot`.
        #expect(opened < .seconds(300))
        #expect(edited < .seconds(300))
    }

    // MARK: - A client that goes away

    @Test func aClientThatDisconnectsMidMessageEndsTheServer() {
        let server = ServerHarness()
        _ = server.initialize()
        server.sendRaw("Content-Length: 300\r\n\r\n{\"jsonrpc\":\"2.0\",")
        server.toServer.close()
        #expect(server.waitForExit() == 1)
    }

    @Test func aClientThatDisconnectsMidHeaderEndsTheServer() {
        let server = ServerHarness()
        _ = server.initialize()
        server.sendRaw("Content-Len")
        server.toServer.close()
        #expect(server.waitForExit() == 1)
    }

    @Test func theRealProcessExitsQuietlyWhenTheEditorGoesAway() throws {
        // `taalmaat lsp` as a child process: the editor closes its end of the output
        // first (writes fail), then its input. The server must exit, not die of SIGPIPE.
        let process = Process()
        process.executableURL = TaalmaatExecutable.url
        process.arguments = ["lsp"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var bytes = ServerHarness.frame(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]])
        bytes.append(ServerHarness.frame(["jsonrpc": "2.0", "method": "initialized", "params": [:]]))
        input.fileHandleForWriting.write(bytes)
        // Read the initialize answer, then hang up the output side.
        var received = Data()
        while !String(decoding: received, as: UTF8.self).contains("serverInfo") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            received.append(chunk)
        }
        try output.fileHandleForReading.close()
        for version in 1...20 {
            input.fileHandleForWriting.write(ServerHarness.frame(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": [
                "textDocument": ["uri": .string("file:///b\(version).txt"), "languageId": "plaintext", "version": 1,
                                 "text": "Indien u vragen heeft, kunt u mij bellen."],
            ]]))
        }
        try input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!process.isRunning, "the server did not stop")
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "the server was killed by signal \(process.terminationStatus)")
        #expect(process.terminationStatus == 1)
    }
}
