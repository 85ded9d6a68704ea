import Synchronization
import TaalmaatText

/// A past participle and the verb it belongs to.
struct ParticipleAnalysis: Sendable, Hashable {
    /// The infinitive, with its separable particle: *aanvragen* for *aangevraagd*.
    let infinitive: String
    /// The participle without a separable particle: *gevraagd* for *aangevraagd*.
    let base: String
    /// From the table of strong and irregular verbs (*besproken*, *meegenomen*).
    let isStrong: Bool
}

/// Recognises Dutch verb forms without a tagger: past participles (*gemaakt*,
/// *aangevraagd*, *verstuurd*, *besproken*), infinitives and finite forms.
///
/// Weak participles are recognised by derivation: strip a separable particle, then
/// *ge-* or an inseparable prefix, rebuild the infinitive with Dutch spelling rules
/// (*maak* → *maken*, *leef* → *leven*, *bel* → *bellen*) and accept the word only when
/// the frequency list knows both the infinitive and a past tense of it (*maakte*), or
/// for a -d participle its present (*betaalt*, *besteedt*). Nouns have no such forms
/// (*verband*, *gewicht*), so the check keeps most of them out; a short stop list
/// catches the rest. Strong participles come from `tekst/onregelmatige-werkwoorden.tsv`,
/// with prefixes and particles. The logic is in ``VerbRecognizer``; this class holds
/// the answers, cached per word for the life of the resources.
final class VerbFactsCache: Sendable {
    private let participles = Mutex<[String: ParticipleAnalysis?]>([:])
    private let infinitives = Mutex<[String: Bool]>([:])
    private let finiteForms = Mutex<[String: Bool]>([:])
    private let tables = Mutex<VerbTables?>(nil)

    struct VerbTables: Sendable {
        /// Strong and irregular participles, with prefixes and particles → infinitive.
        var strongParticiples: [String: String] = [:]
        /// Present and past forms of strong and irregular verbs, with inseparable prefixes.
        var irregularFinite: Set<String> = []
    }

    func verbTables(_ morphology: DutchMorphology, frequencies: FrequencyList) -> VerbTables {
        if let ready = tables.withLock({ $0 }) { return ready }
        let built = VerbRecognizer.buildTables(morphology, frequencies: frequencies)
        tables.withLock { $0 = built }
        return built
    }

    func participle(_ word: String, compute: () -> ParticipleAnalysis?) -> ParticipleAnalysis? {
        if let known = participles.withLock({ $0[word] }) { return known }
        let value = compute()
        participles.withLock { table in
            if table.count > 100_000 { table.removeAll(keepingCapacity: true) }
            table[word] = .some(value)
        }
        return value
    }

    func infinitive(_ word: String, compute: () -> Bool) -> Bool {
        if let known = infinitives.withLock({ $0[word] }) { return known }
        let value = compute()
        infinitives.withLock { table in
            if table.count > 100_000 { table.removeAll(keepingCapacity: true) }
            table[word] = value
        }
        return value
    }

    func finite(_ word: String, compute: () -> Bool) -> Bool {
        if let known = finiteForms.withLock({ $0[word] }) { return known }
        let value = compute()
        finiteForms.withLock { table in
            if table.count > 100_000 { table.removeAll(keepingCapacity: true) }
            table[word] = value
        }
        return value
    }
}

/// The derivation logic behind ``EngineResources/participle(_:)``; separate from the
/// cache so it can be tested directly.
struct VerbRecognizer {
    let frequencies: FrequencyList
    let morphology: DutchMorphology
    let tables: VerbFactsCache.VerbTables

    // MARK: - Closed lists

