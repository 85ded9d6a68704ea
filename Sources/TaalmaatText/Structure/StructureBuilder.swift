/// Turns a token stream into blocks and sentences in one forward pass.
///
/// The tokens are cut into lines ("segments"; in HTML also at block tags), lines are
/// grouped into blocks and the letter's fixed lines (salutation, closing, signature)
/// are recognised, and every finished block is split into sentences and has its
/// quotations marked at once, while its tokens are still in the cache. A large text
/// has hundreds of thousands of short blocks: separate passes over the token array
/// spent most of their time waiting for memory.
struct StructureBuilder {
    let source: SourceText
    var tokens: [Token]
    let format: TextFormat
    var blocks: [Block] = []
    var sentences: [Sentence] = []
    /// Ranges between matching quotation marks, in the order they close.
    var quotations: [TextRange] = []

    /// The source bytes, held here so hot loops do not go through the class.
    let bytes: [UInt8]
    /// Indices of the tokens that can shape the structure, in order (see
    /// ``TokenScanner/isLandmark(_:_:)``). The passes below visit these and skip the
    /// words and spaces between them.
    let landmarks: [Int32]
    /// Where ``splitRunningText(_:blockIndex:)`` resumes in ``landmarks``: blocks are
    /// split in order.
    private var landmarkCursor = 0
    private var quotationMarker = QuotationMarker()

    // Grouping state: lines arrive one by one and leave as blocks.
    /// The lines of the open paragraph or list item.
    private var groupLines: [Segment] = []
    private var groupKind: LineGroupKind = .paragraph
    /// Tokens of the run of blank lines not yet turned into a block (it may grow).
    private var pendingBlank: Range<Int>?
    /// No line of text since the last blank line or heading.
    private var breakBefore = true
    /// Inside the name and address lines after a closing formula.
    private var signatureMode = false
    /// A paragraph that becomes a heading when a paragraph or list item follows it.
    /// Its sentences wait until that is known.
    private var headingCandidate: Int?
    /// Blocks before this index have their sentences and quotations.
    private var finishedBlocks = 0

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
        // Rough upper bounds: about one sentence per ten tokens, one block per line.
        sentences.reserveCapacity(tokens.count / 10 + 16)
        blocks.reserveCapacity(source.lineCount + 16)
        readLines()
        closeGroup()
        flushBlankLines()
        headingCandidate = nil
        finishBlocks(upTo: blocks.count)
        quotations.sort()
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

