import TaalmaatText

/// One instruction in the checked text that switches rules off: an HTML comment in
/// Markdown and HTML (`<!-- taalmaat-uit: toon.dreigen -- reden -->`), or a line of its
/// own in plain text (`taalmaat-uit-volgende: zin.lang`).
struct SuppressionDirective: Sendable, Hashable {
    enum Scope: String, Sendable {
        /// `taalmaat-uit`: from here until `taalmaat-aan` (or the end of the text).
        case blockStart = "taalmaat-uit"
        /// `taalmaat-aan`: switches rules on again.
        case blockEnd = "taalmaat-aan"
        /// `taalmaat-uit-regel`: the line of the instruction.
        case thisLine = "taalmaat-uit-regel"
        /// `taalmaat-uit-volgende`: the next line with text.
        case nextLine = "taalmaat-uit-volgende"
        /// `taalmaat-uit-bestand`: the whole text.
        case file = "taalmaat-uit-bestand"
    }

    let scope: Scope
    /// Rule ids or categories; empty means every rule.
    let rules: [String]
    let reason: String?
    let range: TextRange
    let line: Int

    /// Reads a directive from the text of a markup token, if it is one.
    static func parse(_ markup: String, range: TextRange, line: Int) -> SuppressionDirective? {
        var body = Substring(markup)
        if body.hasPrefix("<!--") {
            body = body.dropFirst(4)
            if body.hasSuffix("-->") { body = body.dropLast(3) }
        }
        body = body.drop(while: { $0 == " " || $0 == "\t" })
        guard body.lowercased().hasPrefix("taalmaat-") else { return nil }
        let head = body.prefix { $0 != ":" && $0 != " " && $0 != "\t" }
        guard let scope = Scope(rawValue: head.lowercased()) else { return nil }
        var rest = body.dropFirst(head.count).trimmingCharacters(in: .whitespaces)[...]
        var reason: String?
        if let dash = rest.range(of: "--") {
            reason = rest[dash.upperBound...].trimmingCharacters(in: .whitespaces)
            rest = rest[..<dash.lowerBound]
        }
        if rest.hasPrefix(":") { rest = rest.dropFirst() }
        let rules = rest.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }).map(String.init)
        return SuppressionDirective(scope: scope, rules: rules, reason: reason?.isEmpty == true ? nil : reason, range: range, line: line)
    }

    func covers(_ rule: RuleID) -> Bool {
        rules.isEmpty || rules.contains(rule.rawValue) || rules.contains(rule.category?.rawValue ?? "")
    }
}

/// The directives of a document and which findings they switch off.
struct SuppressionSet {
    let directives: [SuppressionDirective]
    private let document: Document
    /// For each directive, which of its rule names (or `*`) suppressed something.
    private(set) var used: [Set<String>]

    init(document: Document) {
        self.document = document
        var directives: [SuppressionDirective] = []
        for token in document.tokens where token.kind == .markup {
            let bytes = document.source.utf8
            // Cheap test before building a string: a comment or a directive line.
            guard bytes[token.start] == 0x3C || bytes[token.start] | 0x20 == 0x74 else { continue }
            let text = document.text(of: token)
            guard text.contains("taalmaat-") else { continue }
            if let directive = SuppressionDirective.parse(
                text, range: token.range, line: document.source.location(at: token.start).line)
            {
                directives.append(directive)
            }
        }
        self.directives = directives
        self.used = Array(repeating: [], count: directives.count)
    }

    var isEmpty: Bool { directives.isEmpty }

    /// Whether a finding is switched off; records which directive did it.
    mutating func suppresses(_ rule: RuleID, at range: TextRange) -> Bool {
        let line = document.source.location(at: range.start).line
        var suppressed = false
        var activeBlocks: [Int] = []
        for (index, directive) in directives.enumerated() {
            switch directive.scope {
            case .file:
                if directive.covers(rule) { markUsed(index, rule); suppressed = true }
            case .thisLine:
                if directive.line == line, directive.covers(rule) { markUsed(index, rule); suppressed = true }
            case .nextLine:
                if nextTextLine(after: directive) == line, directive.covers(rule) { markUsed(index, rule); suppressed = true }
            case .blockStart:
                if directive.range.end <= range.start, directive.covers(rule) { activeBlocks.append(index) }
            case .blockEnd:
                if directive.range.end <= range.start, directive.covers(rule) { activeBlocks.removeAll() }
            }
        }
        if let block = activeBlocks.last {
            markUsed(block, rule)
            suppressed = true
        }
        return suppressed
    }

    private mutating func markUsed(_ index: Int, _ rule: RuleID) {
        let directive = directives[index]
        if directive.rules.isEmpty {
            used[index].insert("*")
        } else if directive.rules.contains(rule.rawValue) {
            used[index].insert(rule.rawValue)
        } else if let category = rule.category?.rawValue {
            used[index].insert(category)
        }
    }

    /// The first line after the directive that has text.
    private func nextTextLine(after directive: SuppressionDirective) -> Int {
        guard var index = document.tokenIndex(containing: directive.range.start) else { return directive.line + 1 }
        index += 1
        while index < document.tokens.count {
            let token = document.tokens[index]
            if !token.kind.isTrivia {
                let line = document.source.location(at: token.start).line
                if line > directive.line { return line }
            }
            index += 1
        }
        return directive.line + 1
    }

    /// Names in directives that are neither a rule id nor a category.
    func unknownNames(known: Set<String>) -> [(directive: SuppressionDirective, name: String)] {
        directives.flatMap { directive in
            directive.rules.filter { !known.contains($0) }.map { (directive, $0) }
        }
    }

    /// Directive names (or whole directives) that switched nothing off.
    func unusedNames(known: Set<String>) -> [(directive: SuppressionDirective, name: String?)] {
        var result: [(SuppressionDirective, String?)] = []
        for (index, directive) in directives.enumerated() where directive.scope != .blockEnd {
            if directive.rules.isEmpty {
                if used[index].isEmpty { result.append((directive, nil)) }
            } else {
                for name in directive.rules where known.contains(name) && !used[index].contains(name) {
                    result.append((directive, name))
                }
            }
        }
        return result
    }
}
