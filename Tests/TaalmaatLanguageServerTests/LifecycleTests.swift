import Foundation
import Testing
@testable import TaalmaatLanguageServer

@Suite struct LifecycleTests {
    @Test func initializeNegotiatesUTF16ByDefaultAndShutsDownCleanly() throws {
        let server = ServerHarness()
        let result = try #require(server.initialize())
        #expect(result["result"]?["capabilities"]?["positionEncoding"]?.string == "utf-16")
        #expect(result["result"]?["serverInfo"]?["name"]?.string == "taalmaat")
        let shutdown = server.request("shutdown")
        #expect(server.response(to: shutdown)?["result"] == .null)
        server.notify("exit")
        #expect(server.waitForExit() == 0)
    }

    @Test func utf8IsUsedWhenTheClientOffersIt() throws {
        let server = ServerHarness()
        let result = try #require(server.initialize(capabilities: ["general": ["positionEncodings": ["utf-8", "utf-16"]]]))
        #expect(result["result"]?["capabilities"]?["positionEncoding"]?.string == "utf-8")
    }

    @Test(arguments: [
        ["utf-16"], ["utf-32"], ["utf-32", "utf-16"], [],
    ] as [[String]])
    func utf16IsUsedWhenUTF8IsNotOffered(_ offered: [String]) throws {
        let server = ServerHarness()
        let encodings = JSONValue.array(offered.map(JSONValue.string))
        let result = try #require(server.initialize(capabilities: ["general": ["positionEncodings": encodings]]))
        #expect(result["result"]?["capabilities"]?["positionEncoding"]?.string == "utf-16")
    }

