import TaalmaatText

/// Finds what a sentence asks the reader to do: an imperative (*Bel mij.*), a demand
/// (*u dient …*, *wij verzoeken u …*), a polite request (*Wilt u …?*), an invitation
/// (*Ik nodig u uit*) or an option (*u kunt …*, *je mag …*).
///
/// Shared by `brief.actie` (how many things a letter asks) and `zin.verzoeken`
/// (several requests in one sentence). The phrases live in word lists; a rule that uses
/// the detector must list ``RequestDetector/wordLists`` in its description so they load.
enum RequestDetector {
    /// Demands anywhere in a sentence (*u moet*, *wij verzoeken u*, *verplicht bent*).
    static let demandList = "woorden/signalen-verzoek.tsv"
    /// Polite requests that open a sentence (*Wilt u*, *Kunt u*, *Graag ontvangen wij*).
    static let politeList = "woorden/signalen-verzoek-beleefd.tsv"
    /// Imperatives that open a sentence (*Bel*, *Stuur*, *Belt u*).
    static let imperativeList = "woorden/signalen-gebiedende-wijs.tsv"

    static let wordLists = [demandList, politeList, imperativeList]
    static let demandEntries = ListEntries(demandList)
    static let politeEntries = ListEntries(politeList)
    static let imperativeEntries = ListEntries(imperativeList)

    struct Request: Hashable, Sendable {
        enum Kind: Hashable, Sendable {
            /// *Bel mij.*, *Stuurt u het formulier terug.*
            case imperative
            /// *u dient*, *u moet*, *wij verzoeken u*, *ik nodig u uit*.
            case demand
            /// *Wilt u het formulier terugsturen?*
            case polite
            /// *u kunt mij bellen*, *je mag mij appen*: a possibility, not a demand.
            case option
        }

        let kind: Kind
        /// Content positions of the words that make it a request.
        let cue: ClosedRange<Int>
        /// One span per thing asked: each *te*-infinitive after a demand (*contact op te
        /// nemen*, *aan te leveren*), each imperative, else the cue.
        let actions: [ClosedRange<Int>]
        /// Asked only under a condition in the same sentence (*als …*, *mocht …*, *dan*).
        let isConditional: Bool

        /// Whether the reader is really asked to do something (not only offered an option).
        var isRequest: Bool { kind != .option }
    }

    /// The requests in a sentence, in order. Quoted words (what a family member said)
    /// never count.
    static func requests(in sentence: SentenceContext) -> [Request] {
        guard sentence.count > 0 else { return [] }
        guard sentence.blockKind == .paragraph || sentence.blockKind == .listItem else { return [] }
        let first = firstContentWord(sentence)
        guard let first else { return [] }
        let question = sentence.isQuestion
        let conditional = hasCondition(sentence) || hasThenEarly(sentence)
        var found: [Request] = []
        var taken = Set<Int>()

        func add(_ kind: Request.Kind, _ cue: ClosedRange<Int>, actions: [ClosedRange<Int>]) {
            guard !cue.contains(where: { taken.contains($0) }) else { return }
            if cue.contains(where: { sentence.isQuoted($0) }) { return }
            for position in cue { taken.insert(position) }
            found.append(Request(kind: kind, cue: cue, actions: actions, isConditional: conditional))
        }

        // Imperatives and polite requests open the sentence, or follow a condition
        // clause: "Als u vragen heeft, bel mij dan."
        let start = imperativeStart(sentence, first: first)
        if !question {
            for match in sentence.matches(in: imperativeEntries) where match.first == first || match.first == start {
                guard isImperative(sentence, match) else { continue }
                add(.imperative, match.first...match.last, actions: imperativeActions(sentence, from: match))
                break
            }
        }
        for match in sentence.matches(in: politeEntries) where match.first == first {
            // "Wilt u hulp?" is an offer; "Kunt u niet komen?" a condition.
            if question, !endsWithInfinitive(sentence) || hasNegation(sentence) { continue }
            if hasPreferenceWord(sentence) { continue }
            let actions = infinitiveActions(sentence, after: match.last)
            add(.polite, match.first...match.last, actions: actions.isEmpty ? [match.first...match.last] : actions)
            break
        }
        if !question {
            for match in sentence.matches(in: demandEntries).sorted(by: { ($0.first, -$0.last) < ($1.first, -$1.last) }) {
                var actions = infinitiveActions(sentence, after: match.last)
                if actions.isEmpty { actions = bareInfinitiveActions(sentence, after: match.last) }
                add(.demand, match.first...match.last, actions: actions.isEmpty ? [match.first...match.last] : actions)
            }
            if found.isEmpty, let option = optionCue(sentence) {
                add(.option, option, actions: [option])
            }
        }
        return found.sorted { $0.cue.lowerBound < $1.cue.lowerBound }
    }

