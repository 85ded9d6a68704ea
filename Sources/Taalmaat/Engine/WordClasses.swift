/// Closed Dutch word classes that several rules need. Grammar, not curated
/// vocabulary: curated lists live in `Dictionaries/`.
enum WordClasses {
    static let negations: Set<String> = ["niet", "geen", "nooit", "niets", "niks", "niemand", "nergens", "geenszins"]

    /// Forms of *worden* (passive auxiliary).
    static let wordenForms: Set<String> = ["word", "wordt", "worden", "werd", "werden", "geworden"]
    /// Forms of *zijn* (perfect and state-passive auxiliary).
    static let zijnForms: Set<String> = ["ben", "bent", "is", "zijn", "was", "waren", "geweest"]
    static let hebbenForms: Set<String> = ["heb", "hebt", "heeft", "hebben", "had", "hadden"]
    static let modalForms: Set<String> = [
        "kan", "kun", "kunt", "kunnen", "kon", "konden", "moet", "moeten", "moest", "moesten", "mag", "mogen",
        "mocht", "mochten", "wil", "wilt", "willen", "wilde", "wilden", "zal", "zul", "zult", "zullen", "zou",
        "zouden", "dient", "dienen", "diende", "dienden", "gaat", "ga", "gaan", "ging", "gingen",
    ]

    /// Words that address the reader.
    static let readerPronouns: Set<String> = ["u", "uw", "je", "jij", "jouw", "jullie", "uzelf", "jezelf", "jou"]
    static let formalAddress: Set<String> = ["u", "uw", "uzelf"]
    static let informalAddress: Set<String> = ["je", "jij", "jou", "jouw", "jezelf"]
    /// Words for people in the family the text may talk about.
    static let familyReferents: Set<String> = [
        "hij", "zij", "ze", "moeder", "vader", "ouders", "ouder", "mama", "papa", "zoon", "dochter", "kind",
        "kinderen", "jongen", "meisje", "mevrouw", "meneer",
    ]
    static let writerPronouns: Set<String> = ["ik", "wij", "we", "mij", "me", "ons", "onze", "mijn"]

    static let determiners: Set<String> = [
        "de", "het", "een", "deze", "dit", "die", "dat", "mijn", "uw", "je", "jouw", "zijn", "haar", "ons", "onze",
        "hun", "jullie", "elk", "elke", "ieder", "iedere", "alle", "geen", "welke", "zo'n",
    ]

    static let subordinators: Set<String> = [
        "als", "indien", "wanneer", "omdat", "doordat", "aangezien", "hoewel", "terwijl", "nadat", "voordat", "zodat",
        "zodra", "tenzij", "mits", "ingeval", "dat", "of", "zoals", "sinds", "totdat", "opdat", "waardoor", "waarna",
        "mocht", "mochten",
    ]
    static let coordinators: Set<String> = ["en", "maar", "of", "want", "dus", "noch"]

    static let prepositions: Set<String> = [
        "aan", "achter", "bij", "binnen", "boven", "buiten", "door", "in", "langs", "met", "na", "naar", "naast",
        "om", "onder", "op", "over", "per", "rond", "sinds", "te", "tegen", "tijdens", "tot", "tussen", "uit", "van",
        "via", "volgens", "voor", "zonder",
    ]

    /// Verbs that form their perfect tense with *zijn*: *is gekomen* is not a passive.
    static let zijnAuxiliaryParticiples: Set<String> = [
        "gekomen", "gegaan", "gebleven", "geworden", "geweest", "gebeurd", "gevallen", "gestorven", "verhuisd",
        "begonnen", "gestopt", "opgehouden", "vertrokken", "aangekomen", "geboren", "gegroeid", "veranderd",
        "gelukt", "mislukt", "gebleken", "opgegroeid", "verdwenen", "verschenen", "ontstaan", "geslaagd", "gezakt",
        "gestegen", "gedaald", "overleden", "getrouwd", "gescheiden", "teruggekomen", "thuisgekomen", "meegegaan",
        "weggegaan", "teruggegaan", "langsgekomen", "binnengekomen", "opgestaan", "gelopen", "gefietst",
        "gereden", "gevlogen", "gezwommen", "geëindigd", "afgelopen", "verlopen", "gewend", "vergeten",
        "geschrokken", "ingeschreven", "uitgeschreven", "gestart", "achtergebleven", "doorgegaan", "uitgekomen",
        "opgevallen", "tegengevallen", "meegevallen", "bevallen", "gelegen", "ingeslapen", "ontsnapt",
    ]
}
