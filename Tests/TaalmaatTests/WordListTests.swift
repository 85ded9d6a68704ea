import Testing
import TaalmaatText
@testable import Taalmaat

/// Every entry of every word list carries an example that must match it and,
/// optionally, a counter-example that must not. Entries of declarative rules must
/// also produce the rule's finding with the entry's first alternative.
@Suite struct WordListTests {
    static let checker = try! Checker(cachesSentences: false)
    static var resources: EngineResources { checker.settings.resources }

    struct EntryCase: CustomTestStringConvertible, Sendable {
        let index: Int
        let entry: LexiconEntry
        var testDescription: String { "\(entry.list):\(entry.line) \(entry.headword)" }
    }

    static var allEntries: [EntryCase] {
        resources.lexicon.entries.enumerated().map { EntryCase(index: $0.offset, entry: $0.element) }
    }

    /// The declarative rule that owns a list, if any.
    static func owner(of list: String) -> DeclarativeRule? {
        resources.rules.compactMap { $0 as? DeclarativeRule }.first { $0.description.wordLists.contains(list) }
    }

    /// A Swift rule that names the list among its word lists (it may match the list
    /// its own way).
    static func ownerWithOwnMatching(of list: String) -> RuleDescription? {
        resources.rules.filter { !($0 is DeclarativeRule) }.map(\.description).first { $0.wordLists.contains(list) }
    }

    static func matches(of entry: Int, in text: String) -> [TextRange] {
        let document = Document(text, lexicon: resources.tokenizerLexicon)
        var ranges: [TextRange] = []
        for index in document.sentences.indices {
            let sentence = SentenceContext(document: document, sentenceIndex: index, settings: checker.settings)
            for match in sentence.matches where match.entry == entry {
                ranges.append(sentence.range(match.first...match.last))
            }
        }
        return ranges
    }

    @Test func listsAreNotEmpty() {
        #expect(Self.resources.lexicon.entries.count > 1_000)
    }

    @Test(arguments: allEntries)
    func exampleMatchesAndCounterExampleDoesNot(_ item: EntryCase) throws {
        let entry = item.entry
        #expect(!entry.example.isEmpty || entry.list.contains("signalen"), "entry without example")
        guard !entry.example.isEmpty else { return }
        let found = Self.matches(of: item.index, in: entry.example)
        if found.isEmpty, let owner = Self.ownerWithOwnMatching(of: entry.list) {
            // Lists that a rule reads in its own way (the salutation line without
            // punctuation): the example must trigger that rule instead.
            let profile = Profile.allCases.first { owner.severities[$0] != nil } ?? .brief
            let checker = try Checker(configuration: CheckerConfiguration(profile: profile), cachesSentences: false)
            let findings = checker.check(entry.example).findings.filter { $0.ruleID == owner.id }
            #expect(!findings.isEmpty, "\(owner.id) gives no finding for: \(entry.example)")
            return
        }
        #expect(!found.isEmpty, "example does not match: \(entry.example)")
        let rule = Self.owner(of: entry.list)
        let profile = rule.flatMap { rule in Profile.allCases.first { rule.description.severities[$0] != nil } } ?? .brief
        let checker = try Checker(configuration: CheckerConfiguration(profile: profile), cachesSentences: false)
        if let counter = entry.counterExample {
            if entry.options.explanationSuffices, let rule {
                // A legal term may occur when it is explained: no finding, although it matches.
                let findings = checker.check(counter).findings.filter { $0.ruleID == rule.description.id }
                #expect(findings.isEmpty, "explained use still gives a finding: \(counter)")
            } else {
                #expect(Self.matches(of: item.index, in: counter).isEmpty, "counter-example matches: \(counter)")
            }
        }
        guard let rule, let expected = found.first else { return }
        let report = checker.check(entry.example)
        let finding = report.findings.first { $0.ruleID == rule.description.id && $0.range.overlaps(expected) }
        #expect(finding != nil, "\(rule.description.id) gives no finding for: \(entry.example)")
        if let finding, let alternative = entry.alternatives.first, finding.range == expected {
            let titles = finding.suggestions.map { $0.title.lowercased() }
            let contextual = entry.options.contextAlternatives.values.map { $0.lowercased() }
            #expect(
                titles.first == alternative.lowercased() || contextual.contains(titles.first ?? ""),
                "first suggestion \(titles.first ?? "-") is not \(alternative)")
        }
    }

    @Test func noPatternIsListedTwiceForTheSameRule() {
        var seen: [String: String] = [:]
        var duplicates: [String] = []
        for entry in Self.resources.lexicon.entries {
            guard let rule = Self.owner(of: entry.list) else { continue }
            for pattern in entry.patterns {
                let key = rule.description.id.rawValue + "|" + (entry.options.caseSensitive ? pattern : pattern.lowercased())
                if let earlier = seen[key] {
                    duplicates.append("\(pattern): \(earlier) and \(entry.list):\(entry.line)")
                } else {
                    seen[key] = "\(entry.list):\(entry.line)"
                }
            }
        }
        #expect(duplicates.isEmpty, "\(duplicates)")
    }
}
