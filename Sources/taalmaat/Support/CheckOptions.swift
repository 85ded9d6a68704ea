import ArgumentParser
import Foundation
import Synchronization
import Taalmaat
import TaalmaatText

extension Profile: ExpressibleByArgument {}

extension Severity: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}

/// Options shared by `check`, `fix` and `baseline`.
struct CheckOptions: ParsableArguments {
    @Argument(help: "Bestanden of mappen om te controleren (- leest van standaardinvoer). Standaard: de huidige map.")
    var paths: [String] = []

    @Option(help: "Profiel: brief, verslag, kind of intern. Gaat voor het profiel in .taalmaat.yml.")
    var profile: Profile?

    @Option(help: "Instellingenbestand. Standaard: de dichtstbijzijnde .taalmaat.yml boven elk bestand.")
    var config: String?

    @Option(name: .customLong("stdin-name"), help: "Naam voor de tekst van standaardinvoer (voor profiel en opmaak).")
    var stdinName: String?

    @Option(name: .customLong("max-size"), help: "Grootste bestand in MB dat wordt gecontroleerd.")
    var maximumSizeMB: Int = InputFile.defaultMaximumSize / 1_048_576

    func validate() throws {
        guard maximumSizeMB >= 1 else { throw ValidationError("--max-size moet 1 (MB) of meer zijn.") }
    }
}

/// Checks the inputs in parallel and returns one result per input, in input order.
struct CheckSession {
    let options: CheckOptions
    let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)

    struct Outcome {
        var inputs: [InputFile]
        var results: [CheckedInput]
        /// Paths that could not be collected; `before` is the index in `results` they precede.
        var problems: [(path: String, message: String, before: Int)]
        var rules: [RuleDescription]
        var resolver: ConfigurationResolver
    }

    /// One input with its result, and the bytes that were read (for `fix`).
    struct CheckedInput: Sendable {
        let input: InputFile
        let report: Report?
        let bytes: [UInt8]?
        let failure: String?
    }

    /// Runs the check. Configuration errors and missing dictionaries are thrown as
    /// `CheckFailure` with a Dutch message.
    func run() throws(CheckFailure) -> Outcome {
        let rules: [RuleDescription]
        do {
            rules = try RuleCatalog.descriptions()
        } catch {
            throw CheckFailure(String(describing: error))
        }
        let resolver = ConfigurationResolver(
            explicitFile: options.config, profileOverride: options.profile, workingDirectory: workingDirectory, rules: rules)
        if let config = options.config {
            do {
                _ = try resolver.configuration(for: URL(fileURLWithPath: config))
            } catch {
                throw CheckFailure(error, workingDirectory: workingDirectory)
            }
        }
        let collected: FileCollector.Collected
        do {
            collected = try FileCollector(configurations: resolver, workingDirectory: workingDirectory)
                .collect(options.paths, standardInputName: options.stdinName)
        } catch let error as ConfigurationError {
            throw CheckFailure(error, workingDirectory: workingDirectory)
        } catch {
            throw CheckFailure(String(describing: error))
        }
        // Configurations first (errors stop the run), then the checks in parallel.
        var configurations: [CheckerConfiguration] = []
        for input in collected.files {
            do {
                configurations.append(try resolver.checkerConfiguration(for: input))
            } catch {
                throw CheckFailure(error, workingDirectory: workingDirectory)
            }
        }
        for configuration in Set(configurations) {
            do {
                _ = try resolver.checker(for: configuration)
            } catch {
                throw CheckFailure(String(describing: error))
            }
        }
        let maximumSize = options.maximumSizeMB * 1_048_576
        let configurationsByInput = configurations
        let results = Mutex<[CheckedInput?]>(Array(repeating: nil, count: collected.files.count))
        let files = collected.files
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let input = files[index]
            let checked: CheckedInput
            do throws(InputFile.ReadError) {
                let bytes = try input.readBytes(maximumSize: maximumSize)
                let source = try InputFile.decode(bytes)
                let checker = try? resolver.checker(for: configurationsByInput[index])
                let report = checker?.check(source, format: input.format)
                checked = CheckedInput(input: input, report: report, bytes: bytes, failure: report == nil ? "kon niet worden gecontroleerd." : nil)
            } catch {
                checked = CheckedInput(input: input, report: nil, bytes: nil, failure: error.message)
            }
            results.withLock { $0[index] = checked }
        }
        return Outcome(
            inputs: files, results: results.withLock { $0.compactMap { $0 } }, problems: collected.problems, rules: rules,
            resolver: resolver)
    }
}

/// A problem that stops the whole run (exit code 2), with a Dutch message.
struct CheckFailure: Error {
    /// The line for standard error.
    let line: String

    init(_ message: String) { line = "taalmaat: " + message }

    /// A mistake in a configuration file, as `pad:regel:kolom: melding` (the form editors
    /// and terminals link to), with the path relative to the working directory.
    init(_ error: ConfigurationError, workingDirectory: URL) {
        var located = error
        located.path = RelativePath.display(error.path, from: workingDirectory)
        line = located.description
    }
}

/// Paths for people and for output that must not depend on where a folder lives.
enum RelativePath {
    /// `path` relative to `directory` (with `..` where needed) when the two share more
    /// than the root folder; otherwise `path` unchanged.
    static func display(_ path: String, from directory: URL) -> String {
        let target = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
        let base = directory.standardizedFileURL.pathComponents
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        guard common > 1 else { return path }
        let parts = Array(repeating: "..", count: base.count - common) + target[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}

/// Whether to colour the text output: only on a terminal, and never with NO_COLOR.
func shouldUseColor(disabled: Bool) -> Bool {
    if disabled { return false }
    if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
    return isatty(STDOUT_FILENO) != 0
}
