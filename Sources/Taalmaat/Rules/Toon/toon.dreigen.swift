import TaalmaatText

/// `toon.dreigen`: dreigementen. Vaste dreigende zinsdelen (*zien wij ons genoodzaakt*)
/// en voorwaarden over wat de lezer niet doet met een straf of maatregel als gevolg
/// (*Als u niet betaalt, schakelen wij de deurwaarder in*).
struct ToonDreigen: DocumentRule, DescribedRule {
    static let threatList = "woorden/toon-dreigen.tsv"
    static let consequenceList = "woorden/toon-gevolgen.tsv"
    static let threatEntries = ListEntries(threatList)
    static let consequenceEntries = ListEntries(consequenceList)
    static let conditionList = "woorden/toon-voorwaarden.tsv"
    static let warningList = "woorden/toon-waarschuwing.tsv"
    static let failureList = "woorden/toon-negatief.tsv"

    static let advice = "Zeg wat er kan gebeuren, wanneer en waarom. Noem wat u doet om het te voorkomen en welke hulp er is."

    static let ruleDescription = RuleDescription(
        id: "toon.dreigen",
        name: "Dreigen",
        summary: "Een dreigement: 'als u niet …, dan volgt een straf of maatregel', of 'zien wij ons genoodzaakt'.",
        explanation: """
            Deze zin klinkt als een dreigement. Soms moet u een zwaar gevolg noemen. Doe dat dan rustig en eerlijk. \
            Zeg wat er kan gebeuren, wanneer en waarom. Zeg wat u doet om het te voorkomen. \
            Noem welke hulp er is en hoe de lezer kan reageren. \
            Een besluit met een reden is geen dreigement.
            """,
        whyItMatters: """
            Een dreigement maakt bang. Wie bang is, kan minder goed nadenken en haakt sneller af. \
            Dan wordt het juist moeilijker om samen het probleem op te lossen.
            """,
        severities: ProfileSeverities(brief: .fout, verslag: .fout, kind: .fout, intern: .waarschuwing),
        examples: [
            .triggers(
                "⟦Indien u niet binnen tien dagen betaalt, schakelen wij de deurwaarder⟧ in.", suggestion: advice,
                better: "De huur van maart is nog niet betaald. Lukt het niet om te betalen? Bel mij dan. Samen zoeken we een oplossing, zodat er geen deurwaarder komt."),
            .triggers("Wij schakelen ⟦de deurwaarder in als u niet betaalt⟧."),
            .triggers("⟦Als je weer niet naar school gaat, krijgen je ouders een boete⟧.", profile: .kind),
            .triggers("⟦Mocht u de hulp blijven weigeren, dan zullen wij een melding doen bij Veilig Thuis⟧."),
            .triggers("⟦Tenzij u voor 1 mei reageert, vragen wij de rechter om een uithuisplaatsing⟧."),
            .triggers("Wij willen u erop wijzen dat ⟦bij onvoldoende medewerking een uithuisplaatsing⟧ kan volgen."),
            .triggers("Betaal het bedrag voor vrijdag, ⟦anders volgt een boete⟧."),
            .triggers("⟦Zien wij ons genoodzaakt⟧ om verdere stappen te zetten, dan hoort u dat van ons."),
            .triggers("⟦Betaalt u niet, dan schakelen wij de deurwaarder⟧ in."),
            .triggers("⟦Indien u niet verschijnt, kan de zaak naar de rechter⟧. ⟦Ook kan de Raad voor de Kinderbescherming worden ingeschakeld⟧."),
            .triggers("⟦Als ze niet meewerkt, doen we een melding bij Veilig Thuis⟧.", profile: .intern),
            .clean("Zolang wij samen bezig zijn, stapt de woningcorporatie niet naar de rechter."),
            .clean("Krijgt u hulp bij geldzorgen? Dan mag de leverancier uw gas en stroom niet afsluiten."),
            .clean("Bent u het niet eens met het besluit? Dan kunt u naar de rechter. Ik help u daarbij."),
            .clean("Als u het niet eens bent met de boete, kunt u bezwaar maken."),
            .clean("De rechter heeft besloten tot een ondertoezichtstelling, omdat Ryan vaak niet naar school ging."),
            .clean("Soms dreigen hulpverleners met een uithuisplaatsing als ouders niet meewerken. Dat doen wij niet."),
            .clean("Als de zorgaanbieder niet op tijd begint, kan de gemeente de zorgaanbieder een boete geven."),
            .clean("Als u niet kunt betalen, komt er geen deurwaarder. We zoeken samen een oplossing."),
            .clean("Veel ouders zijn bang dat hun kind uit huis wordt geplaatst als ze hulp vragen. Die zorg is begrijpelijk."),
            .clean("Moeder zei: \"Als jullie niet oppassen, bel ik de rechter.\""),
        ],
        wordLists: [threatList, consequenceList, conditionList, warningList, failureList])

