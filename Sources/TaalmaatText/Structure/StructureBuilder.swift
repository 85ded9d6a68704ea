/// Turns a token stream into blocks and sentences.
///
/// First the tokens are cut into lines ("segments"; in HTML also at block tags),
/// then lines are grouped into blocks and the letter's fixed lines (salutation,
/// closing, signature) are recognised, and last every block is split into sentences.
struct StructureBuilder {
    let source: SourceText
    var tokens: [Token]
    let format: TextFormat
    var blocks: [Block] = []
    var sentences: [Sentence] = []

    /// The source bytes, held here so hot loops do not go through the class.
    let bytes: [UInt8]
    /// Indices of the tokens that can shape the structure, in order (see
    /// ``TokenScanner/isLandmark(_:_:)``). The passes below visit these and skip the
    /// words and spaces between them.
    let landmarks: [Int32]
    /// Where ``splitRunningText(_:blockIndex:)`` resumes in ``landmarks``: blocks are
    /// split in order.
    private var landmarkCursor = 0

    init(source: SourceText, tokens: [Token], landmarks: [Int32], format: TextFormat) {
        self.source = source
        self.tokens = tokens
        self.landmarks = landmarks
        self.format = format
        self.bytes = source.utf8
    }

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
        guard token.length < 64, list.lengths & (1 << UInt64(token.length)) != 0 else { return false }
        let first = bytes[token.start] | 0x20
        guard first &- 0x61 < 26, list.firstLetters & (1 << UInt32(first &- 0x61)) != 0 else { return false }
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

    mutating func build() {
        let segments = makeSegments()
        var lineGroups: [LineGroup] = []
        lineGroups.reserveCapacity(segments.count)
        groupSegments(segments, into: &lineGroups)
        var signatureMode = false
        blocks.reserveCapacity(lineGroups.count + 8)
        // A rough upper bound for running text: about one sentence per ten tokens.
        sentences.reserveCapacity(tokens.count / 10 + lineGroups.count)
        for group in lineGroups { appendBlocks(for: group, in: segments, signatureMode: &signatureMode) }
        promoteHeadings()
        for index in blocks.indices { splitSentences(blockIndex: index) }
    }

    // MARK: - Segments (lines)

    enum Hint { case none, heading, listItem }

    /// One line of tokens, kept small (16 bytes): a large text has hundreds of
    /// thousands of them.
    struct Segment {
        private var start: UInt32
        private var end: UInt32
        private var count: UInt32 = 0
        var hint: Hint = .none
        /// Starts a new block even without an empty line before it (HTML block tags).
        var startsBlock = false
        var isBlankSeparator = false

        init(tokens: Range<Int>, isBlankSeparator: Bool = false) {
            start = UInt32(truncatingIfNeeded: tokens.lowerBound)
            end = UInt32(truncatingIfNeeded: tokens.upperBound)
            self.isBlankSeparator = isBlankSeparator
        }

        var tokens: Range<Int> {
            get { Int(start)..<Int(end) }
            set {
                start = UInt32(truncatingIfNeeded: newValue.lowerBound)
                end = UInt32(truncatingIfNeeded: newValue.upperBound)
            }
        }

        /// Tokens that are not line breaks, markup or list markers.
        var contentCount: Int {
            get { Int(count) }
            set { count = UInt32(truncatingIfNeeded: newValue) }
        }
    }

