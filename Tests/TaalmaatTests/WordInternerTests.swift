import Testing
@testable import Taalmaat

/// The word interner outlives the documents it has seen (the next check takes it from
/// the pool), so it must compare token texts by its own copy of their bytes.
@Suite struct WordInternerTests {
    static let resources = try! EngineResources.shared(for: CheckerConfiguration())

    /// Interns every space-separated word of a text; the text's bytes live only
    /// during this call, as a document's do during one check.
    static func intern(_ text: String, in interner: WordInterner) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var words: [String] = []
            var start = 0
            for index in 0...buffer.count where index == buffer.count || buffer[index] == 0x20 {
                if index > start { words.append(interner.word(buffer, start, index).word) }
                start = index + 1
            }
            return words
        }
    }

    @Test func wordsFromAnEarlierTextAreFoundInALaterOne() {
        let interner = WordInterner(resources: Self.resources, expectedWords: 4)
        let first = "Ondertoezichtstelling ondertoezichtstellingen gemeentelijk gemeentelijke Indien indien"
        #expect(Self.intern(first, in: interner) == [
            "ondertoezichtstelling", "ondertoezichtstellingen", "gemeentelijk", "gemeentelijke", "indien", "indien",
        ])
        let count = interner.count
        // Other bytes at other offsets, with the same words and words that share their
        // first eight bytes.
        let second = "xx gemeentelijke ondertoezichtstellingen Ondertoezichtstelling gemeentelijkheid indien"
        #expect(Self.intern(second, in: interner) == [
            "xx", "gemeentelijke", "ondertoezichtstellingen", "ondertoezichtstelling", "gemeentelijkheid", "indien",
        ])
        #expect(interner.count == count + 2)  // only "xx" and "gemeentelijkheid" are new
    }

    @Test func factsOfAnInternedWordAreTheWordsOwn() {
        let interner = WordInterner(resources: Self.resources, expectedWords: 4)
        _ = Self.intern("achterstallige betalingsregeling", in: interner)
        let bytes = Array("de betalingsregeling".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let (word, info) = interner.word(buffer, 3, buffer.count)
            #expect(word == "betalingsregeling")
            #expect(info.syllables == Self.resources.info("betalingsregeling").syllables)
            #expect(info.zipf == Self.resources.info("betalingsregeling").zipf)
        }
    }

    @Test func thePoolHandsAnInternerToOneCheckAtATime() {
        let pool = WordInternerPool()
        let first = pool.take(resources: Self.resources, expectedWords: 8)
        let second = pool.take(resources: Self.resources, expectedWords: 8)
        #expect(first !== second)
        pool.giveBack(first)
        #expect(pool.take(resources: Self.resources, expectedWords: 8) === first)
    }
}
