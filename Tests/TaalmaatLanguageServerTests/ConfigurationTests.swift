import Foundation
import Testing
@testable import TaalmaatLanguageServer

@Suite struct ConfigurationTests {
    static let letter = "Beste Anna,\n\nIndien u vragen heeft, kunt u mij bellen.\n"

    @Test func theNearestConfigurationFileAboveTheDocumentIsUsed() throws {
        let folder = try TemporaryFolder()
        try folder.write(".taalmaat.yml", "regels:\n  woord.ambtelijk: uit\n")
        let server = ServerHarness()
        _ = server.initialize(rootURI: folder.url.absoluteString)
        let diagnostics = server.openAndWait(folder.uri("brieven/2025/brief.txt"), text: Self.letter)
        #expect(LSP.findings(diagnostics, code: "woord.ambtelijk").isEmpty)
        #expect(!LSP.findings(diagnostics, code: "brief.afsluiting").isEmpty)  // other rules still run
        // A document outside that folder does not use it.
        let other = try TemporaryFolder()
        let outside = server.openAndWait(other.uri("brief.txt"), text: Self.letter)
        #expect(!LSP.findings(outside, code: "woord.ambtelijk").isEmpty)
    }

    @Test func folderNamesWithSpacesAndAccentsArePercentEncodedInURIs() throws {
        let folder = try TemporaryFolder()
        try folder.write("Mijn brieven é/.taalmaat.yml", "regels:\n  woord.ambtelijk: uit\n")
        let uri = folder.uri("Mijn brieven é/sub map/brief #1.txt")
        #expect(uri.contains("Mijn%20brieven%20%C3%A9"))
        let server = ServerHarness()
        _ = server.initialize(rootURI: folder.url.absoluteString)
        let diagnostics = server.openAndWait(uri, text: Self.letter)
        #expect(LSP.findings(diagnostics, code: "woord.ambtelijk").isEmpty)
        #expect(!LSP.findings(diagnostics, code: "brief.afsluiting").isEmpty)
    }

