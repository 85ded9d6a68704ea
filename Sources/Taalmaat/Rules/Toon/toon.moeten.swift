import TaalmaatText

/// `toon.moeten`: dwingende woorden naar de lezer (*u moet*, *u dient … te*, *u bent
/// verplicht*, *gelieve*). *Dient … te* is altijd een melding; de andere vormen pas als
/// ze vaak voorkomen in de tekst.
struct ToonMoeten: DocumentRule, DescribedRule {
    static let wordList = "woorden/toon-moeten.tsv"
    static let reasonList = "woorden/toon-redenen.tsv"

    static let ruleDescription = RuleDescription(
        id: "toon.moeten",
        name: "Dwingende toon",
        summary: "Veel 'u moet', 'u dient', 'u bent verplicht' of 'gelieve' in één tekst.",
        explanation: """
            Woorden als 'u moet', 'u dient' en 'u bent verplicht' klinken als een bevel. \
            Vraag het liever: 'Wilt u …?'. Zeg erbij waarom het nodig is. \
            'Dient … te' krijgt altijd een melding. De andere vormen pas als ze vaak in de tekst staan.
            """,
        whyItMatters: """
            Een lezer die veel moet, voelt weinig ruimte en weinig keus. Dat geeft stress. \
            Een vraag met een reden geeft de lezer zelf de regie.
            """,
        severities: ProfileSeverities(brief: .waarschuwing, verslag: .waarschuwing, kind: .waarschuwing, intern: .tip),
        thresholds: [
            Threshold(
                key: "per-100-woorden", summary: "Meer dwingende vormen per 100 woorden dan dit geeft een melding.",
                brief: 2, verslag: 2, kind: 1, intern: 2),
            Threshold(
                key: "minimaal-aantal", summary: "Zo vaak moet een dwingende vorm minstens in de tekst staan.",
                all: 2),
        ],
        examples: [
            .triggers(
                "⟦U dient⟧ het formulier voor vrijdag te ondertekenen.", suggestion: "Wilt u …?",
                better: "Wilt u het formulier voor vrijdag ondertekenen? Dan kan de hulp op maandag beginnen."),
            .triggers("Mochten er opnieuw problemen zijn, dan ⟦dient u⟧ zich opnieuw aan te melden."),
            .triggers("Het bezwaarschrift ⟦dient⟧ te zijn ondertekend."),
            .triggers("Moeder ⟦dient⟧ alle afspraken na te komen.", profile: .verslag),
            .triggers(
                "Beste mevrouw Smit,\n\n⟦U moet⟧ op dinsdag naar het kantoor komen. ⟦U moet⟧ uw paspoort meenemen. ⟦Gelieve⟧ op tijd te zijn. Neem ook de brief mee.",
                suggestion: "Wilt u …?"),
            .triggers("Hoi Sem,\n\n⟦Je moet⟧ morgen om negen uur komen. Daarna ⟦moet je⟧ je jas ophangen.", profile: .kind),
            .clean("Wat moet er gebeuren? Dat bespreken we samen."),
            .clean("Ik vind het jammer dat ik u dit moet schrijven. Soms is het thuis niet veilig. Dan moet ik het wel aan anderen vertellen."),
            .clean("Kinderen van 5 tot 16 jaar moeten naar school. U moet uw zoon daarom inschrijven. Dat staat in de wet."),
            .clean("U moet uw paspoort meenemen, omdat wij anders uw aanvraag niet kunnen doen. U moet ook uw bankpas meenemen, want daar staat uw rekeningnummer op."),
            .clean("Beste mevrouw Smit,\n\nU moet op dinsdag naar het kantoor komen. Ik zie u dan om tien uur. Ik help u met de papieren voor de huurtoeslag. Dat duurt ongeveer een uur. Daarna drinken we samen koffie en kijken we wat er nog nodig is. Bel mij gerust als u vragen heeft."),
            .clean("Moeder zei: \"Ik moet van iedereen altijd alles. Je moet dit, je moet dat.\""),
            .clean("De school dient u binnen een week te informeren."),
        ],
        wordLists: [wordList, reasonList])