    /// Prefixes that take no *ge-* in the participle (*betaald*, *verstuurd*, *ondertekend*).
    static let inseparablePrefixes = [
        "achter", "onder", "over", "door", "voor", "weer", "her", "ont", "ver", "vol", "mis", "be", "ge", "er", "om",
    ]
    /// Inseparable prefixes that are safe to put before a strong participle
    /// (*besproken*, *ontvangen*, *overleden*). *door-*, *voor-*, *om-* … are mostly
    /// separable, so *voorgaan* is not a participle.
    static let strongPrefixes = ["be", "her", "ont", "ver", "er", "onder", "over"]
    /// Strong participles with a prefix the table cannot derive.
    static let extraStrongParticiples: [String: String] = [
        "voldaan": "voldoen", "volbracht": "volbrengen", "voorkomen": "voorkomen", "omgeven": "omgeven",
        "overvallen": "overvallen", "overkomen": "overkomen", "ondergaan": "ondergaan", "onderhouden": "onderhouden",
        "overzien": "overzien",
        "weerhouden": "weerhouden", "doorzocht": "doorzoeken", "voorzien": "voorzien", "geschonken": "schenken",
        "geborgen": "bergen", "verborgen": "verbergen", "gevaren": "varen", "geheten": "heten",
        "gegraven": "graven", "verzonnen": "verzinnen", "gevouwen": "vouwen", "verweten": "verwijten",
        "gefloten": "fluiten", "geslopen": "sluipen", "afgewogen": "afwegen", "voorgelegd": "voorleggen",
    ]

    /// Separable particles: the shared list plus words that glue to a verb the same way
    /// (*goedgekeurd*, *voortgezet*, *vormgegeven*, *weergegeven*).
    static let particles: [String] = DutchMorphology.particles.sorted { $0.count > $1.count } + [
        "goed", "voort", "weer", "vorm", "deel", "les", "kennis", "gade", "teleur", "gelijk", "stil", "schoon",
        "klaar", "bloot", "zeker", "veilig", "recht", "terecht", "vol", "heen", "teweeg", "tegemoet", "bijeen",
        "uiteen", "voorbij", "achterna", "tenuitvoer",
    ]

    /// ``particles`` grouped by first byte, each group in the order of ``particles``: a
    /// word is compared only with the particles that can start it.
    static let particlesByFirstByte: [[String]] = {
        var groups = [[String]](repeating: [], count: 256)
        for particle in particles {
            if let first = particle.utf8.first { groups[Int(first)].append(particle) }
        }
        return groups
    }()

    static let takesZijnMemo = WordMemo<Bool>()

    /// ``particles`` as a set, for membership tests in the sentence rules.
    static let particleSet = WordSet(Set(particles))

    /// Words that look like participles but are (almost) always nouns or other words.
    static let nonParticiples: Set<String> = [
        "gezin", "geld", "gesprek", "gebied", "verband", "gevoel", "gedrag", "gebouw", "gewicht", "gezicht",
        "bestand", "verstand", "bedrag", "gemeente", "gebed", "gebit", "gerecht", "bericht", "gedicht", "verslagen",
        "bedragen", "gewest", "gezond", "gemiddeld", "gehucht", "gebergte", "beleid", "verbod", "gebod", "gezant",
        "gevecht", "verlof", "bezit", "verwant", "bejaard", "gewaad", "begaafd", "bevoegd", "gehoorzaamd",
        "verleden", "vermogen", "vertrouwen", "gebeurtenis", "geleden", "beneden", "tevreden", "ontevreden",
        "gewoonten", "gedachten", "verdieping", "overheid", "overleg", "overzicht", "onderzoek", "voorwaarden",
        "verlangen", "gevallen", "regelmatig", "verhalen", "bezwaren", "gebreken",
        "gesprekken", "geluiden", "geheimen", "bedrijven", "beloften", "belangen", "berichten", "bestanden",
        "verbanden", "gebieden", "gezichten", "gewichten", "geschiedenis", "omstandigheden", "onderwerpen",
        "bewoners", "gedeelten", "benen", "gezinnen", "beeld", "voorbeeld", "geslacht", "geest", "geluid", "geduld",
        "genot", "overschot", "voorschot", "bezat", "omzet", "voorzet", "nageslacht", "aangezien", "onderkomen",
        "inkomen", "voorwerpen", "geschrift", "gewricht", "gerucht", "gelaat", "gemoed",
    ]