    /// Whether a sentence can hold a request (imperative, demand or polite request),
    /// from the matches of the sentence pass: a cheap test before ``requests(in:)``.
    /// Options (*u kunt*) are not covered.
    static func mayHaveRequest(_ matches: [SentenceMatch], lexicon: Lexicon) -> Bool {
        let ranges = wordLists.compactMap { lexicon.entriesByList[$0] }
        return matches.contains { match in ranges.contains { $0.contains(match.entry) } }
    }

    /// Whether ``requests(in:)`` can find an imperative, demand or polite request in
    /// sentence `index`, from its word-list matches and tokens alone: building the
    /// sentence's context costs far more. It follows the tests of ``requests(in:)``
    /// that need no context (or a looser form of them), so it never rejects a sentence
    /// that has one. Options (*u kunt*) are not covered.
    static func mayHaveRequest(sentence index: Int, of document: DocumentContext) -> Bool {
        mayHaveRequest(sentence: index, of: document, lists: RequestLists(document.resources))
    }

    /// The entries of the three request lists, looked up once for a rule's loop over
    /// the sentences instead of once per sentence.
    struct RequestLists {
        let demand: Range<Int>
        let polite: Range<Int>
        let imperative: Range<Int>

        init(_ resources: EngineResources) {
            demand = demandEntries.range(in: resources) ?? 0..<0
            polite = politeEntries.range(in: resources) ?? 0..<0
            imperative = imperativeEntries.range(in: resources) ?? 0..<0
        }
    }

    /// ``mayHaveRequest(sentence:of:)`` with the lists' entries looked up by the caller.
    static func mayHaveRequest(sentence index: Int, of document: DocumentContext, lists: RequestLists) -> Bool {
        let matches = document.results[index].matches
        guard !matches.isEmpty else { return false }
        let demand = lists.demand
        let polite = lists.polite
        let imperative = lists.imperative
        guard matches.contains(where: { demand.contains($0.entry) || polite.contains($0.entry) || imperative.contains($0.entry) })
        else { return false }
        let text = document.document
        let sentence = text.sentences[index]
        let blockKind = text.blocks[sentence.blockIndex].kind
        guard blockKind == .paragraph || blockKind == .listItem else { return false }
        let tokens = ContentTokens(document: text, range: sentence.tokenRange)
        guard let first = tokens.firstWord() else { return false }
        let question = document.isQuestion(sentence: index)
        return matches.contains { match in
            if demand.contains(match.entry) { return !question }
            if polite.contains(match.entry) { return match.first == first }
            guard imperative.contains(match.entry), !question else { return false }
            // At the start, or (looser than ``imperativeStart(_:first:)``) after a comma.
            return match.first == first || (match.first > first && tokens.isComma(at: match.first - 1))
        }
    }

    /// The content positions of a sentence (tokens that are no trivia or list marker)
    /// as ``SentenceContext`` numbers them, read from the document's tokens.
    private struct ContentTokens {
        let document: Document
        let range: Range<Int>

        /// ``firstContentWord(_:)``: a word-like token (never empty once normalised) or a slash.
        func firstWord() -> Int? {
            var position = 0
            for index in range {
                let token = document.tokens[index]
                guard !token.kind.isTrivia, token.kind != .listMarker else { continue }
                if token.kind.countsAsWord || isSlash(token) { return position }
                position += 1
            }
            return nil
        }

