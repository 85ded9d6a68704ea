import Testing
@testable import Taalmaat

/// A replacement takes the case of the word it replaces, on the ASCII fast path and
/// off it alike.
@Suite struct CasingTests {
    @Test(arguments: [
        ("als", "Indien", "Als"),
        ("als", "indien", "als"),
        ("als", "INDIEN", "ALS"),
        ("om in te kijken", "Ter", "Om in te kijken"),
        ("één keer", "Eenmaal", "Één keer"),
        ("ík", "Ik", "Ík"),
        ("als", "Ínformeel", "Als"),
        ("als", "ÍNDIEN", "ALS"),
        ("Maar", "echter", "Maar"),
        ("1 keer", "Eenmaal", "1 keer"),
        ("als", "I", "Als"),
        ("", "Indien", ""),
        ("als", "", "als"),
    ])
    func replacementTakesTheCaseOfTheOriginal(_ replacement: String, _ original: String, _ expected: String) {
        #expect(Casing.match(replacement, to: original) == expected)
    }
}
