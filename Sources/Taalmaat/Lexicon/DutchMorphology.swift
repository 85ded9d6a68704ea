import TaalmaatText

/// Generates the inflected forms of Dutch words, so a word list can name one form
/// (*inlichten*, *sanctie*, *achterstallig*) and still match every form in a text.
///
/// Generation over-produces on purpose: a form that is not a real word never
/// occurs in a text, so it cannot cause a false finding, while a missing form would
/// hide one. Strong and irregular verbs come from `tekst/onregelmatige-werkwoorden.tsv`.
public struct DutchMorphology: Sendable {
    /// The forms of one strong or irregular verb.
    public struct IrregularVerb: Sendable, Hashable {
        public let infinitive: String
        public let present: [String]
        public let past: [String]
        public let participle: String?
    }

    /// The forms of a verb, split the way the matcher needs them.
    public struct VerbForms: Sendable, Hashable {
        /// Finite forms without the particle: *licht*, *lichten*, *lichtte*.
        public var finite: Set<String> = []
        /// Single words with the particle attached, plus infinitive and participles:
        /// *inlichten*, *inlicht*, *ingelicht*, *ingelichte*.
        public var joined: Set<String> = []
        /// Multi-word forms: *in te lichten*, *in gebreke stellen*.
        public var phrases: Set<[String]> = []
        /// Past participles (with particle when there is one).
        public var participles: Set<String> = []

        /// All single-word forms (finite and joined).
        public var allWords: Set<String> { finite.union(joined) }
    }

    public let irregularVerbs: [String: IrregularVerb]
    /// Irregular infinitives, longest first, for suffix matching (*verzoeken* → *zoeken*).
    private let irregularByLength: [String]

    public init(irregularVerbs: [IrregularVerb]) {
        var table: [String: IrregularVerb] = [:]
        for verb in irregularVerbs { table[verb.infinitive] = verb }
        self.irregularVerbs = table
        self.irregularByLength = table.keys.sorted { $0.count > $1.count }
    }

    /// Reads `tekst/onregelmatige-werkwoorden.tsv`.
    public init(table: DelimitedTable, path: String) throws(DictionaryFileError) {
        guard let infinitive = table.column(named: "infinitief"), let present = table.column(named: "tegenwoordig"),
            let past = table.column(named: "verleden"), let participle = table.column(named: "deelwoord")
        else { throw .missingColumn(path: path, column: "infinitief/tegenwoordig/verleden/deelwoord") }
        self.init(
            irregularVerbs: table.rows.map { row in
                IrregularVerb(
                    infinitive: row[infinitive], present: Self.alternatives(row[present]),
                    past: Self.alternatives(row[past]), participle: row[participle].isEmpty ? nil : row[participle])
            })
    }

    static func alternatives(_ field: String) -> [String] {
        field.split(separator: "|").map { String($0.trimmedSpaces) }.filter { !$0.isEmpty }
    }

    // MARK: - Verbs

    /// Prefixes that never split off and take no *ge-* in the participle.
    static let inseparablePrefixes = ["be", "ge", "her", "ont", "ver", "er", "mis"]

    /// All forms of a verb given as infinitive, optionally with a separable particle
    /// that is not part of `infinitive` (`particle: "in"` with `infinitive: "lichten"`).
    public func verbForms(infinitive: String, particle: [String] = []) -> VerbForms {
        var forms = VerbForms()
        let base = baseForms(infinitive)
        let particleText = particle.joined(separator: " ")
        if particle.isEmpty {
            forms.finite = base.finite
            forms.joined = base.nonFinite
            forms.participles = base.participles
            return forms
        }
        forms.finite = base.finite
        if particle.count == 1 {
            for form in base.finite.union(base.nonFinite) { forms.joined.insert(particleText + form) }
            for participle in base.participles { forms.participles.insert(particleText + participle) }
            forms.joined.formUnion(forms.participles)
            forms.joined.formUnion(base.participles.map { particleText + $0 + "e" })
            forms.phrases.insert(particle + ["te", infinitive])
        } else {
            // A phrase particle ("in gebreke") never glues to the verb.
            for form in base.finite.union(base.nonFinite).union(base.participles) {
                forms.phrases.insert(particle + [form])
            }
            forms.phrases.insert(particle + ["te", infinitive])
            forms.participles = base.participles
        }
        return forms
    }

    struct BaseForms {
        var finite: Set<String> = []
        var nonFinite: Set<String> = []
        var participles: Set<String> = []
    }

