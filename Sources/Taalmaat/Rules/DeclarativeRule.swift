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
        var mine: [SentenceMatch] = []
        let matches = sentence.matches
        if firstMayMatch, let range = first {
            for index in matches.indices where range.contains(matches[index].entry) { mine.append(matches[index]) }
        }
        for list in moreLists {
            guard let range = list.range(in: resources), sentence.mayMatch(in: range) else { continue }
            for index in matches.indices where range.contains(matches[index].entry) { mine.append(matches[index]) }
        }
        guard !mine.isEmpty else { return }
        // Longest match first; drop matches inside a longer one of this rule.
        mine.sort { ($0.first, -($0.last - $0.first)) < ($1.first, -($1.last - $1.first)) }
        var kept: [SentenceMatch] = []
        for match in mine {
            if kept.contains(where: { $0.first <= match.first && match.last <= $0.last && $0.particle == nil }) { continue }
            if skipsQuotations, (match.first...match.last).allSatisfy(sentence.isQuoted) { continue }
            kept.append(match)
        }
        for match in kept {
            // The entry once: a copy of it retains each of its strings and arrays.
            let entry = sentence.entry(match)
            findings.append(draft(for: match, entry: entry, in: sentence, alternatives: entry.alternatives))
        }
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