    /// One duty found in a sentence.
    struct Duty {
        let sentence: Int
        let range: TextRange
        let related: [TextRange]
        let isDienen: Bool
        let address: Address
        let entry: Int
    }

    enum Address { case formal, informal, plural }

    static let dienenForms: WordSet = ["dient", "dienen", "diende", "dienden", "dien"]
    static let moetenForms: WordSet = ["moet", "moeten"]
    static let otherHeads: WordSet = ["verplicht", "gelieve", "verzocht", "opgeroepen", "noodzakelijk"]
    /// Verbs with which the writer shows understanding: *ik begrijp dat u moet werken*.
    static let understandingVerbs: WordSet = [
        "begrijp", "begrijpen", "snap", "snappen", "weet", "weten", "zie", "zien", "hoor", "horen", "hoorde",
        "merk", "merken", "lees", "las", "voel", "voelen", "kan", "voorstellen",
    ]
    static let reasonWords: WordSet = ["omdat", "want", "namelijk"]

    func check(_ document: DocumentContext, into findings: inout [FindingDraft]) {
        guard let list = Self.listEntries.range(in: document.resources) else { return }
        let text = document.document
        let sentences = text.sentences
        let blocks = text.blocks
        var duties: [Duty] = []
        // The sentences with a match of the list, in text order, each with its matches
        // in one reused buffer: no table of all matches by sentence.
        var matches: [SentenceMatch] = []
        for index in document.results.indices {
            let all = document.results[index].matches
            guard !all.isEmpty, all.contains(where: { list.contains($0.entry) }) else { continue }
            let kind = blocks[sentences[index].blockIndex].kind
            guard kind == .paragraph || kind == .listItem else { continue }
            // The cheaper test first: it rules out most sentences.
            guard mayHaveDuty(sentence: index, document: text) else { continue }
            guard !document.isQuestion(sentence: index) else { continue }
            matches.removeAll(keepingCapacity: true)
            for match in all where list.contains(match.entry) { matches.append(match) }
            let sentence = document.reusedSentence(index)
            let found = self.duties(in: sentence, index: index, matches: matches)
            guard !found.isEmpty else { continue }
            if hasReason(sentence: index, context: sentence, document: document) { continue }
            duties.append(contentsOf: found)
        }
        guard !duties.isEmpty else { return }
        let counted = duties.filter { !$0.isDienen }
        let words = Self.bodyWordCount(document)
        let perHundred = document.threshold("per-100-woorden", of: description)
        let minimum = Int(document.threshold("minimaal-aantal", of: description))
        let density = words > 0 ? Double(counted.count) * 100 / Double(words) : 0
        let tooMany = counted.count >= max(1, minimum) && density > perHundred
        for duty in duties where duty.isDienen || tooMany {
            let text = document.document.text(of: duty.range)
            let ask = Self.ask(duty.address)
            let message: String
            if duty.isDienen {
                message = "'\(text) … te' klinkt streng. Vraag het liever: '\(ask)'"
            } else {
                message = "'\(text)' klinkt als een bevel. De tekst heeft \(counted.count) van zulke zinnen. Vraag het liever: '\(ask)'"
            }
            var suggestions = [Suggestion(title: ask)]
            let entry = document.resources.lexicon.entries[duty.entry]
            for alternative in entry.alternatives where alternative != ask && suggestions.count < 3 {
                suggestions.append(Suggestion(title: alternative))
            }
            findings.append(
                FindingDraft(
                    range: duty.range, message: message,
                    explanation: entry.explanation.isEmpty ? nil : entry.explanation + " " + description.whyItMatters,
                    suggestions: suggestions, relatedRanges: duty.related))
        }
    }

    static let listEntries = ListEntries(wordList)

    /// The words of the running text (paragraphs and list items): the sentences of
    /// those blocks, block by block, without a list of them.
    static func bodyWordCount(_ document: DocumentContext) -> Int {
        var words = 0
        for block in document.document.blocks where block.kind == .paragraph || block.kind == .listItem {
            for index in block.sentenceRange { words += document.results[index].stats.words }
        }
        return words
    }

