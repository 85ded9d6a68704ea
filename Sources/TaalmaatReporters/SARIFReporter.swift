import Foundation
import Taalmaat
import TaalmaatText

/// `sarif`: SARIF 2.1.0 with rule metadata, for code-scanning tools (GitHub code
/// scanning, GitLab, Azure DevOps). Columns count Unicode code points.
public struct SARIFReporter: Reporter {
    public static let name = "sarif"
    public init() {}

    public func render(_ results: [FileResult], context: ReportContext) -> String {
        let ruleIndex = Dictionary(uniqueKeysWithValues: context.rules.enumerated().map { ($0.element.id.rawValue, $0.offset) })
        var sarifResults: [Result] = []
        var notifications: [Notification] = []
        for result in results {
            let location = ArtifactLocation(uri: Self.uri(result.path), uriBaseId: result.path.hasPrefix("/") ? nil : "SRCROOT")
            if let message = result.failureMessage {
                notifications.append(
                    Notification(
                        level: "error", message: Message(text: "\(result.path) \(message)"),
                        locations: [Location(physicalLocation: PhysicalLocation(artifactLocation: location, region: nil))]))
            }
            guard let report = result.report else { continue }
            for finding in report.findings {
                sarifResults.append(sarifResult(finding, report: report, location: location, ruleIndex: ruleIndex))
            }
        }
        let root = Log(
            schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0",
            runs: [
                Run(
                    tool: Tool(driver: Driver(
                        name: "taalmaat", version: context.toolVersion, semanticVersion: context.toolVersion,
                        informationUri: "https://github.com/taalmaat/taalmaat", rules: context.rules.map(rule))),
                    originalUriBaseIds: ["SRCROOT": ArtifactLocation(uri: Self.directoryURI(context.workingDirectory), uriBaseId: nil)],
                    results: sarifResults,
                    invocations: [Invocation(executionSuccessful: notifications.isEmpty, toolExecutionNotifications: notifications)],
                    columnKind: "unicodeCodePoints")
            ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(root) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    func rule(_ description: RuleDescription) -> ReportingDescriptor {
        let level = Profile.allCases.compactMap { description.severities[$0] }.max().map(Self.level) ?? "warning"
        return ReportingDescriptor(
            id: description.id.rawValue, name: description.name,
            shortDescription: Message(text: description.summary),
            fullDescription: Message(text: description.explanation),
            help: Message(text: description.explanation + "\n\n" + description.whyItMatters),
            defaultConfiguration: Configuration(level: level),
            properties: Properties(
                category: description.category.rawValue,
                // SARIF requires unique tags; the rules about suppressions are in the category `taalmaat`.
                tags: description.category.rawValue == "taalmaat" ? ["taalmaat"] : ["taalmaat", description.category.rawValue]))
    }

    func sarifResult(_ finding: Finding, report: Report, location: ArtifactLocation, ruleIndex: [String: Int]) -> Result {
        let region = Self.region(finding.span, snippet: finding.matchedText)
        let fixes = finding.suggestions.filter { !$0.edits.isEmpty }.prefix(3).map { suggestion in
            Fix(
                description: Message(text: suggestion.title),
                artifactChanges: [
                    ArtifactChange(
                        artifactLocation: location,
                        replacements: suggestion.edits.map { edit in
                            Replacement(
                                deletedRegion: Self.region(report.document.source.span(of: edit.range), snippet: nil),
                                insertedContent: ArtifactContent(text: edit.replacement))
                        })
                ])
        }
        return Result(
            ruleId: finding.ruleID.rawValue, ruleIndex: ruleIndex[finding.ruleID.rawValue],
            level: Self.level(finding.severity), message: Message(text: finding.message),
            locations: [Location(physicalLocation: PhysicalLocation(artifactLocation: location, region: region))],
            fixes: fixes.isEmpty ? nil : Array(fixes),
            partialFingerprints: ["taalmaat/v1": Self.fingerprint(finding)])
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .fout: "error"
        case .waarschuwing: "warning"
        case .tip: "note"
        }
    }

    static func region(_ span: SourceSpan, snippet: String?) -> Region {
        Region(
            startLine: span.start.line + 1, startColumn: span.start.scalarColumn + 1, endLine: span.end.line + 1,
            endColumn: span.end.scalarColumn + 1, snippet: snippet.map { ArtifactContent(text: $0) })
    }

    /// A relative path as a URI reference: every segment percent-encoded.
    static func uri(_ path: String) -> String {
        let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))
        let encoded = path.split(separator: "/", omittingEmptySubsequences: false).map {
            String($0).addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0)
        }.joined(separator: "/")
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    static func directoryURI(_ path: String) -> String {
        let url = URL(fileURLWithPath: path, isDirectory: true)
        return url.absoluteString.hasSuffix("/") ? url.absoluteString : url.absoluteString + "/"
    }

    /// Stable across runs and line moves: rule, words and severity (FNV-1a).
    static func fingerprint(_ finding: Finding) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(finding.ruleID)|\(finding.matchedText.lowercased())".utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    // MARK: - SARIF objects (the subset Taalmaat writes)

    struct Log: Encodable {
        let schema: String
        let version: String
        let runs: [Run]
        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        let tool: Tool
        let originalUriBaseIds: [String: ArtifactLocation]
        let results: [Result]
        let invocations: [Invocation]
        let columnKind: String
    }

    struct Tool: Encodable { let driver: Driver }

    struct Driver: Encodable {
        let name: String
        let version: String
        let semanticVersion: String
        let informationUri: String
        let rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Encodable {
        let id: String
        let name: String
        let shortDescription: Message
        let fullDescription: Message
        let help: Message
        let defaultConfiguration: Configuration
        let properties: Properties
    }

    struct Configuration: Encodable { let level: String }

    struct Properties: Encodable {
        let category: String
        let tags: [String]
    }

    struct Message: Encodable { let text: String }

    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int?
        let level: String
        let message: Message
        let locations: [Location]
        let fixes: [Fix]?
        let partialFingerprints: [String: String]
    }

    struct Location: Encodable { let physicalLocation: PhysicalLocation }

    struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region?
    }

    struct ArtifactLocation: Encodable {
        let uri: String
        let uriBaseId: String?
    }

    struct Region: Encodable {
        let startLine: Int
        let startColumn: Int
        let endLine: Int
        let endColumn: Int
        let snippet: ArtifactContent?
    }

    struct ArtifactContent: Encodable { let text: String }

    struct Fix: Encodable {
        let description: Message
        let artifactChanges: [ArtifactChange]
    }

    struct ArtifactChange: Encodable {
        let artifactLocation: ArtifactLocation
        let replacements: [Replacement]
    }

    struct Replacement: Encodable {
        let deletedRegion: Region
        let insertedContent: ArtifactContent
    }

    struct Invocation: Encodable {
        let executionSuccessful: Bool
        let toolExecutionNotifications: [Notification]
    }

    struct Notification: Encodable {
        let level: String
        let message: Message
        let locations: [Location]
    }
}
