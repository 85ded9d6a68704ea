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
        // that can be one needs no clauses and no auxiliaries.
        var facts = Facts(sentence)
        guard facts.mayHaveParticiple else { return }
        var clauses = ZinGrammar.clauses(sentence)
        clauses.mayCut = facts.mayCut
        for clause in clauses {
            check(clause, in: sentence, facts: &facts, into: &findings)
        }
    }

    private func check(_ clause: Range<Int>, in sentence: SentenceContext, facts: inout Facts, into findings: inout [FindingDraft]) {
        // The partner of an auxiliary lies in its clause.
        guard facts.mayHaveParticiple(in: clause) else { return }
        // Participles are looked up as the search for a partner reaches them (from the
        // clause end), each at most once: a passive's participle is mostly near the end.
        var used = UsedPositions()
        var hasWorden = false
        var hasHebben = false
        // The zijn auxiliaries among the clause's first 64 positions, one bit each, and
        // whether there are more: a long clause finds its later ones again.
        var zijnBits: UInt64 = 0
        var laterZijn = false
        // Passive with worden (wordt aangevraagd, kan worden gedacht), in clause order.
        func visit(_ position: Int, _ classes: WordClass) {
            switch auxiliary(at: position, classes: classes, in: sentence) {
            case .worden:
                hasWorden = true
                if let participle = partner(of: position, in: clause, facts: &facts, used: used, in: sentence, zijn: false) {
                    used.insert(participle)
                    appendFinding(position, participle, in: sentence, into: &findings)
                }
            case .zijn:
                let offset = position - clause.lowerBound
                if offset < 64 { zijnBits |= 1 << UInt64(offset) } else { laterZijn = true }
            case nil: break
            }
        }
        if let bits = facts.bits {
            // The forms of worden and zijn from their bits, without a look at the other words.
            let clauseBits = Facts.mask(clause)
            hasHebben = bits.hebben & clauseBits != 0
            var auxiliaries = bits.auxiliaries & clauseBits
            while auxiliaries != 0 {
                let position = auxiliaries.trailingZeroBitCount
                auxiliaries &= auxiliaries - 1
                visit(position, sentence.classes[position])
            }
        } else {
            for position in clause {
                let classes = sentence.classes[position]
                if classes.contains(.hebben) { hasHebben = true }
                guard !classes.isDisjoint(with: [.worden, .zijn]) else { continue }
                visit(position, classes)
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
            if let participle = partner(of: position, in: clause, facts: &facts, used: used, in: sentence, zijn: true) {
                used.insert(participle)
                appendFinding(position, participle, in: sentence, into: &findings)
            }
        }
    }

    /// The participles a clause has paired already: a bit each below 64, few others.
    private struct UsedPositions {
        private var bits: UInt64 = 0
        private var later: [Int] = []

        mutating func insert(_ position: Int) {
            if position < 64 { bits |= 1 << UInt64(position) } else { later.append(position) }
        }

        func contains(_ position: Int) -> Bool {
            position < 64 ? bits & (1 << UInt64(position)) != 0 : later.contains(position)
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
        of auxiliary: Int, in clause: Range<Int>, facts: inout Facts, used: UsedPositions, in sentence: SentenceContext,
        zijn: Bool
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
        while let position = facts.lastParticiple(in: (auxiliary + 1)..<upper, of: sentence) {
            if fits(position) { return position }
            upper = position
        }
        upper = auxiliary
        while let position = facts.lastParticiple(in: clause.lowerBound..<upper, of: sentence) {
            if fits(position) { return position }
            upper = position
        }
        return nil
    }

    /// What the rule asks of a sentence's positions: for the first 64, bits from one pass
    /// over the words' facts; the participles that can make a passive, found on demand.
    struct Facts {
        /// Bits of the positions below 64.
        struct Bits {
            /// The word's verb forms include a participle: the first test of
            /// ``ZinGrammar/isParticiple(_:_:)``, so a position without its bit is none.
            var participleForms: UInt64 = 0
            /// Forms of *worden* or *zijn*.
            var auxiliaries: UInt64 = 0
            /// Forms of *hebben*.
            var hebben: UInt64 = 0
            /// Where a clause may end (``ZinGrammar/Clauses``): tokens that are no words,
            /// and conjunctions.
            var mayCut: UInt64 = 0
        }

        /// `nil` for a sentence of more than 64 positions, whose other positions would
        /// have no bits: then the rule asks position by position.
        let bits: Bits?
        /// The participle forms below 64 (for a long sentence too).
        private let participleForms: UInt64
        /// Whether a position from 64 on has a participle form.
        private let laterParticipleForms: Bool
        /// Bits for the first 64 positions: answered, and the answer.
        private var known: UInt64 = 0
        private var found: UInt64 = 0
        /// Further positions: 0 not yet known, 1 yes, 2 no. Made on the first question.
        private var later: [UInt8] = []

        init(_ sentence: SentenceContext) {
            // The entries in place and their facts from the interner: what
            // ``SentenceContext/infos`` reads, without its checks per position.
            let columns = sentence.columns
            let interner = columns.interner
            let base = sentence.base
            let count = sentence.count
            var bits = Bits()
            var laterParticipleForms = false
            columns.entries.withUnsafeBufferPointer { entries in
                for position in 0..<min(count, 64) {
                    let entry = entries[base + position]
                    let bit: UInt64 = 1 << UInt64(position)
                    // Tokens that do not count as words have the two fixed entries.
                    if entry == WordInterner.punctuationEntry || entry == WordInterner.slashEntry {
                        bits.mayCut |= bit
                        continue
                    }
                    let info = interner.info(entry)
                    if info.verbForms.contains(.participle) { bits.participleForms |= bit }
                    if !info.classes.isDisjoint(with: [.worden, .zijn]) { bits.auxiliaries |= bit }
                    if info.classes.contains(.hebben) { bits.hebben |= bit }
                    if !info.classes.isDisjoint(with: [.subordinator, .coordinator]) { bits.mayCut |= bit }
                }
                if count > 64 {
                    laterParticipleForms = (64..<count).contains { interner.info(entries[base + $0]).verbForms.contains(.participle) }
                }
            }
            self.bits = count <= 64 ? bits : nil
            participleForms = bits.participleForms
            self.laterParticipleForms = laterParticipleForms
        }

        /// The positions that may cut a clause, or `nil` when every one may.
        var mayCut: UInt64? { bits?.mayCut }

        /// Whether the sentence may hold a participle at all.
        var mayHaveParticiple: Bool { participleForms != 0 || laterParticipleForms }

        /// Whether `range` may hold a participle.
        func mayHaveParticiple(in range: Range<Int>) -> Bool {
            if range.upperBound > 64, laterParticipleForms { return true }
            return participleForms & Self.mask(range) != 0
        }

        /// The bits of the positions of `range` below 64.
        @inline(__always)
        static func mask(_ range: Range<Int>) -> UInt64 {
            let lower = min(range.lowerBound, 64)
            let upper = min(range.upperBound, 64)
            guard lower < upper else { return 0 }
            let below: UInt64 = upper == 64 ? .max : (1 << UInt64(upper)) - 1
            return below & ~((1 << UInt64(lower)) - 1)
        }

        /// The last participle in `range` (``isParticiple(_:in:)``), or `nil`.
        mutating func lastParticiple(in range: Range<Int>, of sentence: SentenceContext) -> Int? {
            var position = range.upperBound - 1
            if !laterParticipleForms { position = min(position, 63) }
            while position >= 64, position >= range.lowerBound {
                if isParticiple(position, in: sentence) { return position }
                position -= 1
            }
            // Below 64: the participle forms alone, from the top.
            var mask = participleForms & Self.mask(range)
            while mask != 0 {
                let position = 63 - mask.leadingZeroBitCount
                if isParticiple(position, in: sentence) { return position }
                mask &= ~(1 << UInt64(position))
            }
            return nil
        }

        /// Whether the word at `position` is a participle that can make a passive.
        mutating func isParticiple(_ position: Int, in sentence: SentenceContext) -> Bool {
            guard position >= 64 else {
                let bit: UInt64 = 1 << UInt64(position)
                guard participleForms & bit != 0 else { return false }
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

    /// Appended in place: a draft returned and then appended was copied once more.
    private func appendFinding(_ auxiliary: Int, _ participle: Int, in sentence: SentenceContext, into findings: inout [FindingDraft]) {
        let range = sentence.range(min(auxiliary, participle)...max(auxiliary, participle))
        findings.append(
            FindingDraft(
                range: range,
                message: ZinGrammar.message("Lijdende vorm: '", range, "'. Hier staat niet wie het doet.", in: sentence),
                suggestions: Self.suggestions))
    }
}
