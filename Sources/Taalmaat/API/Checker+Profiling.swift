import TaalmaatText

extension Checker {
    /// Time spent per rule on a text, slowest first, plus the shared work (building
    /// sentence contexts and word-list matching). For benchmarks and tuning.
    public func profileRules(_ text: String, format: TextFormat = .plain) -> [(name: String, seconds: Double)] {
        let document = Document(source: SourceText(text), tokenizer: tokenizer(format: format))
        let clock = ContinuousClock()
        var times: [String: Duration] = [:]
        var contexts: [SentenceContext] = []
        let interner = WordInterner(resources: settings.resources, expectedWords: min(1 << 16, document.tokens.count / 8 + 64))
        var words: DocumentWords?
        times["(zinnen voorbereiden en woordenlijsten)"] = clock.measure {
            let columns = DocumentWords(document: document, sentences: document.sentences.indices, interner: interner)
            contexts = document.sentences.indices.map {
                SentenceContext(sentenceIndex: $0, settings: settings, columns: columns, reusing: nil)
            }
            words = columns
        }
        var results: [SentenceResult] = []
        for active in settings.activeRules {
            guard let rule = active.rule as? any SentenceRule else { continue }
            // As the engine calls it: only on sentences its filter admits.
            let filter = rule.sentenceFilter.resolved(in: settings.resources)
            times[rule.description.id.rawValue] = clock.measure {
                var found: [FindingDraft] = []
                for context in contexts where filter.admits(context) { rule.check(context, into: &found) }
            }
        }
        let run = CheckRun(document: document, settings: settings, cache: nil)
        times["(zinstatistiek)"] = clock.measure {
            results = contexts.map { SentenceResult(drafts: [], matches: $0.matches, stats: run.stats(of: $0), contextHits: run.contextHits(in: $0)) }
        }
        let context = DocumentContext(document: document, settings: settings, results: results, words: words)
        for active in settings.activeRules {
            guard let rule = active.rule as? any DocumentRule else { continue }
            times[rule.description.id.rawValue] = clock.measure {
                var found: [FindingDraft] = []
                rule.check(context, into: &found)
            }
        }
        return times.map { ($0.key, Double($0.value.components.seconds) + Double($0.value.components.attoseconds) / 1e18) }
            .sorted { $0.seconds > $1.seconds }
    }
}
