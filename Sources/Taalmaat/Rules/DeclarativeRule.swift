import Synchronization
import Foundation
import TaalmaatText
import Yams

/// A rule described entirely by data: a YAML file in `Dictionaries/regels/` named
/// after the rule id, and the word lists it names. Every match of an entry becomes a
/// finding with the entry's alternatives as suggestions.
struct DeclarativeRule: SentenceRule {
    let description: RuleDescription
    /// The message when the entry has an alternative; `{woord}` and `{alternatief}`
    /// are filled in.
    let messageTemplate: MessageTemplate
    /// The message when the entry has no alternative.
    let messageWithoutAlternative: MessageTemplate
    /// Tone rules leave quoted words of a family member alone.
    let skipsQuotations: Bool
    /// The entry ranges of ``RuleDescription/wordLists``, resolved once: the first in
    /// its own property, the rest in an array. Nearly every rule has one list, and a
    /// list read from an array is retained and released for each sentence.
    private let firstList: ListEntries?
    private let moreLists: [ListEntries]
    /// One explanation string per entry, shared by all its findings: a long text with
    /// thousands of findings would otherwise hold thousands of copies.
    private let explanations = SharedExplanations()
    /// Message, explanation and suggestion titles per entry and matched text, keyed by
    /// the entry and the length of the first token: the titles take the case of that
    /// token.
    private let draftParts = TextKeyedCache<DraftParts>()

    init(description: RuleDescription, messageTemplate: String, messageWithoutAlternative: String, skipsQuotations: Bool) {
        self.description = description
        self.messageTemplate = MessageTemplate(messageTemplate)
        self.messageWithoutAlternative = MessageTemplate(messageWithoutAlternative)
        self.skipsQuotations = skipsQuotations
        let lists = description.wordLists.map(ListEntries.init)
        firstList = lists.first
        moreLists = Array(lists.dropFirst())
    }

    /// Every finding is a match from the rule's own lists.
    var sentenceFilter: SentenceFilter { SentenceFilter(anyOfLists: description.wordLists) }

    func check(_ sentence: SentenceContext, into findings: inout [FindingDraft]) {
        // A signature names the writer's role (*jeugdbeschermer*); that is not the body.
        guard sentence.blockKind != .signature, !sentence.matches.isEmpty else { return }
        // List by list, in sentence order, as `sentence.matches(in:)` would give them,
        // without an array per list: most sentences have no match of this rule, and
        // the sentence's list bits (`mayMatch`) tell so without a pass over its matches.
        // Matches by index: `for match in matches` retains the array per element.
        // The first list's bits before taking the matches: a sentence with matches has
        // them mostly from other lists, and holding the array costs a retain and a release.
        let resources = sentence.resources
        let first = firstList?.range(in: resources)
        let firstMayMatch = first.map(sentence.mayMatch(in:)) ?? false
        guard firstMayMatch || !moreLists.isEmpty else { return }
        let matches = sentence.matches
        var count = 0
        if firstMayMatch, let range = first {
            for index in matches.indices where range.contains(matches[index].entry) { count += 1 }
        }
        for list in moreLists {
            guard let range = list.range(in: resources), sentence.mayMatch(in: range) else { continue }
            for index in matches.indices where range.contains(matches[index].entry) { count += 1 }
        }
        guard count > 0 else { return }
        if count == 1 {
            // The usual case: one match, nothing to sort or to drop.
            guard let match = onlyMatch(in: matches, first: firstMayMatch ? first : nil, resources: resources, sentence: sentence)
            else { return }
            if skipsQuotations, (match.first...match.last).allSatisfy(sentence.isQuoted) { return }
            appendDraft(for: match, in: sentence, to: &findings)
            return
        }
        // Several: on the stack instead of two arrays per sentence.
        withUnsafeTemporaryAllocation(of: SentenceMatch.self, capacity: count) { mine in
            var filled = 0
            if firstMayMatch, let range = first {
                for index in matches.indices where range.contains(matches[index].entry) {
                    mine.initializeElement(at: filled, to: matches[index])
                    filled += 1
                }
            }
            for list in moreLists {
                guard let range = list.range(in: resources), sentence.mayMatch(in: range) else { continue }
                for index in matches.indices where range.contains(matches[index].entry) {
                    mine.initializeElement(at: filled, to: matches[index])
                    filled += 1
                }
            }
            defer { _ = mine.prefix(filled).deinitialize() }
            // Longest match first; drop matches inside a longer one of this rule. An
            // insertion sort, stable as the standard sort is: equal keys keep their order.
            func precedes(_ a: SentenceMatch, _ b: SentenceMatch) -> Bool {
                (a.first, -(a.last - a.first)) < (b.first, -(b.last - b.first))
            }
            for index in 1..<filled {
                let match = mine[index]
                var slot = index
                while slot > 0, precedes(match, mine[slot - 1]) {
                    mine[slot] = mine[slot - 1]
                    slot -= 1
                }
                mine[slot] = match
            }
            // The kept matches are moved to the front, in order.
            var kept = 0
            for index in 0..<filled {
                let match = mine[index]
                var inside = false
                for other in 0..<kept where mine[other].first <= match.first && match.last <= mine[other].last && mine[other].particle == nil {
                    inside = true
                    break
                }
                if inside { continue }
                if skipsQuotations, (match.first...match.last).allSatisfy(sentence.isQuoted) { continue }
                mine[kept] = match
                kept += 1
            }
            for index in 0..<kept { appendDraft(for: mine[index], in: sentence, to: &findings) }
        }
    }

