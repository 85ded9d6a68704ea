import Foundation
import Testing
@testable import TaalmaatLanguageServer

@Suite struct CodeActionTests {
    static func actions(_ server: ServerHarness, _ uri: String, _ range: JSONValue, only: [String]? = nil) -> [JSONValue] {
        var context: [String: JSONValue] = ["diagnostics": []]
        if let only { context["only"] = .array(only.map(JSONValue.string)) }
        return server.call("textDocument/codeAction", [
            "textDocument": ["uri": .string(uri)], "range": range, "context": .object(context),
        ])?.array ?? []
    }

    /// Applies a code action's edit to `text`, sends the new text and returns its diagnostics.
    static func applyAndRecheck(
        _ server: ServerHarness, _ uri: String, _ action: JSONValue, to text: String, version: Int
    ) throws -> (text: String, diagnostics: [JSONValue]) {
        let edits = LSP.edits(in: action["edit"], uri: uri)
        try #require(!edits.isEmpty, "the action has no edit for \(uri)")
        let newText = LSP.apply(edits, to: text)
        server.replaceText(uri, version: version, text: newText)
        let diagnostics = try #require(server.diagnostics(for: uri, version: version))
        return (newText, diagnostics)
    }

    @Test func aQuickFixPerSuggestionReplacesTheWord() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let uri = "file:///brief.txt"
        let text = "Beste Anna,\n\nIndien u vragen heeft, kunt u mij bellen.\n"
        _ = server.openAndWait(uri, text: text)
        let actions = Self.actions(server, uri, ServerHarness.range(2, 3, 2, 3))
        let titles = actions.compactMap { $0["title"]?.string }
        #expect(titles.prefix(2) == ["Vervang door ‘Als’", "Vervang door ‘Wanneer’"])
        let fix = try #require(actions.first)
        #expect(fix["kind"]?.string == "quickfix")
        #expect(fix["isPreferred"]?.bool == true)  // 'als' is a safe replacement
        #expect(actions[1]["isPreferred"]?.bool == false)
        #expect(fix["diagnostics"]?.array?.first?["code"]?.string == "woord.ambtelijk")
        let edits = LSP.edits(in: fix["edit"], uri: uri)
        #expect(edits.count == 1)
        #expect(edits.first?["newText"]?.string == "Als")
        #expect(DiagnosticsTests.start(edits.first?["range"]) == [2, 0])
        #expect(DiagnosticsTests.end(edits.first?["range"]) == [2, 6])

