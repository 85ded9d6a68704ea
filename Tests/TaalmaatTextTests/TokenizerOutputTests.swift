import Testing
@testable import TaalmaatText

/// The tokenizer writes into an array sized for about one token per three bytes and
/// goes on in a larger one when a text is denser. The result must not depend on where
/// that happens.
@Suite struct TokenizerOutputTests {
    static let lexicon = PropertyTests.lexicon

    @Test(arguments: [1, 2, 3, 100, 1_000, 30_000])
    func denseTextKeepsEveryToken(_ words: Int) {
        // "a a a …": one token per byte, three times the estimate.
        let text = Array(repeating: "a", count: words).joined(separator: " ")
        let tokens = Tokenizer(lexicon: Self.lexicon).tokenize(SourceText(text))
        #expect(tokens.count == 2 * words - 1)
        for (index, token) in tokens.enumerated() {
            #expect(token.start == index && token.end == index + 1)
            #expect(token.kind == (index % 2 == 0 ? .word : .whitespace))
        }
    }

    @Test(arguments: 0..<30)
    func smallStartingCapacitiesGiveTheSameTokensAndLandmarks(_ seed: UInt64) {
        var generator = PropertyTests.SeededGenerator(state: seed &* 7919 &+ 17)
        let text = SourceText(PropertyTests.randomText(&generator, length: 50 + Int(seed) * 40))
        for format in TextFormat.allCases {
            let tokenizer = Tokenizer(lexicon: Self.lexicon, options: TokenizerOptions(format: format))
            let roomy = tokenizer.tokenizeWithLandmarks(text, initialCapacity: text.count + 2 * TokenScanner.stepMargin)
            for capacity in [1, TokenScanner.stepMargin + 1, TokenScanner.stepMargin + 7] {
                let tight = tokenizer.tokenizeWithLandmarks(text, initialCapacity: capacity)
                #expect(tight.tokens == roomy.tokens, "capacity \(capacity), \(format)")
                #expect(tight.landmarks == roomy.landmarks, "capacity \(capacity), \(format)")
            }
        }
    }
}
