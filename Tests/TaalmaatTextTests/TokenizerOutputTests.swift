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

/// The tokenizer finds the end of lowercase letters eight bytes at a time.
@Suite struct LowercaseRunTests {
    @Test func eightByteTestAgreesWithTheByteTestForEveryByteInEveryPlace() {
        var generator = PropertyTests.SeededGenerator(state: 42)
        for place in 0..<8 {
            for value in 0...255 {
                var bytes = (0..<8).map { _ in UInt8.random(in: 0...255, using: &generator) }
                bytes[place] = UInt8(value)
                let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
                let mask = CharacterClass.nonLowercaseBytes(word)
                for (index, byte) in bytes.enumerated() {
                    let flagged = (mask >> (8 * UInt64(index))) & 0xFF
                    #expect(flagged == (byte &- 0x61 < 26 ? 0 : 0x80), "byte \(byte) in place \(index)")
                }
            }
        }
    }

    @Test func runEndsAgreeWithAByteLoop() {
        var generator = PropertyTests.SeededGenerator(state: 7)
        let alphabet: [UInt8] = Array("abcxyz`{@[AZ -.'".utf8) + [0xC3, 0xA9, 0x80, 0xFF]
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in
                Bool.random(using: &generator) ? UInt8.random(in: 0x61...0x7A, using: &generator) : alphabet.randomElement(using: &generator)!
            }
            bytes.withUnsafeBufferPointer { buffer in
                let scanner = TokenScanner(bytes: buffer, lexicon: PropertyTests.lexicon, options: TokenizerOptions())
                for start in 0...bytes.count {
                    var expected = start
                    while expected < bytes.count, bytes[expected] &- 0x61 < 26 { expected += 1 }
                    #expect(scanner.endOfLowercase(from: start) == expected)
                }
            }
        }
    }
}

/// The main loop asks ``TokenScanner/scanSpecial(_:width:)`` only about the characters
/// ``CharacterClass/mayBeSpecial(_:)`` admits.
@Suite struct SpecialCharacterTests {
    @Test func theMaskHoldsExactlyTheListedCharacters() {
        let listed = Set(CharacterClass.specialASCII.unicodeScalars.map(\.value))
        for value in UInt32(0)..<0x80 {
            #expect(CharacterClass.mayBeSpecial(value) == listed.contains(value), "U+\(String(value, radix: 16))")
        }
        #expect(CharacterClass.mayBeSpecial(0xAB) && CharacterClass.mayBeSpecial(0x20AC) && CharacterClass.mayBeSpecial(0x2019))
    }

    @Test(arguments: TextFormat.allCases)
    func everyOtherASCIICharacterIsNotSpecial(_ format: TextFormat) {
        for value in UInt8(0)..<0x80 where !CharacterClass.mayBeSpecial(UInt32(value)) {
            // Followed by more of itself, then what a special reading might need.
            let bytes: [UInt8] = [value, value, value] + Array("[x](y) {{a}} <<b>> 31 6 1234567812;".utf8)
            bytes.withUnsafeBufferPointer { buffer in
                var scanner = TokenScanner(bytes: buffer, lexicon: PropertyTests.lexicon, options: TokenizerOptions(format: format))
                let storage = UnsafeMutablePointer<Token>.allocate(capacity: 8)
                defer { storage.deallocate() }
                scanner.output = storage
                scanner.outputCapacity = 8
                let handled = scanner.scanSpecial(UInt32(value), width: 1)
                #expect(!handled, "byte \(value) in \(format)")
                #expect(scanner.tokenCount == 0)
            }
        }
    }
}

/// Months and weekdays are looked up by letter key; other letters take the string path.
@Suite struct DateWordLookupTests {
    static func kinds(_ text: String) -> [TokenKind] {
        Tokenizer(lexicon: PropertyTests.lexicon).tokenize(SourceText(text)).map(\.kind).filter { $0 != .whitespace }
    }

    @Test func monthsAndWeekdaysInAnyCase() {
        #expect(Self.kinds("3 MAART 2025") == [.date])
        #expect(Self.kinds("op Dinsdag 3 feb. 2025 komt") == [.word, .date, .word])
        #expect(Self.kinds("3 maarten") == [.number, .word])
    }

    @Test func aKelvinSignLowercasesToK() {
        // "K" (U+212A) lowercases to "k": the month is found as before, through the string.
        #expect(Self.kinds("3 o\u{212A}tober 2025") == [.date])
    }
}