    /// Participles that mostly work as adjectives after *zijn* (*u bent verplicht*,
    /// *dit is bedoeld voor*, *het is ingewikkeld*): no passive, no verb clamp.
    static let adjectivalParticiples: Set<String> = [
        "bekend", "onbekend", "benieuwd", "verplicht", "geschikt", "betrokken", "bedoeld", "verbonden", "gebaseerd",
        "gericht", "geïnteresseerd", "gemotiveerd", "bezorgd", "teleurgesteld", "opgelucht", "verbaasd", "verrast",
        "gespannen", "ontspannen", "verward", "gehecht", "gesloten", "geopend", "bereid", "gewenst", "ongewenst",
        "verboden", "toegestaan", "verkeerd", "beleefd", "beroemd", "gehaast", "verlegen", "gewond", "geliefd",
        "vertrouwd", "verwend", "gekleed", "opgewonden", "ingewikkeld", "uitgebreid", "beperkt", "gepast",
        "gewend", "gesteld", "bezet", "verslaafd", "verdeeld", "verloofd", "gerust", "overtuigd", "beledigd",
        "gefrustreerd", "geïrriteerd", "uitgeput", "overspannen", "gekwetst", "gebonden", "gekant", "gevestigd",
        "inbegrepen", "uitgesloten", "gelegen", "gescheiden", "getrouwd", "gehandicapt", "ervaren", "bedreven",
        "volwassen", "gezegend", "verantwoord", "ontroerd", "gestrest", "geschokt", "verdrietig", "gemeend",
        "geslaagd", "verliefd", "geboren", "opgeleid", "bevriend", "gebrand", "bedroefd", "vereist",
        "gelukt", "gedwongen", "begrensd", "opgewassen", "onderlegd", "voorbereid", "verstandig", "vermoeid", "gewapend", "gematigd", "gedetailleerd",
        "gespecialiseerd", "geschoold", "gekwalificeerd", "gecompliceerd", "geconcentreerd", "gevoelig",
        "bescheiden", "vastbesloten", "vastberaden", "afgelegen", "overdreven", "gedreven", "volmaakt", "ondergeschikt",
        "gerelateerd", "gevarieerd", "geavanceerd", "gepensioneerd", "gewaarborgd",
    ]

    /// Participles of verbs that form the perfect with *zijn*, beyond
    /// ``WordClasses/zijnAuxiliaryParticiples``: *is toegenomen* is no passive.
    static let extraZijnParticiples: Set<String> = [
        "toegenomen", "afgenomen", "hersteld", "teruggekeerd", "overgestapt", "gevlucht", "ingestapt",
        "uitgestapt", "overgegaan", "verslechterd", "verbeterd", "opgeknapt", "afgevallen", "aangekomen",
        "gebeurd", "geland", "gestruikeld", "verdwaald", "vooruitgegaan", "achteruitgegaan", "ingetrokken",
        "verhuisd", "vertrokken", "ontstaan", "vergaan", "ontsnapt", "gezakt", "gegroeid", "gekrompen",
        "opgeschoten", "uitgegroeid", "uitgevallen", "afgehaakt", "gestopt", "begonnen", "geëindigd",
        "getrokken", "bevallen", "ingeslapen", "opgehouden", "overleden", "verongelukt", "terechtgekomen",
        "gelopen", "gesprongen", "gevlogen", "gereden", "gekropen", "gezwommen", "geklommen", "gegleden",
    ]

    // MARK: - Tables

