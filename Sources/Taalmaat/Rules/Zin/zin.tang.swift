import TaalmaatText

/// `zin.tang`: an auxiliary and its final verb far apart (*heeft … besloten*).
struct ZinTang: SentenceRule, DescribedRule {
    static let advice = "Zet de werkwoorden dichter bij elkaar."

    static let ruleDescription = RuleDescription(
        id: "zin.tang",
        name: "Tangconstructie",
        summary: "Veel woorden tussen werkwoorden die bij elkaar horen, zoals 'heeft … besloten'.",
        explanation: """
            In een tangconstructie staan veel woorden tussen twee werkwoorden die bij elkaar horen. \
            Of er staan veel woorden tussen 'dat' of 'omdat' en het werkwoord. \
            De lezer moet het begin onthouden tot het werkwoord komt. \
            Zet de werkwoorden dichter bij elkaar. Of maak van de tussenstukken een eigen zin.
            """,
        whyItMatters: """
            Pas aan het eind van de zin wordt duidelijk wat er gebeurt. Dat kost veel geheugen. \
            Wie stress heeft, raakt dan de draad kwijt.
            """,
        severities: ProfileSeverities(brief: .waarschuwing, verslag: .waarschuwing, kind: .waarschuwing, intern: .tip),
        thresholds: [
            Threshold(
                key: "afstand-vanaf", summary: "Zoveel woorden of meer tussen de twee werkwoorden geeft een melding.",
                brief: 12, verslag: 12, kind: 8, intern: 15)
        ],
        examples: [
            .triggers(
                "De rechter ⟦heeft op 12 maart na een lang gesprek met u en uw man op de rechtbank in Utrecht besloten⟧ dat Ryan thuis blijft.",
                suggestion: advice,
                better: "De rechter heeft besloten dat Ryan thuis blijft. Dat was op 12 maart, na een lang gesprek met u en uw man."),
            .triggers(
                "Wij ⟦zullen de afspraken over school, sport en de avonden thuis in het volgende gesprek samen met u bespreken⟧."),
            .triggers(
                "Je ⟦mag in de vakantie elke dinsdag met Lisa naar het zwembad gaan⟧.", profile: .kind,
                better: "Je mag in de vakantie met Lisa naar het zwembad gaan. Dat is elke dinsdag."),
            .triggers(
                "Uw aanvraag ⟦wordt, zoals wij in het gesprek van vorige week met u hebben afgesproken, snel bekeken⟧."),
            .triggers(
                "Wij hoorden van school ⟦dat uw zoon in de afgelopen drie maanden op maandag en vrijdag vaak te laat op school is gekomen⟧.",
                better: "Uw zoon kwam de afgelopen drie maanden vaak te laat op school. Dat was op maandag en vrijdag. Dat hoorden wij van school."),
            .clean("De rechter heeft op 12 maart besloten dat Ryan thuis blijft."),
            .clean("Wij weten dat u het niet eens was met de uitspraak van de rechter in maart."),
            .clean("Wij hebben met u en uw man gesproken over school, sport, de avonden thuis en de vakantie."),
            .clean("Het gezin van Sanne is erg blij met de hulp van de buurvrouw, de school en de oma van de kinderen."),
            .clean("U kunt mij bellen als u vragen heeft over de brief, het plan of de afspraak op dinsdag."),
            .clean("Je mag elke dinsdag naar het zwembad gaan.", profile: .kind),
        ])

    static let starters: WordClass = [.hebben, .zijn, .worden, .modal, .subordinator]

    /// Words that end the stretch after an auxiliary: a new clause starts.
    /// (Subordinators always end it; of the coordinators these do.)
    static let stopWords: WordSet = ["maar", "want", "dus"]

    /// A clamp starts at an auxiliary or a conjunction.
    var sentenceFilter: SentenceFilter { SentenceFilter(anyOfClasses: Self.starters) }

