import Foundation
import Taalmaat
import TaalmaatText

/// Diagnostics, code actions, hover and commands.
extension LanguageServer {
    static let addWordCommand = "taalmaat.voegToeAanWoordenlijst"
    static let summaryCode = "taalmaat.samenvatting"

    // MARK: - Diagnostics

    func publish(_ uri: String) {
        guard pushesDiagnostics, let document = documents[uri] else { return }
        sendNotification(
            "textDocument/publishDiagnostics",
            ["uri": .string(uri), "version": .int(document.version), "diagnostics": .array(diagnostics(for: document))])
    }

    func pullDiagnostics(_ params: JSONValue) -> JSONValue {
        guard let uri = params["textDocument"]?["uri"]?.string, let document = checkedDocument(uri) else {
            return ["kind": "full", "items": []]
        }
        return ["kind": "full", "items": .array(diagnostics(for: document))]
    }

    /// An open document with an up-to-date report (checked now if an edit left it
    /// unchecked); `nil` for a document that is not open.
    func checkedDocument(_ uri: String) -> OpenDocument? {
        guard var document = documents[uri] else { return nil }
        if document.report == nil {
            document.report = check(document)
            documents[uri] = document
        }
        return document
    }

    func diagnostics(for document: OpenDocument) -> [JSONValue] {
        guard let report = document.report else { return [] }
        var items = report.findings.map { diagnostic($0, source: document.source) }
        items.append(summary(report, source: document.source))
        return items
    }

    func diagnostic(_ finding: Finding, source: SourceText) -> JSONValue {
        // Related ranges (the particle of a split verb) are left out: relatedInformation
        // needs a location with a URI, and the range already says enough.
        [
            "range": range(finding.span, source: source),
            "severity": .int(Self.severity(finding.severity)),
            "code": .string(finding.ruleID.rawValue),
            "source": "taalmaat",
            "message": .string(finding.message),
            "data": ["rule": .string(finding.ruleID.rawValue), "start": .int(finding.range.start), "end": .int(finding.range.end)],
        ]
    }