    // MARK: - Grammar

    /// Words that repeat a failure: *als dit weer gebeurt*.
    static let repetitionWords: WordSet = ["weer", "opnieuw", "nogmaals", "alweer", "wederom"]
    /// Verbs of avoiding: *alleen door te betalen kunt u een rechtszaak voorkomen*.
    static let avoidanceWords: WordSet = [
        "voorkomen", "voorkomt", "vermijden", "vermijdt", "ontlopen", "ontloopt", "ontkomen", "ontkomt",
    ]
    /// Words that start a sentence that adds to the sentence before: *Ook kan …*.
    static let continuationWords: WordSet = ["tevens", "ook", "daarnaast", "bovendien", "verder", "eveneens", "en"]
    /// Verbs with which the writer waits for the reader: *indien wij geen betaling ontvangen*.
    static let receivingWords: WordSet = [
        "ontvangen", "ontvang", "ontvingen", "horen", "hoor", "hoorden", "krijgen", "krijg", "kregen", "zien", "zie",
        "bijgeschreven", "binnen",
    ]
    /// Bare plurals that describe people in general (*als ouders niet meewerken*).
    static let genericPlurals: WordSet = ["ouders", "kinderen", "jongeren", "gezinnen", "mensen"]

    enum MarkerKind { case clausal, inherent, nominal, alleen, frame }

    struct Marker {
        let kind: MarkerKind
        /// The words that open the condition.
        let first: Int
        let last: Int
        /// Where the condition itself is (empty for a frame).
        let condition: Range<Int>
        /// Whether the words themselves say that something is not done (*tenzij*, *anders*).
        let failing: Bool
    }

    struct Threat {
        let range: ClosedRange<Int>
    }

    // MARK: - Checking

    func check(_ document: DocumentContext, into findings: inout [FindingDraft]) {
        // The sentences with a consequence or a threat, in order: one pass over the
        // matches of all sentences, without an array of pairs per list.
        let consequences = Self.consequenceEntries.range(in: document.resources)
        let threats = Self.threatEntries.range(in: document.resources)
        guard consequences != nil || threats != nil else { return }
        var candidates: [Int] = []
        let results = document.results
        for index in results.indices {
            let found = results[index].matches.contains { match in
                (consequences?.contains(match.entry) ?? false) || (threats?.contains(match.entry) ?? false)
            }
            if found { candidates.append(index) }
        }
        guard !candidates.isEmpty else { return }
        var threatening = Set<Int>()
        for index in candidates {
            let kind = document.blockKind(ofSentence: index)
            guard kind == .paragraph || kind == .listItem else { continue }
            let sentence = document.reusedSentence(index)
            var threat = conditionalThreat(in: sentence)
            if threat == nil, threatening.contains(index - 1) { threat = continuation(in: sentence) }
            if threat == nil, index > 0, sentence.count > 0, sentence.word(0) == "dan",
                document.blockKind(ofSentence: index - 1) == kind || document.blockKind(ofSentence: index - 1) == .paragraph
            {
                threat = answerToQuestion(in: sentence, previous: document.reusedSentence(index - 1))
            }
            var formulaic: [SentenceMatch] = []
            for match in sentence.matches(in: Self.threatList) where !(match.first...match.last).allSatisfy(sentence.isQuoted) {
                if let threat, threat.range.contains(match.first), threat.range.contains(match.last) {
                    formulaic.append(match)
                    continue
                }
                findings.append(formulaicDraft(match, in: sentence))
                threatening.insert(index)
            }
            guard let threat else { continue }
            threatening.insert(index)
            var suggestions = [Suggestion(title: Self.advice)]
            for match in formulaic {
                for alternative in sentence.entry(match).alternatives.prefix(1) where !alternative.isEmpty {
                    suggestions.append(Suggestion(title: alternative))
                }
            }
            findings.append(
                FindingDraft(
                    range: sentence.range(threat.range),
                    message: "Dit klinkt als een dreigement. Zeg rustig wat er kan gebeuren en waarom.",
                    suggestions: suggestions,
                    relatedRanges: formulaic.map { sentence.range($0.first...$0.last) }))
        }
    }