    func makeSegments() -> [Segment] {
        var segments: [Segment] = []
        // At most a line and a blank separator per line; reserving once avoids the
        // copies and fresh pages of repeated growth on large texts.
        segments.reserveCapacity(source.lineCount * 2 + 1)
        var current = Segment(tokens: 0..<0)
        var start = 0
        // Line breaks, markup and list markers seen in the current segment: every
        // other token in it is content.
        var structural = 0

        func close(_ end: Int) {
            guard end > start else { return }
            current.tokens = start..<end
            current.contentCount = end - start - structural
            segments.append(current)
            current = Segment(tokens: end..<end)
            start = end
            structural = 0
        }

        for landmark in landmarks {
            let index = Int(landmark)
            let token = tokens[index]
            switch token.kind {
            case .whitespace where token.has(.paragraphBreak):
                close(index)
                segments.append(Segment(tokens: index..<index + 1, isBlankSeparator: true))
                start = index + 1
                current = Segment(tokens: start..<start)
                structural = 0
            case .whitespace:
                structural += 1
                close(index + 1)
            case .markup:
                switch blockTagRole(token) {
                case .opening(let hint):
                    close(index)
                    current.hint = hint
                    current.startsBlock = true
                    structural += 1
                case .closing:
                    structural += 1
                    close(index + 1)
                    segments.append(Segment(tokens: index + 1..<index + 1, isBlankSeparator: true))
                case .lineBreak:
                    structural += 1
                    close(index + 1)
                case .none:
                    if index - start - structural == 0, format == .markdown, bytes[token.start] == 0x23 {
                        current.hint = .heading
                    }
                    structural += 1
                }
            case .listMarker:
                if index - start - structural == 0 { current.hint = .listItem }
                structural += 1
            default:
                continue  // punctuation and abbreviations: content here
            }
        }
        close(tokens.count)
        return segments
    }

    enum TagRole { case none, opening(Hint), closing, lineBreak }

    /// What an HTML tag does to the block structure.
    func blockTagRole(_ token: Token) -> TagRole {
        let bytes = source.utf8
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

    // MARK: - Line groups

    /// Consecutive segments that belong together, as a range into the segment array
    /// (ranges, not arrays: a document has tens of thousands of them).
    struct LineGroup {
        enum Kind { case blank, heading, listItem, paragraph }
        var kind: Kind
        var segments: Range<Int>
    }

    func groupSegments(_ segments: [Segment], into groups: inout [LineGroup]) {
        var current: LineGroup?
        var breakBefore = true
        for (index, segment) in segments.enumerated() {
            let single = index..<index + 1
            if segment.isBlankSeparator || segment.contentCount == 0 {
                if let group = current { groups.append(group) }
                current = nil
                if let last = groups.last, last.kind == .blank, last.segments.upperBound == index {
                    groups[groups.count - 1].segments = last.segments.lowerBound..<index + 1
                } else {
                    groups.append(LineGroup(kind: .blank, segments: single))
                }
                breakBefore = true
                continue
            }
            switch segment.hint {
            case .heading:
                if let group = current { groups.append(group) }
                groups.append(LineGroup(kind: .heading, segments: single))
                current = nil
                breakBefore = true
                continue
            case .listItem:
                if let group = current { groups.append(group) }
                current = LineGroup(kind: .listItem, segments: single)
            case .none:
                if let group = current, !breakBefore, !segment.startsBlock {
                    current = LineGroup(kind: group.kind, segments: group.segments.lowerBound..<index + 1)
                } else {
                    if let group = current { groups.append(group) }
                    current = LineGroup(kind: .paragraph, segments: single)
                }
            }
            breakBefore = false
        }
        if let group = current { groups.append(group) }
    }

    // MARK: - Blocks

    mutating func appendBlocks(for group: LineGroup, in segments: [Segment], signatureMode: inout Bool) {
        switch group.kind {
        case .blank:
            appendBlock(.blank, group.segments, in: segments)
        case .heading:
            signatureMode = false
            appendBlock(.heading, group.segments, in: segments)
        case .listItem:
            signatureMode = false
            appendBlock(.listItem, group.segments, in: segments)
        case .paragraph:
            if signatureMode, !segments[group.segments].allSatisfy(isShortLine) { signatureMode = false }
            var pendingStart = group.segments.lowerBound
            for index in group.segments {
                let segment = segments[index]
                if signatureMode {
                    appendBlock(.signature, index..<index + 1, in: segments)
                    pendingStart = index + 1
                } else if isSalutation(segment) {
                    appendBlock(.paragraph, pendingStart..<index, in: segments)
                    appendBlock(.salutation, index..<index + 1, in: segments)
                    pendingStart = index + 1
                } else if isClosing(segment) {
                    appendBlock(.paragraph, pendingStart..<index, in: segments)
                    appendBlock(.closing, index..<index + 1, in: segments)
                    pendingStart = index + 1
                    signatureMode = true
                }
            }
            appendBlock(.paragraph, pendingStart..<group.segments.upperBound, in: segments)
        }
    }

    mutating func appendBlock(_ kind: BlockKind, _ range: Range<Int>, in segments: [Segment]) {
        guard !range.isEmpty else { return }
        let tokenRange = segments[range.lowerBound].tokens.lowerBound..<segments[range.upperBound - 1].tokens.upperBound
        guard !tokenRange.isEmpty else { return }
        let textRange = TextRange(start: tokens[tokenRange.lowerBound].start, end: tokens[tokenRange.upperBound - 1].end)
        blocks.append(Block(kind: kind, range: textRange, tokenRange: tokenRange))
    }

    /// Content tokens of a segment (no white space, markup or list markers).
    func contentIndices(_ range: Range<Int>) -> [Int] {
        range.filter { isContent($0) }
    }

    func isContent(_ index: Int) -> Bool {
        let kind = tokens[index].kind
        return !kind.isTrivia && kind != .listMarker
    }

    func firstContent(_ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            if isContent(index) { return index }
            index += 1
        }
        return nil
    }

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