        let (newText, after) = try Self.applyAndRecheck(server, uri, fix, to: text, version: 2)
        #expect(newText == "Beste Anna,\n\nAls u vragen heeft, kunt u mij bellen.\n")
        #expect(LSP.findings(after, code: "woord.ambtelijk").isEmpty)
    }

    @Test func noActionsAwayFromFindingsExceptFixAll() {
        let server = ServerHarness()
        _ = server.initialize()
        let uri = "file:///brief.txt"
        _ = server.openAndWait(uri, text: "Beste Anna,\n\nIndien u vragen heeft, kunt u mij bellen.\n")
        let actions = Self.actions(server, uri, ServerHarness.range(0, 2, 0, 2))
        #expect(actions.allSatisfy { $0["kind"]?.string == "source.fixAll.taalmaat" })
        #expect(Self.actions(server, "file:///onbekend.txt", ServerHarness.range(0, 0, 0, 0)).isEmpty)
    }

    @Test(arguments: [
        // (format, language, text, line of the finding, expected inserted line)
        ("plain", "plaintext", "Beste Anna,\nIndien u vragen heeft, kunt u mij bellen.\n", 1,
         "taalmaat-uit-volgende: woord.ambtelijk"),
        ("plain, indented", "plaintext", "Beste Anna,\n\n    Indien u vragen heeft, kunt u mij bellen.\n", 2,
         "    taalmaat-uit-volgende: woord.ambtelijk"),
        ("markdown", "markdown", "# Uw vraag\n\nBeste Anna,\n\n- Indien u vragen heeft, kunt u mij bellen.\n", 4,
         "<!-- taalmaat-uit-volgende: woord.ambtelijk -->"),
        ("html", "html", "<html><body>\n<p>Beste Anna,</p>\n<p>Indien u vragen heeft, kunt u mij bellen.</p>\n</body></html>\n", 2,
         "<!-- taalmaat-uit-volgende: woord.ambtelijk -->"),
        ("html, indented", "html", "<div>\n  <p>\n    Indien u vragen heeft, kunt u mij bellen.\n  </p>\n</div>\n", 2,
         "    <!-- taalmaat-uit-volgende: woord.ambtelijk -->"),
    ])
    func switchingTheRuleOffForALineRemovesTheFinding(
        _ name: String, _ language: String, _ text: String, _ line: Int, _ expectedLine: String
    ) throws {
        let server = ServerHarness()
        _ = server.initialize()
        let uri = "file:///brief." + (language == "plaintext" ? "txt" : language == "markdown" ? "md" : "html")
        let before = server.openAndWait(uri, text: text, languageId: language)
        let finding = try #require(LSP.findings(before, code: "woord.ambtelijk").first, "\(name)")
        let start = try #require(LSP.point(finding["range"]?["start"]))
        #expect(start.0 == line)
        let actions = Self.actions(server, uri, ServerHarness.range(start.0, start.1, start.0, start.1 + 2))
        let action = try #require(actions.first { $0["title"]?.string == "Zet regel woord.ambtelijk uit voor deze regel" })
        #expect(action["kind"]?.string == "quickfix")

        let (newText, after) = try Self.applyAndRecheck(server, uri, action, to: text, version: 2)
        let lines = newText.components(separatedBy: "\n")
        #expect(lines[line] == expectedLine, "\(name)")
        #expect(lines[line + 1] == text.components(separatedBy: "\n")[line], "\(name)")
        #expect(LSP.findings(after, code: "woord.ambtelijk").isEmpty, "\(name): \(LSP.codes(after))")
        // The instruction is used, known and not reported itself.
        #expect(!LSP.codes(after).contains { $0.hasPrefix("taalmaat.") && $0 != "taalmaat.samenvatting" }, "\(name)")
    }

    @Test func suppressionKeepsCRLFLineEnds() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let uri = "file:///crlf.txt"
        let text = "Beste Anna,\r\n\r\nIndien u vragen heeft, kunt u mij bellen.\r\n"
        _ = server.openAndWait(uri, text: text)
        let action = try #require(Self.actions(server, uri, ServerHarness.range(2, 0, 2, 1)).first {
            $0["title"]?.string?.hasPrefix("Zet regel woord.ambtelijk") == true
        })
        let edit = try #require(LSP.edits(in: action["edit"], uri: uri).first)
        #expect(edit["newText"]?.string == "taalmaat-uit-volgende: woord.ambtelijk\r\n")
    }

    @Test func addingAWordToTheWordListInTheWorkspaceRootRemovesTheFinding() throws {
        let folder = try TemporaryFolder()
        let server = ServerHarness()
        _ = server.initialize(rootURI: folder.url.absoluteString)
        let uri = folder.uri("brieven/brief.txt")
        let before = server.openAndWait(uri, text: "Wij hebben de zorgcoordinator gebeld.\n")
        let spelling = try #require(LSP.findings(before, code: "woord.spelling").first)
        let start = try #require(LSP.point(spelling["range"]?["start"]))
        let actions = Self.actions(server, uri, ServerHarness.range(start.0, start.1, start.0, start.1))
        let add = try #require(actions.first { $0["title"]?.string == "Voeg ‘zorgcoordinator’ toe aan de woordenlijst" })
        #expect(add["kind"]?.string == "quickfix")
        let command = try #require(add["command"])
        #expect(command["command"]?.string == "taalmaat.voegToeAanWoordenlijst")
        #expect(add["edit"] == nil)

        // The editor runs the command it was given.
        let id = server.request("workspace/executeCommand", ["command": command["command"]!, "arguments": command["arguments"]!])
        var messages: [JSONValue] = []
        let response = try #require(server.response(to: id, notifications: &messages))
        #expect(response["error"] == nil)
        let list = try String(contentsOf: folder.file(".taalmaat-woorden.txt"), encoding: .utf8)
        #expect(list.components(separatedBy: "\n").contains("zorgcoordinator"))
        // The documents are checked again: the finding is gone.
        let republished = messages.last { $0["method"]?.string == "textDocument/publishDiagnostics" }
        let after = try #require(republished?["params"]?["diagnostics"]?.array)
        #expect(LSP.findings(after, code: "woord.spelling").isEmpty)
    }

    @Test func theWordListGoesNextToTheNearestConfigurationFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("team/.taalmaat.yml", "profiel: brief\n")
        let server = ServerHarness()
        _ = server.initialize(rootURI: folder.url.absoluteString)
        let uri = folder.uri("team/brieven/brief.txt")
        let before = server.openAndWait(uri, text: "Over de jeugdzorgplatformcoördinatiekwestie bellen wij u.\n")
        let long = try #require(LSP.findings(before, code: "woord.samenstelling").first)
        let start = try #require(LSP.point(long["range"]?["start"]))
        let add = try #require(Self.actions(server, uri, ServerHarness.range(start.0, start.1 + 1, start.0, start.1 + 1)).first {
            $0["command"]?["command"]?.string == "taalmaat.voegToeAanWoordenlijst"
        })
        let command = try #require(add["command"])
        let id = server.request("workspace/executeCommand", ["command": command["command"]!, "arguments": command["arguments"]!])
        var messages: [JSONValue] = []
        _ = try #require(server.response(to: id, notifications: &messages))
        #expect(FileManager.default.fileExists(atPath: folder.file("team/.taalmaat-woorden.txt").path))
        #expect(!FileManager.default.fileExists(atPath: folder.file(".taalmaat-woorden.txt").path))
        let republished = messages.last { $0["method"]?.string == "textDocument/publishDiagnostics" }
        let after = try #require(republished?["params"]?["diagnostics"]?.array)
        #expect(LSP.findings(after, code: "woord.samenstelling").isEmpty)
        let list = try String(contentsOf: folder.file("team/.taalmaat-woorden.txt"), encoding: .utf8)
        #expect(list.contains("jeugdzorgplatformcoördinatiekwestie\n"))
    }

    @Test func theWordListGetsOneWordPerLineAndNoDuplicates() throws {
        let folder = try TemporaryFolder()
        let server = ServerHarness()
        _ = server.initialize(rootURI: folder.url.absoluteString)
        let uri = folder.uri("brief.txt")
        _ = server.openAndWait(uri, text: "Wij hebben de zorgcoordinator gebeld.\n")
        for word in ["zorgcoordinator", " zorgcoordinator ", "twee\nregels", "# commentaar", "", "   "] {
            _ = server.call("workspace/executeCommand", ["command": "taalmaat.voegToeAanWoordenlijst", "arguments": [.string(word), .string(uri)]])
        }
        let list = try String(contentsOf: folder.file(".taalmaat-woorden.txt"), encoding: .utf8)
        let words = list.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(words == ["zorgcoordinator"])
    }

    @Test func anUnknownCommandOrBadArgumentsDoNothing() {
        let server = ServerHarness()
        _ = server.initialize()
        let unknown = server.request("workspace/executeCommand", ["command": "taalmaat.bestaatNiet", "arguments": []])
        #expect(server.response(to: unknown)?["result"] == .null)
        let noArguments = server.request("workspace/executeCommand", ["command": "taalmaat.voegToeAanWoordenlijst"])
        #expect(server.response(to: noArguments)?["result"] == .null)
        let wrongType = server.request("workspace/executeCommand", ["command": "taalmaat.voegToeAanWoordenlijst", "arguments": [42]])
        #expect(server.response(to: wrongType)?["result"] == .null)
    }

    @Test func fixAllAppliesEverySafeFix() throws {
        let server = ServerHarness()
        _ = server.initialize()
        let uri = "file:///alles.txt"
        let text = "Beste Anna,\n\nIndien u vragen heeft, kunt u mij bellen. Wij hebben reeds gebeld.\nTeneinde dit te regelen, bellen wij u.\n"
        let before = server.openAndWait(uri, text: text)
        #expect(LSP.findings(before, code: "woord.ambtelijk").count == 3)
        let actions = Self.actions(server, uri, ServerHarness.range(0, 0, 0, 0), only: ["source.fixAll"])
        #expect(actions.count == 1)
        let fixAll = try #require(actions.first)
        #expect(fixAll["kind"]?.string == "source.fixAll.taalmaat")
        #expect(fixAll["title"]?.string?.hasPrefix("Taalmaat: pas alle veilige verbeteringen toe") == true)
        let (newText, after) = try Self.applyAndRecheck(server, uri, fixAll, to: text, version: 2)
        #expect(newText == "Beste Anna,\n\nAls u vragen heeft, kunt u mij bellen. Wij hebben al gebeld.\nOm dit te regelen, bellen wij u.\n")
        #expect(LSP.findings(after, code: "woord.ambtelijk").isEmpty)

        // Asking only for quick fixes leaves the source action out, and the other way round.
        _ = server.openAndWait("file:///weer.txt", text: text)
        let quickOnly = Self.actions(server, "file:///weer.txt", ServerHarness.range(2, 0, 2, 1), only: ["quickfix"])
        #expect(!quickOnly.isEmpty && quickOnly.allSatisfy { $0["kind"]?.string == "quickfix" })
        #expect(Self.actions(server, "file:///weer.txt", ServerHarness.range(2, 0, 2, 1), only: ["source.organizeImports"]).isEmpty)
    }
}