    static func ask(_ address: Address) -> String {
        switch address {
        case .formal: "Wilt u …?"
        case .informal: "Wil je …?"
        case .plural: "Willen jullie …?"
        }
    }

    /// The duties for the reader in one sentence, one per verb.
    func duties(in sentence: SentenceContext, index: Int, matches: [SentenceMatch]) -> [Duty] {
        // The widest match per head word (`u moet` before `moet`).
        var byHead: [Int: SentenceMatch] = [:]
        for match in matches {
            guard let head = (match.first...match.last).first(where: { isHead(sentence.word($0)) }) else { continue }
            if let existing = byHead[head], existing.last - existing.first >= match.last - match.first { continue }
            byHead[head] = match
        }
        var result: [Duty] = []
        for head in byHead.keys.sorted() {
            guard let match = byHead[head], !sentence.isQuoted(head) else { continue }
            guard let duty = classify(head: head, match: match, in: sentence, index: index) else { continue }
            result.append(duty)
        }
        return result
    }

    /// The words that ``classify(head:match:in:index:)`` needs in a sentence before it
    /// can find a duty: *moet* and *moeten* count only with the reader as subject, so
    /// the reader's words (those that ``ToonGrammatica/persoon(at:in:)`` takes for
    /// ``ToonPersoon/lezer``) or another head word.
    static let dutyProbe = WordProbe(
        Set(["u", "je", "jij", "jullie", "uw", "jouw"]).union(dienenForms.words).union(otherHeads.words))

    /// Whether a sentence has one of the ``dutyProbe`` words. Most sentences with *moet*
    /// are about someone else (*het moet*, *we moeten*): they need no sentence context.
    func mayHaveDuty(sentence index: Int, document: Document) -> Bool {
        let tokens = document.tokens
        let source = document.source
        for token in document.sentences[index].tokenRange {
            let value = tokens[token]
            // Every kind with a word in the sentence context, not only words.
            guard value.kind.countsAsWord, Self.dutyProbe.contains(value, in: source) else { continue }
            return true
        }
        return false
    }

    func isHead(_ word: String) -> Bool {
        Self.dienenForms.contains(word) || Self.moetenForms.contains(word) || Self.otherHeads.contains(word)
    }

