import ArgumentParser
import Foundation

/// `taalmaat init`: writes a commented default configuration file.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Maak een .taalmaat.yml met uitleg bij elke instelling.")

    @Option(help: "Waar het bestand komt.")
    var output: String = ".taalmaat.yml"

    @Flag(help: "Overschrijf een bestaand bestand.")
    var force = false

    func run() throws {
        if FileManager.default.fileExists(atPath: output), !force {
            printError("taalmaat: \(output) bestaat al. Gebruik --force om het te overschrijven.")
            throw ExitCode(ExitStatus.failure)
        }
        do {
            try Self.template.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            printError("taalmaat: \(output) kan niet worden geschreven (\(error.localizedDescription)).")
            throw ExitCode(ExitStatus.failure)
        }
        writeOutput("\(output) is gemaakt. Pas het aan en controleer met: taalmaat check\n")
    }

    static let template = """
        # Instellingen voor Taalmaat. Alle regels hieronder zijn optioneel.
        # Taalmaat zoekt dit bestand in de map van elk gecontroleerd bestand en in de mappen daarboven.

        # Voor wie is de tekst? brief (standaard), verslag, kind of intern.
        profiel: brief

        # Een profiel per map of patroon. Het eerste patroon dat past, telt.
        # profielen:
        #   "brieven/**": brief
        #   "rapportages/**": verslag
        #   "kinderen/**": kind

        # Regels aan- of uitzetten, de ernst veranderen (tip, waarschuwing, fout) of getallen aanpassen.
        # 'taalmaat rules' toont alle regels; 'taalmaat explain zin.lang' legt er één uit.
        # regels:
        #   toon.uitroepteken: uit
        #   woord.zeldzaam: waarschuwing
        #   zin.lang:
        #     waarschuwing-boven: 18
        #     fout-boven: 25
        #   toon: fout            # een hele groep: woord, zin, toon, brief of verslag

        # Eigen woordenlijsten, in het formaat van Dictionaries/woorden/*.tsv.
        # woordenlijsten:
        #   - bestand: eigen-vaktaal.tsv
        #     regel: woord.vaktaal

        # Woorden die nooit als moeilijk of fout gespeld gelden (namen, afkortingen die het gezin kent).
        # toegestane-woorden: [ADHD, Sem, Noor]
        # toegestane-woorden-bestand: toegestane-woorden.txt

        # Invulvelden: welke vormen Taalmaat herkent, en welke in sjablonen mogen blijven staan.
        # invulvelden:
        #   herkennen: ["{{naam}}", "[naam]", "«naam»"]
        #   sjabloon: ["{{naam}}"]

        # Welke bestanden een map-controle meeneemt, en welke niet.
        # bestanden: ["*.txt", "*.md", "*.html"]
        # negeren: ["archief/**", "*.concept.txt"]

        # Voor CI: vanaf welke ernst de controle faalt (exitcode 1), en hoeveel waarschuwingen mogen.
        # falen-bij: fout
        # max-waarschuwingen: 20

        # Toon alleen bevindingen vanaf deze ernst.
        # minimale-ernst: tip

        # Een basislijn met bekende bevindingen (maak hem met 'taalmaat baseline').
        # basislijn: .taalmaat-basislijn.json

        """
}