    func formulaicDraft(_ match: SentenceMatch, in sentence: SentenceContext) -> FindingDraft {
        let entry = sentence.entry(match)
        let range = sentence.range(match.first...match.last)
        let text = sentence.document.text(of: range)
        var suggestions: [Suggestion] = []
        for alternative in entry.alternatives.prefix(3) {
            let isPattern = alternative.contains("…") || alternative.contains("[")
            suggestions.append(isPattern ? Suggestion(title: alternative) : sentence.replacement(match.first...match.last, with: alternative, safe: false))
        }
        suggestions.append(Suggestion(title: Self.advice))
        let message = entry.alternatives.first.map { "'\(text)' klinkt als een dreigement. Schrijf liever: '\($0)'." }
            ?? "'\(text)' klinkt als een dreigement. Zeg rustig wat er kan gebeuren en waarom."
        return FindingDraft(
            range: range, message: message,
            explanation: entry.explanation.isEmpty ? nil : entry.explanation + " " + description.whyItMatters,
            suggestions: suggestions, lexiconEntry: nil)
    }

    // MARK: - Conditions

    /// A condition about the reader with a sanction as its consequence, in one sentence.
    func conditionalThreat(in sentence: SentenceContext) -> Threat? {
        // The consequences first: many candidate sentences only have a threat phrase.
        let consequences = sentence.matches(in: Self.consequenceList).filter { !sentence.isQuoted($0.first) }
        guard !consequences.isEmpty, !sentence.isQuestion, !describesThreats(sentence) else { return nil }
        // Whether each consequence qualifies, found once for all markers.
        var verdicts = [UInt8](repeating: 0, count: consequences.count * 2)
        for marker in markers(in: sentence) {
            if let threat = evaluate(marker, consequences: consequences, in: sentence, verdicts: &verdicts) { return threat }
        }
        return nil
    }

    /// *Tevens kan de Raad voor de Kinderbescherming worden ingeschakeld*, right after a threat.
    func continuation(in sentence: SentenceContext) -> Threat? {
        guard sentence.count > 1, !sentence.isQuestion, Self.continuationWords.contains(sentence.word(0)) else { return nil }
        guard !describesThreats(sentence) else { return nil }
        let consequences = sentence.matches(in: Self.consequenceList).filter { qualifies($0, in: sentence, avoiding: false) }
        guard !consequences.isEmpty else { return nil }
        return Threat(range: 0...lastWord(before: sentence.count, in: sentence))
    }

    /// *Betaalt u niet? Dan schakelen wij de deurwaarder in.*
    func answerToQuestion(in sentence: SentenceContext, previous: SentenceContext) -> Threat? {
        guard previous.isQuestion, !sentence.isQuestion, !describesThreats(sentence) else { return nil }
        let condition = 0..<previous.count
        guard previous.words.contains(where: { ToonGrammatica.readerWords.contains($0) }) else { return nil }
        guard fails(condition, in: previous) else { return nil }
        let consequences = sentence.matches(in: Self.consequenceList).filter { qualifies($0, in: sentence, avoiding: false) }
        guard let last = consequences.map(\.last).max() else { return nil }
        return Threat(range: 0...last)
    }