    static func buildTables(_ morphology: DutchMorphology, frequencies: FrequencyList) -> VerbFactsCache.VerbTables {
        var tables = VerbFactsCache.VerbTables()
        // Base participles first, so a derived form never overwrites a real one.
        for (infinitive, verb) in morphology.irregularVerbs {
            if let participle = verb.participle { tables.strongParticiples[participle] = infinitive }
            // Bare stems (kom, vraag, geld) are nouns too often: only -t forms and the past.
            let forms = verb.present.filter { $0.hasSuffix("t") } + verb.past.filter { !ambiguousPast.contains($0) }
            tables.irregularFinite.formUnion(forms)
            for prefix in strongPrefixes {
                for form in forms where form.count > 2 { tables.irregularFinite.insert(prefix + form) }
            }
        }
        for (participle, infinitive) in extraStrongParticiples where tables.strongParticiples[participle] == nil {
            tables.strongParticiples[participle] = infinitive
        }
        var derived: [String: String] = [:]
        for (infinitive, verb) in morphology.irregularVerbs where !modalParticiples.contains(verb.participle ?? "") {
            guard let participle = verb.participle else { continue }
            if participle.hasPrefix("ge") {
                let core = String(participle.dropFirst(2))
                // over- and onder- are separable in most verbs: *overgaan* is no participle.
                for prefix in strongPrefixes where core != infinitive || prefix.count <= 3 {
                    derived[prefix + core] = prefix + infinitive
                }
                for particle in Self.particles {
                    derived[particle + participle] = particle + infinitive
                }
            } else {
                for particle in Self.particles { derived[particle + participle] = particle + infinitive }
            }
        }
        for (form, infinitive) in derived where tables.strongParticiples[form] == nil && !nonParticiples.contains(form) {
            // A derived form that is the infinitive of a regular verb (ontleden, ontmoeten) is no participle.
            if frequencies.contains(form), morphology.irregularMatch(form) == nil,
                morphology.baseForms(form).participles.contains(where: { frequencies.contains($0) && $0 != form })
            {
                continue
            }
            tables.strongParticiples[form] = infinitive
        }
        return tables
    }

    /// Participles of modal verbs: no prefix makes a new verb of them (*ontmoeten*).
    static let modalParticiples: Set<String> = ["gekund", "gemogen", "gemoeten", "gewild", "gehad", "geweest", "geworden"]
    /// Past tenses of strong verbs that are also common nouns or adjectives.
    static let ambiguousPast: Set<String> = [
        "vroeg", "lag", "las", "at", "bad", "won", "mat", "bond", "ban", "beet", "streek", "vocht", "rook", "greep",
        "stal", "boog", "sloot", "schoot", "trof", "dreef", "gold", "hief", "woog", "zat", "wou", "vond", "hing",
        "week", "leed", "schold",
    ]

    // MARK: - Participles

    func participle(_ word: String) -> ParticipleAnalysis? {
        guard word.count >= 4, !Self.nonParticiples.contains(word), word.allSatisfy(\.isLetter) else { return nil }
        if let infinitive = tables.strongParticiples[word] {
            return ParticipleAnalysis(infinitive: infinitive, base: Self.withoutParticle(word), isStrong: true)
        }
        guard let last = word.last, last == "d" || last == "t" else { return nil }
        // Without a particle, then with each particle that fits.
        var bodies: [(particle: String, body: String)] = [("", word)]
        for particle in Self.particles where word.hasPrefix(particle) && word.count >= particle.count + 5 {
            bodies.append((particle, String(word.dropFirst(particle.count))))
        }
        for (particle, body) in bodies {
            if !particle.isEmpty, Self.nonParticiples.contains(body) { continue }
            if !particle.isEmpty, let infinitive = tables.strongParticiples[body] {
                return ParticipleAnalysis(infinitive: particle + infinitive, base: body, isStrong: true)
            }
            if let infinitive = weakInfinitive(ofParticiple: body) {
                return ParticipleAnalysis(infinitive: particle + infinitive, base: body, isStrong: false)
            }
        }
        return nil
    }

