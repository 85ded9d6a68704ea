import TaalmaatText

/// One check of one document: sentence rules (cached per sentence), document rules,
/// then the steps that need the whole text (explained legal terms, context-dependent
/// alternatives, severities) and the scores.
struct CheckRun {
    let document: Document
    let settings: CheckSettings
    let cache: SentenceCache?
    var suppressions: SuppressionSet
    /// Each distinct word of the document, normalised and looked up once.
    let interner: WordInterner
    /// Findings switched off by a suppression in the text.
    var suppressedCount = 0
    /// The settings' sentence rules (see ``CheckSettings/unretainedSentenceRules``),
    /// their indices and filters, held for the check: read from the settings for each
    /// sentence, each array was retained and released again.
    private let sentenceRules: [Unmanaged<SentenceRuleRunner>]
    private let sentenceRuleIndices: [Int]
    private let sentenceFilters: [SentenceFilter.Resolved]
    private let sentenceGates: SentenceRuleGates

    init(document: Document, settings: CheckSettings, cache: SentenceCache?) {
        self.document = document
        self.settings = settings
        self.cache = cache
        self.suppressions = SuppressionSet(document: document)
        self.sentenceRules = settings.unretainedSentenceRules
        self.sentenceRuleIndices = settings.sentenceRuleIndices
        self.sentenceFilters = settings.sentenceFilters
        self.sentenceGates = settings.sentenceGates
        self.interner = settings.resources.interners.take(
            resources: settings.resources, expectedWords: min(1 << 16, document.tokens.count / 8 + 64))
    }

    static let explanationSignals = "woorden/signalen-uitleg.tsv"

    mutating func report() -> Report {
        var drafts = RuledDrafts()
        // The content tokens of all sentences with their interner entries: sentence
        // contexts (and document rules) read their words here.
        let words = DocumentWords(document: document, sentences: document.sentences.indices, interner: interner)
        var results: [SentenceResult] = []
        results.reserveCapacity(document.sentences.count)
        if cache == nil {
            // Rules append to the one array of the whole check: no array per sentence,
            // and no draft copied from there into this one.
            drafts.reserveCapacity(RuledDrafts.expectedCapacity(forTokens: document.tokens.count))
            for index in document.sentences.indices {
                results.append(sentenceResult(index, words: words, into: &drafts))
            }
        } else {
            // Cached results keep their drafts (relative to the sentence start); the
            // check takes copies, shifted to where the sentence is now.
            for index in document.sentences.indices { results.append(cachedSentenceResult(index, words: words)) }
            drafts.reserveCapacity(results.reduce(0) { $0 + $1.drafts.count })
            for index in results.indices {
                let offset = document.sentences[index].range.start
                for draft in results[index].drafts.drafts { drafts.drafts.append(draft.shifted(by: offset)) }
                drafts.rules.append(contentsOf: results[index].drafts.rules)
                // Document rules need only the matches and counts.
                results[index].drafts = RuledDrafts()
            }
        }
        let context = DocumentContext(document: document, settings: settings, results: results, words: words)
        for (ruleIndex, rule) in settings.documentRules {
            var found: [FindingDraft] = []
            rule.check(context, into: &found)
            drafts.append(found, rule: ruleIndex)
        }
        let findings = finish(consume drafts, context: context)
        settings.resources.interners.giveBack(interner)
        let scores = ScoreCalculator.scores(
            document: document, stats: results.map(\.stats), findings: findings, profile: settings.configuration.profile,
            longSentenceThreshold: longSentenceThreshold)
        return Report(
            document: document, profile: settings.configuration.profile, findings: findings, scores: scores,
            suppressedCount: suppressedCount)
    }

    var longSentenceThreshold: Int {
        Int(settings.threshold("waarschuwing-boven", of: ZinLang.ruleDescription))
    }

    // MARK: - Sentences