    func check(_ sentence: SentenceContext, into findings: inout [FindingDraft]) {
        // Cheap tests first: long enough, and an auxiliary or a conjunction to start from.
        guard ZinGrammar.isProse(sentence), sentence.count >= 8, !sentence.classUnion.isDisjoint(with: Self.starters)
        else { return }
        let limit = Int(ZinGrammar.threshold(Self.distanceFrom, of: Self.self, in: sentence))
        // Words are some of the content tokens: a sentence with few tokens needs no count.
        guard sentence.count >= limit + 2, sentence.wordCount >= limit + 2 else { return }
        // A clamp closes at a verb, at the latest at the last word that can be one: the
        // words before that word, found from the sentence end (most sentences end near a
        // verb), bound the words any clamp can span.
        var lastVerb = sentence.count - 1
        var wordsFromLastVerb = 0
        while lastVerb >= 0 {
            if ZinGrammar.countsAsWord(sentence, lastVerb) { wordsFromLastVerb += 1 }
            if mayCloseClamp(lastVerb, in: sentence) { break }
            lastVerb -= 1
        }
        guard lastVerb >= 0 else { return }
        let wordsBeforeLastVerb = sentence.wordCount - wordsFromLastVerb
        // The words up to a position, counted as the position moves on (it never moves
        // back).
        var counted = 0
        var wordsCounted = 0
        var from = 0
        while let position = ZinGrammar.nextPosition(in: sentence, from: from, withAnyOf: Self.starters) {
            from = position + 1
            if counted <= position {
                wordsCounted += ZinGrammar.wordCount(in: counted..<(position + 1), of: sentence)
                counted = position + 1
            }
            // Too few words between here and the last verb for a clamp, here and at every
            // later position: the verb search (word analyses per word) is not needed.
            guard wordsBeforeLastVerb - wordsCounted >= limit else { return }
            // An auxiliary and its closing verbs (heeft … besloten), or a conjunction and
            // the verbs of its clause (dat … heeft gesteld).
            var end: (first: Int, last: Int)?
            if ZinGrammar.isFiniteAuxiliary(sentence, position) { end = clampEnd(after: position, in: sentence) }
            if end == nil, isSubordinateStart(position, in: sentence) {
                end = subordinateVerbs(after: position, in: sentence)
            }
            if let end, ZinGrammar.wordsBetween(sentence, position, end.first) >= limit {
                let between = ZinGrammar.wordsBetween(sentence, position, end.first)
                findings.append(
                    FindingDraft(
                        range: sentence.range(position...end.last),
                        message: "Tussen '\(sentence.text(position))' en '\(sentence.text(end.first))' staan \(between) woorden. \(Self.advice)",
                        suggestions: [Suggestion(title: Self.advice)],
                        relatedRanges: [sentence.range(position), sentence.range(end.first...end.last)]))
                from = end.last + 1
            }
        }
    }

    static let distanceFrom = ProfileThreshold("afstand-vanaf", of: ruleDescription)

    /// Whether a clamp can close at `position` or at a word before it: the first verb of
    /// a closing group (``closingGroup(at:in:takesInfinitive:onlyZijn:)``) or of a
    /// subordinate clause (``subordinateVerbs(after:in:)``) has a verb form or an
    /// auxiliary's class, or is an auxiliary infinitive (only *laten* and *blijven* have
    /// no class); a group that starts at *te* (or at the particle before it) has an
    /// infinitive after it.
    private func mayCloseClamp(_ position: Int, in sentence: SentenceContext) -> Bool {
        let info = sentence.infos[position]
        if !info.verbForms.isEmpty || !info.classes.isDisjoint(with: [.zijn, .hebben, .worden, .modal]) { return true }
        // *laten* and *blijven* have no class: a word with one (or a mark) needs no string.
        guard info.classes.isEmpty, ZinGrammar.countsAsWord(sentence, position) else { return false }
        let word = sentence.word(position)
        return (word.utf8.count == 5 || word.utf8.count == 7) && Self.auxiliaryInfinitives.contains(word)
    }

    /// Conjunctions that open a subordinate clause with its verbs at the end.
    static let subordinators: WordSet = [
        "dat", "omdat", "doordat", "zodat", "terwijl", "nadat", "voordat", "hoewel", "aangezien", "zodra", "indien",
        "wanneer", "als", "tenzij", "mits", "totdat", "opdat",
    ]