    /// All places where a condition or a warning starts.
    func markers(in sentence: SentenceContext) -> [Marker] {
        var result: [Marker] = []
        let count = sentence.count
        for position in 0..<count where sentence.is(position, .conditionMarker) && !sentence.isQuoted(position) {
            let word = sentence.word(position)
            let atClauseStart = position == 0 || ToonGrammatica.isBreak(sentence, position - 1)
                || ["en", "maar", "want", "dan"].contains(sentence.word(position - 1))
            switch word {
            case "als", "wanneer", "indien", "ingeval", "zolang", "tenzij":
                if word == "als" || word == "wanneer" {
                    guard ToonGrammatica.startsSubject(sentence, position + 1) else { continue }
                    if position > 0, ["net", "zo", "zowel", "even", "evenals", "dan"].contains(sentence.word(position - 1)) { continue }
                }
                let end = conditionEnd(after: position, in: sentence)
                result.append(
                    Marker(kind: .clausal, first: position, last: position, condition: position..<end, failing: word == "tenzij"))
            case "mocht", "mochten":
                guard atClauseStart else { continue }
                let end = conditionEnd(after: position, in: sentence)
                result.append(Marker(kind: .clausal, first: position, last: position, condition: position..<end, failing: false))
            case "anders":
                guard atClauseStart, position + 1 < count, sentence.word(position + 1) != "dan" else { continue }
                result.append(Marker(kind: .inherent, first: position, last: position, condition: 0..<position, failing: true))
            default:
                continue
            }
        }
        for match in sentence.matches(in: Self.conditionList) where !sentence.isQuoted(match.first) {
            let words = (match.first...match.last).map { sentence.word($0) }
            let first = words.first ?? ""
            if words == ["zo", "niet"] {
                result.append(Marker(kind: .inherent, first: match.first, last: match.last, condition: 0..<match.first, failing: true))
            } else if first == "alleen" || first == "enkel" {
                let end = nominalEnd(after: match.last, in: sentence)
                result.append(Marker(kind: .alleen, first: match.first, last: match.last, condition: match.first..<end, failing: false))
            } else if first == "bij" || first == "door" || words.last == "van" || words.last == "aan" {
                let end = nominalEnd(after: match.last, in: sentence)
                result.append(Marker(kind: .nominal, first: match.first, last: match.last, condition: match.first..<end, failing: false))
            } else {
                let end = conditionEnd(after: match.last, in: sentence)
                result.append(Marker(kind: .clausal, first: match.first, last: match.last, condition: match.first..<end, failing: false))
            }
        }
        // *Betaalt u niet, dan …*: a verb first, then the reader, then a comma and *dan*.
        if count > 3, !ToonGrammatica.startsSubject(sentence, 0), ToonGrammatica.readerSubjects.contains(sentence.word(1)),
            let comma = (2..<count - 1).first(where: { sentence.isMark($0, 0x2C) }), sentence.word(comma + 1) == "dan"
        {
            result.append(Marker(kind: .clausal, first: 0, last: 1, condition: 0..<comma, failing: false))
        }
        for match in sentence.matches(in: Self.warningList) where !sentence.isQuoted(match.first) {
            result.append(Marker(kind: .frame, first: match.first, last: match.last, condition: match.first..<(match.last + 1), failing: false))
        }
        // Real conditions first; a warning frame only when there is none.
        return result.sorted { ($0.kind == .frame ? 1 : 0, $0.first) < ($1.kind == .frame ? 1 : 0, $1.first) }
    }

    /// The end of a condition clause: the next comma or *dan*, else the end of the sentence.
    func conditionEnd(after position: Int, in sentence: SentenceContext) -> Int {
        var index = position + 1
        while index < sentence.count {
            if ToonGrammatica.isBreak(sentence, index) || (index > position + 1 && sentence.word(index) == "dan") { return index }
            index += 1
        }
        return sentence.count
    }

