import TaalmaatText

/// `zin.lijdend`: a passive sentence that hides who does something.
struct ZinLijdend: SentenceRule, DescribedRule {
    static let advice = "Zeg wie het doet: 'Wij …' of 'Ik …'."
    /// Made once: this rule reports often.
    static let suggestions = [Suggestion(title: advice)]
    /// Participles that are adjectives right after *worden*: *het werd bekend dat*.
    static let wordenAdjectives: WordSet = ["bekend", "gewend", "benieuwd", "bezorgd", "geïnteresseerd", "verliefd"]

    static let ruleDescription = RuleDescription(
        id: "zin.lijdend",
        name: "Lijdende vorm",
        summary: "Een zin in de lijdende vorm: 'wordt aangevraagd', 'is besloten', 'kan worden gedacht'.",
        explanation: """
            In een lijdende zin staat niet wie iets doet. 'Uw aanvraag wordt bekeken' zegt niet wie dat doet. \
            Schrijf liever een actieve zin met een persoon erin: 'Ik bekijk uw aanvraag.' \
            Dan weet de lezer wie het doet en bij wie hij terecht kan.
            """,
        whyItMatters: """
            Een lijdende zin klinkt afstandelijk. De lezer weet niet wie beslist of wie iets doet. \
            Dat maakt onzeker, zeker als er al veel stress is.
            """,
        severities: ProfileSeverities(brief: .tip, verslag: .tip, kind: .waarschuwing, intern: nil),
        examples: [
            .triggers(
                "Uw aanvraag ⟦wordt door ons bekeken⟧.", suggestion: advice,
                better: "Wij bekijken uw aanvraag."),
            .triggers(
                "Voor uw zoon ⟦wordt extra hulp aangevraagd⟧.", better: "Ik vraag extra hulp aan voor uw zoon."),
            .triggers(
                "In het gesprek ⟦is besloten⟧ dat de hulp doorgaat.",
                better: "In het gesprek hebben we samen besloten dat de hulp doorgaat."),
            .triggers("Hier kan ⟦worden gedacht⟧ aan een vaste oppas."),
            .triggers("Wij zien dat de huur nog niet ⟦is betaald⟧."),
            .triggers("Je ⟦wordt morgen gebeld⟧ door Lisa.", profile: .kind, better: "Lisa belt je morgen."),
            .clean("Milan is gisteren niet naar school gekomen."),
            .clean("Het gezin van Sanne woont in Utrecht."),
            .clean("Uw verzoek is binnen."),
            .clean("Wij hebben uw aanvraag goed bekeken."),
            .clean("Dit formulier is bedoeld voor ouders."),
            .clean("Moeder zei: \"Er wordt nooit naar mij geluisterd.\""),
        ])

    /// A passive needs a form of *worden* or *zijn*.
    var sentenceFilter: SentenceFilter { SentenceFilter(anyOfClasses: [.worden, .zijn]) }

    func check(_ sentence: SentenceContext, into findings: inout [FindingDraft]) {
        guard ZinGrammar.isProse(sentence), !sentence.classUnion.isDisjoint(with: [.worden, .zijn]) else { return }
        var participles = Participles()
        for clause in ZinGrammar.clauses(sentence) {
            check(clause, in: sentence, participles: &participles, into: &findings)
        }
    }

    private func check(
        _ clause: Range<Int>, in sentence: SentenceContext, participles: inout Participles, into findings: inout [FindingDraft]
    ) {
        // Participles are looked up as the search for a partner reaches them (from the
        // clause end), each at most once: a passive's participle is mostly near the end.
        // Few participles per clause: an array is cheaper than a set.
        var used: [Int] = []
        var hasWorden = false
        var hasHebben = false
        // The zijn auxiliaries among the clause's first 64 positions, one bit each, and
        // whether there are more: a long clause finds its later ones again.
        var zijnBits: UInt64 = 0
        var laterZijn = false
        // Passive with worden (wordt aangevraagd, kan worden gedacht), in clause order.
        for position in clause {
            let classes = sentence.classes[position]
            if classes.contains(.hebben) { hasHebben = true }
            guard !classes.isDisjoint(with: [.worden, .zijn]) else { continue }
            switch auxiliary(at: position, classes: classes, in: sentence) {
            case .worden:
                hasWorden = true
                if let participle = partner(of: position, in: clause, among: &participles, used: used, in: sentence, zijn: false) {
                    used.append(participle)
                    findings.append(finding(position, participle, in: sentence))
                }
            case .zijn:
                let offset = position - clause.lowerBound
                if offset < 64 { zijnBits |= 1 << UInt64(offset) } else { laterZijn = true }
            case nil: break
            }
        }
        // Passive with zijn (is besloten), unless hebben or worden already carries the
        // participle, or the verb takes zijn in the perfect (is gekomen): known only at
        // the clause end, so a second pass.
        guard zijnBits != 0 || laterZijn, !hasWorden, !hasHebben else { return }
        for position in clause {
            let offset = position - clause.lowerBound
            if offset < 64 {
                guard zijnBits & (1 << UInt64(offset)) != 0 else { continue }
            } else {
                let classes = sentence.classes[position]
                guard !classes.isDisjoint(with: [.worden, .zijn]), auxiliary(at: position, classes: classes, in: sentence) == .zijn
                else { continue }
            }
            if let participle = partner(of: position, in: clause, among: &participles, used: used, in: sentence, zijn: true) {
                used.append(participle)
                findings.append(finding(position, participle, in: sentence))
            }
        }
    }