    /// The one match of this rule's lists when ``check(_:into:)`` counted one.
    private func onlyMatch(
        in matches: [SentenceMatch], first: Range<Int>?, resources: EngineResources, sentence: SentenceContext
    ) -> SentenceMatch? {
        if let range = first {
            for index in matches.indices where range.contains(matches[index].entry) { return matches[index] }
        }
        for list in moreLists {
            guard let range = list.range(in: resources), sentence.mayMatch(in: range) else { continue }
            for index in matches.indices where range.contains(matches[index].entry) { return matches[index] }
        }
        return nil
    }

    /// The finding of a match. Its message, explanation and suggestion titles depend
    /// only on the entry and the matched text, so they are made once per entry and text
    /// (``TextKeyedCache``) and shared by every finding with them; each finding only
    /// gets its own suggestions with its range.
    func appendDraft(for match: SentenceMatch, in sentence: SentenceContext, to findings: inout [FindingDraft]) {
        // A split verb shows its particle in the message: rare, made each time.
        if match.particle != nil {
            let entry = sentence.entry(match)
            findings.append(draft(for: match, entry: entry, in: sentence, alternatives: entry.alternatives))
            return
        }
        let firstToken = sentence.token(match.first)
        let range = TextRange(start: firstToken.start, end: sentence.token(match.last).end)
        let parts = sentence.document.source.utf8.withUnsafeBufferPointer { bytes in
            draftParts.value(
                number: match.entry << 32 | firstToken.length, text: UnsafeBufferPointer(rebasing: bytes[range.start..<range.end])
            ) { makeParts(for: match, in: sentence) }
        }
        findings.append(
            FindingDraft(
                range: range, message: parts.message, explanation: parts.explanation, suggestions: parts.suggestions(at: range),
                lexiconEntry: match.entry))
    }

    /// What ``draft(for:entry:in:alternatives:)`` makes of a match without a particle,
    /// apart from the range.
    private func makeParts(for match: SentenceMatch, in sentence: SentenceContext) -> DraftParts {
        let entry = sentence.entry(match)
        let alternatives = entry.alternatives
        let matched = sentence.document.text(of: sentence.range(match.first...match.last))
        let original = sentence.text(match.first)
        var titles: [String] = []
        var replaces: UInt8 = 0
        for (index, alternative) in alternatives.prefix(3).enumerated() {
            if Self.needsWriter(alternative) {
                titles.append(alternative)
            } else {
                titles.append(Casing.match(alternative, to: original))
                replaces |= 1 << index
            }
        }
        return DraftParts(
            message: message(matched: matched, alternative: alternatives.first),
            explanation: explanations.text(for: match.entry) { explanation(for: entry) }, titles: titles, replaces: replaces,
            firstIsSafe: entry.options.safe)
    }

    func draft(for match: SentenceMatch, entry: LexiconEntry, in sentence: SentenceContext, alternatives: [String]) -> FindingDraft {
        let range = sentence.range(match.first...match.last)
        var related: [TextRange] = []
        var matched = sentence.document.text(of: range)
        if let particle = match.particle {
            let particleRange = sentence.range(particle)
            related.append(particleRange)
            matched += " … " + sentence.document.text(of: particleRange)
        }
        // Sized once: appending up to three to an empty array allocated up to three times.
        var suggestions: [Suggestion] = []
        suggestions.reserveCapacity(min(3, alternatives.count))
        for (index, alternative) in alternatives.prefix(3).enumerated() {
            let needsWriter = match.particle != nil || Self.needsWriter(alternative)
            if needsWriter {
                suggestions.append(Suggestion(title: alternative))
            } else {
                suggestions.append(sentence.replacement(match.first...match.last, with: alternative, safe: entry.options.safe && index == 0))
            }
        }
        return FindingDraft(
            range: range, message: message(matched: matched, alternative: alternatives.first),
            explanation: explanations.text(for: match.entry) { explanation(for: entry) }, suggestions: suggestions,
            relatedRanges: related,
            lexiconEntry: match.entry)
    }

