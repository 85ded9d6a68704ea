import ArgumentParser
import Foundation
import TaalmaatLanguageServer

/// `taalmaat lsp`: the language server for editors (JSON-RPC over standard input and
/// output). See README.md for VS Code, Neovim and Helix.
struct LanguageServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp", abstract: "Start de taalserver voor editors (Language Server Protocol via stdin/stdout).")

    func run() throws {
        // An editor that closes its end of the pipe must not kill the server mid-write:
        // the write fails, and the server stops when its input ends.
        signal(SIGPIPE, SIG_IGN)
        let streams = StandardStreams()
        let code = LanguageServer(source: streams, sink: streams).run()
        throw ExitCode(code)
    }
}