    /// One information line at the top: the B1 verdict and the stress score.
    func summary(_ report: Report, source: SourceText) -> JSONValue {
        let readability = report.scores.readability
        let stress = report.scores.stress
        var text = "Taalmaat: "
        text += readability.sentences > 0 ? "taalniveau \(readability.verdict.rawValue), " : ""
        text += "stress \(stress.score)/100 (\(stress.level)), \(report.findings.count) \(report.findings.count == 1 ? "bevinding" : "bevindingen")."
        let firstLine = source.lineCount > 0 ? source.lineRange(0) : TextRange(start: 0, end: 0)
        return [
            "range": range(source.span(of: firstLine), source: source), "severity": 3, "code": .string(Self.summaryCode),
            "source": "taalmaat", "message": .string(text),
        ]
    }

    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .fout: 1
        case .waarschuwing: 2
        case .tip: 3
        }
    }

    func range(_ span: SourceSpan, source: SourceText) -> JSONValue {
        ["start": position(span.start), "end": position(span.end)]
    }

    func position(_ location: SourceLocation) -> JSONValue {
        ["line": .int(location.line), "character": .int(positionEncoding == .utf8 ? location.utf8Column : location.utf16Column)]
    }

    func range(_ range: TextRange, source: SourceText) -> JSONValue {
        self.range(source.span(of: range), source: source)
    }

    // MARK: - Code actions

    func codeActions(_ params: JSONValue) -> JSONValue {
        guard let uri = params["textDocument"]?["uri"]?.string, let document = checkedDocument(uri),
            let report = document.report
        else { return [] }
        let start = document.offset(of: params["range"]?["start"], unit: positionEncoding)
        let end = document.offset(of: params["range"]?["end"], unit: positionEncoding)
        let only = params["context"]?["only"]?.array?.compactMap(\.string)
        let wantsQuickFixes = only.map { kinds in kinds.contains { $0 == "quickfix" || "quickfix".hasPrefix($0) } } ?? true
        let wantsFixAll = only.map { kinds in kinds.contains { "source.fixAll.taalmaat".hasPrefix($0) } } ?? true
        var actions: [JSONValue] = []
        if wantsQuickFixes {
            for finding in report.findings where finding.range.start <= end && start <= finding.range.end {
                actions.append(contentsOf: quickFixes(for: finding, document: document))
            }
        }
        if wantsFixAll, let fixAll = fixAllAction(document: document, report: report) { actions.append(fixAll) }
        return .array(actions)
    }

    func quickFixes(for finding: Finding, document: OpenDocument) -> [JSONValue] {
        let source = document.source
        let diagnostic = diagnostic(finding, source: source)
        var actions: [JSONValue] = []
        for suggestion in finding.suggestions where !suggestion.edits.isEmpty {
            actions.append([
                "title": .string("Vervang door ‘\(suggestion.title)’"), "kind": "quickfix",
                "diagnostics": [diagnostic], "isPreferred": .bool(suggestion.isSafe),
                "edit": workspaceEdit(document.uri, suggestion.edits.map { ($0.range, $0.replacement) }, source: source),
            ])
        }
        // Switch the rule off for this line: a suppression on the line before.
        let line = finding.span.start.line
        let lineStart = source.lineRange(line).start
        let indent = String(source[TextRange(start: lineStart, end: source.lineRange(line).end)].prefix { $0 == " " || $0 == "\t" })
        let directive = "taalmaat-uit-volgende: \(finding.ruleID.rawValue)"
        let comment = document.format == .plain ? directive : "<!-- \(directive) -->"
        let terminator = source.lineTerminator.rawValue
        actions.append([
            "title": .string("Zet regel \(finding.ruleID.rawValue) uit voor deze regel"), "kind": "quickfix",
            "diagnostics": [diagnostic],
            "edit": workspaceEdit(document.uri, [(TextRange(start: lineStart, end: lineStart), indent + comment + terminator)], source: source),
        ])
        if Self.addableRules.contains(finding.ruleID.rawValue) {
            let word = finding.matchedText
            actions.append([
                "title": .string("Voeg ‘\(word)’ toe aan de woordenlijst"), "kind": "quickfix", "diagnostics": [diagnostic],
                "command": [
                    "title": .string("Voeg ‘\(word)’ toe aan de woordenlijst"), "command": .string(Self.addWordCommand),
                    "arguments": [.string(word), .string(document.uri)],
                ],
            ])
        }
        return actions
    }

    /// Rules whose findings disappear when the word is accepted.
    static let addableRules: Set<String> = ["woord.spelling", "woord.zeldzaam", "woord.afkorting", "woord.samenstelling"]

    func fixAllAction(document: OpenDocument, report: Report) -> JSONValue? {
        var edits: [(TextRange, String)] = []
        var position = 0
        for finding in report.findings.sorted(by: { $0.range < $1.range }) {
            guard let suggestion = finding.suggestions.first(where: \.isSafe) else { continue }
            for edit in suggestion.edits where edit.range.start >= position {
                edits.append((edit.range, edit.replacement))
                position = edit.range.end
            }
        }
        guard !edits.isEmpty else { return nil }
        return [
            "title": .string("Taalmaat: pas alle veilige verbeteringen toe (\(edits.count))"),
            "kind": "source.fixAll.taalmaat", "edit": workspaceEdit(document.uri, edits, source: document.source),
        ]
    }

    func workspaceEdit(_ uri: String, _ edits: [(TextRange, String)], source: SourceText) -> JSONValue {
        ["changes": [uri: .array(edits.map { ["range": range($0.0, source: source), "newText": .string($0.1)] })]]
    }

    // MARK: - Hover

    func hover(_ params: JSONValue) -> JSONValue {
        guard let uri = params["textDocument"]?["uri"]?.string, let document = checkedDocument(uri),
            let report = document.report
        else { return .null }
        let offset = document.offset(of: params["position"], unit: positionEncoding)
        guard let finding = report.findings.first(where: { $0.range.start <= offset && offset < max($0.range.end, $0.range.start + 1) })
        else { return .null }
        var markdown = "**\(finding.ruleID.rawValue)** · \(finding.severity.rawValue)\n\n\(finding.message)\n\n\(finding.explanation)"
        let alternatives = finding.suggestions.map { "*\($0.title)*" }
        if !alternatives.isEmpty { markdown += "\n\nBeter: " + alternatives.joined(separator: ", ") }
        return [
            "contents": ["kind": "markdown", "value": .string(markdown)],
            "range": range(finding.range, source: document.source),
        ]
    }

    // MARK: - Commands

    func executeCommand(_ params: JSONValue) -> JSONValue {
        guard params["command"]?.string == Self.addWordCommand, let arguments = params["arguments"]?.array,
            let word = arguments.first?.string?.trimmingCharacters(in: .whitespaces),
            // One word on one line: the list has one word per line and '#' starts a comment.
            !word.isEmpty, !word.contains(where: \.isNewline), !word.hasPrefix("#")
        else { return .null }
        let uri = arguments.count > 1 ? arguments[1].string : nil
        let documentPath = uri.flatMap { documents[$0]?.path }
        let folder = configurations.wordListFolder(for: documentPath, root: workspaceRoot)
        let file = folder.appendingPathComponent(ProjectConfiguration.acceptedWordsFileName)
        do {
            var text = (try? String(contentsOf: file, encoding: .utf8)) ?? "# Woorden die Taalmaat goed vindt, één per regel.\n"
            let present = text.split(whereSeparator: \.isNewline).contains { $0.trimmingCharacters(in: .whitespaces) == word }
            if !present {
                if !text.hasSuffix("\n") { text += "\n" }
                text += word + "\n"
                try text.write(to: file, atomically: true, encoding: .utf8)
            }
        } catch {
            showMessage("Taalmaat kan \(file.path) niet schrijven.", type: 1)
            return .null
        }
        configurationFilesChanged()
        return .null
    }
}