    /// An alternative with a gap (*…*) or a slot (*[datum]*) needs the writer; it is
    /// shown, never applied. On the bytes: in UTF-8, 0x5B is only ever "[" and
    /// E2 80 A6 only ever "…", so this is the scalar test without decoding scalars.
    static func needsWriter(_ alternative: String) -> Bool {
        alternative.withUTF8Bytes { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                if byte == 0x5B { return true }
                if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA6 { return true }
            }
            return false
        }
    }

    func message(matched: String, alternative: String?) -> String {
        let template = alternative == nil ? messageWithoutAlternative : messageTemplate
        return template.render(word: matched, alternative: alternative ?? "")
    }

    func explanation(for entry: LexiconEntry) -> String {
        entry.explanation.isEmpty ? description.whyItMatters : entry.explanation + " " + description.whyItMatters
    }

    /// Rebuilds a finding when the document's context puts another alternative first
    /// (*achterstallig* in a letter about money: *nog niet betaald*).
    func preferring(_ alternative: String, in draft: FindingDraft, entry: LexiconEntry, document: Document) -> FindingDraft {
        var updated = draft
        let others = entry.alternatives.filter { $0 != alternative }
        let ordered = [alternative] + others
        let matched = document.text(of: draft.range)
        updated.message = message(
            matched: draft.relatedRanges.isEmpty ? matched : matched + " … " + document.text(of: draft.relatedRanges[0]),
            alternative: alternative)
        updated.suggestions = ordered.prefix(3).enumerated().map { index, text in
            guard draft.relatedRanges.isEmpty, !Self.needsWriter(text) else { return Suggestion(title: text) }
            let adjusted = Casing.match(text, to: matched)
            return Suggestion(
                title: adjusted, edits: [TextEdit(range: draft.range, replacement: adjusted)],
                isSafe: entry.options.safe && index == 0 && text == entry.alternatives.first)
        }
        return updated
    }
}

/// Explanations by lexicon entry index, built on first use.
final class SharedExplanations: Sendable {
    private let table = Mutex<[Int: String]>([:])

    func text(for entry: Int, make: () -> String) -> String {
        if let known = table.withLock({ $0[entry] }) { return known }
        let text = make()
        table.withLock { $0[entry] = text }
        return text
    }
}

/// The parts of a declarative finding that depend only on the lexicon entry and the
/// matched text: the message, the explanation and the suggestion titles (in the case
/// of the matched word). Shared by all findings of that entry and text: a string or
/// array taken from here is a retain, where making it was an allocation and a copy.
/// A class: handing it out of the cache retains one object instead of each string.
final class DraftParts: Sendable {
    let message: String
    let explanation: String
    /// At most three titles, in the entry's order.
    let titles: [String]
    /// Bit `n`: suggestion `n` replaces the match; otherwise it needs the writer (a gap
    /// or a slot) and is only shown.
    let replaces: UInt8
    /// The entry's first alternative may be applied without asking.
    let firstIsSafe: Bool
    /// The suggestions when none replaces the match: then they are the same for every
    /// finding.
    let shownOnly: [Suggestion]

    init(message: String, explanation: String, titles: [String], replaces: UInt8, firstIsSafe: Bool) {
        self.message = message
        self.explanation = explanation
        self.titles = titles
        self.replaces = replaces
        self.firstIsSafe = firstIsSafe
        shownOnly = replaces == 0 ? titles.map { Suggestion(title: $0) } : []
    }

    /// The suggestions of a finding at `range`, as ``DeclarativeRule/draft(for:entry:in:alternatives:)``
    /// makes them: a suggestion that replaces the match edits `range`. An array literal
    /// per count: it allocates the array at its size in one call, where growing or
    /// reserving an empty array cost twice as much.
    func suggestions(at range: TextRange) -> [Suggestion] {
        if replaces == 0 { return shownOnly }
        switch titles.count {
        case 1: return [suggestion(0, at: range)]
        case 2: return [suggestion(0, at: range), suggestion(1, at: range)]
        default: return [suggestion(0, at: range), suggestion(1, at: range), suggestion(2, at: range)]
        }
    }

    @inline(__always)
    private func suggestion(_ index: Int, at range: TextRange) -> Suggestion {
        let title = titles[index]
        guard replaces & (1 << index) != 0 else { return Suggestion(title: title) }
        return Suggestion(title: title, edits: [TextEdit(range: range, replacement: title)], isSafe: firstIsSafe && index == 0)
    }
}

// MARK: - Loading from YAML

/// The YAML form of a declarative rule (`Dictionaries/regels/<id>.yml`).
private struct DeclarativeRuleFile: Decodable {
    let id: String
    let naam: String
    let samenvatting: String
    let uitleg: String
    let waarom: String
    let ernst: [String: String]
    let woordenlijsten: [String]
    let melding: String
    let meldingZonderAlternatief: String?
    let citatenOverslaan: Bool?
    let voorbeelden: [Example]

