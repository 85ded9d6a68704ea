import TaalmaatText

/// Who a clause is about, as far as simple Dutch grammar shows. Used by the tone rules
/// to tell *u moet* (the reader) from *ik moet* (the writer) and *de school moet*.
enum ToonPersoon: Sendable, Equatable {
    /// *u*, *je*, *jullie*, *uw aanvraag*.
    case lezer
    /// *ik*, *wij*, *we*.
    case schrijver
    /// *hij*, *zij*, *moeder*, *uw zoon*, a name.
    case gezin
    /// *het*, *er*, *dit*, *dat*, *men*.
    case onpersoonlijk
    /// A noun phrase that is none of the above: *de school*, *de rechter*.
    case ander
    /// No subject found (an adverb or a preposition first).
    case onbekend
}

/// Closed word classes and small grammar helpers shared by the tone rules. Grammar,
/// not vocabulary: phrase lists live in `Dictionaries/woorden/toon-*.tsv`.
enum ToonGrammatica {
    static let readerSubjects: WordSet = ["u", "je", "jij", "jullie"]
    static let readerPossessives: WordSet = ["uw", "je", "jouw", "jullie"]
    static let readerWords: WordSet = ["u", "uw", "je", "jij", "jouw", "jou", "jullie", "uzelf", "jezelf"]
    static let writerSubjects: WordSet = ["ik", "wij", "we"]
    static let thirdPersonPronouns: WordSet = ["hij", "zij", "ze"]
    static let impersonal: WordSet = [
        "het", "er", "men", "dit", "dat", "iemand", "niemand", "iedereen", "alles", "niets", "niks", "wat",
    ]
    static let familyNouns: WordSet = [
        "moeder", "vader", "ouders", "ouder", "mama", "papa", "mam", "pap", "zoon", "zoons", "dochter", "dochters",
        "kind", "kinderen", "jongen", "meisje", "oma", "opa", "broer", "broertje", "zus", "zusje", "gezin",
        "verzorger", "verzorgers", "pleegouder", "pleegouders", "pleegmoeder", "pleegvader", "stiefvader",
        "stiefmoeder", "tante", "oom", "partner", "ex-partner", "baby", "jongere", "jongeren", "tiener",
    ]
    static let nounPhraseStarters: WordSet = [
        "de", "het", "een", "deze", "die", "dit", "dat", "mijn", "uw", "je", "jouw", "zijn", "haar", "ons", "onze",
        "hun", "jullie", "elk", "elke", "ieder", "iedere", "alle", "beide",
    ]
    /// Modal forms that give the reader a choice or a right (*u kunt*, *je mag*).
    static let optionModals: WordSet = ["kan", "kun", "kunt", "kunnen", "mag", "mogen"]
    static let hoevenForms: WordSet = ["hoeft", "hoef", "hoeven", "hoefde", "hoefden"]
    static let clauseMarks: WordSet = [",", ";", ":", "(", ")", "–", "—", "-", "…", "\"", "“", "”", "‘", "’"]
    /// Marks after which a capital may start a sentence part (``isName(_:_:)``).
    static let openingMarks: WordSet = [":", "(", "\"", "“", "‘"]
    /// Coordinators that start a new clause whose subject may be left out.
    static let clauseCoordinators: WordSet = ["en", "maar", "want", "dus"]
    /// Words that end a clause (``clauseEnd(after:in:)``) besides the openers.
    static let clauseEnders: WordSet = ["en", "maar", "want", "dan"]
    /// Articles before a negation that make it part of a noun (*het niet nakomen*).
    static let articles: WordSet = ["het", "de", "een"]
    /// Words after a negation that keep the rest of the clause true.
    static let negationLimiters: WordSet = ["alleen", "anders", "aarzelen", "langer"]
    /// Words that open an indirect question: *wat u moet doen* is information, not an order.
    static let questionWords: WordSet = [
        "wat", "wie", "waar", "hoe", "welke", "welk", "waarom", "wanneer", "waarmee", "waarover", "waarvoor", "of",
    ]
    /// Subordinators that open a condition: a duty inside *als u moet werken* is a circumstance.
    static let conditionSubordinators: WordSet = ["als", "indien", "wanneer", "mocht", "mochten", "zodra", "ingeval"]