        /// Whether the token at a content position is a comma (``SentenceContext/isMark(_:_:)``).
        func isComma(at target: Int) -> Bool {
            var position = 0
            for index in range {
                let token = document.tokens[index]
                guard !token.kind.isTrivia, token.kind != .listMarker else { continue }
                if position == target {
                    return token.kind == .punctuation && token.length == 1 && document.source.utf8[token.start] == 0x2C
                }
                position += 1
            }
            return false
        }

        private func isSlash(_ token: Token) -> Bool {
            token.kind == .punctuation && token.length == 1 && document.source.utf8[token.start] == 0x2F
        }
    }

    /// A question that sets a condition for what follows: *Past deze tijd niet?*,
    /// *Heeft u vragen?*, *Vragen?*. Questions with a question word (*Wat vragen wij van
    /// u?*) are headings, not conditions.
    static func isConditionQuestion(_ sentence: SentenceContext) -> Bool {
        guard sentence.isQuestion, let first = firstContentWord(sentence) else { return false }
        return !questionWords.contains(sentence.word(first))
    }

    // MARK: - Helpers

    static let questionWords: WordSet = [
        "wat", "wie", "waar", "wanneer", "waarom", "hoe", "welke", "welk", "hoeveel", "hoelang", "waarover",
        "waarmee", "waarvoor", "waarheen", "om", "op", "in", "met", "van", "voor", "bij",
    ]
    /// Subjects that show a sentence-initial verb is not an imperative (*Bel ik u?*).
    static let subjectPronouns: WordSet = ["ik", "wij", "we", "hij", "zij", "ze", "jij", "jullie"]

    static func firstContentWord(_ sentence: SentenceContext) -> Int? {
        (0..<sentence.count).first { !sentence.word($0).isEmpty }
    }

    /// The position after the comma that closes an opening condition clause (*Als u
    /// vragen heeft, | bel mij dan*), if any.
    static func imperativeStart(_ sentence: SentenceContext, first: Int) -> Int? {
        guard conditionWords.contains(sentence.word(first)) else { return nil }
        guard let comma = (first..<sentence.count).first(where: { sentence.isMark($0, 0x2C) }) else { return nil }
        return comma + 1 < sentence.count ? comma + 1 : nil
    }

    /// `Bel` opens the sentence and no subject follows (*Bel ik u?* is not an imperative).
    static func isImperative(_ sentence: SentenceContext, _ match: SentenceMatch) -> Bool {
        let next = match.last + 1
        guard next < sentence.count else { return true }
        return !subjectPronouns.contains(sentence.word(next))
    }

    /// The imperative itself, plus every further imperative joined by *en* (*Vul het in
    /// en stuur het terug*). *Bel of app mij* is one action.
    static func imperativeActions(_ sentence: SentenceContext, from match: SentenceMatch) -> [ClosedRange<Int>] {
        var actions = [match.first...match.last]
        let imperatives = sentence.matches(in: imperativeEntries)
        for other in imperatives where other.first > match.last + 1 {
            let before = other.first - 1
            if sentence.word(before) == "en", !sentence.isQuoted(other.first) {
                actions.append(other.first...other.last)
            }
        }
        return actions
    }

    /// Each *te* + infinitive after a position, with a separable particle just before
    /// *te*: *contact op te nemen*, *aan te leveren*, *af te spreken*.
    static func infinitiveActions(_ sentence: SentenceContext, after position: Int) -> [ClosedRange<Int>] {
        var actions: [ClosedRange<Int>] = []
        var index = position + 1
        while index + 1 < sentence.count {
            defer { index += 1 }
            guard sentence.word(index) == "te", isInfinitive(sentence.word(index + 1)) else { continue }
            var start = index
            if index - 1 > position, DutchMorphology.particles.contains(sentence.word(index - 1)) { start = index - 1 }
            actions.append(start...(index + 1))
        }
        return actions
    }