    /// A subordinating conjunction; *dat* and *als* only before a subject (*dat de
    /// rechter*, *als u*), not in *dat boek* or *als ouder*.
    private func isSubordinateStart(_ position: Int, in sentence: SentenceContext) -> Bool {
        // Every one of ``subordinators`` has the class.
        guard sentence.is(position, .subordinator) else { return false }
        let word = sentence.word(position)
        guard Self.subordinators.contains(word), !sentence.isQuoted(position) else { return false }
        guard position + 1 < sentence.count else { return false }
        let next = sentence.word(position + 1)
        // "als ouder", "dat boek": no clause.
        if word == "als" || word == "dat" {
            guard ZinGrammar.subjectPronouns.contains(next) || ZinGrammar.nounStarters.contains(next)
                || sentence.token(position + 1).has(.capitalized)
            else { return false }
        }
        return true
    }

    /// The verb group of a subordinate clause: the first verb after the conjunction
    /// up to the last verb next to it.
    private func subordinateVerbs(after start: Int, in sentence: SentenceContext)
        -> (first: Int, last: Int)?
    {
        var position = start + 1
        while position < sentence.count {
            let word = sentence.word(position)
            if ZinGrammar.isInnerPunctuation(sentence, position) {
                position += 1
                continue
            }
            if sentence.kind(position) == .punctuation || sentence.isQuoted(position) { return nil }
            let classes = sentence.classes[position]
            if (classes.contains(.subordinator) && word != "dat")
                || (classes.contains(.coordinator) && Self.stopWords.contains(word)) || ZinGrammar.clauseOpeners.contains(word)
            {
                return nil
            }
            let verb = ZinGrammar.isAuxiliaryForm(sentence, position, allowInfinitive: false)
                || ZinGrammar.isParticiple(sentence, position)
                || (word == "te" && position + 1 < sentence.count && ZinGrammar.isInfinitive(sentence, position + 1))
                || (classes.isEmpty && sentence.verbForms(position).contains(.finite)
                    && (position == 0 || sentence.word(position - 1) != "te"))
            if verb {
                var first = position
                if word == "te", first > 0, VerbRecognizer.particleSet.contains(sentence.word(first - 1)) { first -= 1 }
                var last = word == "te" ? position + 1 : position
                while last + 1 < sentence.count {
                    if sentence.is(last + 1, [.hebben, .zijn, .worden, .modal])
                        || !sentence.verbForms(last + 1).isDisjoint(with: [.participle, .infinitive])
                    {
                        last += 1
                    } else if sentence.word(last + 1) == "te", last + 2 < sentence.count,
                        sentence.verbForms(last + 2).contains(.infinitive)
                    {
                        last += 2
                    } else {
                        break
                    }
                }
                return (first, last)
            }
            position += 1
        }
        return nil
    }

    /// The closing verb group of an auxiliary at `auxiliary`: the first verb after it
    /// in the same clause that belongs to it, up to the last verb of that group.
    private func clampEnd(after auxiliary: Int, in sentence: SentenceContext)
        -> (first: Int, last: Int)?
    {
        let classes = sentence.classes[auxiliary]
        // hebben and modals take an infinitive too (heeft moeten betalen, kan bellen).
        let takesInfinitive = !classes.isDisjoint(with: [.hebben, .modal])
        let onlyZijn = classes.contains(.zijn) && classes.isDisjoint(with: [.modal, .hebben, .worden])
        var crossedComma = false
        var position = auxiliary + 1
        while position < sentence.count {
            let word = sentence.word(position)
            if sentence.kind(position) == .punctuation {
                if ZinGrammar.isInnerPunctuation(sentence, position) {
                    position += 1
                    continue
                }
                guard ZinGrammar.mark(sentence, position) == ZinGrammar.comma else { return nil }
                crossedComma = true
                position += 1
                continue
            }
            if sentence.isQuoted(position) { return nil }
            let classes = sentence.classes[position]
            let opensClause = (classes.contains(.subordinator) && word != "dat" && !isPrepositionAls(position, in: sentence))
                || (classes.contains(.coordinator) && Self.stopWords.contains(word)) || ZinGrammar.clauseOpeners.contains(word)
            if opensClause, position > 0, ZinGrammar.mark(sentence, position - 1) == ZinGrammar.comma {
                // An insertion between commas ("wordt, zoals afgesproken, snel bekeken"): skip it.
                guard let close = ((position + 1)..<sentence.count).first(where: { ZinGrammar.mark(sentence, $0) == ZinGrammar.comma })
                else {
                    return nil
                }
                position = close + 1
                continue
            }
            if opensClause { return nil }
            if classes.contains(.subordinator) {
                // "dat" before a noun is a pronoun (dat boek); elsewhere a new clause starts.
                guard word == "dat", position + 1 < sentence.count,
                    !ZinGrammar.subjectPronouns.contains(sentence.word(position + 1)),
                    !ZinGrammar.nounStarters.contains(sentence.word(position + 1)), !sentence.word(position + 1).isEmpty
                else { return nil }
            }
            if let group = closingGroup(
                at: position, in: sentence, takesInfinitive: takesInfinitive, onlyZijn: onlyZijn)
            {
                // A comma inside the clamp is fine only when the verbs end the clause.
                if crossedComma, !nextIsEnd(group.last, in: sentence) { return nil }
                return group
            }
            // Another finite verb: a new clause has started.
            if ZinGrammar.isFiniteAuxiliary(sentence, position) { return nil }
            position += 1
        }
        return nil
    }

