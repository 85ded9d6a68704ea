import Taalmaat

/// `github`: GitHub Actions workflow commands, so findings appear as annotations on
/// the right line of a pull request.
public struct GitHubReporter: Reporter {
    public static let name = "github"
    public init() {}

    public func render(_ results: [FileResult], context: ReportContext) -> String {
        var lines: [String] = []
        for result in results {
            if let message = result.failureMessage {
                lines.append("::error file=\(Self.property(result.path)),line=1,title=taalmaat::\(Self.data("\(result.path) \(message)"))")
            }
            for finding in result.report?.findings ?? [] {
                let command: String
                switch finding.severity {
                case .fout: command = "error"
                case .waarschuwing: command = "warning"
                case .tip: command = "notice"
                }
                let start = finding.span.start
                let end = finding.span.end
                var properties = "file=\(Self.property(result.path)),line=\(start.line + 1),col=\(start.scalarColumn + 1)"
                properties += ",endLine=\(end.line + 1),endColumn=\(max(end.scalarColumn, start.scalarColumn + 1))"
                properties += ",title=\(Self.property(finding.ruleID.rawValue))"
                var message = finding.message
                if let suggestion = finding.suggestions.first { message += " Suggestie: \(suggestion.title)" }
                lines.append("::\(command) \(properties)::\(Self.data(message))")
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// Escaping for the message part of a workflow command.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escaping for property values (also `:` and `,`).
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