    @Test func capabilitiesDescribeWhatTheServerDoes() throws {
        let server = ServerHarness()
        let capabilities = try #require(server.initialize()?["result"]?["capabilities"])
        #expect(capabilities["textDocumentSync"]?["openClose"]?.bool == true)
        #expect(capabilities["textDocumentSync"]?["change"]?.int == 2)  // incremental
        #expect(capabilities["textDocumentSync"]?["save"] != nil)
        #expect(capabilities["hoverProvider"]?.bool == true)
        let kinds = capabilities["codeActionProvider"]?["codeActionKinds"]?.array?.compactMap(\.string) ?? []
        #expect(kinds.contains("quickfix") && kinds.contains("source.fixAll.taalmaat"))
        #expect(capabilities["executeCommandProvider"]?["commands"]?.array?.contains("taalmaat.voegToeAanWoordenlijst") == true)
        // Push diagnostics only: a client without pull support gets no diagnosticProvider.
        #expect(capabilities["diagnosticProvider"] == nil)

        let pulling = ServerHarness()
        let pullCapabilities = try #require(
            pulling.initialize(capabilities: ["textDocument": ["diagnostic": ["dynamicRegistration": false]]])?["result"]?[
                "capabilities"])
        #expect(pullCapabilities["diagnosticProvider"]?["identifier"]?.string == "taalmaat")
    }

    @Test func requestsBeforeInitializeAndUnknownMethodsGetErrors() throws {
        let server = ServerHarness()
        let early = server.request("textDocument/hover", [:])
        #expect(server.response(to: early)?["error"]?["code"]?.int == -32002)
        _ = server.initialize()
        let unknown = server.request("taalmaat/bestaatNiet", [:])
        #expect(server.response(to: unknown)?["error"]?["code"]?.int == -32601)
        server.notify("$/setTrace", ["value": "off"])
        let afterIgnored = server.request("taalmaat/bestaatOokNiet", [:])
        #expect(server.response(to: afterIgnored)?["error"]?["code"]?.int == -32601)
    }

    @Test func notificationsBeforeInitializeAreDropped() {
        let server = ServerHarness()
        server.open("file:///vroeg.txt", text: "Indien u vragen heeft, kunt u mij bellen.")
        _ = server.initialize()
        // The early didOpen was dropped: the document is not known.
        let items = server.call("textDocument/diagnostic", ["textDocument": ["uri": "file:///vroeg.txt"]])?["items"]?.array
        #expect(items == [])
    }

    @Test func dollarNotificationsAndUnknownNotificationsAreIgnoredSilently() {
        let server = ServerHarness()
        _ = server.initialize()
        server.notify("$/setTrace", ["value": "verbose"])
        server.notify("$/progress", ["token": 1, "value": ["kind": "begin"]])
        server.notify("$/cancelRequest", ["id": 9999])  // nothing to cancel
        server.notify("taalmaat/onbekendeMelding", [:])
        #expect(server.staysQuiet())
        // A `$/` *request* is answered with MethodNotFound, as the protocol asks.
        let id = server.request("$/onbekendVerzoek", [:])
        #expect(server.response(to: id)?["error"]?["code"]?.int == -32601)
    }

    @Test func aCancelledRequestStillInTheQueueGetsRequestCancelled() {
        let server = ServerHarness()
        _ = server.initialize()
        let uri = "file:///annuleren.txt"
        _ = server.openAndWait(uri, text: "Indien u vragen heeft, kunt u mij bellen.")
        // The request and its cancellation arrive in one write, so the server reads both
        // into its queue before it handles the request.
        let (id, hover) = server.makeRequest(
            "textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": ServerHarness.position(0, 2)])
        var bytes = ServerHarness.frame(hover)
        bytes.append(ServerHarness.frame(["jsonrpc": "2.0", "method": "$/cancelRequest", "params": ["id": .int(id)]]))
        server.sendRaw(bytes)
        let response = server.response(to: id)
        #expect(response?["error"]?["code"]?.int == -32800)
        #expect(response?["result"] == nil)

        // Without a cancellation the same request is answered normally.
        let normal = server.request(
            "textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": ServerHarness.position(0, 2)])
        #expect(server.response(to: normal)?["result"]?["contents"] != nil)
    }

    @Test func cancellingWithAStringIDWorksToo() {
        let server = ServerHarness()
        _ = server.initialize()
        var bytes = ServerHarness.frame(["jsonrpc": "2.0", "id": "verzoek-a", "method": "textDocument/hover", "params": [
            "textDocument": ["uri": "file:///x.txt"], "position": ServerHarness.position(0, 0),
        ]])
        bytes.append(ServerHarness.frame(["jsonrpc": "2.0", "method": "$/cancelRequest", "params": ["id": "verzoek-a"]]))
        server.sendRaw(bytes)
        let message = server.nextMessage()
        #expect(message?["id"]?.string == "verzoek-a")
        #expect(message?["error"]?["code"]?.int == -32800)
    }

    @Test func requestsAfterShutdownAreRefusedAndExitReturnsZero() {
        let server = ServerHarness()
        _ = server.initialize()
        let shutdown = server.request("shutdown")
        #expect(server.response(to: shutdown)?["result"] == .null)
        let late = server.request("textDocument/hover", ["textDocument": ["uri": "file:///x.txt"], "position": ServerHarness.position(0, 0)])
        #expect(server.response(to: late)?["error"]?["code"]?.int == -32600)
        server.open("file:///laat.txt", text: "Indien u vragen heeft.")  // ignored after shutdown
        #expect(server.staysQuiet())
        server.notify("exit")
        #expect(server.waitForExit() == 0)
    }

    @Test func exitWithoutShutdownEndsWithCodeOne() {
        let server = ServerHarness()
        _ = server.initialize()
        server.notify("exit")
        #expect(server.waitForExit() == 1)
    }

    @Test func aClientThatDisappearsEndsTheServer() {
        let server = ServerHarness()
        _ = server.initialize()
        server.toServer.close()
        #expect(server.waitForExit() == 1)
    }

    @Test func aClientThatDisappearsAfterShutdownEndsWithCodeZero() {
        let server = ServerHarness()
        _ = server.initialize()
        let shutdown = server.request("shutdown")
        _ = server.response(to: shutdown)
        server.toServer.close()
        #expect(server.waitForExit() == 0)
    }
}
