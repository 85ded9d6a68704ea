import ArgumentParser
import Foundation
import Taalmaat
import TaalmaatText

/// `taalmaat tokens FILE`: shows how Taalmaat reads a text (blocks, sentences,
/// tokens). Useful when a finding is unexpected.
struct TokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens", abstract: "Toon hoe Taalmaat een tekst leest: blokken, zinnen en woorden.")

    @Argument(help: "Het bestand.")
    var path: String

    func run() throws {
        let input = InputFile(displayPath: path, url: URL(fileURLWithPath: path), settingsURL: URL(fileURLWithPath: path))
        do {
            let source = try InputFile.decode(try input.readBytes(maximumSize: InputFile.defaultMaximumSize))
            let lexicon = try TokenizerLexicon.bundled(in: DictionaryDirectory.locate())
            let document = Document(source: source, tokenizer: Tokenizer(lexicon: lexicon, options: TokenizerOptions(format: input.format)))
            writeOutput(document.outline())
        } catch let error as InputFile.ReadError {
            printError("taalmaat: \(path) \(error.message)")
            throw ExitCode(ExitStatus.failure)
        } catch {
            printError("taalmaat: \(error)")
            throw ExitCode(ExitStatus.failure)
        }
    }
}
