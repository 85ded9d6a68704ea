import TaalmaatText

/// Computes the scores from sentence counts and findings.
enum ScoreCalculator {
    /// Points that missing letter elements add to the stress score.
    static let missingElementWeights: [RuleID: Double] = [
        "brief.contactpersoon": 10, "brief.reageren": 10, "brief.hulpaanbod": 5, "brief.vervolg": 5,
    ]

    /// Rules whose findings count as difficult words for the verdict.
    /// An array, not a set: four short ids compare faster than a finding's id hashes,
    /// and the scores ask this for every word finding.
    static let wordChoiceRules: [RuleID] = [
        "woord.ambtelijk", "woord.vaktaal", "woord.engels", "woord.afkorting",
    ]

    static func scores(
        document: Document, stats: [SentenceStats], findings: [Finding], profile: Profile, longSentenceThreshold: Int
    ) -> Scores {
        Scores(
            readability: readability(
                document: document, stats: stats, findings: findings, profile: profile,
                longSentenceThreshold: longSentenceThreshold),
            stress: stress(stats: stats, document: document, findings: findings))
    }

    static func isRunningText(_ kind: BlockKind) -> Bool { kind == .paragraph || kind == .listItem }

    static func readability(
        document: Document, stats: [SentenceStats], findings: [Finding], profile: Profile, longSentenceThreshold: Int
    ) -> ReadabilityScore {
        var sentences = 0
        var words = 0
        var lexical = 0
        var syllables = 0
        var difficult = 0
        var longest = 0
        var long = 0
        for (index, sentence) in document.sentences.enumerated()
        where isRunningText(document.blocks[sentence.blockIndex].kind) && stats[index].words > 0 {
            let stat = stats[index]
            sentences += 1
            words += stat.words
            lexical += stat.lexicalWords
            syllables += stat.syllables
            difficult += stat.difficultWords
            longest = max(longest, stat.words)
            if stat.words > longSentenceThreshold { long += 1 }
        }
        let averageLength = sentences > 0 ? Double(words) / Double(sentences) : 0
        let syllablesPerWord = lexical > 0 ? Double(syllables) / Double(lexical) : 0
        let longShare = sentences > 0 ? Double(long) / Double(sentences) : 0
        let difficultShare = lexical > 0 ? Double(difficult) / Double(lexical) : 0
        let flesch = sentences > 0 ? 206.835 - 0.93 * averageLength - 77 * syllablesPerWord : 0
        let brouwer = sentences > 0 ? 195 - 2 * averageLength - 66.7 * syllablesPerWord : 0
        // By index: `filter` and `for in` copy every finding (and retain its strings).
        // The category first (an id's first part names it): most findings are not
        // about words, and hashing every rule id cost more than the rest of the scores.
        var wordFindings = 0
        for index in findings.indices
        where findings[index].category == .woord && wordChoiceRules.contains(findings[index].ruleID) {
            wordFindings += 1
        }
        let wordFindingRate = words > 0 ? Double(wordFindings) * 100 / Double(words) : 0
        let child = profile == .kind
        // A text without running sentences has nothing to measure: no criteria, and
        // nothing that fails (an empty criterion list, not a list of failures).
        let criteria = sentences == 0 ? [] : [
            ReadabilityScore.Criterion(name: "gemiddelde zinslengte", value: averageLength, limit: child ? 10 : 15, atMost: true),
            ReadabilityScore.Criterion(name: "aandeel lange zinnen", value: longShare, limit: 0.1, atMost: true),
            ReadabilityScore.Criterion(name: "aandeel moeilijke woorden", value: difficultShare, limit: child ? 0.03 : 0.05, atMost: true),
            ReadabilityScore.Criterion(name: "Flesch-Douma", value: flesch, limit: child ? 70 : 60, atMost: false),
            ReadabilityScore.Criterion(
                name: "ambtelijke woorden, vaktaal, Engels en afkortingen per 100 woorden", value: wordFindingRate, limit: 1,
                atMost: true),
        ]
        let failed = criteria.filter { !$0.passed }.count
        let verdict: ReadabilityScore.Verdict = failed == 0 ? .b1 : failed <= 2 ? .bovenB1 : .verBovenB1
        return ReadabilityScore(
            sentences: sentences, words: words, averageSentenceLength: averageLength, longestSentence: longest,
            longSentenceShare: longShare, longSentenceThreshold: longSentenceThreshold,
            difficultWordShare: difficultShare, syllablesPerWord: syllablesPerWord, fleschDouma: flesch,
            brouwer: brouwer, wordFindingsPer100Words: wordFindingRate, criteria: criteria, verdict: verdict)
    }

    static func stress(stats: [SentenceStats], document: Document, findings: [Finding]) -> StressScore {
        let words = stats.reduce(0) { $0 + $1.words }
        var weighted = 0.0
        var toneFindings = 0
        var missing: [RuleID] = []
        var missingPoints = 0.0
        for index in findings.indices {
            if findings[index].category == .toon {
                toneFindings += 1
                switch findings[index].severity {
                case .fout: weighted += 3
                case .waarschuwing: weighted += 2
                case .tip: weighted += 1
                }
            }
            // Missing letter elements are `brief` rules: other findings need no look-up.
            guard findings[index].category == .brief else { continue }
            let ruleID = findings[index].ruleID
            if let points = missingElementWeights[ruleID], !missing.contains(ruleID) {
                missing.append(ruleID)
                missingPoints += points
            }
        }
        let rate = words > 0 ? weighted * 100 / Double(words) : 0
        let tone = min(70, 12 * rate)
        let missingComponent = min(30, missingPoints)
        return StressScore(
            score: Int(min(100, (tone + missingComponent).rounded())), toneComponent: tone,
            missingComponent: missingComponent, weightedToneFindingsPer100Words: rate, toneFindings: toneFindings,
            missingElements: missing)
    }
}