    /// The end of a condition that is a noun phrase: *bij onvoldoende **medewerking***.
    func nominalEnd(after position: Int, in sentence: SentenceContext) -> Int {
        var index = position + 1
        while index < sentence.count, index <= position + 3 {
            let word = sentence.word(index)
            if word.isEmpty || ToonGrammatica.nounPhraseStarters.contains(word) || ToonGrammatica.opensClause(sentence, index)
                || sentence.is(index, [.modal, .zijn, .worden, .hebben])
            {
                break
            }
            index += 1
        }
        return index
    }

    /// `verdicts` keeps ``qualifies(_:in:avoiding:)`` per consequence (twice: avoiding
    /// or not): 0 not yet known, 1 yes, 2 no.
    func evaluate(_ marker: Marker, consequences: [SentenceMatch], in sentence: SentenceContext, verdicts: inout [UInt8])
        -> Threat?
    {
        let condition = marker.condition
        switch marker.kind {
        case .frame:
            break
        case .alleen:
            break
        case .inherent:
            // *Betaal voor vrijdag, anders …*: the demand before it is the condition. Not
            // when the writer or someone else is the subject there.
            if !condition.isEmpty, !condition.contains(where: { ToonGrammatica.readerWords.contains(sentence.word($0)) }) {
                let persoon = ToonGrammatica.persoon(at: condition.lowerBound, in: sentence)
                if persoon == .schrijver || persoon == .ander || persoon == .onpersoonlijk { return nil }
            }
        case .clausal, .nominal:
            guard marker.failing || fails(condition, in: sentence) else { return nil }
            guard aboutReader(condition, in: sentence, inherent: marker.failing || marker.kind == .nominal) else { return nil }
        }
        let after = marker.kind == .inherent || marker.kind == .frame ? marker.last + 1 : Int.max
        let avoiding = marker.kind == .alleen
        var qualifying: [SentenceMatch] = []
        for (index, match) in consequences.enumerated() {
            if condition.contains(match.first) || condition.contains(match.last) { continue }
            if match.first <= marker.last && marker.kind != .clausal && marker.kind != .nominal { continue }
            if after != Int.max, match.first < after { continue }
            let slot = index * 2 + (avoiding ? 1 : 0)
            if verdicts[slot] == 0 { verdicts[slot] = qualifies(match, in: sentence, avoiding: avoiding) ? 1 : 2 }
            if verdicts[slot] == 1 { qualifying.append(match) }
        }
        guard let firstConsequence = qualifying.map(\.first).min(), let lastConsequence = qualifying.map(\.last).max() else {
            return nil
        }
        if firstConsequence > marker.first {
            return Threat(range: marker.first...lastConsequence)
        }
        // The condition comes after the consequence: *We schakelen de deurwaarder in als u niet betaalt.*
        let end = lastWord(before: condition.upperBound, in: sentence)
        var start = firstConsequence
        if start > 0, ["de", "het", "een"].contains(sentence.word(start - 1)) { start -= 1 }
        return Threat(range: start...max(end, lastConsequence))
    }

    /// Whether the condition says that something is not done: a negation, a failure
    /// word (*weigert*, *onvoldoende*) or a repetition (*als dit weer gebeurt*).
    func fails(_ condition: Range<Int>, in sentence: SentenceContext) -> Bool {
        for position in condition {
            if sentence.is(position, .negation), !(position + 1 < sentence.count && sentence.word(position + 1) == "alleen") {
                return true
            }
            if Self.repetitionWords.contains(sentence.word(position)) { return true }
        }
        return sentence.matches(in: Self.failureList).contains { condition.contains($0.first) }
    }

