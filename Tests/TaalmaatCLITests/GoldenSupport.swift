import Foundation
import Testing

/// One end-to-end case: a folder under `Fixtures/cli/` with input files, an optional
/// `.taalmaat.yml`, a few small instruction files and the expected outputs.
/// `Fixtures/cli/README.md` describes the layout.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    static let allFormats = ["tekst", "json", "sarif", "github", "checkstyle", "junit", "regel"]
    /// `formaten: geen`: run once without `--format`; the output goes to `verwacht.uitvoer`.
    static let noFormat = "geen"

    let name: String
    let folder: URL
    /// `argumenten`: one argument per line. Default: `check .`.
    let arguments: [String]
    /// `formaten`: the formats to run (each adds `--format F`). Default: all seven.
    let formats: [String]
    /// `opbouw`: things git cannot hold (pipes, symlinks, files without read rights),
    /// made in a temporary copy of the folder.
    let setup: [[String]]
    /// `standaardinvoer`: sent to standard input.
    let standardInput: Data?

    var testDescription: String { name }

    static func all() -> [GoldenCase] {
        let root = TaalmaatExecutable.fixturesRoot
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().compactMap { name in
            var isDirectory: ObjCBool = false
            let folder = root.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                return nil
            }
            return GoldenCase(name: name, folder: folder)
        }
    }

    init(name: String, folder: URL) {
        self.name = name
        self.folder = folder
        func lines(_ file: String) -> [String]? {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else { return nil }
            return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        arguments = lines("argumenten") ?? ["check", "."]
        formats = lines("formaten")?.flatMap { $0.split(separator: " ").map(String.init) } ?? Self.allFormats
        setup = (lines("opbouw") ?? []).map { $0.split(separator: " ").map(String.init) }
        standardInput = FileManager.default.contents(atPath: folder.appendingPathComponent("standaardinvoer").path)
    }

    func expectedFile(_ format: String) -> URL {
        folder.appendingPathComponent(format == Self.noFormat ? "verwacht.uitvoer" : "verwacht.\(format)")
    }

    var expectedExitCodeFile: URL { folder.appendingPathComponent("verwacht.exitcode") }
    var expectedErrorFile: URL { folder.appendingPathComponent("verwacht.stderr") }
    var needsUnprivilegedUser: Bool { setup.contains { $0.first == "onleesbaar" } }
}

/// Where a case runs: the fixture folder itself, or a temporary copy with the `opbouw` done.
struct PreparedCase {
    let directory: URL
    let prefix: [String]
    /// Keeps the temporary copy alive.
    let temporary: TemporaryFolder?

    init(_ fixture: GoldenCase) throws {
        guard !fixture.setup.isEmpty else {
            directory = fixture.folder
            prefix = []
            temporary = nil
            return
        }
        let copy = try TemporaryFolder("taalmaat-\(fixture.name)")
        let target = copy.url.appendingPathComponent(fixture.name)
        try FileManager.default.copyItem(at: fixture.folder, to: target)
        chmod(target.path, 0o755)
        var prefix: [String] = []
        for step in fixture.setup {
            let path = target.appendingPathComponent(step.count > 1 ? step[1] : "").path
            switch (step.first, step.count) {
            case ("pijp", 2):
                guard mkfifo(path, 0o644) == 0 else { throw SetupError("mkfifo \(step[1]) mislukte") }
            case ("snelkoppeling", 3):
                try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: step[2])
            case ("onleesbaar", 2):
                guard let unprivileged = TestUser.unprivilegedPrefix else {
                    throw SetupError(
                        "De tests draaien als root en 'setpriv' ontbreekt: zonder gewone gebruiker kan Taalmaat elk bestand lezen. "
                            + "Installeer util-linux (setpriv) of draai de tests niet als root.")
                }
                prefix = unprivileged
                guard chmod(path, 0) == 0 else { throw SetupError("chmod 000 \(step[1]) mislukte") }
            default:
                throw SetupError("onbekende opbouwregel '\(step.joined(separator: " "))' in \(fixture.name)/opbouw")
            }
        }
        directory = target
        self.prefix = prefix
        temporary = copy
    }

    struct SetupError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}

/// Makes output independent of the machine: the tool version and the absolute path of
/// the working folder (SARIF `originalUriBaseIds`). For SARIF, the rule metadata
/// (`tool.driver.rules`, the same for every run and 60 kB) is replaced by a marker and
/// `ruleIndex` by `"<index>"`, after checking that every index points at its rule;
/// `SchemaTests` checks the full rule list against the rule catalogue.
enum GoldenNormalizer {
    static let versionMarker = "\"<versie>\""
    static let folderMarker = "file:///<werkmap>/"
    static let rulesMarker = "\"<alle regels; zie SchemaTests>\""
    static let indexMarker = "\"<index>\""

