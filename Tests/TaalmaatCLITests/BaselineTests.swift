import Foundation
import Testing

@Suite struct BaselineTests {
    static let letter = """
        Beste mevrouw Jansen,

        Indien u vragen heeft, kunt u mij bellen. Wij zien ons genoodzaakt de huur op te zeggen.

        U dient het formulier te ondertekenen.

        Met vriendelijke groet,

        Karin de Vries, 06-12345678

        """

    struct Entry: Decodable, Equatable {
        let bestand: String
        let regel: String
        let tekst: String
        let zin: String
    }

    struct File: Decodable {
        let versie: Int
        let bevindingen: [Entry]
    }

    static func load(_ url: URL) throws -> File {
        try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
    }

    @Test func baselineThenOnlyNewFindings() throws {
        let folder = try Letters.folder(["brief.txt": Self.letter, "tweede.txt": Letters.fout])
        let write = try TaalmaatExecutable.run(["baseline"], in: folder.url)
        #expect(write.status == 0, "\(write.errorOutput)")
        #expect(write.output == ".taalmaat-basislijn.json: 7 bevindingen uit 2 bestanden opgeslagen.\n")
        let file = try Self.load(folder.file(".taalmaat-basislijn.json"))
        #expect(file.versie == 1)
        #expect(file.bevindingen.count == 7)
        #expect(Set(file.bevindingen.map(\.bestand)) == ["brief.txt", "tweede.txt"])
        #expect(file.bevindingen.contains(Entry(
            bestand: "brief.txt", regel: "toon.dreigen", tekst: "wij zien ons genoodzaakt",
            zin: "wij zien ons genoodzaakt de huur op te zeggen.")))
        #expect(try folder.read(".taalmaat-basislijn.json").hasSuffix("}\n"))

        // Right after: nothing new.
        let clean = try TaalmaatExecutable.run(["check", "--baseline", ".taalmaat-basislijn.json", "--format", "regel"], in: folder.url)
        #expect(clean.status == 0)
        #expect(clean.output.isEmpty, "\(clean.output)")

        // Lines shift (two new lines at the top), two findings are fixed (the first
        // sentence is rewritten), one is new (a new sentence); the rest stays known.
        let edited = Self.letter
            .replacingOccurrences(of: "Beste mevrouw Jansen,\n", with: "Beste mevrouw Jansen,\n\nWij schrijven u over de huur.\nIn deze brief leest u wat er nu gebeurt.\n")
            .replacingOccurrences(of: "Indien u vragen heeft, kunt u mij bellen.", with: "Heeft u vragen? Bel mij dan.")
            .replacingOccurrences(of: "U dient het formulier te ondertekenen.", with: "U dient het formulier te ondertekenen.\n\nDerhalve sturen wij het formulier mee.")
        try folder.write("brief.txt", edited)
        let text = try TaalmaatExecutable.run(["check", "--baseline", ".taalmaat-basislijn.json", "brief.txt"], in: folder.url)
        #expect(text.status == 0, "only a warning is new")
        #expect(text.output.hasPrefix("brief.txt:10:1: waarschuwing woord.ambtelijk\n  'Derhalve' is een moeilijk woord."), "\(text.output)")
        #expect(!text.output.contains("toon.dreigen"), "a known finding on a shifted line stays matched: \(text.output)")
        #expect(!text.output.contains("dient"), "\(text.output)")
        #expect(text.output.contains("  2 bevindingen uit de basislijn zijn opgelost.\n"), "\(text.output)")

        let json = try TaalmaatExecutable.run(["check", "--baseline", ".taalmaat-basislijn.json", "brief.txt", "--format", "json"], in: folder.url)
        let report = try #require(try JSONSerialization.jsonObject(with: json.outputData) as? [String: Any])
        let result = try #require((report["files"] as? [[String: Any]])?.first)
        let fixed = (result["fixedBaselineEntries"] as? [[String: String]]) ?? []
        #expect(fixed == [
            ["rule": "brief.afsluiting", "text": "indien u vragen heeft", "sentence": "indien u vragen heeft, kunt u mij bellen."],
            ["rule": "woord.ambtelijk", "text": "indien", "sentence": "indien u vragen heeft, kunt u mij bellen."],
        ])

        // A new fout fails the run; old fouten do not.
        try folder.write("brief.txt", edited + "\nAls u niet betaalt, schakelen wij de deurwaarder in.\n")
        let failing = try TaalmaatExecutable.run(["check", "--baseline", ".taalmaat-basislijn.json", "--format", "regel"], in: folder.url)
        #expect(failing.status == 1)
        #expect(failing.output.contains(":fout:toon.dreigen:"), "\(failing.output)")
        #expect(failing.output.split(separator: "\n").filter { $0.contains(":fout:") }.count == 1, "\(failing.output)")
    }

    /// The baseline stores paths relative to its own folder, so it matches however the
    /// files are named on the command line and from wherever taalmaat runs.
    @Test func baselineMatchesWhateverThePathLooksLike() throws {
        let folder = try TemporaryFolder()
        try folder.write("brieven/brief.txt", Self.letter)
        let write = try TaalmaatExecutable.run(["baseline", "brieven", "--output", "brieven/basislijn.json"], in: folder.url)
        #expect(write.status == 0, "\(write.errorOutput)")
        #expect(write.output == "brieven/basislijn.json: 6 bevindingen uit 1 bestand opgeslagen.\n")
        #expect(try Self.load(folder.file("brieven/basislijn.json")).bevindingen.allSatisfy { $0.bestand == "brief.txt" })
        let runs: [([String], URL)] = [
            (["check", "brieven", "--baseline", "brieven/basislijn.json"], folder.url),
            (["check", "./brieven/brief.txt", "--baseline", "brieven/basislijn.json"], folder.url),
            (["check", "--baseline", "basislijn.json"], folder.file("brieven")),
            (["check", "./brief.txt", "--baseline", "./basislijn.json"], folder.file("brieven")),
            (["check", "../brieven/brief.txt", "--baseline", "basislijn.json"], folder.file("brieven")),
        ]
        for (arguments, directory) in runs {
            let run = try TaalmaatExecutable.run(arguments + ["--format", "regel"], in: directory)
            #expect(run.status == 0 && run.output.isEmpty, "\(arguments) in \(directory.lastPathComponent): \(run.output)")
        }
    }

    @Test func baselineFromTheConfiguration() throws {
        let folder = try Letters.folder(["brief.txt": Self.letter, ".taalmaat.yml": "basislijn: controle/basislijn.json\n"])
        try FileManager.default.createDirectory(at: folder.file("controle"), withIntermediateDirectories: true)
        let write = try TaalmaatExecutable.run(["baseline"], in: folder.url)
        #expect(write.output == "controle/basislijn.json: 6 bevindingen uit 1 bestand opgeslagen.\n", "\(write.output) \(write.errorOutput)")
        #expect(try Self.load(folder.file("controle/basislijn.json")).bevindingen.allSatisfy { $0.bestand == "../brief.txt" })
        let check = try TaalmaatExecutable.run(["check", "--format", "regel"], in: folder.url)
        #expect(check.status == 0)
        #expect(check.output.isEmpty, "the configured baseline applies without --baseline: \(check.output)")
    }

    /// Each entry absorbs one finding: the same problem twice where the baseline knew it once is new once.
    @Test func aRepeatedProblemIsNewOnce() throws {
        let folder = try Letters.folder(["brief.txt": Letters.fout])
        #expect(try TaalmaatExecutable.run(["baseline"], in: folder.url).status == 0)
        let doubled = Letters.fout.replacingOccurrences(
            of: "Wij bellen u op maandag 3 maart.", with: "Wij zien ons genoodzaakt de huur op te zeggen. Wij bellen u op maandag 3 maart.")
        try folder.write("brief.txt", doubled)
        let run = try TaalmaatExecutable.run(["check", "--baseline", ".taalmaat-basislijn.json", "--format", "regel"], in: folder.url)
        #expect(run.output.split(separator: "\n").filter { $0.contains("toon.dreigen") }.count == 1, "\(run.output)")
        #expect(run.status == 1)
    }

    @Test func baselineReportsFilesThatCouldNotBeChecked() throws {
        let folder = try Letters.folder(["brief.txt": Self.letter])
        let run = try TaalmaatExecutable.run(["baseline", "brief.txt", "weg.txt"], in: folder.url)
        #expect(run.status == 2)
        #expect(run.errorOutput == "taalmaat: weg.txt bestaat niet.\n")
        #expect(run.output == ".taalmaat-basislijn.json: 6 bevindingen uit 1 bestand opgeslagen.\n")
        let unwritable = try TaalmaatExecutable.run(["baseline", "brief.txt", "--output", "geen/map/basislijn.json"], in: folder.url)
        #expect(unwritable.status == 2)
        #expect(unwritable.errorOutput.hasPrefix("taalmaat: geen/map/basislijn.json kan niet worden geschreven"), "\(unwritable.errorOutput)")
    }
}