    func isSalutation(_ segment: Segment) -> Bool {
        guard let first = firstContent(segment.tokens), tokens[first].kind == .word || tokens[first].kind == .abbreviation,
            tokens[first].length <= 12, spells(first, oneOf: Self.salutationOpenerBytes),
            words(segment.tokens) <= 7, let last = lastContent(segment.tokens)
        else { return false }
        let lastByte = bytes[tokens[last].start]
        return lastByte != 0x2E && !isByte(last, 0x3F)
    }

    func isClosing(_ segment: Segment) -> Bool {
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
    func isShortLine(_ segment: Segment) -> Bool {
        guard words(segment.tokens) <= 8 else { return false }
        guard let last = lastContent(segment.tokens) else { return true }
        let text = source[tokens[last].range]
        return text != "." || tokens[last].kind == .abbreviation
    }

    /// A lone short line without a full stop, followed by text, is a heading.
    mutating func promoteHeadings() {
        var nextTextBlock: BlockKind? = nil
        // Walk backwards, so the kind of the next non-blank block is known at each step.
        for index in blocks.indices.reversed() {
            let block = blocks[index]
            defer { if block.kind != .blank { nextTextBlock = block.kind } }
            guard block.kind == .paragraph, nextTextBlock == .paragraph || nextTextBlock == .listItem,
                block.tokenRange.count <= 60, let first = firstContent(block.tokenRange),
                let last = lastContent(block.tokenRange)
            else { continue }
            guard tokens[first].has(.capitalized) || tokens[first].kind == .number else { continue }
            let lastToken = tokens[last]
            if lastToken.kind == .punctuation {
                let byte = bytes[lastToken.start]
                // . , ; ! and an ellipsis end a sentence, not a heading.
                if byte == 0x2E || byte == 0x2C || byte == 0x3B || byte == 0x21 || byte == 0xE2 && bytes[lastToken.start + 2] == 0xA6 {
                    continue
                }
            }
            guard words(block.tokenRange) <= 10 else { continue }
            // One line only, and no place-and-date line ("Utrecht, 12 maart 2025").
            var oneLine = true
            for inner in first...last {
                let token = tokens[inner]
                if token.kind == .date || (token.kind == .whitespace && token.has(.lineBreak)) {
                    oneLine = false
                    break
                }
            }
            guard oneLine else { continue }
            blocks[index] = Block(kind: .heading, range: block.range, tokenRange: block.tokenRange)
        }
    }

    // MARK: - Sentences

    mutating func splitSentences(blockIndex: Int) {
        let block = blocks[blockIndex]
        let first = sentences.count
        defer { blocks[blockIndex].sentenceRange = first..<sentences.count }
        switch block.kind {
        case .blank:
            return
        case .heading, .salutation, .closing, .signature:
            if let start = firstContent(block.tokenRange), let end = lastContent(block.tokenRange) {
                addSentence(start, end, blockIndex)
            }
        case .paragraph, .listItem:
            splitRunningText(block.tokenRange, blockIndex: blockIndex)
        }
    }

    mutating func addSentence(_ first: Int, _ last: Int, _ blockIndex: Int) {
        let range = TextRange(start: tokens[first].start, end: tokens[last].end)
        sentences.append(Sentence(range: range, tokenRange: first..<last + 1, blockIndex: blockIndex))
    }

    mutating func splitRunningText(_ range: Range<Int>, blockIndex: Int) {
        var sentenceStart: Int?
        var lastContent = -1
        // Tokens before `position` are done. Between landmarks there are only words,
        // numbers and spaces, so a gap needs a look at its first and last content token.
        var position = range.lowerBound

        func takeGap(upTo end: Int) {
            guard position < end else { return }
            var first = position
            while first < end, tokens[first].kind == .whitespace { first += 1 }
            if first < end {
                if sentenceStart == nil { sentenceStart = first }
                var last = end - 1
                while tokens[last].kind == .whitespace { last -= 1 }
                lastContent = last
            }
            position = end
        }

        while landmarkCursor < landmarks.count, Int(landmarks[landmarkCursor]) < range.lowerBound { landmarkCursor += 1 }
        while landmarkCursor < landmarks.count {
            let index = Int(landmarks[landmarkCursor])
            guard index < range.upperBound else { break }
            landmarkCursor += 1
            guard index >= position else { continue }  // a closing mark already taken
            takeGap(upTo: index)
            let token = tokens[index]
            position = index + 1
            if token.kind.isTrivia || token.kind == .listMarker {
                if token.has(.lineBreak), let start = sentenceStart, endsAtLineBreak(lastContent, range: range, after: index) {
                    addSentence(start, lastContent, blockIndex)
                    sentenceStart = nil
                }
                continue
            }
            if sentenceStart == nil { sentenceStart = index }
            lastContent = index
            guard isTerminal(token) else { continue }
            var next = index + 1
            while next < range.upperBound, isClosingMark(tokens[next]) {
                lastContent = next
                next += 1
            }
            if let start = sentenceStart, endsSentence(at: index, nextContent: nextContent(after: lastContent, in: range)) {
                addSentence(start, lastContent, blockIndex)
                sentenceStart = nil
            }
            position = next
        }
        takeGap(upTo: range.upperBound)
        if let start = sentenceStart { addSentence(start, lastContent, blockIndex) }
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
        let first = source.utf8[token.start]
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

/// Lowercase ASCII words as bytes, with masks of their first letters and lengths so
/// that most tokens are rejected before any comparison (every line start is tested).
struct ByteWordList: Sendable {
    let words: [[UInt8]]
    /// Bit n: some word starts with the letter `a` + n.
    let firstLetters: UInt32
    /// Bit n: some word is n bytes long (words of 64 bytes or more are not expected).
    let lengths: UInt64

    init(_ list: some Sequence<String>) {
        words = list.map { Array($0.utf8) }
        var letters: UInt32 = 0
        var lengths: UInt64 = 0
        for word in words where !word.isEmpty && word.count < 64 {
            if word[0] &- 0x61 < 26 { letters |= 1 << UInt32(word[0] &- 0x61) }
            lengths |= 1 << UInt64(word.count)
        }
        firstLetters = letters
        self.lengths = lengths
    }
}
