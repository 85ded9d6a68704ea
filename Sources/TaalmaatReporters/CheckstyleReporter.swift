import Taalmaat

/// `checkstyle`: Checkstyle XML, read by many CI systems and by reviewdog.
public struct CheckstyleReporter: Reporter {
    public static let name = "checkstyle"
    public init() {}

    public func render(_ results: [FileResult], context: ReportContext) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        for result in results {
            out += "  <file name=\"\(XMLText.escape(result.path))\">\n"
            if let message = result.failureMessage {
                out += "    <error line=\"1\" column=\"1\" severity=\"error\" message=\"\(XMLText.escape(message))\" source=\"taalmaat\"/>\n"
            }
            for finding in result.report?.findings ?? [] {
                let start = finding.span.start
                out += "    <error line=\"\(start.line + 1)\" column=\"\(start.scalarColumn + 1)\""
                out += " severity=\"\(finding.severity.englishName)\" message=\"\(XMLText.escape(finding.message))\""
                out += " source=\"taalmaat.\(XMLText.escape(finding.ruleID.rawValue))\"/>\n"
            }
            out += "  </file>\n"
        }
        return out + "</checkstyle>\n"
    }
}