    /// Which passive auxiliary a form of *worden* or *zijn* is, if it is used as one.
    private enum Auxiliary { case worden, zijn }

    private func auxiliary(at position: Int, classes: WordClass, in sentence: SentenceContext) -> Auxiliary? {
        guard ZinGrammar.isAuxiliaryForm(sentence, position, allowInfinitive: true) else { return nil }
        let word = sentence.word(position)
        if classes.contains(.worden) && word != "geworden" { return .worden }
        if classes.contains(.zijn) && word != "geweest" { return .zijn }
        return nil
    }

    /// The participle that goes with an auxiliary: the last one after it (main
    /// clause), else the nearest one before it (subordinate clause), with no *om* or
    /// loose *te* in between.
    private func partner(
        of auxiliary: Int, in clause: Range<Int>, among participles: inout Participles, used: [Int],
        in sentence: SentenceContext, zijn: Bool
    ) -> Int? {
        let resources = sentence.resources
        func fits(_ participle: Int) -> Bool {
            guard !used.contains(participle) else { return false }
            let word = sentence.word(participle)
            if zijn, resources.isAdjectivalParticiple(word) || resources.takesZijn(word) { return false }
            if !zijn, Self.wordenAdjectives.contains(word), abs(participle - auxiliary) == 1 { return false }
            let low = min(participle, auxiliary)
            let high = max(participle, auxiliary)
            for between in (low + 1)..<high {
                let word = sentence.word(between)
                guard word.utf8.count == 2 else { continue }
                if word == "om" { return false }
                if word == "te", between + 1 != auxiliary { return false }
            }
            return true
        }
        // The last one after the auxiliary, else the last one before it.
        var position = clause.upperBound - 1
        while position > auxiliary {
            if participles.contains(position, in: sentence), fits(position) { return position }
            position -= 1
        }
        position = auxiliary - 1
        while position >= clause.lowerBound {
            if participles.contains(position, in: sentence), fits(position) { return position }
            position -= 1
        }
        return nil
    }

    /// The participles of a sentence that can make a passive, found on demand.
    struct Participles {
        /// Bits for the first 64 positions: answered, and the answer.
        private var known: UInt64 = 0
        private var found: UInt64 = 0
        /// Further positions: 0 not yet known, 1 yes, 2 no. Made on the first question.
        private var later: [UInt8] = []

        mutating func contains(_ position: Int, in sentence: SentenceContext) -> Bool {
            guard position >= 64 else {
                let bit: UInt64 = 1 << UInt64(position)
                if known & bit == 0 {
                    known |= bit
                    if Self.isPassiveParticiple(position, in: sentence) { found |= bit }
                }
                return found & bit != 0
            }
            if later.isEmpty { later = [UInt8](repeating: 0, count: sentence.count) }
            if later[position] == 0 { later[position] = Self.isPassiveParticiple(position, in: sentence) ? 1 : 2 }
            return later[position] == 1
        }

        static func isPassiveParticiple(_ position: Int, in sentence: SentenceContext) -> Bool {
            guard ZinGrammar.isParticiple(sentence, position) else { return false }
            // "gemaakt te hebben", "opgeruimd te zijn": a perfect or a state, no passive
            // ("betaald te worden" is one).
            return !(position + 2 < sentence.count && sentence.word(position + 1) == "te"
                && sentence.is(position + 2, [.hebben, .zijn]))
        }
    }

    private func finding(_ auxiliary: Int, _ participle: Int, in sentence: SentenceContext) -> FindingDraft {
        let range = sentence.range(min(auxiliary, participle)...max(auxiliary, participle))
        let text = sentence.document.text(of: range)
        return FindingDraft(
            range: range, message: TextJoin.join("Lijdende vorm: '", text, "'. Hier staat niet wie het doet."),
            suggestions: Self.suggestions)
    }
}