    @Test func aChangedConfigurationFileIsReadAgainOnDidChangeWatchedFiles() throws {
        let folder = try TemporaryFolder()
        let config = try folder.write(".taalmaat.yml", "profiel: brief\n")
        let server = ServerHarness()
        _ = server.initialize(rootURI: folder.url.absoluteString)
        let uri = folder.uri("brief.txt")
        #expect(!LSP.findings(server.openAndWait(uri, text: Self.letter), code: "woord.ambtelijk").isEmpty)

        try "profiel: brief\nregels:\n  woord.ambtelijk: uit\n".write(to: config, atomically: true, encoding: .utf8)
        server.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(config.absoluteString), "type": 2]]])
        let after = try #require(server.diagnostics(for: uri))
        #expect(LSP.findings(after, code: "woord.ambtelijk").isEmpty)

        // Deleting the file brings back the defaults.
        try FileManager.default.removeItem(at: config)
        server.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(config.absoluteString), "type": 3]]])
        #expect(!LSP.findings(try #require(server.diagnostics(for: uri)), code: "woord.ambtelijk").isEmpty)
    }

    @Test func savingTheConfigurationFileInTheEditorReloadsIt() throws {
        let folder = try TemporaryFolder()
        let config = try folder.write(".taalmaat.yml", "profiel: brief\n")
        let server = ServerHarness()
        _ = server.initialize(rootURI: folder.url.absoluteString)
        let uri = folder.uri("brief.txt")
        _ = server.openAndWait(uri, text: Self.letter)

        // The editor has the configuration file open too: it is not checked as a letter.
        let newSettings = "profiel: brief\nminimale-ernst: waarschuwing\n"
        server.open(config.absoluteString, text: newSettings, languageId: "yaml")
        let configDiagnostics = try #require(server.diagnostics(for: config.absoluteString))
        #expect(configDiagnostics.isEmpty)

        try newSettings.write(to: config, atomically: true, encoding: .utf8)
        server.notify("textDocument/didSave", ["textDocument": ["uri": .string(config.absoluteString)]])
        let after = try #require(server.diagnostics(for: uri))
        #expect(LSP.findings(after, code: "brief.afsluiting").isEmpty)  // a tip, below the new minimum
        #expect(!LSP.findings(after, code: "woord.ambtelijk").isEmpty)  // a warning
    }

    @Test func aBrokenConfigurationFileIsReportedOnceAndTheDefaultsAreUsed() throws {
        let folder = try TemporaryFolder()
        try folder.write(".taalmaat.yml", "profiel: onzin\n")
        let server = ServerHarness()
        _ = server.initialize(rootURI: folder.url.absoluteString)
        server.open(folder.uri("brief.txt"), text: Self.letter)
        let message = try #require(server.notification("window/showMessage"))
        #expect(message["params"]?["type"]?.int == 1)
        #expect(message["params"]?["message"]?.string?.contains("Onbekend profiel 'onzin'") == true)
        let diagnostics = try #require(server.diagnostics(for: folder.uri("brief.txt")))
        #expect(!LSP.findings(diagnostics, code: "woord.ambtelijk").isEmpty)
        // A second document with the same broken file: no second message.
        server.open(folder.uri("tweede.txt"), text: Self.letter)
        var seen: [JSONValue] = []
        while let next = server.receive(timeout: 0.5) { seen.append(next) }
        #expect(!seen.contains { $0["method"]?.string == "window/showMessage" })
    }

    @Test func clientSettingsArriveThroughWorkspaceConfiguration() throws {
        let server = ServerHarness()
        _ = server.initialize(capabilities: ["workspace": ["configuration": true]])
        // After `initialized` the server asks for the section "taalmaat".
        let request = try #require(server.nextMessage())
        #expect(request["method"]?.string == "workspace/configuration")
        #expect(request["params"]?["items"]?.array?.first?["section"]?.string == "taalmaat")
        let requestID = try #require(request["id"])

        let uri = "file:///brief.txt"
        let before = server.openAndWait(uri, text: Self.letter)
        #expect(LSP.findings(before, code: "woord.ambtelijk").first?["severity"]?.int == 2)

        // Profile 'intern' tolerates officialese: the finding becomes a tip.
        server.send(["jsonrpc": "2.0", "id": requestID, "result": [["profiel": "intern"]]])
        let intern = try #require(server.diagnostics(for: uri))
        #expect(LSP.findings(intern, code: "woord.ambtelijk").first?["severity"]?.int == 3)
    }

    @Test func didChangeConfigurationWithSettingsAppliesThem() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let uri = "file:///brief.txt"
        let before = server.openAndWait(uri, text: Self.letter)
        #expect(!LSP.findings(before, code: "brief.afsluiting").isEmpty)

        server.notify("workspace/didChangeConfiguration", ["settings": ["taalmaat": ["minimaleErnst": "waarschuwing"]]])
        let warnings = try #require(server.diagnostics(for: uri))
        #expect(LSP.findings(warnings, code: "brief.afsluiting").isEmpty)
        #expect(LSP.findings(warnings, code: "woord.ambtelijk").count == 1)

        server.notify("workspace/didChangeConfiguration", ["settings": ["taalmaat": ["profiel": "intern", "minimaleErnst": "waarschuwing"]]])
        let internWarnings = try #require(server.diagnostics(for: uri))
        #expect(LSP.findings(internWarnings, code: "woord.ambtelijk").isEmpty)  // a tip in 'intern'

        server.notify("workspace/didChangeConfiguration", ["settings": ["taalmaat": [:]]])
        let defaults = try #require(server.diagnostics(for: uri))
        #expect(LSP.findings(defaults, code: "woord.ambtelijk").first?["severity"]?.int == 2)
    }

    @Test func didChangeConfigurationWithoutSettingsAsksTheClient() throws {
        let server = ServerHarness()
        _ = server.initialize(capabilities: ["workspace": ["configuration": true]])
        let first = try #require(server.nextMessage())
        #expect(first["method"]?.string == "workspace/configuration")
        server.send(["jsonrpc": "2.0", "id": first["id"]!, "result": [.null]])  // no settings yet

        let uri = "file:///brief.txt"
        _ = server.openAndWait(uri, text: Self.letter)
        server.notify("workspace/didChangeConfiguration", ["settings": .null])
        let second = try #require(server.nextMessage())
        #expect(second["method"]?.string == "workspace/configuration")
        #expect(second["id"] != first["id"])
        // An answer to an older request is ignored; the current one is used.
        server.send(["jsonrpc": "2.0", "id": first["id"]!, "result": [["minimaleErnst": "fout"]]])
        server.send(["jsonrpc": "2.0", "id": second["id"]!, "result": [["minimaleErnst": "waarschuwing"]]])
        let after = try #require(server.diagnostics(for: uri))
        #expect(LSP.findings(after, code: "brief.afsluiting").isEmpty)
        #expect(!LSP.findings(after, code: "woord.ambtelijk").isEmpty)
        // An error answer changes nothing and breaks nothing.
        server.notify("workspace/didChangeConfiguration", [:])
        let third = try #require(server.nextMessage())
        server.send(["jsonrpc": "2.0", "id": third["id"]!, "error": ["code": -32601, "message": "niet ondersteund"]])
        #expect(server.staysQuiet())
    }

    @Test func initializationOptionsCarrySettingsToo() throws {
        let server = ServerHarness()
        _ = server.initialize(initializationOptions: ["taalmaat": ["minimaleErnst": "waarschuwing"]])
        let diagnostics = server.openAndWait("file:///brief.txt", text: Self.letter)
        #expect(LSP.findings(diagnostics, code: "brief.afsluiting").isEmpty)
        #expect(!LSP.findings(diagnostics, code: "woord.ambtelijk").isEmpty)
    }
}
