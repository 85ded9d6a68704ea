import Foundation
import Synchronization

/// Runs the built `taalmaat` executable and captures what it prints.
struct CommandLineRun {
    let status: Int32
    let outputData: Data
    let errorOutput: String

    var output: String { String(decoding: outputData, as: UTF8.self) }
    /// Standard error split into lines (without the empty last one).
    var errorLines: [String] { errorOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty } }
}

/// A run that did not end in time; it was killed.
struct CommandLineTimeout: Error, CustomStringConvertible {
    let arguments: [String]
    let seconds: Double
    var description: String { "taalmaat \(arguments.joined(separator: " ")) liep na \(Int(seconds)) s nog; afgebroken." }
}

enum TaalmaatExecutable {
    /// The executable next to the test bundle (`.build/<config>/taalmaat`).
    static var url: URL {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("taalmaat")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/taalmaat")
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `Fixtures/cli`: one folder per end-to-end case.
    static let fixturesRoot = packageRoot.appendingPathComponent("Fixtures/cli")

    /// Runs `taalmaat` with `arguments` in `directory` (default: the package root).
    ///
    /// - `environment`: added to the test's environment; a `nil` value removes a variable.
    ///   `NO_COLOR=1` is set unless the caller removes it.
    /// - `prefix`: a command that runs `taalmaat` (for example `setpriv …` to drop root rights).
    /// - Standard output and standard error are read at the same time, so a run that
    ///   prints a lot to both cannot block; a run that takes longer than `timeout` is killed.
    static func run(
        _ arguments: [String], in directory: URL? = nil, input: String? = nil, inputData: Data? = nil,
        environment: [String: String?] = [:], prefix: [String] = [], timeout: Double = 300
    ) throws -> CommandLineRun {
        let process = Process()
        if prefix.isEmpty {
            process.executableURL = url
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = prefix + [url.path] + arguments
        }
        process.currentDirectoryURL = directory ?? packageRoot
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe()
        let errors = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        // A run that stops reading standard input early must not kill the tests.
        signal(SIGPIPE, SIG_IGN)
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()

        let collected = Mutex<(out: Data, err: Data)>((Data(), Data()))
        let readers = DispatchGroup()
        let outHandle = output.fileHandleForReading
        let errHandle = errors.fileHandleForReading
        DispatchQueue.global().async(group: readers) {
            let data = outHandle.readDataToEndOfFile()
            collected.withLock { $0.out = data }
        }
        DispatchQueue.global().async(group: readers) {
            let data = errHandle.readDataToEndOfFile()
            collected.withLock { $0.err = data }
        }
        let writeHandle = standardInput.fileHandleForWriting
        let bytes = inputData ?? input.map { Data($0.utf8) }
        DispatchQueue.global().async(group: readers) {
            if let bytes { try? writeHandle.write(contentsOf: bytes) }
            try? writeHandle.close()
        }

        if finished.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            _ = finished.wait(timeout: .now() + 10)
            throw CommandLineTimeout(arguments: arguments, seconds: timeout)
        }
        readers.wait()
        let (out, err) = collected.withLock { $0 }
        return CommandLineRun(status: process.terminationStatus, outputData: out, errorOutput: String(decoding: err, as: UTF8.self))
    }

    /// The version the executable reports (`taalmaat --version`).
    static let version: String = {
        let run = try? TaalmaatExecutable.run(["--version"])
        return run?.output.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
    }()
}

/// Things about the user the tests run as.
enum TestUser {
    /// Root can read and write files whatever their permissions say.
    static var isRoot: Bool { geteuid() == 0 }

    /// A prefix that runs a command as the unprivileged user `nobody` (65534), so that
    /// permissions apply; `nil` when not root (no prefix needed) or when `setpriv` is missing.
    static var unprivilegedPrefix: [String]? {
        guard isRoot else { return [] }
        for folder in ["/usr/bin", "/bin", "/usr/sbin", "/sbin"] {
            let path = folder + "/setpriv"
            if FileManager.default.isExecutableFile(atPath: path) {
                return [path, "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
            }
        }
        return nil
    }
}

/// A temporary folder, removed when the value goes away.
final class TemporaryFolder: @unchecked Sendable {
    let url: URL

    init(_ name: String = "taalmaat-cli") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        // Other users (`nobody`, see TestUser) must be able to enter it.
        chmod(url.path, 0o755)
    }

    func file(_ relativePath: String) -> URL { url.appendingPathComponent(relativePath) }

    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> URL {
        let target = file(relativePath)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
        return target
    }

    func read(_ relativePath: String) throws -> String {
        try String(contentsOf: file(relativePath), encoding: .utf8)
    }

    deinit {
        // Make everything removable again (tests take rights away).
        if let walker = FileManager.default.enumerator(atPath: url.path) {
            for case let path as String in walker {
                let full = url.appendingPathComponent(path).path
                var info = stat()
                // Never follow a symlink: it may point out of this folder.
                if lstat(full, &info) == 0, (info.st_mode & S_IFMT) != S_IFLNK { chmod(full, 0o755) }
            }
        }
        try? FileManager.default.removeItem(at: url)
    }
}