    /// A verb group that starts at `position`: a participle, *te* + infinitive or (after
    /// *hebben* and modals) an infinitive, followed by more verbs (*worden beoordeeld*).
    private func closingGroup(
        at position: Int, in sentence: SentenceContext, takesInfinitive: Bool, onlyZijn: Bool
    ) -> (first: Int, last: Int)?
    {
        let word = sentence.word(position)
        // Without the verb-form bits neither a participle nor an infinitive starts here:
        // only *te* or an auxiliary infinitive can, and most words are neither.
        if sentence.verbForms(position).isDisjoint(with: [.participle, .infinitive]), word != "te",
            !(takesInfinitive && isAuxiliaryInfinitive(sentence, position))
        {
            return nil
        }
        let resources = sentence.resources
        var first = position
        if word == "te" {
            guard position + 1 < sentence.count, ZinGrammar.isInfinitive(sentence, position + 1) else { return nil }
            // A separable particle before "te" belongs to the group: "contact op te nemen".
            if first > 0, VerbRecognizer.particleSet.contains(sentence.word(first - 1)) { first -= 1 }
        } else if ZinGrammar.isParticiple(sentence, position) {
            if onlyZijn, resources.isAdjectivalParticiple(word) { return nil }
        } else if takesInfinitive, ZinGrammar.isInfinitive(sentence, position) || isAuxiliaryInfinitive(sentence, position) {
            // an infinitive
        } else {
            return nil
        }
        var last = word == "te" ? position + 1 : position
        while last + 1 < sentence.count {
            let next = last + 1
            let nextWord = sentence.word(next)
            if nextWord == "te", next + 1 < sentence.count, sentence.verbForms(next + 1).contains(.infinitive) {
                last = next + 1
            } else if !sentence.verbForms(next).isDisjoint(with: [.participle, .infinitive]) || isAuxiliaryInfinitive(sentence, next)
                || (sentence.is(next, [.hebben, .zijn, .worden, .modal]) && nextIsEnd(next, in: sentence))
            {
                last = next
            } else {
                break
            }
        }
        return (first, last)
    }

    /// *als* before a word that cannot start a subject: *wordt als voltooid beschouwd*.
    private func isPrepositionAls(_ position: Int, in sentence: SentenceContext) -> Bool {
        guard sentence.word(position) == "als", position + 1 < sentence.count else { return false }
        let next = sentence.word(position + 1)
        return !next.isEmpty && !ZinGrammar.subjectPronouns.contains(next) && !ZinGrammar.nounStarters.contains(next)
    }

    static let auxiliaryInfinitives: WordSet = [
        "worden", "hebben", "zijn", "kunnen", "moeten", "willen", "mogen", "gaan", "laten", "blijven",
    ]

    private func isAuxiliaryInfinitive(_ sentence: SentenceContext, _ position: Int) -> Bool {
        Self.auxiliaryInfinitives.contains(sentence.word(position))
            && !(sentence.word(position) == "zijn" && !nextIsEnd(position, in: sentence)
                && !sentence.verbForms(position + 1).contains(.participle))
    }

    private func nextIsEnd(_ position: Int, in sentence: SentenceContext) -> Bool {
        position + 1 >= sentence.count || sentence.kind(position + 1) == .punctuation
    }
}
