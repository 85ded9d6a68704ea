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
        // Every finding pairs an auxiliary with a participle: a sentence without a word
        // that can be one (most of them) needs no clauses and no auxiliaries.
        var participles = Participles(sentence)
        guard participles.mayExist else { return }
        for clause in ZinGrammar.clauses(sentence) {
            check(clause, in: sentence, participles: &participles, into: &findings)
        }
    }

    private func check(
        _ clause: Range<Int>, in sentence: SentenceContext, participles: inout Participles, into findings: inout [FindingDraft]
    ) {
        // The partner of an auxiliary lies in its clause.
        guard participles.mayExist(in: clause) else { return }
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
                // *om* and *te* are prepositions: the class bit spares the other words' strings.
                guard sentence.classes[between].contains(.preposition) else { continue }
                let word = sentence.word(between)
                guard word.utf8.count == 2 else { continue }
                if word == "om" { return false }
                if word == "te", between + 1 != auxiliary { return false }
            }
            return true
        }
        // The last one after the auxiliary, else the last one before it.
        var upper = clause.upperBound
        while let position = participles.last(in: (auxiliary + 1)..<upper, of: sentence) {
            if fits(position) { return position }
            upper = position
        }
        upper = auxiliary
        while let position = participles.last(in: clause.lowerBound..<upper, of: sentence) {
            if fits(position) { return position }
            upper = position
        }
        return nil
    }

    /// The participles of a sentence that can make a passive, found on demand.
    struct Participles {
        /// Bits for the first 64 positions: the word's verb forms include a participle,
        /// the first test of ``ZinGrammar/isParticiple(_:_:)``. One pass over the facts;
        /// a position without its bit is no participle, without a question.
        private let candidates: UInt64
        /// Whether a position from 64 on has such a word.
        private let laterCandidates: Bool
        /// Bits for the first 64 positions: answered, and the answer.
        private var known: UInt64 = 0
        private var found: UInt64 = 0
        /// Further positions: 0 not yet known, 1 yes, 2 no. Made on the first question.
        private var later: [UInt8] = []

        init(_ sentence: SentenceContext) {
            let infos = sentence.infos
            var candidates: UInt64 = 0
            for position in 0..<min(sentence.count, 64) where infos[position].verbForms.contains(.participle) {
                candidates |= 1 << UInt64(position)
            }
            self.candidates = candidates
            laterCandidates = sentence.count > 64 && (64..<sentence.count).contains { infos[$0].verbForms.contains(.participle) }
        }

        /// Whether the sentence may hold a participle at all.
        var mayExist: Bool { candidates != 0 || laterCandidates }

        /// Whether `range` may hold a participle.
        func mayExist(in range: Range<Int>) -> Bool {
            if range.upperBound > 64, laterCandidates { return true }
            return candidates & Self.bits(range) != 0
        }

        /// The bits of the positions of `range` below 64.
        @inline(__always)
        private static func bits(_ range: Range<Int>) -> UInt64 {
            let lower = min(range.lowerBound, 64)
            let upper = min(range.upperBound, 64)
            guard lower < upper else { return 0 }
            let below: UInt64 = upper == 64 ? .max : (1 << UInt64(upper)) - 1
            return below & ~((1 << UInt64(lower)) - 1)
        }

        /// The last participle in `range` (``contains(_:in:)``), or `nil`.
        mutating func last(in range: Range<Int>, of sentence: SentenceContext) -> Int? {
            var position = range.upperBound - 1
            if !laterCandidates { position = min(position, 63) }
            while position >= 64, position >= range.lowerBound {
                if contains(position, in: sentence) { return position }
                position -= 1
            }
            // Below 64: the candidates alone, from the top.
            var mask = candidates & Self.bits(range)
            while mask != 0 {
                let position = 63 - mask.leadingZeroBitCount
                if contains(position, in: sentence) { return position }
                mask &= ~(1 << UInt64(position))
            }
            return nil
        }

        mutating func contains(_ position: Int, in sentence: SentenceContext) -> Bool {
            guard position >= 64 else {
                let bit: UInt64 = 1 << UInt64(position)
                guard candidates & bit != 0 else { return false }
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
            return !(position + 2 < sentence.count && sentence.is(position + 2, [.hebben, .zijn])
                && sentence.word(position + 1) == "te")
        }
    }

    private func finding(_ auxiliary: Int, _ participle: Int, in sentence: SentenceContext) -> FindingDraft {
        let range = sentence.range(min(auxiliary, participle)...max(auxiliary, participle))
        return FindingDraft(
            range: range, message: ZinGrammar.message("Lijdende vorm: '", range, "'. Hier staat niet wie het doet.", in: sentence),
            suggestions: Self.suggestions)
    }
}