    /// Whether the word at a position can start a subject: a pronoun, a determiner,
    /// a family word or a name.
    static func startsSubject(_ sentence: SentenceContext, _ position: Int) -> Bool {
        guard position < sentence.count else { return false }
        let word = sentence.word(position)
        guard !word.isEmpty else { return false }
        if readerSubjects.contains(word) || writerSubjects.contains(word) || thirdPersonPronouns.contains(word) {
            return true
        }
        if nounPhraseStarters.contains(word) || impersonal.contains(word) || familyNouns.contains(word) { return true }
        return isName(sentence, position)
    }

    /// A capitalised word that is a name: inside the sentence any capital counts; at the
    /// start only a word that is not an ordinary Dutch word (*Milan*, not *Daarom*).
    static func isName(_ sentence: SentenceContext, _ position: Int) -> Bool {
        guard sentence.kind(position) == .word else { return false }
        let token = sentence.token(position)
        guard token.has(.capitalized), !token.has(.allCaps) else { return false }
        let word = sentence.word(position)
        if position > 0 {
            // The kind first: only a mark needs its text.
            let afterBreak = sentence.kind(position - 1) == .punctuation && openingMarks.contains(sentence.text(position - 1))
            if !afterBreak { return !nounPhraseStarters.contains(word) }
        }
        let resources = sentence.resources
        if let zipf = resources.frequencies.zipf(of: word), zipf >= 4.5 { return false }
        if familyNouns.contains(word) || nounPhraseStarters.contains(word) { return false }
        return !resources.spellChecker.spell(word)
    }

    /// Whether the word at a position opens a subordinate clause. *als* only before a
    /// subject (*als u*, not *als huurder*); *dat* not at the start of a sentence;
    /// *mocht* only at the start of a clause (*Mocht u …*).
    static func opensClause(_ sentence: SentenceContext, _ position: Int) -> Bool {
        let word = sentence.word(position)
        guard !word.isEmpty else { return false }
        switch word {
        case "als", "dat":
            if word == "dat", position == 0 { return false }
            return startsSubject(sentence, position + 1)
        case "mocht", "mochten":
            return position == 0 || isBreak(sentence, position - 1)
        default:
            // *waarbij*, *waarin*, *waardoor*: relative adverbs open a clause too.
            if word.hasPrefix("waar"), word.count > 5 { return true }
            return sentence.is(position, .subordinator) || questionWords.contains(word)
        }
    }

    static func isBreak(_ sentence: SentenceContext, _ position: Int) -> Bool {
        let token = sentence.token(position)
        guard token.kind == .punctuation else { return false }
        // A one-byte mark on its byte, without its string: of the marks only these are
        // one byte, and a one-byte text equals no longer mark (U+037E equals ";" but has
        // two bytes and takes the string path).
        if token.length == 1 {
            let byte = sentence.columns.document.source.utf8[token.start]
            return byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x28 || byte == 0x29 || byte == 0x2D || byte == 0x22
        }
        return clauseMarks.contains(sentence.text(position))
    }

    /// The start of the clause that contains a position, and the word that opened it
    /// when it is a subordinate clause. `coordinated` is set when the clause begins
    /// with *en*, *maar* … (its subject may be left out).
    static func clause(around position: Int, in sentence: SentenceContext)
        -> (start: Int, opener: Int?, coordinated: Bool)
    {
        var index = position - 1
        while index >= 0 {
            if isBreak(sentence, index) { return (index + 1, nil, false) }
            let word = sentence.word(index)
            if index < position, opensClause(sentence, index) { return (index, index, false) }
            if index > 0, clauseCoordinators.contains(word) { return (index + 1, nil, true) }
            index -= 1
        }
        return (0, nil, false)
    }

    /// The end (exclusive) of the clause that starts at or contains a position.
    static func clauseEnd(after position: Int, in sentence: SentenceContext) -> Int {
        var index = position + 1
        while index < sentence.count {
            if isBreak(sentence, index) { return index }
            if opensClause(sentence, index) || clauseEnders.contains(sentence.word(index)) { return index }
            index += 1
        }
        return sentence.count
    }