    /// Infinitives that end a clause after a modal: *je moet je kamer opruimen, je tas
    /// inpakken en je huiswerk maken* asks three things. A word after a determiner is a
    /// noun (*de formulieren*), not a verb.
    static func bareInfinitiveActions(_ sentence: SentenceContext, after position: Int) -> [ClosedRange<Int>] {
        var actions: [ClosedRange<Int>] = []
        var index = position + 1
        while index < sentence.count {
            defer { index += 1 }
            let word = sentence.word(index)
            guard word.count > 3, isInfinitive(word), !sentence.is(index - 1, .determiner) else { continue }
            let next = index + 1
            let endsClause = next >= sentence.count || sentence.kind(next) == .punctuation
                || sentence.word(next) == "en" || sentence.word(next) == "of"
            guard endsClause else { continue }
            // A separable particle just before belongs to the verb: *mee nemen* is written *meenemen*.
            actions.append(index...index)
        }
        return actions
    }

    static func isInfinitive(_ word: String) -> Bool {
        guard word.count >= 3 else { return word == "zijn" || word == "doen" || word == "gaan" }
        return word.hasSuffix("en") || word == "gaan" || word == "doen" || word == "zien" || word == "staan"
    }

    /// *Wilt u het formulier terugsturen?* ends in an infinitive; *Wilt u hulp?* does not.
    static func endsWithInfinitive(_ sentence: SentenceContext) -> Bool {
        guard let last = (0..<sentence.count).last(where: { !sentence.word($0).isEmpty }), last > 0 else { return false }
        let word = sentence.word(last)
        guard isInfinitive(word) else { return false }
        return !sentence.is(last - 1, .determiner)
    }

    static func hasNegation(_ sentence: SentenceContext) -> Bool {
        (0..<sentence.count).contains { sentence.is($0, .negation) }
    }

    /// *Wilt u liever …*, *Wil je dat ik …*: a choice for the reader, not a request.
    static func hasPreferenceWord(_ sentence: SentenceContext) -> Bool {
        (0..<min(sentence.count, 4)).contains { sentence.word($0) == "liever" || sentence.word($0) == "dat" }
    }

    static let conditionWords: WordSet = ["als", "indien", "wanneer", "mocht", "mochten", "ingeval", "zodra"]
    /// Words that can start the subject of a condition clause: *als u …*, *als het …*;
    /// *als huurder* is not a condition.
    static let clauseSubjects: WordSet = [
        "u", "je", "jij", "jullie", "we", "wij", "ik", "hij", "zij", "ze", "het", "er", "dat", "dit", "de", "een", "uw",
        "jouw", "iemand", "niemand", "iets", "niets", "men",
    ]

    /// A condition anywhere in the sentence (*Als u vragen heeft, bel mij.*, *Bel mij
    /// als het niet lukt.*, *Mocht u …*): what is asked then depends on it.
    static func hasCondition(_ sentence: SentenceContext) -> Bool {
        for position in 0..<sentence.count where conditionWords.contains(sentence.word(position)) {
            let word = sentence.word(position)
            if word == "mocht" || word == "mochten" || word == "ingeval" { return true }
            if position + 1 < sentence.count, clauseSubjects.contains(sentence.word(position + 1)) { return true }
        }
        return false
    }

    /// *Stuur me dan een appje.*, *Dan moet u …*: *dan* early in the sentence refers to a
    /// condition just before it.
    static func hasThenEarly(_ sentence: SentenceContext) -> Bool {
        (0..<min(sentence.count, 4)).contains { sentence.word($0) == "dan" }
    }

    /// *u kunt*, *kunt u*, *je mag*, *mag je* (not negated): an option for the reader.
    static func optionCue(_ sentence: SentenceContext) -> ClosedRange<Int>? {
        guard sentence.count > 1 else { return nil }
        if (0..<sentence.count).contains(where: { sentence.is($0, .negation) }) { return nil }
        for position in 0..<(sentence.count - 1) {
            let pair = (sentence.classes[position], sentence.classes[position + 1])
            let readerThenOption = pair.0.contains(.readerPronoun) && pair.1.contains(.option)
            let optionThenReader = pair.0.contains(.option) && pair.1.contains(.readerPronoun)
            guard readerThenOption || optionThenReader else { continue }
            let pronoun = readerThenOption ? position : position + 1
            // *uw*, *jouw* are possessives, not the subject.
            guard ["u", "je", "jij", "jullie"].contains(sentence.word(pronoun)) else { continue }
            return position...(position + 1)
        }
        return nil
    }
}