    func baseForms(_ infinitive: String) -> BaseForms {
        var result = BaseForms()
        result.nonFinite.insert(infinitive)
        if let irregular = irregularMatch(infinitive) {
            let prefix = String(infinitive.dropLast(irregular.infinitive.count))
            result.finite.formUnion(irregular.present.map { prefix + $0 })
            result.finite.formUnion(irregular.past.map { prefix + $0 })
            if let participle = irregular.participle {
                let joined = participleWithPrefix(prefix, participle: participle)
                result.participles.insert(joined)
                result.nonFinite.insert(joined + "e")
            }
            result.nonFinite.insert(infinitive + "d")
            result.nonFinite.insert(infinitive + "de")
            return result
        }
        for stem in stems(of: infinitive) {
            result.finite.insert(stem)
            if !stem.hasSuffix("t") { result.finite.insert(stem + "t") }
            let suffix = pastSuffix(infinitive: infinitive, stem: stem)
            result.finite.insert(stem + suffix)
            result.finite.insert(stem + suffix + "n")
            let participleEnd = stem.hasSuffix("t") || stem.hasSuffix("d") ? "" : String(suffix.prefix(1))
            // be-, ver-, ge- … usually take no ge- (betaald), but some only look prefixed
            // (gebeld): produce both; the wrong one never occurs in a text.
            var participles = ["ge" + stem + participleEnd]
            if hasInseparablePrefix(infinitive) { participles.append(stem + participleEnd) }
            for participle in participles {
                result.participles.insert(participle)
                result.nonFinite.insert(participle + "e")
            }
        }
        result.finite.insert(infinitive)
        result.nonFinite.insert(infinitive + "d")
        result.nonFinite.insert(infinitive + "de")
        return result
    }

    func irregularMatch(_ infinitive: String) -> IrregularVerb? {
        if let exact = irregularVerbs[infinitive] { return exact }
        for candidate in irregularByLength where infinitive.hasSuffix(candidate) && infinitive.count > candidate.count {
            let prefix = infinitive.dropLast(candidate.count)
            // Only split off real prefixes or particles, not arbitrary letters.
            if Self.inseparablePrefixes.contains(String(prefix)) || DutchMorphology.particles.contains(String(prefix)) {
                return irregularVerbs[candidate]
            }
        }
        return nil
    }

    func participleWithPrefix(_ prefix: String, participle: String) -> String {
        if prefix.isEmpty { return participle }
        if Self.inseparablePrefixes.contains(prefix) {
            return prefix + (participle.hasPrefix("ge") ? String(participle.dropFirst(2)) : participle)
        }
        return prefix + participle
    }

    /// Verbs with *onder-*, *over-*, *door-* … are separable in some verbs and not in
    /// others (*overhandigen*): word lists give those participles with `vormen=`.
    func hasInseparablePrefix(_ infinitive: String) -> Bool {
        Self.inseparablePrefixes.contains { prefix in
            infinitive.hasPrefix(prefix) && infinitive.count > prefix.count + 3
        }
    }

    /// Candidate stems of a regular verb. Several when the spelling is ambiguous
    /// (*veranderen* → *verander*, while *realiseren* → *realiseer*).
    func stems(of infinitive: String) -> [String] {
        var letters = Array(infinitive)
        guard letters.count > 3, letters.last == "n" else { return [infinitive] }
        letters.removeLast()
        if letters.last == "e" || letters.last == "ë" { letters.removeLast() } else { return [String(letters)] }
        guard let last = letters.last else { return [] }
        var candidates: [[Character]] = []
        let count = letters.count
        if count >= 2, letters[count - 2] == last, !Self.isVowel(last) {
            // verstrekk → verstrek
            candidates.append(Array(letters.dropLast()))
        } else if count >= 2, !Self.isVowel(last), Self.isVowel(letters[count - 2]) {
            let vowel = letters[count - 2]
            let beforeVowel: Character? = count >= 3 ? letters[count - 3] : nil
            let single = beforeVowel.map { !Self.isVowel($0) } ?? true
            if vowel == "ë" {
                // creëren → creëer, verifiëren → verifieer: produce both spellings.
                var withTrema = letters
                withTrema.insert("e", at: count - 1)
                candidates.append(withTrema)
                var plain = letters
                plain[count - 2] = "e"
                plain.insert("e", at: count - 2)
                candidates.append(plain)
            } else if single, "aeou".contains(vowel) {
                var doubled = letters
                doubled.insert(vowel, at: count - 2)
                candidates.append(doubled)
                // Unstressed -el/-er/-en (wandelen, veranderen, tekenen) keep one vowel.
                if vowel == "e", "lrn".contains(last) { candidates.append(letters) }
            } else {
                candidates.append(letters)
            }
        } else {
            candidates.append(letters)
        }
        return candidates.map { stem in
            var devoiced = stem
            if devoiced.last == "v" { devoiced[devoiced.count - 1] = "f" }
            if devoiced.last == "z" { devoiced[devoiced.count - 1] = "s" }
            return String(devoiced)
        }
    }