    /// The result of one sentence from the cache, or checked and then stored there.
    /// Cached results hold ranges relative to the sentence start, so they fit the same
    /// sentence anywhere in another text.
    func cachedSentenceResult(_ index: Int, words: DocumentWords) -> SentenceResult {
        let sentence = document.sentences[index]
        let key = cacheKey(for: sentence)
        if let cache, let cached = cache.value(for: key) { return cached }
        var drafts = RuledDrafts()
        var result = sentenceResult(index, words: words, into: &drafts)
        for position in drafts.drafts.indices {
            drafts.drafts[position] = drafts.drafts[position].shifted(by: -sentence.range.start)
        }
        result.drafts = drafts
        cache?.store(result, for: key)
        return result
    }

    /// Runs the sentence rules on one sentence, appending their drafts to `drafts`;
    /// the result holds the sentence's matches and counts (and no drafts).
    func sentenceResult(_ index: Int, words: DocumentWords, into drafts: inout RuledDrafts) -> SentenceResult {
        let context = SentenceContext(sentenceIndex: index, settings: settings, columns: words, reusing: nil)
        // Unretained runners (see ``SentenceRuleRunner``): 45 rules × every sentence,
        // so a retain and release per call would show.
        if var admitted = sentenceGates.admitted(context) {
            while admitted != 0 {
                runSentenceRule(admitted.trailingZeroBitCount, on: context, into: &drafts)
                admitted &= admitted - 1
            }
        } else {
            for item in sentenceRules.indices where sentenceFilters[item].admits(context) {
                runSentenceRule(item, on: context, into: &drafts)
            }
        }
        return SentenceResult(
            drafts: RuledDrafts(), matches: context.matches, stats: stats(of: context), contextHits: contextHits(in: context))
    }

    @inline(__always)
    private func runSentenceRule(_ item: Int, on context: SentenceContext, into drafts: inout RuledDrafts) {
        let before = drafts.count
        drafts.growIfFull()
        sentenceRules[item]._withUnsafeGuaranteedRef { $0.check(context, into: &drafts.drafts) }
        drafts.noteRule(sentenceRuleIndices[item], forDraftsFrom: before)
    }

    func cacheKey(for sentence: Sentence) -> SentenceCache.Key {
        var quoted: [Bool] = []
        if document.tokens[sentence.tokenRange].contains(where: { $0.has(.quoted) }) {
            quoted = document.tokens[sentence.tokenRange].map { $0.has(.quoted) }
        }
        return SentenceCache.Key(
            text: document.text(of: sentence.range), blockKind: document.blocks[sentence.blockIndex].kind,
            quoted: quoted, fingerprint: settings.fingerprint)
    }

    func stats(of sentence: SentenceContext) -> SentenceStats {
        var stats = SentenceStats()
        stats.words = sentence.wordCount
        let resources = settings.resources
        // Straight from the columns: every content token of the text passes here.
        let columns = sentence.columns
        for position in 0..<sentence.count {
            let column = sentence.base + position
            let token = document.tokens[Int(columns.tokenIndices[column])]
            guard token.kind == .word, !token.has(.containsDigit) else { continue }
            stats.lexicalWords += 1
            let info = columns.interner.info(columns.entries[column])
            stats.syllables += max(1, Int(info.syllables))
            // Names (capitals inside a sentence), shouting and placeholders are not
            // vocabulary problems.
            if token.has(.allCaps) || (token.has(.capitalized) && position > 0) { continue }
            if token.has(.hyphenated) {
                if hasDifficultPart(sentence, position, resources), !settings.isAccepted(sentence.word(position)) {
                    stats.difficultWords += 1
                }
            } else if info.isDifficult, !settings.isAccepted(sentence.word(position)) {
                stats.difficultWords += 1
            }
        }
        return stats
    }

    /// Whether a part of the hyphenated word at `position` is difficult; kept per
    /// interner entry, as splitting the word and looking up its parts cost more than
    /// the rest of the sentence's counts.
    private func hasDifficultPart(_ sentence: SentenceContext, _ position: Int, _ resources: EngineResources) -> Bool {
        let number = sentence.wordNumber(position)
        if let number, let known = sentence.interner.answer(number, to: .hasDifficultPart) { return known }
        let answer = sentence.word(position).split(separator: "-").contains { resources.info(String($0)).isDifficult }
        if let number { sentence.interner.remember(answer, for: number, to: .hasDifficultPart) }
        return answer
    }