    static func normalize(_ text: String, format: String, directory: URL) -> (text: String, problems: [String]) {
        var text = text
        var problems: [String] = []
        if format == "json" || format == "sarif" {
            text = text.replacingOccurrences(of: "\"\(TaalmaatExecutable.version)\"", with: versionMarker)
        }
        if format == "sarif" {
            for folder in [directory, directory.resolvingSymlinksInPath()] {
                text = text.replacingOccurrences(of: URL(fileURLWithPath: folder.path, isDirectory: true).absoluteString, with: folderMarker)
            }
            problems += checkRuleIndexes(text)
            text = replaceRules(text)
        }
        for folder in [directory.path, directory.resolvingSymlinksInPath().path] where text.contains(folder) {
            problems.append("De uitvoer (\(format)) bevat het absolute pad \(folder); paden moeten relatief zijn.")
        }
        return (text, problems)
    }

    /// Every SARIF result's `ruleIndex` must point at the rule with its `ruleId`.
    static func checkRuleIndexes(_ sarif: String) -> [String] {
        guard let root = try? JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any],
            let runs = root["runs"] as? [[String: Any]]
        else { return ["De SARIF-uitvoer is geen JSON-object met 'runs'."] }
        var problems: [String] = []
        for run in runs {
            let driver = (run["tool"] as? [String: Any])?["driver"] as? [String: Any]
            let ids = ((driver?["rules"] as? [[String: Any]]) ?? []).map { $0["id"] as? String ?? "" }
            for result in run["results"] as? [[String: Any]] ?? [] {
                let ruleID = result["ruleId"] as? String ?? ""
                guard let index = result["ruleIndex"] as? Int, ids.indices.contains(index), ids[index] == ruleID else {
                    problems.append("SARIF: ruleIndex van \(ruleID) wijst niet naar die regel in tool.driver.rules.")
                    continue
                }
            }
        }
        return problems
    }

    /// Replaces the pretty-printed `"rules" : [ … ]` block and every `"ruleIndex" : N`.
    static func replaceRules(_ sarif: String) -> String {
        var lines = sarif.components(separatedBy: "\n")
        if let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "\"rules\" : [" }) {
            let indent = String(lines[start].prefix { $0 == " " })
            if let end = lines[(start + 1)...].firstIndex(where: { $0 == indent + "]" || $0 == indent + "]," }) {
                let comma = lines[end].hasSuffix(",") ? "," : ""
                lines.replaceSubrange(start...end, with: [indent + "\"rules\" : " + rulesMarker + comma])
            }
        }
        return lines.map { line in
            guard let range = line.range(of: "\"ruleIndex\" : ") else { return line }
            let rest = line[range.upperBound...]
            let digits = rest.prefix { $0.isNumber }
            return String(line[..<range.upperBound]) + indexMarker + String(rest.dropFirst(digits.count))
        }.joined(separator: "\n")
    }
}

/// Compares with a golden file, or rewrites it with `TAALMAAT_UPDATE_GOLDEN=1`.
enum Golden {
    static var isUpdating: Bool { ProcessInfo.processInfo.environment["TAALMAAT_UPDATE_GOLDEN"] == "1" }

    /// Returns `nil` when `actual` matches, otherwise a readable difference.
    static func compare(_ actual: String, with file: URL, emptyWhenMissing: Bool = false) throws -> String? {
        if isUpdating {
            if emptyWhenMissing && actual.isEmpty {
                try? FileManager.default.removeItem(at: file)
            } else {
                try Data(actual.utf8).write(to: file)
            }
            return nil
        }
        let expected: String
        if let data = FileManager.default.contents(atPath: file.path) {
            expected = String(decoding: data, as: UTF8.self)
        } else if emptyWhenMissing {
            expected = ""
        } else {
            return "\(file.lastPathComponent) ontbreekt. Maak het met TAALMAAT_UPDATE_GOLDEN=1 swift test --filter TaalmaatCLITests en lees het na."
        }
        return actual == expected ? nil : difference(expected: expected, actual: actual, name: file.lastPathComponent)
    }

    /// The first lines that differ, with a little context.
    static func difference(expected: String, actual: String, name: String) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        let first = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        var out = "\(name) verschilt vanaf regel \(first + 1) (verwacht \(old.count) regels, kreeg \(new.count)):\n"
        for index in max(0, first - 2)..<min(max(old.count, new.count), first + 6) {
            let a = index < old.count ? old[index] : "∅"
            let b = index < new.count ? new[index] : "∅"
            out += a == b ? "  \(a)\n" : "- \(a)\n+ \(b)\n"
        }
        return out + "(TAALMAAT_UPDATE_GOLDEN=1 schrijft de nieuwe uitvoer; lees hem dan na.)"
    }
}