    func classify(head: Int, match: SentenceMatch, in sentence: SentenceContext, index: Int) -> Duty? {
        let word = sentence.word(head)
        var range = sentence.range(match.first...match.last)
        var related: [TextRange] = []
        let persoon: ToonPersoon
        var subjectPosition: Int?
        if Self.dienenForms.contains(word) {
            // `in te dienen` is *indienen*; `dient om` is *serve*.
            if head > 0, sentence.word(head - 1) == "te" { return nil }
            guard let te = (head + 1..<min(sentence.count, head + 24)).first(where: { sentence.word($0) == "te" }) else {
                return nil
            }
            let subject = ToonGrammatica.subject(ofVerbAt: head, in: sentence)
            persoon = subject.persoon
            subjectPosition = subject.position
            switch persoon {
            case .lezer, .gezin: break
            case .schrijver: return nil
            case .onpersoonlijk, .ander, .onbekend:
                guard isPassive(after: te, in: sentence) else { return nil }
            }
            if persoon == .lezer, let position = subjectPosition, abs(position - head) > 1 {
                related.append(sentence.range(position))
            }
            return Duty(
                sentence: index, range: range, related: related, isDienen: true,
                address: address(at: subjectPosition, in: sentence), entry: match.entry)
        }
        switch word {
        case "gelieve":
            persoon = .lezer
        case "verzocht", "opgeroepen", "noodzakelijk":
            persoon = .lezer
            subjectPosition = (match.first...match.last).first { ToonGrammatica.readerSubjects.contains(sentence.word($0)) }
        case "verplicht":
            // `u bent verplicht`, `dat u … verplicht bent`, `het is verplicht om`; not `niet verplicht`.
            let clause = ToonGrammatica.clause(around: head, in: sentence)
            let end = ToonGrammatica.clauseEnd(after: head, in: sentence)
            let span = clause.start..<end
            guard let verb = span.first(where: { sentence.is($0, .zijn) }) else { return nil }
            if span.contains(where: { ToonGrammatica.isClauseNegation(sentence, $0) }) { return nil }
            let subject = ToonGrammatica.subject(ofVerbAt: verb, in: sentence)
            guard [.lezer, .gezin, .onpersoonlijk].contains(subject.persoon) else { return nil }
            persoon = subject.persoon
            subjectPosition = subject.position
            if let position = subjectPosition, position < head, head - position <= 4,
                sentence.is(position, .readerPronoun)
            {
                range = sentence.range(position...max(head, match.last))
            } else {
                let from = min(verb, head)
                let to = max(verb, head)
                if to - from <= 2 { range = sentence.range(from...to) }
            }
        default:
            // moet / moeten
            let subject = ToonGrammatica.subject(ofVerbAt: head, in: sentence)
            guard subject.persoon == .lezer else { return nil }
            persoon = .lezer
            subjectPosition = subject.position
            let clause = ToonGrammatica.clause(around: head, in: sentence)
            if let opener = clause.opener {
                let openerWord = sentence.word(opener)
                if ToonGrammatica.questionWords.contains(openerWord) { return nil }
                if ToonGrammatica.conditionSubordinators.contains(openerWord) { return nil }
                if openerWord == "dat", (0..<opener).contains(where: { Self.understandingVerbs.contains(sentence.word($0)) }),
                    (0..<opener).contains(where: { ToonGrammatica.writerSubjects.contains(sentence.word($0)) })
                {
                    return nil
                }
            }
            if let position = subjectPosition {
                if abs(position - head) == 1 {
                    range = sentence.range(min(position, head)...max(position, head))
                } else if !(match.first...match.last).contains(position) {
                    related.append(sentence.range(position))
                }
            }
        }
        guard persoon == .lezer || persoon == .gezin || persoon == .onpersoonlijk else { return nil }
        return Duty(
            sentence: index, range: range, related: related, isDienen: false,
            address: address(at: subjectPosition, in: sentence), entry: match.entry)
    }

    /// *te worden* or *te zijn* followed by a participle: *dient te worden ingevuld*.
    func isPassive(after te: Int, in sentence: SentenceContext) -> Bool {
        guard te + 1 < sentence.count else { return false }
        let next = sentence.word(te + 1)
        guard next == "worden" || next == "zijn" else { return false }
        // An agent other than the reader (*door de gemeente*) makes it someone else's task.
        let end = ToonGrammatica.clauseEnd(after: te, in: sentence)
        for position in te..<end where sentence.word(position) == "door" {
            if position + 1 < sentence.count, !ToonGrammatica.readerWords.contains(sentence.word(position + 1)) { return false }
        }
        return true
    }

    /// The form of address of the subject at `position`, else of the first word of
    /// the sentence that has one.
    func address(at position: Int?, in sentence: SentenceContext) -> Address {
        if let position, let address = Self.address(of: sentence.word(position)) { return address }
        for position in 0..<sentence.count {
            if let address = Self.address(of: sentence.word(position)) { return address }
        }
        return .formal
    }

    static func address(of word: String) -> Address? {
        switch word {
        case "u", "uw": .formal
        case "jullie": .plural
        case "je", "jij", "jouw": .informal
        default: nil
        }
    }

    /// A reason in the same sentence, or a reason that opens the next one.
    func hasReason(sentence index: Int, context: SentenceContext, document: DocumentContext) -> Bool {
        if context.classes.contains(where: { $0.contains(.reason) }) { return true }
        if !context.matches(in: Self.reasonList).isEmpty { return true }
        let next = index + 1
        guard next < document.document.sentences.count else { return false }
        if document.contains(Self.reasonList, in: [next]) { return true }
        for token in document.contentTokens(ofSentence: next).prefix(12) {
            let word = WordNormalizer.normalize(document.document.text(of: document.document.tokens[token]))
            if Self.reasonWords.contains(word) { return true }
        }
        return false
    }
}
