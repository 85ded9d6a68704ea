/// `taalmaat.onbekende-regel`: a suppression names a rule that does not exist.
///
/// Found while suppressions are applied (see `CheckRun`), not by scanning sentences.
struct TaalmaatOnbekendeRegel: DescribedRule {
    static let ruleDescription = RuleDescription(
        id: "taalmaat.onbekende-regel",
        name: "Onbekende regel in een uitzondering",
        summary: "Een taalmaat-uit-opmerking noemt een regel die niet bestaat.",
        explanation: """
            Met 'taalmaat-uit' zet u een regel uit. Staat er een naam die Taalmaat niet kent, dan gebeurt er niets. \
            Kijk of de naam goed gespeld is. 'taalmaat rules' toont alle namen.
            """,
        whyItMatters: """
            Een uitzondering die niets doet, geeft een vals gevoel van zekerheid. De brief wordt dan toch niet goed gecontroleerd.
            """,
        severities: ProfileSeverities(all: .fout),
        examples: [
            .triggers("⟦taalmaat-uit-volgende: toon.dreigingen⟧\nWij zien ons genoodzaakt de huur op te zeggen."),
            .triggers("⟦taalmaat-uit-volgende: woord.moeilijk⟧\nWij nemen contact op."),
            .clean("taalmaat-uit-volgende: toon.dreigen\nWij zien ons genoodzaakt de huur op te zeggen."),
            .clean("Wij bellen u op maandag 3 maart."),
        ])
}

/// `taalmaat.overbodig-uit`: a suppression that switches nothing off.
struct TaalmaatOverbodigUit: DescribedRule {
    static let ruleDescription = RuleDescription(
        id: "taalmaat.overbodig-uit",
        name: "Overbodige uitzondering",
        summary: "Een taalmaat-uit-opmerking zet een regel uit die hier niets vindt.",
        explanation: """
            Deze uitzondering is niet meer nodig: de regel vindt op die plek niets. Haal de opmerking weg. \
            Zo blijft zichtbaar welke uitzonderingen echt nodig zijn.
            """,
        whyItMatters: """
            Oude uitzonderingen verbergen later nieuwe problemen. Dan krijgt een gezin toch een brief met die fout.
            """,
        severities: ProfileSeverities(all: .waarschuwing),
        examples: [
            .triggers("⟦taalmaat-uit-volgende: toon.dreigen⟧\nWij bellen u op maandag 3 maart."),
            .clean("taalmaat-uit-volgende: toon.dreigen -- letterlijk uit de uitspraak\nWij zien ons genoodzaakt de huur op te zeggen."),
            .clean("Wij bellen u op maandag 3 maart."),
        ])
}

extension TaalmaatOnbekendeRegel {
    /// The message for an unknown name, with the closest known name when one is near
    /// enough to be a typing error (*toon.dreigingen* → *toon.dreigen*).
    static func message(for name: String, known: Set<String>) -> String {
        let base = "Taalmaat kent geen regel '\(name)'."
        guard let closest = closestName(to: name, among: known) else {
            return base + " Kijk of de naam goed is. Alle namen ziet u met 'taalmaat rules'."
        }
        return base + " Bedoelt u '\(closest)'?"
    }

    static func closestName(to name: String, among known: Set<String>) -> String? {
        Suggester.closest(to: name, among: known.sorted())
    }
}