    func contextHits(in sentence: SentenceContext) -> [String: Int] {
        var hits: [String: Int] = [:]
        guard sentence.summary.signalsContext else { return hits }
        let signals = settings.resources.lexicon.contextsByWord
        guard !signals.isEmpty else { return hits }
        for position in sentence.words.indices where sentence.infos[position].signalsContext {
            guard let contexts = signals[sentence.words[position]] else { continue }
            for context in contexts { hits[context, default: 0] += 1 }
        }
        return hits
    }

    // MARK: - Whole-document steps

    mutating func finish(_ unsorted: consuming RuledDrafts, context: DocumentContext) -> [Finding] {
        var drafts = unsorted.drafts
        let rules = unsorted.rules
        // The only reference to the drafts from here on: changing one does not copy all.
        unsorted = RuledDrafts()
        // Sorted through an index order, in the final order of the findings (position,
        // then rule id): the drafts do not move, and the findings need no sort (nor a
        // second buffer as large as they are).
        let ruleRank = settings.ruleRanks
        var order = drafts.indices.map { DraftOrder(drafts[$0].range, rank: ruleRank[rules[$0]], position: $0) }
        order.sort()
        suppressedCount = 0
        let resources = settings.resources
        // Each rule's description once, not a copy of it (with a dozen strings) per finding;
        // and of those only what a finding holds, read in place below.
        let descriptions = settings.activeRules.map(\.rule.description)
        let ruleIDs = descriptions.map(\.id)
        let categories = descriptions.map(\.category)
        let whys = descriptions.map(\.whyItMatters)
        var findings: [Finding] = []
        findings.reserveCapacity(drafts.count)
        // Drafts of one rule at one range are neighbours in this order: the first one
        // that passes the filters below is kept.
        var lastKept: (rule: Int, range: TextRange)?
        var spans = SourceText.SpanCursor(document.source)
        // A legal term explained once may be used without explanation afterwards.
        var explainedEntries: Set<Int> = []
        for key in order {
            let position = key.position
            let ruleIndex = rules[position]
            if let entryIndex = drafts[position].lexiconEntry {
                let options = resources.lexicon.entries[entryIndex].options
                if options.explanationSuffices {
                    if explainedEntries.contains(entryIndex) { continue }
                    if isExplained(drafts[position].range, context: context) {
                        explainedEntries.insert(entryIndex)
                        continue
                    }
                }
                if let preferred = options.contextAlternatives.first(where: { context.activeContexts.contains($0.key) }),
                    let declarative = settings.activeRules[ruleIndex].rule as? DeclarativeRule
                {
                    drafts[position] = declarative.preferring(
                        preferred.value, in: drafts[position], entry: resources.lexicon.entries[entryIndex], document: document)
                }
            }
            // Fields read in place: copying a draft or an active rule retains all it holds.
            let severity =
                settings.activeRules[ruleIndex].forcedSeverity ?? drafts[position].severity
                ?? settings.activeRules[ruleIndex].defaultSeverity
            guard severity >= settings.configuration.minimumSeverity else { continue }
            let range = drafts[position].range
            if let last = lastKept, last.rule == ruleIndex, last.range == range { continue }
            lastKept = (ruleIndex, range)
            if !suppressions.isEmpty, suppressions.suppresses(ruleIDs[ruleIndex], at: range) {
                suppressedCount += 1
                continue
            }
            // Built from the draft's fields, moved out of it: passing the draft and the
            // rule's description to ``finding(_:rule:severity:span:)`` copied both, and
            // released the copies, for every finding; a field read in place is still
            // retained here, and released again with the drafts.
            let parts = drafts[position].takeParts()
            findings.append(
                Finding(
                    ruleID: ruleIDs[ruleIndex], category: categories[ruleIndex], severity: severity,
                    message: parts.message, explanation: parts.explanation ?? whys[ruleIndex],
                    range: range, span: spans.span(of: range), matchedText: document.text(of: range),
                    relatedRanges: parts.relatedRanges, suggestions: parts.suggestions))
        }
        drafts = []
        let aboutSuppressions = suppressionFindings()
        if !aboutSuppressions.isEmpty {
            findings.append(contentsOf: aboutSuppressions)
            findings.sort { ($0.range.start, $0.range.end, $0.ruleID) < ($1.range.start, $1.range.end, $1.ruleID) }
        }
        return findings
    }

