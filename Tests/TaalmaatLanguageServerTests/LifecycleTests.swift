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
}