    /// Whether the condition is about the reader or the family, not about the writer or
    /// someone else (*als de zorgaanbieder niet begint*).
    func aboutReader(_ condition: Range<Int>, in sentence: SentenceContext, inherent: Bool) -> Bool {
        guard !condition.isEmpty else { return inherent }
        var family = false
        var generic = false
        for position in condition {
            let word = sentence.word(position)
            if ToonGrammatica.readerWords.contains(word) { return true }
            if ToonGrammatica.thirdPersonPronouns.contains(word) || ToonGrammatica.isName(sentence, position) {
                family = true
            } else if ToonGrammatica.familyNouns.contains(word) {
                let bare = position == 0 || !ToonGrammatica.nounPhraseStarters.contains(sentence.word(position - 1))
                if bare && Self.genericPlurals.contains(word) { generic = true } else { family = true }
            }
        }
        if family { return true }
        if generic { return false }
        // No person: *Indien onvoldoende voortgang wordt geboekt*. Fine when the failure
        // is explicit, unless someone else is the subject (*als de school niet belt*).
        let start = condition.lowerBound
        var subject = start + 1
        while subject < condition.upperBound, sentence.is(subject, .conditionMarker) || sentence.word(subject) == "er" { subject += 1 }
        if subject < condition.upperBound {
            let persoon = ToonGrammatica.persoon(at: subject, in: sentence)
            if persoon == .schrijver {
                // *Indien wij geen betaling ontvangen*: the writer waits for the reader.
                return condition.contains { ToonGrammatica.isClauseNegation(sentence, $0) }
                    && condition.contains { Self.receivingWords.contains(sentence.word($0)) }
            }
            if persoon == .ander { return false }
        }
        if inherent { return true }
        return sentence.matches(in: Self.failureList).contains { condition.contains($0.first) }
            || condition.contains { Self.repetitionWords.contains(sentence.word($0)) }
    }

    /// A consequence counts when it is done to the reader: not negated (*dan stapt de
    /// corporatie niet naar de rechter*) and not an option for the reader (*dan kunt u
    /// naar de rechter*).
    func qualifies(_ match: SentenceMatch, in sentence: SentenceContext, avoiding: Bool) -> Bool {
        guard !sentence.isQuoted(match.first) else { return false }
        let clause = ToonGrammatica.clause(around: match.first, in: sentence)
        let start = clause.opener ?? clause.start
        let end = ToonGrammatica.clauseEnd(after: match.last, in: sentence)
        let span = start..<end
        let avoids = span.contains { Self.avoidanceWords.contains(sentence.word($0)) }
        if avoiding { return avoids }
        for position in span {
            if ToonGrammatica.isClauseNegation(sentence, position) { return false }
            if ToonGrammatica.hoevenForms.contains(sentence.word(position)) { return false }
        }
        for position in span where ToonGrammatica.optionModals.contains(sentence.word(position)) {
            if ToonGrammatica.subject(ofVerbAt: position, in: sentence).persoon == .lezer { return false }
        }
        return true
    }

    /// *Soms dreigen hulpverleners met …*, *ouders zijn bang dat …*: about threats, not one.
    func describesThreats(_ sentence: SentenceContext) -> Bool {
        for (position, word) in sentence.words.enumerated() where !word.isEmpty {
            // Every word below starts with one of these letters: most words leave after
            // one byte.
            let first = word.utf8.first
            guard first == 0x62 || first == 0x61 || first == 0x76 || first == 0x64 || first == 0x67 else { continue }
            if word == "bang" || word == "angst" || word == "angstig" || word == "vrezen" || word == "vreest" || word == "vrees" {
                return true
            }
            if word.hasPrefix("dreigement") { return true }
            if word.hasPrefix("dreig") || word == "gedreigd" {
                let end = min(sentence.count, position + 6)
                if (position + 1..<end).contains(where: { sentence.word($0) == "met" }) { return true }
            }
        }
        return false
    }

    func lastWord(before end: Int, in sentence: SentenceContext) -> Int {
        var index = min(end, sentence.count) - 1
        while index > 0, sentence.word(index).isEmpty { index -= 1 }
        return max(index, 0)
    }
}