    /// The infinitive behind a weak participle without particle (*gemaakt* → *maken*,
    /// *verstuurd* → *versturen*), or nil.
    func weakInfinitive(ofParticiple body: String) -> String? {
        // ge- + stem: the infinitive has no ge- (gemaakt → maken).
        var withoutGe: String?
        if body.hasPrefix("ge"), body.count >= 5 {
            var rest = String(body.dropFirst(2))
            if let first = rest.first, let plain = Self.withoutDiaeresis[first] {
                rest = String(plain) + rest.dropFirst()
            }
            withoutGe = weakInfinitive(stemmedParticiple: rest, prefixLength: 0)
        }
        // Inseparable prefix: the prefix stays (betaald → betalen, gebeurd → gebeuren).
        for prefix in Self.inseparablePrefixes where body.hasPrefix(prefix) && body.count >= prefix.count + 3 {
            guard let infinitive = weakInfinitive(stemmedParticiple: body, prefixLength: prefix.count) else { continue }
            // gebeurd: gebeuren, not beuren; the more common verb wins.
            if let other = withoutGe, (frequencies.zipf(of: other) ?? 0) >= (frequencies.zipf(of: infinitive) ?? 0) {
                return other
            }
            return infinitive
        }
        return withoutGe
    }

    /// `participle` is stem + d/t, or a stem that already ends in d/t.
    private func weakInfinitive(stemmedParticiple participle: String, prefixLength: Int) -> String? {
        let letters = Array(participle)
        guard let last = letters.last, letters.count >= prefixLength + 3 else { return nil }
        // A: the d or t is the ending (maak-t, betaal-d, reis-d).
        let stem = Array(letters.dropLast())
        if stem.count >= prefixLength + 2, let stemLast = stem.last, stemLast != "d", stemLast != "t" {
            let voiceless = "kfsp".contains(stemLast) || participle.hasSuffix("cht") || stemLast == "x"
            let fits = last == "t" ? voiceless : !("kp".contains(stemLast) || participle.hasSuffix("chd"))
            if fits {
                // Evidence that it is a verb: the past (maakte, betaalde) or, for -d, the
                // present (betaalt). A -eerd word from an -eren verb needs none: no noun ends so.
                var evidence = [participle + "e", participle + "en"]
                if last == "d" { evidence.append(String(stem) + "t") }
                let foreign = last == "d" && participle.hasSuffix("eerd") && prefixLength == 0
                if let infinitive = verifiedInfinitive(stem: stem, voiced: last == "d", evidence: foreign ? nil : evidence) {
                    return infinitive
                }
            }
        }
        // B: the stem ends in d or t itself (besteed, gezet, gericht): past besteedde,
        // zette; a -d stem also has its present in -dt (besteedt), which no noun has.
        var evidence = [participle + String(last) + "e", participle + String(last) + "en"]
        if last == "d" { evidence.append(participle + "t") }
        return verifiedInfinitive(stem: letters, voiced: false, evidence: evidence)
    }

    /// An infinitive for a stem that the frequency list knows, when it also knows one
    /// of the `evidence` forms (nil: no evidence needed). Strong verbs are left to the table.
    private func verifiedInfinitive(stem: [Character], voiced: Bool, evidence: [String]?) -> String? {
        if let evidence, !evidence.contains(where: frequencies.contains) { return nil }
        for candidate in Self.infinitiveCandidates(stem: stem, voiced: voiced) where frequencies.contains(candidate) {
            if morphology.irregularMatch(candidate) != nil { continue }
            return candidate
        }
        return nil
    }

