/// Grammatical classes of a word as bits, so a rule can test "is this a negation or
/// a form of *worden*?" with one AND instead of a set look-up per rule. Each sentence
/// looks its words up once (``SentenceContext/classes``).
struct WordClass: OptionSet, Hashable, Sendable {
    let rawValue: UInt64

    static let negation = WordClass(rawValue: 1 << 0)
    static let worden = WordClass(rawValue: 1 << 1)
    static let zijn = WordClass(rawValue: 1 << 2)
    static let hebben = WordClass(rawValue: 1 << 3)
    static let modal = WordClass(rawValue: 1 << 4)
    static let readerPronoun = WordClass(rawValue: 1 << 5)
    static let formalAddress = WordClass(rawValue: 1 << 6)
    static let informalAddress = WordClass(rawValue: 1 << 7)
    static let familyReferent = WordClass(rawValue: 1 << 8)
    static let writerPronoun = WordClass(rawValue: 1 << 9)
    static let determiner = WordClass(rawValue: 1 << 10)
    static let subordinator = WordClass(rawValue: 1 << 11)
    static let coordinator = WordClass(rawValue: 1 << 12)
    static let preposition = WordClass(rawValue: 1 << 13)
    /// Words that open a condition: *als*, *indien*, *wanneer*, *mocht*, *tenzij*.
    static let conditionMarker = WordClass(rawValue: 1 << 14)
    /// *altijd*, *nooit*, *steeds*, *telkens*.
    static let absolute = WordClass(rawValue: 1 << 15)
    /// Reasons: *omdat*, *want*, *daarom*, *zodat*.
    static let reason = WordClass(rawValue: 1 << 16)
    /// Permission and options for the reader: *kunt*, *mag*, *kan*.
    static let option = WordClass(rawValue: 1 << 17)
    /// Words with which `toon.absoluut` may find an absolute that ``absolute`` does not
    /// cover: *structureel*, the second word of *elke keer*, the first of *helemaal
    /// niet* (``ToonAbsoluut/triggerWords``). A class, so a sentence without one is
    /// skipped on its class bits instead of a look-up of every word.
    static let absoluteTrigger = WordClass(rawValue: 1 << 18)

    /// The classes of every word that belongs to at least one class.
    static let table: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        func add(_ words: Set<String>, _ wordClass: WordClass) {
            for word in words { table[word, default: []].insert(wordClass) }
        }
        add(WordClasses.negations, .negation)
        add(WordClasses.wordenForms, .worden)
        add(WordClasses.zijnForms, .zijn)
        add(WordClasses.hebbenForms, .hebben)
        add(WordClasses.modalForms, .modal)
        add(WordClasses.readerPronouns, .readerPronoun)
        add(WordClasses.formalAddress, .formalAddress)
        add(WordClasses.informalAddress, .informalAddress)
        add(WordClasses.familyReferents, .familyReferent)
        add(WordClasses.writerPronouns, .writerPronoun)
        add(WordClasses.determiners, .determiner)
        add(WordClasses.subordinators, .subordinator)
        add(WordClasses.coordinators, .coordinator)
        add(WordClasses.prepositions, .preposition)
        add(["als", "indien", "wanneer", "mocht", "mochten", "tenzij", "ingeval", "anders", "zolang"], .conditionMarker)
        add(["altijd", "nooit", "steeds", "telkens", "voortdurend", "constant", "continu"], .absolute)
        add(["omdat", "want", "daarom", "zodat", "doordat", "daardoor", "namelijk"], .reason)
        add(["kan", "kun", "kunt", "kunnen", "mag", "mogen", "mocht"], .option)
        add(ToonAbsoluut.triggerWords.words, .absoluteTrigger)
        return table
    }()

    static func of(_ word: String) -> WordClass { table[word] ?? [] }
}
