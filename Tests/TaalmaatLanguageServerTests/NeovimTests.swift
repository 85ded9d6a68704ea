import Foundation
import Testing

/// `taalmaat lsp` with a real editor: headless Neovim and its built-in LSP client run
/// `Neovim/quickfix.lua` (open a letter, wait for diagnostics, apply the first quick fix).
@Suite struct NeovimTests {
    struct Result: Decodable {
        var error: String?
        var steps: [String]
        var nvim_version: String?
        var codes_before: [String]?
        var codes_after: [String]?
        var action_titles: [String]?
        var applied: String?
        var lines: [String]?
    }

    @Test func neovimAppliesTheQuickFixForIndien() throws {
        guard let nvim = findProgram("nvim") else {
            Issue.record("Neovim (nvim) is niet geïnstalleerd; deze test heeft het nodig. Installeer het met 'apt-get install neovim' (of 'make deps').")
            return
        }
        let folder = try TemporaryFolder()
        let letter = try folder.write("brief.txt", "Beste mevrouw Jansen,\n\nIndien u vragen heeft, kunt u mij bellen.\n\nMet vriendelijke groet,\nSanne Visser\n")
        let resultFile = folder.file("resultaat.json")
        let script = TaalmaatExecutable.testFolder.appendingPathComponent("Neovim/quickfix.lua")
        #expect(FileManager.default.fileExists(atPath: script.path))

        let process = Process()
        process.executableURL = nvim
        process.arguments = ["--headless", "--clean", "-n", "-i", "NONE", "-c", "luafile " + script.path]
        process.currentDirectoryURL = folder.url
        var environment = ProcessInfo.processInfo.environment
        environment["TAALMAAT_EXECUTABLE"] = TaalmaatExecutable.url.path
        environment["TAALMAAT_NVIM_LETTER"] = letter.path
        environment["TAALMAAT_NVIM_RESULT"] = resultFile.path
        environment["HOME"] = folder.url.path  // no user configuration, no log files elsewhere
        environment["XDG_STATE_HOME"] = folder.url.path
        environment["XDG_CACHE_HOME"] = folder.url.path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        if finished.wait(timeout: .now() + 90) == .timedOut {
            process.terminate()
            Issue.record("Neovim did not finish within 90 seconds")
        }
        process.waitUntilExit()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)

        let data = try #require(FileManager.default.contents(atPath: resultFile.path), "no result file; Neovim printed: \(printed)")
        let result = try JSONDecoder().decode(Result.self, from: data)
        #expect(result.error == nil, "\(result.error ?? "") (steps: \(result.steps))")
        #expect(process.terminationStatus == 0, "nvim exit status \(process.terminationStatus); output: \(printed)")
        #expect(result.steps == ["opened", "attached", "diagnostics", "code actions", "applied", "rechecked"])
        #expect(result.codes_before?.contains("woord.ambtelijk") == true)
        #expect(result.codes_before?.contains("taalmaat.samenvatting") == true)
        #expect(result.applied == "Vervang door ‘Als’")
        #expect(result.action_titles?.contains("Zet regel woord.ambtelijk uit voor deze regel") == true)
        #expect(result.codes_after?.contains("woord.ambtelijk") == false)
        #expect(result.lines?[2] == "Als u vragen heeft, kunt u mij bellen.")
        #expect(result.lines == [
            "Beste mevrouw Jansen,", "", "Als u vragen heeft, kunt u mij bellen.", "", "Met vriendelijke groet,", "Sanne Visser",
        ])
    }
}
