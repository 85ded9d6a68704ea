import TaalmaatText

/// `zin.verzoeken`: more than one request in one sentence (*Vul het formulier in en
/// stuur het terug*, *Wij vragen u … in te vullen en … op te sturen*).
struct ZinVerzoeken: SentenceRule, DescribedRule {
    static let verbList = "woorden/verzoekwerkwoorden.tsv"
    static let phraseList = "woorden/verzoekzinnen.tsv"
    static let advice = "Vraag één ding per zin. Of maak een lijstje met nummers."

    static let ruleDescription = RuleDescription(
        id: "zin.verzoeken",
        name: "Meer verzoeken in één zin",
        summary: "Eén zin vraagt de lezer twee of meer dingen te doen.",
        explanation: """
            In deze zin vraagt u de lezer meer dan één ding. Dan vergeet de lezer makkelijk iets. \
            Vraag één ding per zin. Heeft u meer vragen? Zet ze dan in een lijstje met nummers, in de volgorde waarin het moet.
            """,
        whyItMatters: """
            Met stress kan iemand minder onthouden. Eén opdracht tegelijk is dan te doen. Drie in één zin niet.
            """,
        severities: ProfileSeverities(brief: .waarschuwing, verslag: .tip, kind: .waarschuwing, intern: nil),
        examples: [
            .triggers(
                "⟦Vul het formulier in en stuur het voor vrijdag terug.⟧", suggestion: advice,
                better: "Vul het formulier in. Stuur het daarna voor vrijdag terug."),
            .triggers("⟦Wilt u het formulier invullen, ondertekenen en terugsturen?⟧"),
            .triggers(
                "⟦Wij vragen u om de huur te betalen en contact op te nemen met de woningcorporatie.⟧",
                better: "Wilt u de huur betalen? Neem daarna contact op met de woningcorporatie."),
            .triggers("⟦Bel mij voor dinsdag, neem je paspoort mee en kom om 10 uur.⟧", profile: .kind),
            .clean("Bel of app mij vóór vrijdag 14 maart."),
            .clean("Wilt u uw paspoort en uw bankpas meenemen?"),
            .clean("Wij vragen u om contact op te nemen om een afspraak te maken."),
            .clean("Wil je dat iemand erbij is, bijvoorbeeld je moeder of een vriendin?"),
            .clean("Ik bel u op maandag en stuur u daarna een brief."),
            .clean("Maak je geen zorgen en bel mij gerust."),
            .clean("Uw verzoek is binnen."),
        ],
        wordLists: [verbList, phraseList])

    static let verbEntries = ListEntries(verbList)
    static let phraseEntries = ListEntries(phraseList)

    /// Markers after which a bare infinitive at the end of a part is a request too
    /// (*Wilt u … invullen en … terugsturen?*); the others need *te* + infinitive.
    static let bareInfinitiveMarkers: WordSet = ["wilt", "wil", "zou", "zoudt", "moet", "gelieve", "graag"]
    /// Words after which an imperative still starts a clause.
    static let clauseJoiners: WordSet = ["en", "ook", "dan", "daarna", "eerst", "verder"]
    static let notSubjects: WordSet = ["ik", "wij", "we", "hij", "jullie"]
    static let personalSubjects: WordSet = ["ik", "u", "je", "jij", "we", "wij", "hij", "zij", "ze", "jullie"]

    /// Every request is a match from the imperative or the request-phrase list.
    var sentenceFilter: SentenceFilter { SentenceFilter(anyOfLists: [Self.verbList, Self.phraseList]) }

    func check(_ sentence: SentenceContext, into findings: inout [FindingDraft]) {
        guard ZinGrammar.isProse(sentence) else { return }
        guard !sentence.matches.isEmpty else { return }
        let imperatives = sentence.matches(in: Self.verbEntries)
        let phrases = sentence.matches(in: Self.phraseEntries)
        guard imperatives.count + phrases.count >= 1, sentence.wordCount >= 5 else { return }
        var requests: [Int] = []
        // Few: an array, no hashing.
        var imperativePositions: [Int] = []
        for match in imperatives where match.first == match.last && isImperative(at: match.first, in: sentence) {
            requests.append(match.first)
            imperativePositions.append(match.first)
        }
        for match in phrases where isRequestMarker(match, in: sentence) {
            requests.append(contentsOf: requestedVerbs(after: match, in: sentence, imperatives: imperativePositions))
        }
        guard requests.count >= 2, let last = ZinGrammar.lastWord(sentence) else { return }
        let end = sentence.count - 1 > last && sentence.kind(sentence.count - 1) == .punctuation ? sentence.count - 1 : last
        findings.append(
            FindingDraft(
                range: sentence.range(0...end),
                message: "In deze zin staan \(requests.count) verzoeken. \(Self.advice)",
                suggestions: [Suggestion(title: Self.advice)],
                relatedRanges: requests.sorted().map { sentence.range($0) }))
    }