    /// Infinitives a stem can belong to, by Dutch spelling: *maak* → *maken*,
    /// *bel* → *bellen*, *wandel* → *wandelen*, *leef* → *leven*, *reis* → *reizen*.
    static func infinitiveCandidates(stem: [Character], voiced: Bool) -> [String] {
        var stems: [[Character]] = [stem]
        if voiced, let last = stem.last, last == "f" || last == "s" {
            var changed = stem
            changed[changed.count - 1] = last == "f" ? "v" : "z"
            stems.insert(changed, at: 0)
        }
        var result: [String] = []
        for letters in stems {
            let count = letters.count
            guard count >= 2, let last = letters.last else { continue }
            if DutchMorphology.isVowel(last) {
                result.append(String(letters) + "en")  // gooi → gooien, duw is handled below
                continue
            }
            let vowel = letters[count - 2]
            let before: Character? = count >= 3 ? letters[count - 3] : nil
            if let before, DutchMorphology.isVowel(vowel), same(before, vowel), "aeouë".contains(vowel) {
                // Long vowel written double before one consonant: maak → maken, creëer → creëren.
                var single = letters
                single.remove(at: count - 2)
                result.append(String(single) + "en")
            } else if DutchMorphology.isVowel(vowel), before.map({ !DutchMorphology.isVowel($0) }) ?? true,
                !"wjy".contains(last)
            {
                // Short vowel: bel → bellen, zet → zetten; unstressed: wandel → wandelen.
                result.append(String(letters) + String(last) + "en")
                result.append(String(letters) + "en")
            } else {
                result.append(String(letters) + "en")
            }
        }
        return result
    }

    private static func same(_ first: Character, _ second: Character) -> Bool {
        first == second || (first == "ë" && second == "e") || (first == "e" && second == "ë")
    }

    static let withoutDiaeresis: [Character: Character] = ["ë": "e", "ï": "i", "ü": "u", "ö": "o"]
    static let withDiaeresis: [Character: Character] = ["e": "ë", "i": "ï", "u": "ü"]

    static func withoutParticle(_ word: String) -> String {
        guard let first = word.utf8.first else { return word }
        for particle in particlesByFirstByte[Int(first)] where word.hasPrefix(particle) && word.count >= particle.count + 4 {
            let rest = word.dropFirst(particle.count)
            if rest.hasPrefix("ge") { return String(rest) }
        }
        return word
    }

    // MARK: - Infinitives and finite forms

    /// Whether a word is the infinitive of a verb (*maken*, *aanvragen*, *gaan*).
    func isInfinitive(_ word: String) -> Bool {
        guard word.count >= 4, word.hasSuffix("n") else { return false }
        if Self.shortInfinitives.contains(word) || morphology.irregularVerbs[word] != nil { return true }
        guard word.hasSuffix("en"), word.allSatisfy(\.isLetter), !Self.nonParticiples.contains(word),
            !Self.nounsLikeInfinitives.contains(word), frequencies.contains(word)
        else { return false }
        if isVerbInfinitive(word) { return true }
        // A particle verb: the verb without it, and the participle with it (invullen → ingevuld).
        for particle in Self.particles where word.hasPrefix(particle) && word.count >= particle.count + 4 {
            let rest = String(word.dropFirst(particle.count))
            guard morphology.irregularVerbs[rest] != nil || isVerbInfinitive(rest) else { continue }
            let participles = morphology.baseForms(rest).participles.filter { $0.hasPrefix("ge") || rest.hasPrefix("ge") }
            if participles.contains(where: { frequencies.contains(particle + $0) }) { return true }
        }
        return false
    }

    static let shortInfinitives: Set<String> = ["gaan", "doen", "zien", "staan", "slaan", "zijn"]

    /// Plurals and nouns that happen to be infinitives of rare verbs too.
    static let nounsLikeInfinitives: Set<String> = [
        "leven", "eten", "wezen", "vermogen", "verleden", "vertrouwen", "verlangen", "gedrag", "inkomen", "dagen",
        "maanden", "weken", "jaren", "uren", "leden", "reden", "namen", "zeven", "velen", "lagen", "boeren",
        "kanten", "banden", "banen", "tanden", "ramen", "ballen", "stoelen", "doelen", "schermen", "knopen",
        "gevolgen", "gebouwen", "voorbeelden", "beelden", "scholen", "moorden", "ringen", "spieren", "velden",
        "wonden", "gewonden", "lasten", "bedden", "noten", "golven", "blokken", "koppen", "gronden", "stukken",
        "bedragen", "verslagen", "voordelen", "nadelen", "aandelen", "onderdelen", "uitslagen", "aanslagen",
    ]

