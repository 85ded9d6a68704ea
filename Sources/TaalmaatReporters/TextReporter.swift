import Taalmaat
import TaalmaatText

/// `tekst`: for people. Each finding with its place, severity, rule, message, the line
/// with the words underlined and the suggestions; then per file a summary with the B1
/// verdict and the stress score as short bars.
public struct TextReporter: Reporter {
    public static let name = "tekst"
    /// Per-file summaries and the total (off with `--quiet`).
    public var showsSummaries: Bool

    public init(showsSummaries: Bool = true) {
        self.showsSummaries = showsSummaries
    }

    public func render(_ results: [FileResult], context: ReportContext) -> String {
        let style = Style(enabled: context.useColor)
        var out = ""
        for result in results {
            if let message = result.failureMessage {
                out += "\(style.bold(result.path)): \(style.red("niet gecontroleerd")): \(message)\n\n"
                continue
            }
            guard let report = result.report else { continue }
            for finding in report.findings { out += render(finding, in: report, path: result.path, style: style) }
            if showsSummaries { out += summary(of: report, path: result.path, fixed: result.fixedBaselineEntries, style: style) }
        }
        if results.count > 1, showsSummaries { out += total(results, style: style) }
        return out
    }

    func render(_ finding: Finding, in report: Report, path: String, style: Style) -> String {
        let start = finding.span.start
        let severity: String
        switch finding.severity {
        case .fout: severity = style.red("fout")
        case .waarschuwing: severity = style.yellow("waarschuwing")
        case .tip: severity = style.blue("tip")
        }
        var out = "\(style.bold("\(path):\(start.line + 1):\(start.scalarColumn + 1)")): \(severity) \(style.dim(finding.ruleID.rawValue))\n"
        out += "  \(finding.message)\n"
        let source = report.document.source
        let line = source.lineRange(start.line)
        let lineText = source[line]
        let number = String(start.line + 1)
        let gutter = String(repeating: " ", count: number.count)
        let endColumn = finding.span.end.line == start.line
            ? finding.span.end.scalarColumn : lineText.unicodeScalars.count
        let window = Self.window(line: lineText, from: start.scalarColumn, to: endColumn)
        let (markStart, markWidth) = Self.terminalColumns(of: window)
        out += "  \(style.dim(number + " |")) \(window.text)\n"
        out += "  \(style.dim(gutter + " |")) \(String(repeating: " ", count: markStart))\(style.red(String(repeating: "^", count: markWidth)))\n"
        for suggestion in finding.suggestions.prefix(3) {
            let marker = suggestion.isSafe ? " (veilig, taalmaat fix past dit toe)" : ""
            out += "  \(style.green("→")) \(suggestion.title)\(style.dim(marker))\n"
        }
        return out + "\n"
    }

    /// The part of a long line around the marked words (at most about 100 characters),
    /// with the position of the underline in it.
    static func window(line: String, from start: Int, to end: Int) -> (text: String, markStart: Int, markWidth: Int) {
        let scalars = Array(displayable(line).unicodeScalars)
        let maximum = 100
        let markWidth = max(1, min(end, scalars.count) - start)
        guard scalars.count > maximum else { return (String(String.UnicodeScalarView(scalars)), start, markWidth) }
        var from = max(0, start - 30)
        var to = min(scalars.count, max(end + 30, from + maximum))
        if to - from > maximum + 40 { to = min(scalars.count, start + maximum) }
        if from > 0, to == scalars.count { from = max(0, min(from, to - maximum)) }
        var text = String(String.UnicodeScalarView(scalars[from..<to]))
        var markStart = start - from
        if from > 0 {
            text = "…" + text
            markStart += 1
        }
        if to < scalars.count { text += "…" }
        return (text, markStart, min(markWidth, to - start))
    }

    /// The underline's start and width in terminal columns: an emoji or a Chinese
    /// character takes two, an accent written as a separate mark none.
    static func terminalColumns(of window: (text: String, markStart: Int, markWidth: Int)) -> (start: Int, width: Int) {
        let scalars = Array(window.text.unicodeScalars)
        let markStart = min(window.markStart, scalars.count)
        let markEnd = min(markStart + window.markWidth, scalars.count)
        let start = scalars[..<markStart].reduce(0) { $0 + columns(of: $1) }
        let width = scalars[markStart..<markEnd].reduce(0) { $0 + columns(of: $1) }
        return (start, max(1, width))
    }

