import Foundation
import Testing

/// Small letters whose findings are known: only a warning (and a tip), only a tip, a fout.
enum Letters {
    /// Two warnings (`Indien`, `tevens`) and one tip (stiff closing), no fout.
    static let warnings = """
        Beste mevrouw Jansen,

        Indien u vragen heeft, bel mij dan op 06-12345678. Neem tevens uw post mee.

        Met vriendelijke groet,

        Karin de Vries

        """
    /// One tip (`Hoogachtend`).
    static let tip = """
        Beste mevrouw Jansen,

        Hoogachtend,

        Karin de Vries, 06-12345678

        """
    /// One fout (`Wij zien ons genoodzaakt`).
    static let fout = """
        Beste mevrouw Jansen,

        Wij bellen u op maandag 3 maart. Wij zien ons genoodzaakt de huur op te zeggen.

        Met vriendelijke groet,

        Karin de Vries, 06-12345678

        """

    /// Severities in `regel` output, to check what a fixture letter still triggers.
    static func severities(_ run: CommandLineRun) -> [String] {
        run.output.split(separator: "\n").map { line in
            let parts = line.split(separator: ":", maxSplits: 4, omittingEmptySubsequences: false)
            return parts.count > 3 ? String(parts[3]) : "?"
        }
    }

    static func folder(_ files: [String: String]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for (name, text) in files { try folder.write(name, text) }
        return folder
    }
}

@Suite struct ExitCodeTests {
    /// The letters still trigger what these tests assume (a rule change shows up here first).
    @Test func letterFixturesTriggerWhatTheTestsAssume() throws {
        let folder = try Letters.folder(["w.txt": Letters.warnings, "t.txt": Letters.tip, "f.txt": Letters.fout])
        let warnings = try TaalmaatExecutable.run(["check", "w.txt", "--format", "regel"], in: folder.url)
        #expect(Letters.severities(warnings).sorted() == ["tip", "waarschuwing", "waarschuwing"], "\(warnings.output)")
        let tip = try TaalmaatExecutable.run(["check", "t.txt", "--format", "regel"], in: folder.url)
        #expect(Letters.severities(tip) == ["tip"], "\(tip.output)")
        let fout = try TaalmaatExecutable.run(["check", "f.txt", "--format", "regel"], in: folder.url)
        #expect(Letters.severities(fout) == ["fout"], "\(fout.output)")
    }

    @Test func exitCodeFollowsFailOn() throws {
        let folder = try Letters.folder(["w.txt": Letters.warnings, "t.txt": Letters.tip, "f.txt": Letters.fout])
        let cases: [([String], Int32)] = [
            (["check", "w.txt"], 0),  // default --fail-on fout
            (["check", "t.txt"], 0),
            (["check", "f.txt"], 1),
            (["check", "w.txt", "--fail-on", "waarschuwing"], 1),
            (["check", "t.txt", "--fail-on", "waarschuwing"], 0),
            (["check", "t.txt", "--fail-on", "tip"], 1),
            (["check", "w.txt", "--fail-on", "fout"], 0),
            (["check", "w.txt", "--fail-on", "warning"], 1),  // English names work too
            (["check", "w.txt", "t.txt"], 0),
            (["check", "w.txt", "t.txt", "f.txt"], 1),
        ]
        for (arguments, expected) in cases {
            let run = try TaalmaatExecutable.run(arguments, in: folder.url)
            #expect(run.status == expected, "taalmaat \(arguments.joined(separator: " ")) → \(run.status)\n\(run.errorOutput)")
            #expect(run.errorOutput.isEmpty, "\(arguments): \(run.errorOutput)")
        }
    }

