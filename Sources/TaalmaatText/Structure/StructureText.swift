/// A read-only view of a tokenized text, with the tests the structure pass asks of
/// it: is this line a salutation, does this full stop end a sentence.
///
/// It holds buffer pointers and no counted references, so it costs nothing to pass
/// around. (When the builder owned the arrays, every call from its mutating code to
/// one of these tests copied the whole builder and retained each of its arrays.)
/// Valid only inside the ``Document`` initialiser that makes it.
struct StructureText {
    /// Mutable only for the `quoted` flag (see ``QuotationMarker``).
    let tokens: UnsafeMutableBufferPointer<Token>
    let bytes: UnsafeBufferPointer<UInt8>
    /// Indices of the tokens that can shape the structure, in order (see
    /// ``TokenScanner/isLandmark(_:_:)``). The passes visit these and skip the words
    /// and spaces between them.
    let landmarks: UnsafeBufferPointer<Int32>
    /// Kept alive by the document being built.
    unowned(unsafe) let source: SourceText
    let format: TextFormat

    /// Whether a token is exactly one given ASCII byte (`.`, `,`, `;` …).
    @inline(__always)
    func isByte(_ index: Int, _ value: UInt8) -> Bool {
        let token = tokens[index]
        return token.length == 1 && bytes[token.start] == value
    }

    /// Whether a token spells one of the lowercase ASCII words, ignoring case, without
    /// building a string.
    func spells(_ index: Int, oneOf list: ByteWordList) -> Bool {
        let token = tokens[index]
        guard list.mayContain(length: token.length, first: bytes[token.start]) else { return false }
        for word in list.words where word.count == token.length {
            var equal = true
            for offset in 0..<word.count where bytes[token.start + offset] | 0x20 != word[offset] {
                equal = false
                break
            }
            if equal { return true }
        }
        return false
    }

    enum TagRole { case none, opening(StructureBuilder.Hint), closing, lineBreak }

    /// What an HTML tag does to the block structure.
    func blockTagRole(_ token: Token) -> TagRole {
        guard token.length >= 3, bytes[token.start] == 0x3C else { return .none }
        var index = token.start + 1
        let closing = bytes[index] == 0x2F
        if closing { index += 1 }
        var name: [UInt8] = []
        while index < token.end, name.count < 10, CharacterClass.isASCIILetter(bytes[index]) || CharacterClass.isASCIIDigit(bytes[index]) {
            name.append(bytes[index] | 0x20)
            index += 1
        }
        let tag = String(decoding: name, as: UTF8.self)
        if tag == "br" { return .lineBreak }
        let isHeading = tag.count == 2 && tag.first == "h" && ("1"..."6").contains(tag.last!)
        let blockTags: Set<String> = [
            "p", "div", "li", "ul", "ol", "table", "tr", "td", "th", "blockquote", "section", "article",
            "header", "footer", "address", "pre", "dl", "dt", "dd", "hr", "body", "html", "head",
        ]
        guard isHeading || blockTags.contains(tag) else { return .none }
        if closing || tag == "hr" { return .closing }
        if isHeading { return .opening(.heading) }
        if tag == "li" { return .opening(.listItem) }
        return .opening(.none)
    }

    /// Content tokens of a segment (no white space, markup or list markers).
    func contentIndices(_ range: Range<Int>) -> [Int] {
        range.filter { isContent($0) }
    }

    @inline(__always)
    func isContent(_ index: Int) -> Bool {
        let kind = tokens[index].kind
        return !kind.isTrivia && kind != .listMarker
    }