    /// How many terminal columns one scalar takes (a small `wcwidth`).
    static func columns(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        let value = scalar.value
        if (0xFE00...0xFE0F).contains(value) { return 0 }  // variation selectors
        if scalar.properties.isEmojiPresentation { return 2 }
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }

    /// East Asian wide and full-width blocks.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD,
    ]

    /// Tabs as one space, so the underline stays under the words.
    static func displayable(_ line: String) -> String {
        String(line.unicodeScalars.map { $0 == "\t" ? " " : Character($0) })
    }

    func summary(of report: Report, path: String, fixed: [BaselineEntry], style: Style) -> String {
        let counts = report.counts
        let total = report.findings.count
        var out = "\(style.bold(path)): "
        out += total == 0 ? style.green("geen bevindingen") : "\(total) \(total == 1 ? "bevinding" : "bevindingen")"
        if total > 0 {
            let parts = [
                (counts[.fout] ?? 0, "fout", "fouten"), (counts[.waarschuwing] ?? 0, "waarschuwing", "waarschuwingen"),
                (counts[.tip] ?? 0, "tip", "tips"),
            ].filter { $0.0 > 0 }.map { "\($0.0) \($0.0 == 1 ? $0.1 : $0.2)" }
            out += " (\(parts.joined(separator: ", ")))"
        }
        out += "\n"
        let readability = report.scores.readability
        if readability.sentences > 0 {
            let failed = readability.criteria.filter { !$0.passed }.count
            let verdict: String
            switch readability.verdict {
            case .b1: verdict = style.green(readability.verdict.rawValue)
            case .bovenB1: verdict = style.yellow(readability.verdict.rawValue)
            case .verBovenB1: verdict = style.red(readability.verdict.rawValue)
            }
            out += "  Taalniveau: \(Self.bar(Double(failed) / Double(readability.criteria.count)))  \(verdict)"
            out += style.dim(
                "  (gemiddeld \(Self.decimal(readability.averageSentenceLength)) woorden per zin, Flesch-Douma \(Self.decimal(readability.fleschDouma)))")
            out += "\n"
        }
        let stress = report.scores.stress
        out += "  Stress:     \(Self.bar(Double(stress.score) / 100))  \(stress.score)/100 (\(stress.level))\n"
        if report.suppressedCount > 0 { out += style.dim("  \(report.suppressedCount) uitgezet met taalmaat-uit\n") }
        if !fixed.isEmpty {
            out += style.green("  \(fixed.count) \(fixed.count == 1 ? "bevinding uit de basislijn is" : "bevindingen uit de basislijn zijn") opgelost.") + "\n"
        }
        return out + "\n"
    }

    func total(_ results: [FileResult], style: Style) -> String {
        let findings = results.flatMap { $0.report?.findings ?? [] }
        let failed = results.filter { $0.report == nil }.count
        let checked = results.count - failed
        func count(_ number: Int, _ one: String, _ many: String) -> String { "\(number) \(number == 1 ? one : many)" }
        var out = "\(count(checked, "bestand", "bestanden")) gecontroleerd, \(count(findings.count, "bevinding", "bevindingen"))"
        out += " (\(count(findings.filter { $0.severity == .fout }.count, "fout", "fouten")), "
        out += "\(count(findings.filter { $0.severity == .waarschuwing }.count, "waarschuwing", "waarschuwingen")), "
        out += "\(count(findings.filter { $0.severity == .tip }.count, "tip", "tips")))"
        if failed > 0 { out += ", " + style.red("\(failed) niet gecontroleerd") }
        return out + ".\n"
    }

    /// A bar of ten blocks; more filled is worse.
    static func bar(_ fraction: Double) -> String {
        let filled = max(0, min(10, Int((fraction * 10).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
    }

    static func decimal(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return String(rounded).replacingOccurrences(of: ".", with: ",")
    }
}

/// ANSI colours, only when writing to a terminal and `NO_COLOR` is not set.
struct Style {
    let enabled: Bool

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func blue(_ text: String) -> String { wrap(text, "34") }
}