    /// An infinitive without particle whose participle and present tense the frequency
    /// list knows (*maken*: *gemaakt*, *maakt*). *kinderen* has no *gekinderd*.
    private func isVerbInfinitive(_ word: String) -> Bool {
        guard frequencies.contains(word) else { return false }
        if morphology.irregularVerbs[word] != nil { return true }
        if let irregular = morphology.irregularMatch(word) {
            // gezien, gegeven: a participle, not a ge- verb.
            let prefix = word.dropLast(irregular.infinitive.count)
            return prefix != "ge"
        }
        let inseparable = Self.inseparablePrefixes.contains { word.hasPrefix($0) && word.count >= $0.count + 5 }
        var stems = morphology.stems(of: word)
        if word.hasSuffix("eren"), word.count > 6 {
            // evalueren → evalueer, creëren → creëer (after a vowel the shared stemmer keeps one e).
            var letters = Array(word.dropLast(2))
            letters.insert("e", at: letters.count - 1)
            stems.append(String(letters))
        }
        for stem in stems {
            let ending = morphology.pastSuffix(infinitive: word, stem: stem).prefix(1)
            let participleEnd = stem.hasSuffix("t") || stem.hasSuffix("d") ? "" : String(ending)
            var ge = "ge"
            if let first = stem.first, let marked = Self.withDiaeresis[first] { ge += String(marked) + stem.dropFirst() } else { ge += stem }
            var participles = [ge + participleEnd]
            if inseparable { participles.append(stem + participleEnd) }
            guard participles.contains(where: { frequencies.contains($0) && !Self.nonParticiples.contains($0) }) else {
                continue
            }
            // The present (maakt) or, for a stem in -t, the past (zette).
            let present = stem.hasSuffix("t") ? stem + ending + "e" : stem + "t"
            if frequencies.contains(present) { return true }
        }
        return false
    }

    /// Whether the word ends in *-t*, *-te*, *-de*, *-ten* or *-den*, by its UTF-8 bytes
    /// (these ASCII letters have no other spelling, so this equals `hasSuffix`).
    static func hasFiniteEnding(_ word: String) -> Bool {
        var bytes = word.utf8.reversed().makeIterator()
        var last = bytes.next()
        if last == 0x74 { return true }  // t
        if last == 0x6E { last = bytes.next() }  // n
        guard last == 0x65 else { return false }  // e
        let before = bytes.next()
        return before == 0x74 || before == 0x64  // t, d
    }

    /// Whether a word is a finite verb form that cannot be an infinitive or a bare
    /// stem: *heeft*, *kwam*, *betaalt*, *werkte*. Bare stems (*werk*, *vraag*) are
    /// left out: they are nouns too often.
    func isFiniteVerb(_ word: String) -> Bool {
        if !WordClass.of(word).isDisjoint(with: [.worden, .zijn, .hebben, .modal]) { return true }
        if tables.irregularFinite.contains(word) { return !word.hasSuffix("en") || word.count <= 4 }
        // Only -t, -te, -de, -ten and -den forms are tried below; their bytes rule out
        // most words before the letters are walked as characters.
        guard Self.hasFiniteEnding(word) else { return false }
        guard word.count >= 4, word.allSatisfy(\.isLetter), frequencies.contains(word),
            !Self.nounsLikeInfinitives.contains(word), !Self.nonParticiples.contains(word)
        else { return false }
        // Present -t and past -te/-de(n).
        var stems: [(stem: String, ending: String)] = []
        if word.hasSuffix("t") { stems.append((String(word.dropLast()), "t")) }
        for ending in ["te", "de", "ten", "den"] where word.hasSuffix(ending) && word.count > ending.count + 2 {
            // A plural past needs its singular too: maanden and velden are nouns.
            if ending.count == 3, !frequencies.contains(String(word.dropLast())) { continue }
            stems.append((String(word.dropLast(ending.count)), ending))
        }
        for (stem, ending) in stems {
            let voiced = ending.hasPrefix("d")
            for candidate in Self.infinitiveCandidates(stem: Array(stem), voiced: voiced)
            where (frequencies.zipf(of: candidate) ?? 0) >= 2.5 {
                guard morphology.irregularMatch(candidate) == nil, !Self.nounsLikeInfinitives.contains(candidate) else {
                    continue
                }
                if morphology.baseForms(candidate).finite.contains(word), isVerbInfinitive(candidate) { return true }
            }
        }
        return false
    }
}