    /// Who the word (group) at a position refers to.
    static func persoon(at position: Int, in sentence: SentenceContext) -> ToonPersoon {
        guard position >= 0, position < sentence.count else { return .onbekend }
        let word = sentence.word(position)
        guard !word.isEmpty else { return .onbekend }
        let next = position + 1 < sentence.count ? sentence.word(position + 1) : ""
        if readerPossessives.contains(word), !next.isEmpty, !readerSubjects.contains(word) || isNounAfterPossessive(next) {
            return familyNouns.contains(next) ? .gezin : .lezer
        }
        if readerSubjects.contains(word) { return .lezer }
        if writerSubjects.contains(word) { return .schrijver }
        if word == "ons" || word == "onze" { return .ander }
        if thirdPersonPronouns.contains(word) || familyNouns.contains(word) { return .gezin }
        if word == "het" || word == "dit" || word == "dat" || word == "die" {
            if familyNouns.contains(next) { return .gezin }
            let nextClasses = position + 1 < sentence.count ? sentence.classes[position + 1] : []
            if next.isEmpty || !nextClasses.isDisjoint(with: [.zijn, .worden, .hebben, .modal]) { return .onpersoonlijk }
            return .ander
        }
        if impersonal.contains(word) { return .onpersoonlijk }
        if nounPhraseStarters.contains(word) { return familyNouns.contains(next) ? .gezin : .ander }
        if isName(sentence, position) { return .gezin }
        return .onbekend
    }

    /// *je moeder*, *jullie zoon*: a possessive before a noun, not the pronoun *je*.
    static func isNounAfterPossessive(_ next: String) -> Bool {
        familyNouns.contains(next)
    }

    /// The subject of the finite verb at a position: the word after a subordinator, the
    /// first part of a main clause, or the word after the verb when the clause starts
    /// with an adverb or a prepositional phrase (*Daarom moet u …*).
    static func subject(ofVerbAt position: Int, in sentence: SentenceContext) -> (persoon: ToonPersoon, position: Int?) {
        let clause = clause(around: position, in: sentence)
        if let opener = clause.opener {
            var candidate = opener + 1
            if candidate < position, sentence.word(candidate) == "er" { candidate += 1 }
            if candidate < position { return (persoon(at: candidate, in: sentence), candidate) }
            return (.onbekend, nil)
        }
        if clause.start < position {
            let first = persoon(at: clause.start, in: sentence)
            if first != .onbekend { return (first, clause.start) }
        }
        var after = position + 1
        if after < sentence.count, sentence.word(after) == "er" { after += 1 }
        if after < sentence.count {
            let found = persoon(at: after, in: sentence)
            if found != .onbekend { return (found, after) }
        }
        if clause.coordinated, clause.start >= 2 {
            return subject(ofVerbAt: clause.start - 1, in: sentence)
        }
        return (.onbekend, nil)
    }

    /// The subject of the clause around a word whose verb is unknown (*Hij komt
    /// **altijd** te laat*): the first person word of the clause, else the subject of
    /// the clause before when this one starts with *en* or *maar*.
    static func subject(ofClauseAround position: Int, in sentence: SentenceContext) -> (persoon: ToonPersoon, position: Int?) {
        let clause = clause(around: position, in: sentence)
        let from = clause.opener.map { $0 + 1 } ?? clause.start
        var index = from
        while index < position {
            let found = persoon(at: index, in: sentence)
            switch found {
            case .lezer, .schrijver, .gezin: return (found, index)
            case .onpersoonlijk, .ander:
                if index == from { return (found, index) }
            case .onbekend: break
            }
            index += 1
        }
        // Subject after the verb: *Vaak komt hij te laat*, *Nu vergeet je steeds …*.
        let end = clauseEnd(after: position, in: sentence)
        index = position + 1
        while index < min(end, position + 3) {
            let word = sentence.word(index)
            if readerSubjects.contains(word) || writerSubjects.contains(word) || thirdPersonPronouns.contains(word) {
                return (persoon(at: index, in: sentence), index)
            }
            index += 1
        }
        // A left-out subject: *Moeder blijft thuis, heeft twee afspraken gemist en neemt nooit op.*
        if clause.opener == nil, clause.start >= 2, !startsSubject(sentence, clause.start) {
            return subject(ofClauseAround: clause.start - 1, in: sentence)
        }
        return (.onbekend, nil)
    }

    /// Whether a word is a negation that negates the clause (not *het niet nakomen*).
    static func isClauseNegation(_ sentence: SentenceContext, _ position: Int) -> Bool {
        guard sentence.is(position, .negation) else { return false }
        if position > 0, articles.contains(sentence.word(position - 1)) { return false }
        // *niet alleen*, *niet anders dan*, *niet aarzelen*: the rest of the clause still holds.
        if position + 1 < sentence.count, negationLimiters.contains(sentence.word(position + 1)) {
            return false
        }
        return true
    }
}