    /// Cuts the tokens into lines and hands each to ``addLine(_:)``.
    mutating func readLines() {
        var current = Segment(tokens: 0..<0)
        var start = 0
        // Line breaks, markup and list markers seen in the current line: every other
        // token in it is content.
        var structural = 0

        func close(_ end: Int, _ builder: inout StructureBuilder) {
            guard end > start else { return }
            current.tokens = start..<end
            current.contentCount = end - start - structural
            builder.addLine(current)
            current = Segment(tokens: end..<end)
            start = end
            structural = 0
        }

        for landmark in landmarks {
            let index = Int(landmark)
            let token = tokens[index]
            switch token.kind {
            case .whitespace where token.has(.paragraphBreak):
                close(index, &self)
                addLine(Segment(tokens: index..<index + 1, isBlankSeparator: true))
                start = index + 1
                current = Segment(tokens: start..<start)
                structural = 0
            case .whitespace:
                structural += 1
                close(index + 1, &self)
            case .markup:
                switch blockTagRole(token) {
                case .opening(let hint):
                    close(index, &self)
                    current.hint = hint
                    current.startsBlock = true
                    structural += 1
                case .closing:
                    structural += 1
                    close(index + 1, &self)
                    addLine(Segment(tokens: index + 1..<index + 1, isBlankSeparator: true))
                case .lineBreak:
                    structural += 1
                    close(index + 1, &self)
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
        close(tokens.count, &self)
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

    /// What a run of lines that belong together is.
    enum LineGroupKind { case heading, listItem, paragraph }

    /// Adds one line: it joins the open group, or closes it and starts another.
    mutating func addLine(_ line: Segment) {
        if line.isBlankSeparator || line.contentCount == 0 {
            closeGroup()
            // Adjacent blank lines (an empty line, a closing tag) make one blank block.
            if let blank = pendingBlank, blank.upperBound == line.tokens.lowerBound {
                pendingBlank = blank.lowerBound..<line.tokens.upperBound
            } else {
                flushBlankLines()
                pendingBlank = line.tokens
            }
            breakBefore = true
            return
        }
        flushBlankLines()
        switch line.hint {
        case .heading:
            closeGroup()
            signatureMode = false
            appendBlock(.heading, line.tokens)
            breakBefore = true
            return
        case .listItem:
            closeGroup()
            groupKind = .listItem
            groupLines.append(line)
        case .none:
            if groupLines.isEmpty || breakBefore || line.startsBlock {
                closeGroup()
                groupKind = .paragraph
            }
            groupLines.append(line)
        }
        breakBefore = false
    }

    mutating func flushBlankLines() {
        guard let blank = pendingBlank else { return }
        pendingBlank = nil
        appendBlock(.blank, blank)
    }

    // MARK: - Blocks

    /// Turns the open group of lines into blocks: a list item, or paragraphs with
    /// the salutation, closing and signature lines split off.
    mutating func closeGroup() {
        guard let firstLine = groupLines.first, let lastLine = groupLines.last else { return }
        defer { groupLines.removeAll(keepingCapacity: true) }
        if groupKind == .listItem {
            signatureMode = false
            appendBlock(.listItem, firstLine.tokens.lowerBound..<lastLine.tokens.upperBound)
            return
        }
        if signatureMode, !groupLines.allSatisfy(isShortLine) { signatureMode = false }
        var pendingStart = firstLine.tokens.lowerBound
        for line in groupLines {
            if signatureMode {
                appendBlock(.signature, line.tokens)
                pendingStart = line.tokens.upperBound
            } else if isSalutation(line) {
                appendBlock(.paragraph, pendingStart..<line.tokens.lowerBound)
                appendBlock(.salutation, line.tokens)
                pendingStart = line.tokens.upperBound
            } else if isClosing(line) {
                appendBlock(.paragraph, pendingStart..<line.tokens.lowerBound)
                appendBlock(.closing, line.tokens)
                pendingStart = line.tokens.upperBound
                signatureMode = true
            }
        }
        appendBlock(.paragraph, pendingStart..<lastLine.tokens.upperBound)
    }

    mutating func appendBlock(_ kind: BlockKind, _ tokenRange: Range<Int>) {
        guard !tokenRange.isEmpty else { return }
        let textRange = TextRange(start: tokens[tokenRange.lowerBound].start, end: tokens[tokenRange.upperBound - 1].end)
        blocks.append(Block(kind: kind, range: textRange, tokenRange: tokenRange))
        didAppendBlock(kind)
    }

    /// Settles the heading candidate before this block, and finishes every block
    /// whose kind can no longer change.
    mutating func didAppendBlock(_ kind: BlockKind) {
        let index = blocks.count - 1
        if kind != .blank {
            if let candidate = headingCandidate {
                if kind == .paragraph || kind == .listItem {
                    let block = blocks[candidate]
                    blocks[candidate] = Block(kind: .heading, range: block.range, tokenRange: block.tokenRange)
                }
                headingCandidate = nil
            }
            if kind == .paragraph, mayBeHeading(blocks[index]) { headingCandidate = index }
        }
        finishBlocks(upTo: headingCandidate ?? blocks.count)
    }

    mutating func finishBlocks(upTo end: Int) {
        while finishedBlocks < end {
            splitSentences(blockIndex: finishedBlocks)
            if blocks[finishedBlocks].kind != .blank {
                quotationMarker.mark(&tokens, block: blocks[finishedBlocks], landmarks: landmarks, bytes: bytes, into: &quotations)
            }
            finishedBlocks += 1
        }
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

    /// A lone short line without a full stop is a heading when text follows it.
    func mayBeHeading(_ block: Block) -> Bool {
        guard block.tokenRange.count <= 60, let first = firstContent(block.tokenRange),
            let last = lastContent(block.tokenRange)
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
        guard words(block.tokenRange) <= 10 else { return false }
        // One line only, and no place-and-date line ("Utrecht, 12 maart 2025").
        for inner in first...last {
            let token = tokens[inner]
            if token.kind == .date || (token.kind == .whitespace && token.has(.lineBreak)) { return false }
        }
        return true
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