/// The verb forms a word can be by its spelling alone, as ``EngineResources`` answers
/// them: whether the sentence uses it so is for the rules to decide.
struct VerbForms: OptionSet, Sendable {
    let rawValue: UInt8

    /// ``EngineResources/isParticiple(_:)``.
    static let participle = VerbForms(rawValue: 1 << 0)
    /// ``EngineResources/isInfinitive(_:)``.
    static let infinitive = VerbForms(rawValue: 1 << 1)
    /// ``EngineResources/isFiniteVerb(_:)``.
    static let finite = VerbForms(rawValue: 1 << 2)
}

extension EngineResources {
    /// The verb forms of a normalised word, for ``WordInfo/verbForms``. Each answer
    /// depends on the word alone, so it can be stored once per distinct word.
    func verbForms(of word: String) -> VerbForms {
        var forms: VerbForms = []
        if isParticiple(word) { forms.insert(.participle) }
        if isInfinitive(word) { forms.insert(.infinitive) }
        if isFiniteVerb(word) { forms.insert(.finite) }
        return forms
    }

    private var verbRecognizer: VerbRecognizer {
        VerbRecognizer(frequencies: frequencies, morphology: morphology, tables: verbFacts.verbTables(morphology, frequencies: frequencies))
    }

    /// The participle analysis of a normalised word, or nil when it is no past participle.
    func participle(_ word: String) -> ParticipleAnalysis? {
        guard word.utf8.count >= 4, let last = word.utf8.last, last == 0x64 || last == 0x74 || last == 0x6E else {
            return nil
        }
        return verbFacts.participle(word) { verbRecognizer.participle(word) }
    }

    func isParticiple(_ word: String) -> Bool { participle(word) != nil }

    /// Whether the word is an infinitive (*maken*, *aanvragen*, *gaan*).
    func isInfinitive(_ word: String) -> Bool {
        guard word.utf8.count >= 4, word.utf8.last == 0x6E else { return false }
        return verbFacts.infinitive(word) { verbRecognizer.isInfinitive(word) }
    }

    /// Whether the word is an unambiguous finite verb form (*heeft*, *betaalt*, *kwam*).
    func isFiniteVerb(_ word: String) -> Bool {
        guard word.utf8.count >= 2 else { return false }
        return verbFacts.finite(word) { verbRecognizer.isFiniteVerb(word) }
    }

    /// A participle that works as an adjective after *zijn* (*verplicht*, *bedoeld*).
    func isAdjectivalParticiple(_ word: String) -> Bool { VerbRecognizer.adjectivalParticiples.contains(word) }

    /// Whether the participle's verb forms its perfect with *zijn* (*gekomen*,
    /// *teruggekomen*, *toegenomen*): then *is …* is no passive.
    func takesZijn(_ participle: String) -> Bool {
        // Removing a particle compares the word with many prefixes: once per word.
        VerbRecognizer.takesZijnMemo.value(participle, resources: self) {
            if WordClasses.zijnAuxiliaryParticiples.contains(participle) || VerbRecognizer.extraZijnParticiples.contains(participle) {
                return true
            }
            let base = VerbRecognizer.withoutParticle(participle)
            return base != participle
                && (WordClasses.zijnAuxiliaryParticiples.contains(base) || VerbRecognizer.extraZijnParticiples.contains(base))
        }
    }
}
