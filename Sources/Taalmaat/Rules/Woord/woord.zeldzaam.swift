import TaalmaatText

/// `woord.zeldzaam`: words that few readers know (low frequency).
struct WoordZeldzaam: SentenceRule, DescribedRule {
    static let ruleDescription = RuleDescription(
        id: "woord.zeldzaam",
        name: "Weinig bekend woord",
        summary: "Een woord dat weinig voorkomt en dat veel lezers niet kennen.",
        explanation: """
            Dit woord komt weinig voor in gewone Nederlandse teksten. Veel mensen kennen het niet. \
            Gebruik een woord dat vaker voorkomt. Kan dat niet? Leg het woord dan uit in een korte zin. \
            Taalmaat kijkt daarvoor in een lijst met hoe vaak woorden voorkomen. \
            Woorden uit het dagelijks leven van gezinnen staan in een aparte lijst en tellen niet mee. \
            Is het woord in uw werk gewoon en kent de lezer het? Zet het dan in .taalmaat.yml bij de toegestane woorden.
            """,
        whyItMatters: """
            Een onbekend woord stopt het lezen. Iemand met stress raadt dan wat er staat, of leest niet verder.
            """,
        severities: ProfileSeverities(brief: .tip, verslag: .tip, kind: .waarschuwing, intern: nil),
        thresholds: [
            Threshold(
                key: "zipf-onder",
                summary: "Een woord dat minder vaak voorkomt dan dit (Zipf-waarde, 3 is één keer per miljoen woorden) is zeldzaam.",
                brief: 2.5, verslag: 2.5, kind: 3.0, intern: 2.5)
        ],
        examples: [
            .triggers(
                "In de klas was Daan soms ⟦baldadig⟧.", suggestion: "Gebruik een bekender woord",
                better: "In de klas was Daan soms wild. Hij gooide met spullen."),
            .triggers("Sara is op school wat ⟦bedeesd⟧ en ⟦schuchter⟧.", better: "Sara is op school wat stil en verlegen."),
            .triggers("Bij het eten was hij ⟦nukkig⟧.", profile: .verslag),
            .triggers("Loop ⟦behoedzaam⟧ over het ijs.", profile: .kind, better: "Loop voorzichtig over het ijs."),
            .clean("Ze begroette ons heel vriendelijk bij de deur."),
            .clean("Wij komen dinsdg bij u langs."),
            .clean("Agnieszka komt morgen ook naar het gesprek."),
            .clean("Vader zei: \"Die jongen is soms zo baldadig.\""),
            .clean("U betaalt de huur voortaan via een betalingsregeling."),
        ])

    static let zipfLimit = ProfileThreshold("zipf-onder", of: ruleDescription)

    func check(_ sentence: SentenceContext, into findings: inout [FindingDraft]) {
        guard WoordSamenstelling.isRunningText(sentence.blockKind) else { return }
        let rareBelow = Float(sentence.threshold(Self.zipfLimit, of: description))
        // Every word of every sentence passes here: entries and tokens through buffer
        // pointers, without a bounds check or a reload per position.
        let columns = sentence.columns
        let documentTokens = columns.document.tokens
        let span = sentence.base..<(sentence.base + sentence.count)
        documentTokens.withUnsafeBufferPointer { tokens in
            columns.tokenIndices.withUnsafeBufferPointer { allIndices in
                let indices = UnsafeBufferPointer(rebasing: allIndices[span])
                columns.entries.withUnsafeBufferPointer { allEntries in
                    let entries = UnsafeBufferPointer(rebasing: allEntries[span])
                    for position in 0..<entries.count {
                        // Most words leave here, on the frequency the sentence already
                        // knows, before their token is read.
                        let info = columns.interner.info(entries[position])
                        if info.isKnown, info.zipf >= rareBelow { continue }
                        let token = tokens[Int(indices[position])]
                        guard token.kind == .word, token.length >= 4, !token.has(.containsDigit), !token.has(.allCaps),
                            !token.has(.quoted)
                        else { continue }
                        // A capital inside a sentence is a name.
                        if token.has(.capitalized), position > 0 { continue }
                        let word = sentence.word(position)
                        let rare: Bool
                        if token.has(.hyphenated) || token.has(.ellipticHyphen) {
                            rare = hasRarePart(word, limit: rareBelow, in: sentence)
                        } else if rareBelow <= EngineResources.difficultWordZipf, !info.isDifficult {
                            // A rare word is difficult below the limit, and so below the
                            // higher limit of the word facts (the same compound test): a
                            // word that is not difficult there is not rare, without the
                            // memo's look-up.
                            rare = false
                        } else {
                            rare = isRare(word, limit: rareBelow, in: sentence)
                        }
                        guard rare else { continue }
                        guard !sentence.isCoveredByWordList(position), !isLongCompound(at: position, in: sentence) else {
                            continue
                        }
                        findings.append(
                            FindingDraft(
                                range: token.range,
                                message: "Dit woord kennen veel mensen niet. Gebruik een bekender woord of leg het uit.",
                                suggestions: suggestions(for: token, at: position, in: sentence)))
                    }
                }
            }
        }
    }