    func finding(_ draft: FindingDraft, rule description: RuleDescription, severity: Severity, span: SourceSpan? = nil) -> Finding {
        Finding(
            ruleID: description.id, category: description.category, severity: severity, message: draft.message,
            explanation: draft.explanation ?? description.whyItMatters, range: draft.range,
            span: span ?? document.source.span(of: draft.range), matchedText: document.text(of: draft.range),
            relatedRanges: draft.relatedRanges, suggestions: draft.suggestions)
    }

    /// Findings about the suppression comments themselves: unknown rule names and
    /// suppressions that switched nothing off.
    func suppressionFindings() -> [Finding] {
        guard !suppressions.isEmpty else { return [] }
        var known: Set<String> = Set(RuleCategory.allCases.map(\.rawValue))
        for rule in settings.resources.rules { known.insert(rule.description.id.rawValue) }
        var result: [Finding] = []
        func emit(_ rule: RuleDescription, _ range: TextRange, _ message: String) {
            guard let active = settings.activeRules.first(where: { $0.rule.description.id == rule.id }) else { return }
            let severity = active.forcedSeverity ?? active.defaultSeverity
            guard severity >= settings.configuration.minimumSeverity else { return }
            result.append(finding(FindingDraft(range: range, message: message), rule: rule, severity: severity))
        }
        for (directive, name) in suppressions.unknownNames(known: known) {
            emit(TaalmaatOnbekendeRegel.ruleDescription, directive.range, TaalmaatOnbekendeRegel.message(for: name, known: known))
        }
        for (directive, name) in suppressions.unusedNames(known: known) {
            let message = name.map { "Deze uitzondering voor '\($0)' is niet nodig. Haal haar weg." }
                ?? "Deze uitzondering is niet nodig. Haal haar weg."
            emit(TaalmaatOverbodigUit.ruleDescription, directive.range, message)
        }
        return result
    }

    /// A legal term is explained when its sentence or the next one explains it (*dat
    /// betekent*, *dat wil zeggen*, *dat heet*), or a bracket or colon follows it.
    func isExplained(_ range: TextRange, context: DocumentContext) -> Bool {
        guard let sentenceIndex = document.sentenceIndex(containing: range.start) else { return false }
        if let after = document.tokenIndex(containing: range.end), let next = nextContentToken(from: after) {
            let text = document.text(of: document.tokens[next])
            if text == "(" || text == ":" || text == "," || text == "–" || text == "—" { return true }
        }
        return context.matches(in: Self.explanationSignals).contains { index, _ in
            index == sentenceIndex || index == sentenceIndex + 1
        }
    }

    func nextContentToken(from index: Int) -> Int? {
        var position = index
        while position < document.tokens.count {
            let kind = document.tokens[position].kind
            if !kind.isTrivia { return position }
            position += 1
        }
        return nil
    }
}

/// A draft's place in the order of the findings (position, then rule rank), packed
/// into two integers: the sort compares these instead of reaching into three arrays
/// per comparison. The draft's own position breaks ties, so drafts of one rule at
/// one range keep the order the rule gave them.
struct DraftOrder: Comparable {
    /// Start in the high half, end in the low half: offsets fit in 32 bits, as in a
    /// ``Token``.
    private let range: UInt64
    /// Rank in the high half, position in the low half.
    private let rankAndPosition: UInt64

    init(_ range: TextRange, rank: Int, position: Int) {
        self.range = UInt64(truncatingIfNeeded: range.start) << 32 | UInt64(UInt32(truncatingIfNeeded: range.end))
        rankAndPosition = UInt64(truncatingIfNeeded: rank) << 32 | UInt64(UInt32(truncatingIfNeeded: position))
    }

    var position: Int { Int(truncatingIfNeeded: rankAndPosition & 0xFFFF_FFFF) }

    static func < (lhs: DraftOrder, rhs: DraftOrder) -> Bool {
        lhs.range != rhs.range ? lhs.range < rhs.range : lhs.rankAndPosition < rhs.rankAndPosition
    }
}