    @Test func failOnAndMaxWarningsFromTheConfiguration() throws {
        let folder = try Letters.folder(["w.txt": Letters.warnings, ".taalmaat.yml": "falen-bij: waarschuwing\n"])
        #expect(try TaalmaatExecutable.run(["check", "w.txt"], in: folder.url).status == 1)
        // The command line wins over the file.
        #expect(try TaalmaatExecutable.run(["check", "w.txt", "--fail-on", "fout"], in: folder.url).status == 0)
        try folder.write(".taalmaat.yml", "max-waarschuwingen: 1\n")
        #expect(try TaalmaatExecutable.run(["check", "w.txt"], in: folder.url).status == 1)
        #expect(try TaalmaatExecutable.run(["check", "w.txt", "--max-warnings", "2"], in: folder.url).status == 0)
    }

    @Test func maxWarnings() throws {
        let folder = try Letters.folder(["w.txt": Letters.warnings, "t.txt": Letters.tip])
        for (limit, expected) in [("0", Int32(1)), ("1", 1), ("2", 0), ("10", 0)] {
            let run = try TaalmaatExecutable.run(["check", "w.txt", "--max-warnings", limit], in: folder.url)
            #expect(run.status == expected, "--max-warnings \(limit) with 2 warnings → \(run.status)")
        }
        // Tips are not warnings.
        #expect(try TaalmaatExecutable.run(["check", "t.txt", "--max-warnings", "0"], in: folder.url).status == 0)
    }

    @Test func quietShowsOnlyFindingsAtFailOnButCountsEverything() throws {
        let folder = try Letters.folder(["w.txt": Letters.warnings, "f.txt": Letters.fout])
        let quiet = try TaalmaatExecutable.run(["check", "w.txt", "--quiet"], in: folder.url)
        #expect(quiet.status == 0)
        #expect(quiet.output.isEmpty, "nothing at or above fout, no summary: \(quiet.output)")
        // --quiet hides warnings, but --max-warnings still counts them.
        let limited = try TaalmaatExecutable.run(["check", "w.txt", "--quiet", "--max-warnings", "0"], in: folder.url)
        #expect(limited.status == 1)
        #expect(limited.output.isEmpty)
        let warnings = try TaalmaatExecutable.run(["check", "w.txt", "--quiet", "--fail-on", "waarschuwing"], in: folder.url)
        #expect(warnings.status == 1)
        #expect(warnings.output.components(separatedBy: ": waarschuwing woord.ambtelijk").count == 3, "\(warnings.output)")
        #expect(!warnings.output.contains(" tip "), "tips are below --fail-on: \(warnings.output)")
        #expect(!warnings.output.contains("Taalniveau"), "no summary with --quiet: \(warnings.output)")
        let both = try TaalmaatExecutable.run(["check", "w.txt", "f.txt", "--quiet", "--format", "regel"], in: folder.url)
        #expect(both.status == 1)
        #expect(both.output.hasPrefix("f.txt:3:34:fout:toon.dreigen:") && both.output.split(separator: "\n").count == 1, "\(both.output)")
    }

    @Test func usageErrorsExitWith2() throws {
        let folder = try Letters.folder(["w.txt": Letters.warnings])
        let cases: [([String], String)] = [
            (["check", "w.txt", "--format", "xml"], "Onbekende uitvoer 'xml'. Kies uit: tekst, json, sarif, github, checkstyle, junit, regel."),
            (["check", "w.txt", "--fail-on", "ernstig"], "--fail-on"),
            (["check", "w.txt", "--profile", "baby"], "--profile"),
            (["check", "w.txt", "--max-warnings=-1"], "--max-warnings moet 0 of meer zijn."),
            (["check", "w.txt", "--max-size", "0"], "--max-size moet 1 (MB) of meer zijn."),
            (["check", "w.txt", "--bestaat-niet"], "--bestaat-niet"),
            (["explain"], "rule"),
            (["fix", "--dry-run", "--format", "json"], "--format"),
        ]
        for (arguments, message) in cases {
            let run = try TaalmaatExecutable.run(arguments, in: folder.url)
            #expect(run.status == 2, "taalmaat \(arguments.joined(separator: " ")) → \(run.status) (ArgumentParser's own code is 64)")
            #expect(run.errorOutput.contains(message), "\(arguments): \(run.errorOutput)")
            #expect(run.output.isEmpty, "\(arguments): \(run.output)")
        }
        // Help and version are not errors.
        #expect(try TaalmaatExecutable.run(["check", "--help"], in: folder.url).status == 0)
        #expect(try TaalmaatExecutable.run(["--version"], in: folder.url).status == 0)
    }

