import Foundation
import Testing
@testable import TaalmaatSpelling

@Suite struct SpellCheckerTests {
    let checker: SpellChecker

    init() throws {
        checker = try SpellChecker.shared(HunspellDictionary.locateDutch())
    }

    @Test func acceptsCommonDutchWordsAndCompounds() {
        for word in ["kinderen", "gezinsvoogd", "betalingsregeling", "e-mail", "coördinatie", "ruïne"] {
            #expect(checker.spell(word), "\(word) should be known")
        }
    }

    @Test func rejectsMisspellings() {
        for word in ["kinderren", "betaalingsregeling", "ondertoezigtstelling"] {
            #expect(!checker.spell(word), "\(word) should be unknown")
        }
    }

    @Test func suggestsTheIntendedWord() {
        #expect(checker.suggest("ondertoezigtstelling").first == "ondertoezichtstelling")
        #expect(checker.suggest("kinderren").contains("kinderen"))
    }

    @Test func stemsInflectedForms() {
        #expect(checker.stem("fietsjes").contains("fiets"))
        #expect(checker.stem("achterstallige").contains("achterstallig"))
    }

    @Test func reportsCompoundParts() {
        #expect(checker.compoundParts("huurachterstand") == ["huur", "achterstand"])
    }

    @Test func addedWordsAreAccepted() {
        #expect(!checker.spell("Taalmaatwoordje"))
        checker.add("Taalmaatwoordje")
        #expect(checker.spell("Taalmaatwoordje"))
    }

    @Test func loadsEachDictionaryOncePerProcess() throws {
        let again = try SpellChecker.shared(HunspellDictionary.locateDutch())
        #expect(again === checker)
    }

    @Test func isSafeUnderConcurrentUse() async {
        // Distinct words per task, so the per-word cache cannot hide a data race on the
        // Hunspell handle itself.
        let checker = self.checker
        let stems = ["kind", "school", "gezin", "huis", "brief", "hulp", "geld", "plan"]
        let failures = await withTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var wrong = 0
                    for index in 0..<300 {
                        let stem = stems[(index + task) % stems.count]
                        if !checker.spell(stem) { wrong += 1 }
                        if checker.spell("\(stem)qx\(task)x\(index)") { wrong += 1 }
                    }
                    return wrong
                }
            }
            return await group.reduce(0, +)
        }
        #expect(failures == 0)
    }

    @Test func missingDictionaryIsAClearError() {
        #expect(throws: SpellingError.self) {
            try HunspellDictionary.locateDutch(explicitPath: "/nonexistent/nl_NL")
        }
        let message = SpellingError.dictionaryNotFound(searched: ["/x"]).description
        #expect(message.contains("apt-get install hunspell-nl"))
    }
}