    @inline(__always)
    func firstContent(_ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            if isContent(index) { return index }
            index += 1
        }
        return nil
    }

    @inline(__always)
    func lastContent(_ range: Range<Int>) -> Int? {
        var index = range.upperBound - 1
        while index >= range.lowerBound {
            if isContent(index) { return index }
            index -= 1
        }
        return nil
    }

    func words(_ range: Range<Int>) -> Int {
        var count = 0
        for index in range where tokens[index].kind.countsAsWord { count += 1 }
        return count
    }

    func lowercasedText(_ index: Int) -> String { source[tokens[index].range].lowercased() }

    static let salutationOpeners: Set<String> = [
        "beste", "geachte", "lieve", "hallo", "hoi", "dag", "goedemorgen", "goedemiddag", "goedenavond",
        "hey", "hee", "hai", "l.s.",
    ]

    static let closingPhrases = [
        "met vriendelijke groet", "vriendelijke groet", "met hartelijke groet", "hartelijke groet",
        "met een hartelijke groet", "met een vriendelijke groet", "hoogachtend", "groet", "groeten",
        "groetjes", "liefs", "veel groeten", "lieve groet", "lieve groeten", "warme groet", "mvg",
        "met dank en groet", "tot ziens", "tot snel", "met collegiale groet", "een fijne dag",
    ]

    /// First words of the closing phrases, to reject most lines with one look-up.
    static let closingStarters = ByteWordList(Set(closingPhrases.map { String($0.split(separator: " ")[0]) }))
    static let salutationOpenerBytes = ByteWordList(salutationOpeners)
    /// The words that can open a salutation or a closing, for ``mayOpenFixedLine(_:openers:)``.
    static let fixedLineOpeners = ByteWordList(salutationOpeners.union(closingStarters.words.map { String(decoding: $0, as: UTF8.self) }))

    /// The cheap part of ``isSalutation(_:)`` and ``isClosing(_:)``, asked of every
    /// line of running text: the first content token is a word or abbreviation with
    /// the length and first letter of one of the ``fixedLineOpeners`` (which the
    /// caller keeps, so no static is read per line).
    @inline(__always)
    func mayOpenFixedLine(_ segment: StructureBuilder.Segment, openers: ByteWordList) -> Bool {
        guard let first = firstContent(segment.tokens) else { return false }
        let token = tokens[first]
        return (token.kind == .word || token.kind == .abbreviation)
            && openers.mayContain(length: token.length, first: bytes[token.start])
    }

    func isSalutation(_ segment: StructureBuilder.Segment) -> Bool {
        guard let first = firstContent(segment.tokens), tokens[first].kind == .word || tokens[first].kind == .abbreviation,
            tokens[first].length <= 12, spells(first, oneOf: Self.salutationOpenerBytes),
            words(segment.tokens) <= 7, let last = lastContent(segment.tokens)
        else { return false }
        let lastByte = bytes[tokens[last].start]
        return lastByte != 0x2E && !isByte(last, 0x3F)
    }

    func isClosing(_ segment: StructureBuilder.Segment) -> Bool {
        guard let first = firstContent(segment.tokens), tokens[first].kind == .word, tokens[first].length <= 12,
            spells(first, oneOf: Self.closingStarters), words(segment.tokens) <= 6
        else { return false }
        let content = contentIndices(segment.tokens)
        let phrase = content.filter { tokens[$0].kind == .word }.map(lowercasedText).joined(separator: " ")
        guard Self.closingPhrases.contains(where: { phrase.hasPrefix($0) }) else { return false }
        let lastText = source[tokens[content.last!].range]
        return lastText != "." || phrase == "hoogachtend"
    }

    /// A line short enough to be part of an address or signature.
    func isShortLine(_ segment: StructureBuilder.Segment) -> Bool {
        guard words(segment.tokens) <= 8 else { return false }
        guard let last = lastContent(segment.tokens) else { return true }
        let text = source[tokens[last].range]
        return text != "." || tokens[last].kind == .abbreviation
    }

    /// A lone short line without a full stop is a heading when text follows it.
    func mayBeHeading(_ tokenRange: Range<Int>) -> Bool {
        guard tokenRange.count <= 60, let first = firstContent(tokenRange), let last = lastContent(tokenRange)
        else { return false }
        guard tokens[first].has(.capitalized) || tokens[first].kind == .number else { return false }
        let lastToken = tokens[last]
        if lastToken.kind == .punctuation {
            let byte = bytes[lastToken.start]
            // . , ; ! and an ellipsis end a sentence, not a heading.
            if byte == 0x2E || byte == 0x2C || byte == 0x3B || byte == 0x21 || byte == 0xE2 && bytes[lastToken.start + 2] == 0xA6 {
                return false
            }
        }
        // At most ten words (the tokens around first...last are no words), one line
        // only, and no place-and-date line ("Utrecht, 12 maart 2025"): one pass.
        var words = 0
        for inner in first...last {
            let token = tokens[inner]
            if token.kind == .date || (token.kind == .whitespace && token.has(.lineBreak)) { return false }
            if token.kind.countsAsWord { words += 1 }
        }
        return words <= 10
    }

    func nextContent(after index: Int, in range: Range<Int>) -> Int? {
        var next = index + 1
        while next < range.upperBound {
            if !tokens[next].kind.isTrivia && tokens[next].kind != .listMarker { return next }
            next += 1
        }
        return nil
    }

    func isTerminal(_ token: Token) -> Bool {
        if token.kind == .abbreviation { return token.has(.mayEndSentence) }
        guard token.kind == .punctuation else { return false }
        let first = bytes[token.start]
        // . ! ? and … (E2 80 A6)
        return first == 0x2E || first == 0x21 || first == 0x3F
            || (first == 0xE2 && token.length >= 3 && bytes[token.start + 1] == 0x80 && bytes[token.start + 2] == 0xA6)
    }

    func isClosingMark(_ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        if token.has(.closingQuote) { return true }
        let first = bytes[token.start]
        return first == 0x29 || first == 0x5D
    }

    func endsSentence(at index: Int, nextContent: Int?) -> Bool {
        guard let next = nextContent else { return true }
        let token = tokens[index]
        let nextToken = tokens[next]
        if nextToken.kind == .punctuation, isByte(next, 0x2C) || isByte(next, 0x3B) || isByte(next, 0x29) { return false }
        if token.kind == .abbreviation {
            return nextToken.kind == .word && nextToken.has(.capitalized)
                && DutchWordClasses.sentenceStarters.contains(source[nextToken.range].lowercased())
        }
        let first = bytes[token.start]
        if first == 0x21 || first == 0x3F { return true }  // ! ?
        let nextStartsLowercase = nextToken.kind == .word && !nextToken.has(.capitalized) && startsLowercase(nextToken)
        if token.length > 1 { return !nextStartsLowercase }  // an ellipsis: "..." or "…"
        // A full stop after a short unknown word before a lowercase word is an
        // abbreviation we do not know ("ca. tien"), not the end of a sentence.
        if nextStartsLowercase, index > 0 {
            let previous = tokens[index - 1]
            if previous.kind == .word, previous.length <= 4, !previous.has(.allCaps) { return false }
        }
        return true
    }

    func startsLowercase(_ token: Token) -> Bool {
        let byte = bytes[token.start]
        if byte < 0x80 { return byte &- 0x61 < 26 }
        return source[token.range].unicodeScalars.first.map { CharacterClass.isLowercase($0.value) } == true
    }

    /// Short lines without final punctuation (address lines, a date line) end their
    /// sentence at the line break when the next line starts with a capital or digit.
    func endsAtLineBreak(_ lastContent: Int, range: Range<Int>, after whitespace: Int) -> Bool {
        guard lastContent >= 0, let next = nextContent(after: whitespace, in: range) else { return false }
        let line = source.line(containing: tokens[lastContent].start)
        guard source.lineRange(line).length < 50 else { return false }
        let last = tokens[lastContent]
        let lastText = source[last.range]
        if last.kind == .punctuation, [",", ":", ";", "-", "–", "(", "/"].contains(lastText) { return false }
        if last.kind == .word, DutchWordClasses.sentenceStarters.contains(lastText.lowercased()) { return false }
        let nextToken = tokens[next]
        if nextToken.kind == .word { return nextToken.has(.capitalized) }
        return nextToken.kind != .punctuation
    }
}