    @Test func inputAndDictionaryProblemsExitWith2() throws {
        let folder = try Letters.folder(["f.txt": Letters.fout])
        let missing = try TaalmaatExecutable.run(["check", "f.txt", "weg.txt", "--format", "regel"], in: folder.url)
        #expect(missing.status == 2, "a file that cannot be checked wins over findings")
        #expect(missing.output == "f.txt:3:34:fout:toon.dreigen:'Wij zien ons genoodzaakt' klinkt als een dreigement. Schrijf liever: 'daarom gaan wij …'.\nweg.txt:1:1:fout:taalmaat:bestaat niet.\n")

        let dictionaries = try TaalmaatExecutable.run(["check", "f.txt"], in: folder.url, environment: ["TAALMAAT_DICTIONARIES": "/bestaat/niet"])
        #expect(dictionaries.status == 2)
        #expect(dictionaries.output.isEmpty)
        #expect(
            dictionaries.errorOutput
                == "taalmaat: De woordenlijsten van Taalmaat zijn niet gevonden (gezocht in: /bestaat/niet). Zet TAALMAAT_DICTIONARIES op de map Dictionaries.\n")
        for command in [["rules"], ["explain", "zin.lang"], ["fix", "f.txt"], ["baseline", "f.txt"]] {
            let run = try TaalmaatExecutable.run(command, in: folder.url, environment: ["TAALMAAT_DICTIONARIES": "/bestaat/niet"])
            #expect(run.status == 2, "\(command) without dictionaries → \(run.status)")
            #expect(run.errorOutput.contains("De woordenlijsten van Taalmaat zijn niet gevonden"), "\(command): \(run.errorOutput)")
        }

        let baseline = try TaalmaatExecutable.run(["check", "f.txt", "--baseline", "weg.json"], in: folder.url)
        #expect(baseline.status == 2)
        #expect(baseline.errorOutput == "taalmaat: de basislijn weg.json kan niet worden gelezen. Maak hem met 'taalmaat baseline'.\n")

        let empty = try TemporaryFolder()
        let nothing = try TaalmaatExecutable.run(["check"], in: empty.url)
        #expect(nothing.status == 2)
        #expect(
            nothing.errorOutput
                == "taalmaat: geen bestanden gevonden om te controleren. Kijk of het pad klopt en of 'negeren' in .taalmaat.yml niet alles overslaat.\n")
        let allowed = try TaalmaatExecutable.run(["check", "--allow-no-files"], in: empty.url)
        #expect(allowed.status == 0)
    }

    @Test func standardInput() throws {
        let folder = try Letters.folder([".taalmaat.yml": "profielen:\n  \"kinderen/**\": kind\n"])
        let plain = try TaalmaatExecutable.run(["check", "-", "--format", "regel"], in: folder.url, input: Letters.fout)
        #expect(plain.status == 1)
        #expect(plain.output.hasPrefix("<stdin>:3:34:fout:toon.dreigen:"), "\(plain.output)")

        // --stdin-name gives the path, the format (Markdown comments) and the profile (kinderen/** → kind).
        let markdown = "<!-- taalmaat-uit-volgende: toon.dreigen -->\n" + Letters.warnings
        let named = try TaalmaatExecutable.run(
            ["check", "-", "--stdin-name", "kinderen/brief.md", "--format", "json"], in: folder.url, input: markdown)
        let report = try #require(try JSONSerialization.jsonObject(with: named.outputData) as? [String: Any])
        let file = try #require((report["files"] as? [[String: Any]])?.first)
        #expect(file["path"] as? String == "kinderen/brief.md")
        #expect(file["profile"] as? String == "kind")
        let findings = file["findings"] as? [[String: Any]] ?? []
        #expect(findings.contains { $0["rule"] as? String == "taalmaat.overbodig-uit" }, "the comment is read as a directive")
        #expect(findings.filter { $0["rule"] as? String == "woord.ambtelijk" }.allSatisfy { $0["severity"] as? String == "fout" })
        #expect(named.status == 1)

        // --profile wins over the configuration, also for standard input.
        let profiled = try TaalmaatExecutable.run(
            ["check", "-", "--stdin-name", "kinderen/brief.txt", "--profile", "intern", "--format", "regel"], in: folder.url,
            input: Letters.warnings)
        #expect(profiled.status == 0)
        #expect(!profiled.output.contains(":waarschuwing:woord.ambtelijk"), "\(profiled.output)")
        #expect(profiled.output.contains("kinderen/brief.txt:3:1:tip:woord.ambtelijk:"), "intern makes officialese a tip: \(profiled.output)")

        let empty = try TaalmaatExecutable.run(["check", "-"], in: folder.url, input: "")
        #expect(empty.status == 0, "empty standard input is an empty text: \(empty.errorOutput)")

        let big = try TaalmaatExecutable.run(["check", "-", "--max-size", "1"], in: folder.url, inputData: Data(repeating: 0x61, count: 1_200_000))
        #expect(big.status == 2)
        #expect(big.output.contains("<stdin>: niet gecontroleerd: is te groot (meer dan 1 MB)."), "\(big.output)")
    }
}