    /// *te* or *de* by 't kofschip, judged on the stem before devoicing.
    func pastSuffix(infinitive: String, stem: String) -> String {
        let body = infinitive.dropLast(2)
        let original = body.last ?? "x"
        if original == "v" || original == "z" { return "de" }
        if stem.hasSuffix("ch") || "tkfsp".contains(original) || original == "x" { return "te" }
        return "de"
    }

    static func isVowel(_ character: Character) -> Bool { "aeiouyëïöüéèáóú".contains(character) }

    /// Separable particles (*in*lichten, *aan*vragen, *op*stellen).
    public static let particles: Set<String> = [
        "aan", "af", "bij", "door", "in", "mee", "na", "om", "onder", "op", "over", "toe", "uit", "voor", "weg",
        "terug", "samen", "vast", "los", "neer", "tegen", "dicht", "open", "mis", "achter", "binnen", "buiten",
        "langs", "rond", "thuis", "vrij", "kwijt", "bekend", "stop", "plaats", "tussen",
    ]

    // MARK: - Nouns and adjectives

    /// A noun with its plurals and diminutives (singular and plural).
    public func nounForms(_ noun: String) -> Set<String> {
        var forms: Set<String> = [noun]
        let letters = Array(noun)
        guard let last = letters.last else { return forms }
        let vowelEnd = Self.isVowel(last)
        forms.insert(noun + "s")
        if vowelEnd {
            forms.insert(noun + "'s")
            if noun.hasSuffix("ie") || noun.hasSuffix("ee") { forms.insert(noun + "ën") }
            if noun.hasSuffix("e") { forms.insert(noun + "n") }
        }
        if noun.hasSuffix("heid") { forms.insert(String(noun.dropLast(4)) + "heden") }
        for stem in adjectiveLikeStems(letters) {
            forms.insert(stem + "en")
        }
        // Diminutives.
        let diminutiveBases = [noun] + (vowelEnd ? [] : [String(letters) + String(last)])
        for base in diminutiveBases {
            for suffix in ["je", "tje", "pje", "etje"] {
                forms.insert(base + suffix)
                forms.insert(base + suffix + "s")
            }
        }
        return forms
    }

    /// An adjective with its inflected and compared forms.
    public func adjectiveForms(_ adjective: String) -> Set<String> {
        var forms: Set<String> = [adjective, adjective + "er", adjective + "st", adjective + "ste"]
        let letters = Array(adjective)
        if adjective.hasSuffix("e") { return forms }
        for stem in adjectiveLikeStems(letters) {
            forms.insert(stem + "e")
            forms.insert(stem + "er")
            forms.insert(stem + "ere")
        }
        return forms
    }

    /// Stems to which a schwa ending (*-e*, *-en*) attaches, with Dutch spelling
    /// changes: *plan* → *plann*, *aanvraag* → *aanvrag*, *brief* → *briev*.
    func adjectiveLikeStems(_ letters: [Character]) -> [String] {
        guard let last = letters.last, !Self.isVowel(last) else { return [String(letters)] }
        var stems: [String] = [String(letters)]
        let count = letters.count
        if count >= 2, Self.isVowel(letters[count - 2]) {
            let vowel = letters[count - 2]
            let before: Character? = count >= 3 ? letters[count - 3] : nil
            if let before, before == vowel {
                // aa/ee/oo/uu + consonant: drop one vowel (aanvraag → aanvrag).
                var shortened = letters
                shortened.remove(at: count - 2)
                stems.append(String(shortened))
            } else if before.map({ !Self.isVowel($0) }) ?? true {
                stems.append(String(letters) + String(last))  // plan → plann
            }
        }
        for stem in stems where stem.hasSuffix("f") || stem.hasSuffix("s") {
            stems.append(String(stem.dropLast()) + (stem.hasSuffix("f") ? "v" : "z"))
        }
        return stems
    }
}