    /// A request verb at the start of a clause: *Stuur …*, *… en bel …*.
    private func isImperative(at position: Int, in sentence: SentenceContext) -> Bool {
        guard !sentence.isQuoted(position), ZinGrammar.isClauseStart(sentence, position, after: Self.clauseJoiners),
            position + 1 < sentence.count
        else { return false }
        // "Dan bel ik", "Bel ik u?": a statement or a question about the writer.
        let next = sentence.word(position + 1)
        guard sentence.kind(position + 1) != .punctuation, !Self.notSubjects.contains(next), next != "van" else { return false }
        // "Zorg is nodig": a noun before a verb.
        if sentence.is(position + 1, [.hebben, .zijn, .worden, .modal]) || sentence.verbForms(position + 1).contains(.finite) {
            return false
        }
        // "Maak je geen zorgen": reassurance, not a task.
        if sentence.word(position) == "maak", position + 3 < sentence.count, sentence.word(position + 2) == "geen",
            sentence.word(position + 3) == "zorgen"
        {
            return false
        }
        return true
    }

    /// Whether a phrase from the list asks something here: *Wilt u* and *Graag* at the
    /// start of a clause, *u moet* and *wij vragen u* outside a subordinate clause.
    private func isRequestMarker(_ match: SentenceMatch, in sentence: SentenceContext) -> Bool {
        guard !sentence.isQuoted(match.first) else { return false }
        let first = sentence.word(match.first)
        switch first {
        case "wilt", "wil", "zou", "zoudt", "graag":
            guard ZinGrammar.isClauseStart(sentence, match.first, after: Self.clauseJoiners) else { return false }
            if first == "graag", match.first + 1 < sentence.count {
                let next = sentence.word(match.first + 1)
                // "Graag help ik u": a statement. "Graag het formulier terugsturen": a request.
                if sentence.verbForms(match.first + 1).contains(.finite) || Self.personalSubjects.contains(next) {
                    return false
                }
            }
            return true
        default:
            // Not inside a condition or other subordinate clause: "Als u moet werken".
            var position = match.first - 1
            while position >= 0, sentence.kind(position) != .punctuation {
                if sentence.is(position, .subordinator) { return false }
                position -= 1
            }
            // "Moet u nog iets betalen?" asks for information.
            if match.first == 0 && sentence.isQuestion && (first == "moet" || first == "dient") { return false }
            return true
        }
    }

    /// The verbs a request phrase asks for: one per part of the rest of the sentence
    /// (parts split by commas and *en*), when that part has *te* + infinitive or ends
    /// in an infinitive. Stops at a subordinate clause.
    private func requestedVerbs(after match: SentenceMatch, in sentence: SentenceContext, imperatives: [Int]) -> [Int] {
        let bare = Self.bareInfinitiveMarkers.contains(sentence.word(match.first))
        var verbs: [Int] = []
        var partVerb: Int?
        var lastWordOfPart: Int?
        func closePart() {
            if let verb = partVerb {
                verbs.append(verb)
            } else if bare, let last = lastWordOfPart, ZinGrammar.isInfinitive(sentence, last) {
                verbs.append(last)
            }
            partVerb = nil
            lastWordOfPart = nil
        }
        var position = match.last + 1
        scan: while position < sentence.count {
            let word = sentence.word(position)
            if sentence.kind(position) == .punctuation {
                if sentence.text(position) == "," || sentence.text(position) == ";" {
                    closePart()
                    position += 1
                    continue
                }
                if ZinGrammar.isInnerPunctuation(sentence, position) {
                    position += 1
                    continue
                }
                break scan
            }
            if imperatives.contains(position) { break scan }
            if word == "en" {
                closePart()
            } else if sentence.is(position, .subordinator) || ZinGrammar.clauseOpeners.contains(word) && word != "om" {
                break scan
            } else if word == "te", partVerb == nil, position + 1 < sentence.count, ZinGrammar.isInfinitive(sentence, position + 1) {
                partVerb = position + 1
            } else if sentence.kind(position).countsAsWord {
                lastWordOfPart = position
            }
            position += 1
        }
        closePart()
        return verbs
    }
}
