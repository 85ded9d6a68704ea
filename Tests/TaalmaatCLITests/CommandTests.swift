import Foundation
import Taalmaat
import Testing

/// `rules`, `explain` and `init`.
@Suite struct CommandTests {
    @Test func rulesListsEveryRuleWithItsSeverities() throws {
        let run = try TaalmaatExecutable.run(["rules"])
        #expect(run.status == 0)
        #expect(run.errorOutput.isEmpty)
        let lines = run.output.components(separatedBy: "\n")
        #expect(lines.first == "Ernst per profiel: brief / verslag / kind / intern (uit = staat uit).")
        #expect(run.output.hasSuffix("\nMeer over een regel: taalmaat explain REGEL\n"))
        for rule in try RuleCatalog.descriptions() {
            let severities = Profile.allCases.map { rule.severities[$0]?.rawValue ?? "uit" }.joined(separator: " / ")
            let line = lines.first { $0.hasPrefix("  \(rule.id.rawValue) ") }
            #expect(line?.hasSuffix(severities) == true, "\(rule.id): \(line ?? "missing")")
            #expect(run.output.contains(rule.summary), "\(rule.id): summary missing")
        }
        for category in RuleCategory.allCases { #expect(lines.contains(category.title), "\(category.title)") }
    }

    @Test func explainEveryRule() throws {
        for rule in try RuleCatalog.descriptions() {
            let run = try TaalmaatExecutable.run(["explain", rule.id.rawValue])
            #expect(run.status == 0, "\(rule.id): \(run.errorOutput)")
            #expect(run.output.hasPrefix("\(rule.id.rawValue): \(rule.name)\n\n\(rule.summary)\n\nWat is het?\n"), "\(rule.id)")
            #expect(run.output.contains("Waarom is dit belangrijk?\n"))
            #expect(run.output.contains("Ernst per profiel:\n  brief: "))
        }
    }

    @Test func explainAnUnknownRule() throws {
        let close = try TaalmaatExecutable.run(["explain", "zin.lng"])
        #expect(close.status == 2)
        #expect(close.output.isEmpty)
        #expect(close.errorOutput == "taalmaat: er is geen regel 'zin.lng'. Bedoelt u 'zin.lang'? 'taalmaat rules' toont alle regels.\n")
        let far = try TaalmaatExecutable.run(["explain", "iets-heel-anders"])
        #expect(far.status == 2)
        #expect(far.errorOutput == "taalmaat: er is geen regel 'iets-heel-anders'. 'taalmaat rules' toont alle regels.\n")
    }

    @Test func initWritesAConfigurationThatLoads() throws {
        let folder = try Letters.folder(["brief.txt": Letters.warnings])
        let run = try TaalmaatExecutable.run(["init"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.output == ".taalmaat.yml is gemaakt. Pas het aan en controleer met: taalmaat check\n")
        let written = try folder.read(".taalmaat.yml")
        #expect(written.hasPrefix("# Instellingen voor Taalmaat."))

        // The file loads: check runs with it (exit 0: only warnings), nothing on stderr.
        let check = try TaalmaatExecutable.run(["check", "--format", "regel"], in: folder.url)
        #expect(check.status == 0, "\(check.errorOutput)")
        #expect(check.errorOutput.isEmpty)
        #expect(check.output.contains("brief.txt:3:1:waarschuwing:woord.ambtelijk:"))
        let explicit = try TaalmaatExecutable.run(["check", "--config", ".taalmaat.yml", "brief.txt"], in: folder.url)
        #expect(explicit.status == 0 && explicit.errorOutput.isEmpty, "\(explicit.errorOutput)")
    }

    @Test func initRefusesToOverwriteWithoutForce() throws {
        let folder = try TemporaryFolder()
        try folder.write(".taalmaat.yml", "profiel: kind\n")
        let refused = try TaalmaatExecutable.run(["init"], in: folder.url)
        #expect(refused.status == 2)
        #expect(refused.errorOutput == "taalmaat: .taalmaat.yml bestaat al. Gebruik --force om het te overschrijven.\n")
        #expect(try folder.read(".taalmaat.yml") == "profiel: kind\n")
        let forced = try TaalmaatExecutable.run(["init", "--force"], in: folder.url)
        #expect(forced.status == 0)
        #expect(try folder.read(".taalmaat.yml").hasPrefix("# Instellingen voor Taalmaat."))
        let elsewhere = try TaalmaatExecutable.run(["init", "--output", "instellingen/taalmaat.yml"], in: folder.url)
        #expect(elsewhere.status == 2)
        #expect(elsewhere.errorOutput.hasPrefix("taalmaat: instellingen/taalmaat.yml kan niet worden geschreven"), "\(elsewhere.errorOutput)")
    }

    /// Every example in the template, uncommented, is a valid setting: the comments
    /// teach nothing that the loader rejects.
    @Test func everyExampleInTheInitTemplateIsValid() throws {
        let folder = try Letters.folder(["brief.txt": Letters.warnings])
        #expect(try TaalmaatExecutable.run(["init"], in: folder.url).status == 0)
        let template = try folder.read(".taalmaat.yml")
        // "#   key: value" and "# key: value" lines become settings; prose comments stay comments.
        let settings = template.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("# ") else { return String(line) }
            let body = line.dropFirst(2)
            let looksLikeSetting = body.hasPrefix("  ") || body.range(of: #"^[a-z-]+:( |$)"#, options: .regularExpression) != nil
            return looksLikeSetting ? String(body) : String(line)
        }.joined(separator: "\n")
        #expect(settings.contains("\nregels:\n  toon.uitroepteken: uit\n"), "\(settings)")
        try folder.write(".taalmaat.yml", settings)
        try folder.write("eigen-vaktaal.tsv", "woord\talternatieven\tuitleg\tvoorbeeld\topties\tgoed\nperspectiefplan\tplan\tEen perspectiefplan is een plan.\tWij maken een perspectiefplan.\t\t\n")
        try folder.write("toegestane-woorden.txt", "Jansen\n")
        try folder.write(".taalmaat-basislijn.json", "{\"versie\": 1, \"bevindingen\": []}\n")
        let check = try TaalmaatExecutable.run(["check", "brief.txt", "--format", "regel"], in: folder.url)
        #expect(check.errorOutput.isEmpty, "\(check.errorOutput)\n\(settings)")
        #expect(check.status != 2)
    }
}
