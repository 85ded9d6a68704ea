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
        let target = Array(name.lowercased().unicodeScalars)
        var best: (name: String, distance: Int)?
        for candidate in known.sorted() {
            let distance = editDistance(target, Array(candidate.unicodeScalars))
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        // A third of the name may differ; more than that is a different rule.
        guard let best, best.distance <= max(2, target.count / 3) else { return nil }
        return best.name
    }

    /// Levenshtein distance over Unicode scalars.
    static func editDistance(_ first: [Unicode.Scalar], _ second: [Unicode.Scalar]) -> Int {
        if first.isEmpty { return second.count }
        if second.isEmpty { return first.count }
        var previous = Array(0...second.count)
        var current = Array(repeating: 0, count: second.count + 1)
        for (row, a) in first.enumerated() {
            current[0] = row + 1
            for (column, b) in second.enumerated() {
                current[column + 1] = min(previous[column + 1] + 1, current[column] + 1, previous[column] + (a == b ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[second.count]
    }
}