    /// The suggestions of a finding, the same for every finding of one token text: made
    /// once per text and shared (see ``TextKeyedCache``).
    private func suggestions(for token: Token, at position: Int, in sentence: SentenceContext) -> [Suggestion] {
        sentence.document.source.utf8.withUnsafeBufferPointer { bytes in
            suggestionsByText.value(number: 0, text: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])) {
                [
                    Suggestion(title: "Gebruik een bekender woord"),
                    Suggestion(title: TextJoin.join("Leg '", sentence.text(position), "' uit in een korte zin")),
                ]
            }
        }
    }

    private let suggestionsByText = TextKeyedCache<[Suggestion]>()

    /// Whether a part of a hyphenated word is rare (*jeugd-ggz*): the parts between
    /// hyphens, empty parts left out, as `word.split(separator: "-")` gives them. For
    /// an ASCII word, where a character is a byte, split on the bytes instead of
    /// breaking the word into characters.
    func hasRarePart(_ word: String, limit: Float, in sentence: SentenceContext) -> Bool {
        let ascii = word.withUTF8Bytes { bytes -> Bool? in
            for byte in bytes where byte >= 0x80 { return nil }
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x2D {
                defer { start = end + 1 }
                guard end > start else { continue }
                let part = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                if isRare(part, limit: limit, in: sentence) { return true }
            }
            return false
        }
        return ascii ?? word.split(separator: "-").contains { isRare(String($0), limit: limit, in: sentence) }
    }

    private static let rareWords = WordMemo<Bool>()

    /// Whether a lowercase word is rare: below the limit, not an everyday word of the
    /// stop list, not a compound of common words (*huurbetaling*), known to Hunspell
    /// (unknown words are for `woord.spelling`), and not a form of a common word
    /// (*begroette* → *begroet*). Apart from the accepted words of the configuration
    /// the answer depends on the word alone, so it is computed once per word.
    func isRare(_ word: String, limit: Float, in sentence: SentenceContext) -> Bool {
        if sentence.isAccepted(word) { return false }
        let resources = sentence.resources
        return Self.rareWords.value(word, resources: resources, parameter: UInt64(limit.bitPattern)) {
            guard WoordText.fastLetterCount(word) >= 4, !word.hasPrefix("'") else { return false }
            if let zipf = resources.frequencies.zipf(of: word), zipf >= limit { return false }
            guard resources.isDifficult(word, below: limit) else { return false }
            let spelling = resources.spellChecker
            guard spelling.spell(word) else { return false }
            for stem in spelling.stem(word) where stem != word {
                if !resources.isDifficult(stem.lowercased(), below: limit) { return false }
            }
            return true
        }
    }

    /// Long compounds are reported by `woord.samenstelling`, with a better suggestion.
    func isLongCompound(at position: Int, in sentence: SentenceContext) -> Bool {
        let compound = WoordSamenstelling.ruleDescription
        return WoordSamenstelling.analysis(
            at: position, in: sentence, long: Int(sentence.threshold(WoordSamenstelling.longFrom, of: compound)),
            threeParts: Int(sentence.threshold(WoordSamenstelling.threePartsFrom, of: compound))) != nil
    }
}
