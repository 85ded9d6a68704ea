import Testing

@testable import Taalmaat

/// A misspelt rule name in a suppression gets the nearest real name as a hint.
@Suite struct TaalmaatOnbekendeRegelTests {
    let known: Set<String> = ["toon.dreigen", "toon.verwijt", "woord.afkorting", "woord.ambtelijk", "zin.lang", "toon"]

    @Test(arguments: [
        ("toon.dreigingen", "toon.dreigen"),
        ("woord.afkortingen", "woord.afkorting"),
        ("Zin.Lang", "zin.lang"),
        ("woord.ambtelyk", "woord.ambtelijk"),
    ])
    func aNearNameIsOffered(typed: String, expected: String) {
        #expect(TaalmaatOnbekendeRegel.closestName(to: typed, among: known) == expected)
        #expect(TaalmaatOnbekendeRegel.message(for: typed, known: known).hasSuffix("Bedoelt u '\(expected)'?"))
    }

    @Test func aFarNameGetsNoGuess() {
        #expect(TaalmaatOnbekendeRegel.closestName(to: "brief.handtekening", among: known) == nil)
        #expect(
            TaalmaatOnbekendeRegel.message(for: "brief.handtekening", known: known)
                == "Taalmaat kent geen regel 'brief.handtekening'. Kijk of de naam goed is. Alle namen ziet u met 'taalmaat rules'.")
    }

    @Test func distanceCountsInsertionsDeletionsAndChanges() {
        func distance(_ a: String, _ b: String) -> Int { Suggester.distance(a, b) }
        #expect(distance("", "abc") == 3)
        #expect(distance("kat", "kat") == 0)
        #expect(distance("kat", "kast") == 1)
        #expect(distance("kast", "kat") == 1)
        #expect(distance("kat", "mat") == 1)
        #expect(distance("één", "een") == 2)
    }
}
