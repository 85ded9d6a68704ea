import ArgumentParser
import Foundation

/// The `taalmaat` command: checks Dutch letters and reports for plain language (B1)
/// and stress-raising wording.
@main
struct TaalmaatCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "taalmaat",
        abstract: "Controleert brieven en verslagen op taalniveau B1 en op woorden die stress geven.",
        discussion: """
            Taalmaat stuurt nooit tekst weg en bewaart geen tekst. Alles gebeurt op uw eigen computer.

            Exitcodes (exit codes):
              0  geen bevindingen op of boven --fail-on (standaard: fout)
              1  bevindingen op of boven --fail-on, of meer waarschuwingen dan --max-warnings
              2  verkeerd gebruik, een fout in de instellingen, een bestand dat niet gelezen kon worden,
                 geen bestanden gevonden (behalve met --allow-no-files), of ontbrekende woordenlijsten
                 of Hunspell
            """,
        version: version,
        subcommands: [
            CheckCommand.self, FixCommand.self, RulesCommand.self, ExplainCommand.self, InitCommand.self,
            BaselineCommand.self, LanguageServerCommand.self, TokensCommand.self,
        ],
        defaultSubcommand: CheckCommand.self
    )

    /// Runs the command. ArgumentParser ends usage errors with exit code 64 (EX_USAGE);
    /// Taalmaat documents 2 for every kind of wrong use, so that code is mapped here.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(ExitStatus.failure)
            }
            exit(withError: error)
        }
    }
}

/// Exit codes of the command line.
enum ExitStatus {
    static let clean: Int32 = 0
    static let findings: Int32 = 1
    static let failure: Int32 = 2
}

/// Writes a Dutch message for the user to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
}

/// Writes to standard output without Swift's `print` buffering surprises.
func writeOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
