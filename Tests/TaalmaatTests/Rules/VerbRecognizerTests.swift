import Testing
@testable import Taalmaat

/// The verb recogniser behind the `zin.*` rules: participles, infinitives and finite
/// forms, and the nouns that only look like participles.
@Suite struct VerbRecognizerTests {
    static let resources = try! EngineResources.shared(for: CheckerConfiguration())

    /// Participles and the infinitive they belong to.
    static let participles: [(String, String)] = [
        // ge- + stem + d/t, with spelling changes
        ("gemaakt", "maken"), ("gebeld", "bellen"), ("gezet", "zetten"), ("gereisd", "reizen"), ("geleefd", "leven"),
        ("gestraft", "straffen"), ("gewerkt", "werken"), ("gehoord", "horen"), ("gebeurd", "gebeuren"),
        ("gebruikt", "gebruiken"), ("geloofd", "geloven"),
        // foreign -eren verbs and a diaeresis after ge-
        ("gerealiseerd", "realiseren"), ("geïnformeerd", "informeren"), ("geëvalueerd", "evalueren"),
        ("gecreëerd", "creëren"),
        // inseparable prefixes: no ge-
        ("betaald", "betalen"), ("verstuurd", "versturen"), ("besteed", "besteden"), ("ondertekend", "ondertekenen"),
        ("voltooid", "voltooien"), ("beëindigd", "beëindigen"), ("beoordeeld", "beoordelen"),
        // separable particles
        ("aangevraagd", "aanvragen"), ("opgesteld", "opstellen"), ("ingevuld", "invullen"), ("ingezet", "inzetten"),
        ("uitgenodigd", "uitnodigen"), ("doorgestuurd", "doorsturen"), ("teruggebeld", "terugbellen"),
        ("opgevat", "opvatten"), ("goedgekeurd", "goedkeuren"),
        // strong and irregular verbs, with prefixes and particles
        ("besproken", "bespreken"), ("meegenomen", "meenemen"), ("gevraagd", "vragen"), ("gezegd", "zeggen"),
        ("gebracht", "brengen"), ("gedacht", "denken"), ("ontvangen", "ontvangen"), ("overleden", "overlijden"),
        ("onderzocht", "onderzoeken"), ("aangeschreven", "aanschrijven"), ("vormgegeven", "vormgeven"),
        ("weergegeven", "weergeven"), ("besloten", "besluiten"), ("gekomen", "komen"),
    ]

    /// Words that look like participles but are nouns, adjectives or conjunctions.
    static let lookalikes = [
        "gezin", "geld", "gesprek", "gebied", "verband", "gevoel", "gedrag", "gebouw", "gewicht", "gezicht", "bestand",
        "verstand", "bedrag", "gemeente", "voorbeeld", "geluid", "geduld", "aangezien", "gezond", "gemiddeld",
        "bericht", "gerecht", "geest", "markt", "werkt", "betaalt", "verdient", "kinderen", "afspraken",
    ]

    @Test(arguments: participles)
    func recognisesParticiple(_ item: (String, String)) throws {
        let analysis = try #require(Self.resources.participle(item.0), "\(item.0) is a participle")
        #expect(analysis.infinitive == item.1)
    }

    @Test(arguments: lookalikes)
    func rejectsLookalike(_ word: String) {
        #expect(Self.resources.participle(word) == nil, "\(word) is no participle")
    }

    @Test func strongAndWeakAreTold() {
        #expect(Self.resources.participle("besproken")?.isStrong == true)
        #expect(Self.resources.participle("gemaakt")?.isStrong == false)
        #expect(Self.resources.participle("aangevraagd")?.base == "gevraagd")
    }

    @Test(arguments: ["maken", "aanvragen", "invullen", "gaan", "evalueren", "bespreken", "meenemen", "ondertekenen"])
    func recognisesInfinitive(_ word: String) {
        #expect(Self.resources.isInfinitive(word))
    }

    @Test(arguments: ["kinderen", "afspraken", "maanden", "gezien", "afgelopen", "gebouwen", "leven", "voordelen"])
    func rejectsNounsAndParticiplesAsInfinitive(_ word: String) {
        #expect(!Self.resources.isInfinitive(word))
    }

    @Test(arguments: ["heeft", "wordt", "betaalt", "werkt", "betaalde", "werkte", "kwam", "ging", "verdient"])
    func recognisesFiniteVerb(_ word: String) {
        #expect(Self.resources.isFiniteVerb(word))
    }

    @Test(arguments: ["grote", "beste", "week", "maanden", "markt", "gezin", "kinderen", "werk", "vraag"])
    func rejectsNonFinite(_ word: String) {
        #expect(!Self.resources.isFiniteVerb(word))
    }

    @Test func perfectWithZijn() {
        #expect(Self.resources.takesZijn("gekomen"))
        #expect(Self.resources.takesZijn("teruggekomen"))
        #expect(Self.resources.takesZijn("toegenomen"))
        #expect(!Self.resources.takesZijn("besloten"))
        #expect(!Self.resources.takesZijn("betaald"))
    }

    @Test func adjectivalParticiples() {
        #expect(Self.resources.isAdjectivalParticiple("verplicht"))
        #expect(Self.resources.isAdjectivalParticiple("ingewikkeld"))
        #expect(!Self.resources.isAdjectivalParticiple("aangevraagd"))
    }

    @Test func answersAreCached() {
        let first = Self.resources.participle("aangevraagd")
        let second = Self.resources.participle("aangevraagd")
        #expect(first == second)
    }
}