/// Colours: only on a terminal, never with `--no-color` or a non-empty `NO_COLOR`.
@Suite struct ColourTests {
    /// Runs taalmaat under a pseudo-terminal with `script` (util-linux on Linux, BSD on macOS).
    static func runOnTerminal(_ arguments: [String], in folder: URL, noColor: String?) throws -> String {
        let quoted = ([TaalmaatExecutable.url.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        #if os(Linux)
            process.arguments = ["script", "-qfec", quoted.joined(separator: " "), "/dev/null"]
        #else
            process.arguments = ["script", "-q", "/dev/null"] + [TaalmaatExecutable.url.path] + arguments
        #endif
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = noColor
        environment["TERM"] = "xterm"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        if process.terminationStatus == 127 { Issue.record("'script' (util-linux) ontbreekt: \(output)") }
        return output
    }

    @Test func coloursOnlyOnATerminalAndNeverWithNoColor() throws {
        let folder = try Letters.folder(["f.txt": Letters.fout])
        let escape = "\u{1B}["
        let terminal = try Self.runOnTerminal(["check", "f.txt"], in: folder.url, noColor: nil)
        #expect(terminal.contains("toon.dreigen"), "\(terminal)")
        #expect(terminal.contains(escape + "31mfout" + escape + "0m"), "red 'fout' on a terminal: \(terminal.debugDescription)")
        let flag = try Self.runOnTerminal(["check", "f.txt", "--no-color"], in: folder.url, noColor: nil)
        #expect(flag.contains("toon.dreigen") && !flag.contains(escape), "\(flag.debugDescription)")
        let variable = try Self.runOnTerminal(["check", "f.txt"], in: folder.url, noColor: "1")
        #expect(variable.contains("toon.dreigen") && !variable.contains(escape), "\(variable.debugDescription)")
        // no-color.org: an empty NO_COLOR does not count.
        let empty = try Self.runOnTerminal(["check", "f.txt"], in: folder.url, noColor: "")
        #expect(empty.contains(escape), "\(empty.debugDescription)")
        // Machine formats never get colours, even on a terminal.
        let regel = try Self.runOnTerminal(["check", "f.txt", "--format", "regel"], in: folder.url, noColor: nil)
        #expect(regel.contains("toon.dreigen") && !regel.contains(escape), "\(regel.debugDescription)")
        // Not a terminal (a pipe): no colours without NO_COLOR.
        let piped = try TaalmaatExecutable.run(["check", "f.txt"], in: folder.url, environment: ["NO_COLOR": nil])
        #expect(piped.output.contains("toon.dreigen") && !piped.output.contains(escape))
    }
}