    struct Example: Decodable {
        let fout: String?
        let goed: String?
        let suggestie: String?
        let profiel: String?
        let beter: String?
    }

    enum CodingKeys: String, CodingKey {
        case id, naam, samenvatting, uitleg, waarom, ernst, woordenlijsten, melding, voorbeelden
        case meldingZonderAlternatief = "melding-zonder-alternatief"
        case citatenOverslaan = "citaten-overslaan"
    }
}

extension DeclarativeRule {
    /// Reads a rule file; `extraLists` are the user lists configured for this rule.
    static func load(path: String, extraLists: [String]) throws -> DeclarativeRule {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw DictionaryFileError.unreadable(path: path)
        }
        let file: DeclarativeRuleFile
        do {
            file = try YAMLDecoder().decode(DeclarativeRuleFile.self, from: text)
        } catch {
            throw DictionaryFileError.malformedLine(path: path, line: 1, reason: "de regel kan niet worden gelezen: \(error)")
        }
        func severity(_ profile: Profile) throws -> Severity? {
            guard let name = file.ernst[profile.rawValue] else {
                throw DictionaryFileError.malformedLine(path: path, line: 1, reason: "ernst voor \(profile.rawValue) ontbreekt")
            }
            if name == "uit" { return nil }
            guard let value = Severity(name: name) else {
                throw DictionaryFileError.malformedLine(path: path, line: 1, reason: "onbekende ernst '\(name)'")
            }
            return value
        }
        let examples = try file.voorbeelden.map { example -> RuleExample in
            let profile = example.profiel.flatMap(Profile.init(rawValue:))
            if let wrong = example.fout {
                return .triggers(wrong, profile: profile, suggestion: example.suggestie, better: example.beter)
            }
            guard let right = example.goed else {
                throw DictionaryFileError.malformedLine(path: path, line: 1, reason: "een voorbeeld heeft 'fout' of 'goed' nodig")
            }
            return .clean(right, profile: profile)
        }
        let description = RuleDescription(
            id: RuleID(file.id), name: file.naam, summary: file.samenvatting,
            explanation: file.uitleg.trimmingCharacters(in: .whitespacesAndNewlines),
            whyItMatters: file.waarom.trimmingCharacters(in: .whitespacesAndNewlines),
            severities: ProfileSeverities(
                brief: try severity(.brief), verslag: try severity(.verslag), kind: try severity(.kind),
                intern: try severity(.intern)),
            examples: examples, wordLists: file.woordenlijsten + extraLists)
        return DeclarativeRule(
            description: description, messageTemplate: file.melding,
            messageWithoutAlternative: file.meldingZonderAlternatief ?? file.melding,
            skipsQuotations: file.citatenOverslaan ?? (description.category == .toon))
    }
}

/// Fills `{woord}` and `{alternatief}` in a message without Foundation (whose
/// string replacing is slow on Linux and runs for every finding). The template is
/// split into its pieces once, when the rule loads; a finding only joins them.
struct MessageTemplate: Sendable {
    enum Piece: Sendable {
        case text(String)
        case word
        case alternative
    }

    let pieces: [Piece]

    init(_ template: String) {
        var pieces: [Piece] = []
        var text = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let after = rest[open...]
            if after.hasPrefix("{woord}") {
                pieces.append(.text(text))
                pieces.append(.word)
                text = ""
                rest = after.dropFirst(7)
            } else if after.hasPrefix("{alternatief}") {
                pieces.append(.text(text))
                pieces.append(.alternative)
                text = ""
                rest = after.dropFirst(13)
            } else {
                text += "{"
                rest = after.dropFirst()
            }
        }
        text += rest
        pieces.append(.text(text))
        self.pieces = pieces.filter {
            if case .text(let literal) = $0 { return !literal.isEmpty }
            return true
        }
    }

    /// The message in one allocation of its exact size (see ``TextJoin``): appending
    /// piece by piece grew the string again for each piece.
    func render(word: String, alternative: String) -> String {
        var count = 0
        for index in pieces.indices {
            switch pieces[index] {
            case .text(let literal): count += literal.utf8.count
            case .word: count += word.utf8.count
            case .alternative: count += alternative.utf8.count
            }
        }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var offset = 0
            for index in pieces.indices {
                switch pieces[index] {
                case .text(let literal): TextJoin.copy(literal, into: buffer, at: &offset)
                case .word: TextJoin.copy(word, into: buffer, at: &offset)
                case .alternative: TextJoin.copy(alternative, into: buffer, at: &offset)
                }
            }
            return offset
        }
    }
}
