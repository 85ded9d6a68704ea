import Taalmaat

/// `regel`: one line per finding, `file:line:column:severity:rule:message`, for editors
/// and grep. Files that could not be checked give `file:1:1:fout:taalmaat:message`.
public struct LineReporter: Reporter {
    public static let name = "regel"
    public init() {}

    public func render(_ results: [FileResult], context: ReportContext) -> String {
        var lines: [String] = []
        for result in results {
            if let message = result.failureMessage {
                lines.append("\(result.path):1:1:fout:taalmaat:\(message)")
            }
            for finding in result.report?.findings ?? [] {
                let start = finding.span.start
                lines.append(
                    "\(result.path):\(start.line + 1):\(start.scalarColumn + 1):\(finding.severity.rawValue):\(finding.ruleID):\(finding.message)")
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}
