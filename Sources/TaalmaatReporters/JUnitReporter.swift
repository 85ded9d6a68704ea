import Taalmaat

/// `junit`: JUnit XML, one test suite per file and one failed test case per finding,
/// for CI systems that show test reports (GitLab, Jenkins, Azure).
public struct JUnitReporter: Reporter {
    public static let name = "junit"
    public init() {}

    public func render(_ results: [FileResult], context: ReportContext) -> String {
        var suites = ""
        var totalTests = 0
        var totalFailures = 0
        var totalErrors = 0
        for result in results {
            var cases = ""
            var tests = 0
            var failures = 0
            var errors = 0
            if let message = result.failureMessage {
                tests += 1
                errors += 1
                cases += "    <testcase classname=\"\(XMLText.escape(result.path))\" name=\"bestand lezen\">\n"
                cases += "      <error message=\"\(XMLText.escape(message))\"/>\n    </testcase>\n"
            }
            if let report = result.report {
                if report.findings.isEmpty {
                    tests += 1
                    cases += "    <testcase classname=\"\(XMLText.escape(result.path))\" name=\"geen bevindingen\"/>\n"
                }
                for finding in report.findings {
                    tests += 1
                    failures += 1
                    let start = finding.span.start
                    let name = "\(finding.ruleID) \(start.line + 1):\(start.scalarColumn + 1)"
                    cases += "    <testcase classname=\"\(XMLText.escape(result.path))\" name=\"\(XMLText.escape(name))\">\n"
                    cases += "      <failure type=\"\(finding.severity.rawValue)\" message=\"\(XMLText.escape(finding.message))\">"
                    cases += XMLText.escape("\(result.path):\(start.line + 1):\(start.scalarColumn + 1): \(finding.matchedText)")
                    cases += "</failure>\n    </testcase>\n"
                }
            }
            suites += "  <testsuite name=\"\(XMLText.escape(result.path))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
            suites += cases + "  </testsuite>\n"
            totalTests += tests
            totalFailures += failures
            totalErrors += errors
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"taalmaat\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"\(totalErrors)\">\n"
            + suites + "</testsuites>\n"
    }
}
