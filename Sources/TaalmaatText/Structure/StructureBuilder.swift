/// Turns a token stream into blocks and sentences in one forward pass.
///
/// The tokens are cut into lines ("segments"; in HTML also at block tags), lines are
/// grouped into blocks and the letter's fixed lines (salutation, closing, signature)
/// are recognised, and every finished block is split into sentences and has its
/// quotations marked at once, while its tokens are still in the cache. A large text
/// has hundreds of thousands of short blocks: separate passes over the token array
/// spent most of their time waiting for memory.
struct StructureBuilder {
    let text: StructureText
    var blocks: [Block] = []
    var sentences: [Sentence] = []
    /// Ranges between matching quotation marks, in the order they close.
    var quotations: [TextRange] = []

    /// Where ``splitRunningText(_:blockIndex:)`` resumes in the landmarks: blocks are
    /// split in order.
    private var landmarkCursor = 0
    private var quotationMarker = QuotationMarker()
    /// Read once, not per line.
    private let fixedLineOpeners = StructureText.fixedLineOpeners

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
    /// The tokens of a paragraph that becomes a heading when a paragraph or list item
    /// follows it. It is held back, with the blank blocks after it, until that is
    /// known: each block enters ``blocks`` once, with its kind and sentences settled.
    private var headingCandidate: Range<Int>?
    /// The blank block after the heading candidate.
    private var heldBlank: Range<Int>?
    /// Further blank blocks after the candidate. (A content line stands between any
    /// two blank blocks, so this stays empty; it is here so nothing is ever lost.)
    private var moreHeldBlanks: [Range<Int>] = []

    init(text: StructureText) {
        self.text = text
    }

    mutating func build() {
        // Rough upper bounds: about one sentence per ten tokens, one block per line.
        sentences.reserveCapacity(text.tokens.count / 10 + 16)
        blocks.reserveCapacity(text.source.lineCount + 16)
        readLines()
        closeGroup()
        flushBlankLines()
        // Nothing follows the last candidate: it stays a paragraph.
        releaseHeldBlocks(candidateKind: .paragraph)
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

        for landmark in text.landmarks {
            let index = Int(landmark)
            let token = text.tokens[index]
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
                switch text.blockTagRole(token) {
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
                    if index - start - structural == 0, text.format == .markdown, text.bytes[token.start] == 0x23 {
                        current.hint = .heading
                    }
                    structural += 1
                }
            case .listMarker:
                if index - start - structural == 0 { current.hint = .listItem }
                structural += 1
            default:
                // Punctuation and abbreviations: content here. The quotation marks are
                // noted for the quotation pass, so blocks without any skip it.
                if token.kind == .punctuation, !token.flags.isDisjoint(with: QuotationMarker.quoteFlags) {
                    quotationMarker.note(index)
                }
            }
        }
        close(text.tokens.count, &self)
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
        // Not removeAll(keepingCapacity:): that goes through the generic
        // replaceSubrange, and a text has a group for nearly every line.
        defer { while !groupLines.isEmpty { groupLines.removeLast() } }
        if groupKind == .listItem {
            signatureMode = false
            appendBlock(.listItem, firstLine.tokens.lowerBound..<lastLine.tokens.upperBound)
            return
        }
        if signatureMode {
            for line in groupLines where !text.isShortLine(line) {
                signatureMode = false
                break
            }
        }
        var pendingStart = firstLine.tokens.lowerBound
        // By index: iterating the array itself retains it, as appendBlock could change it.
        for lineIndex in groupLines.indices {
            let line = groupLines[lineIndex]
            if signatureMode {
                appendBlock(.signature, line.tokens)
                pendingStart = line.tokens.upperBound
            } else if !text.mayOpenFixedLine(line, openers: fixedLineOpeners) {
                continue  // most lines: neither a salutation nor a closing
            } else if text.isSalutation(line) {
                appendBlock(.paragraph, pendingStart..<line.tokens.lowerBound)
                appendBlock(.salutation, line.tokens)
                pendingStart = line.tokens.upperBound
            } else if text.isClosing(line) {
                appendBlock(.paragraph, pendingStart..<line.tokens.lowerBound)
                appendBlock(.closing, line.tokens)
                pendingStart = line.tokens.upperBound
                signatureMode = true
            }
        }
        appendBlock(.paragraph, pendingStart..<lastLine.tokens.upperBound)
    }

    /// Adds a block, or holds it back while its kind (a heading candidate) or its
    /// sentence numbers (a blank block after the candidate) are not known yet.
    mutating func appendBlock(_ kind: BlockKind, _ tokenRange: Range<Int>) {
        guard !tokenRange.isEmpty else { return }
        if kind == .blank {
            if headingCandidate == nil {
                finishBlock(.blank, tokenRange)
            } else if heldBlank == nil {
                heldBlank = tokenRange
            } else {
                moreHeldBlanks.append(tokenRange)
            }
            return
        }
        if headingCandidate != nil {
            releaseHeldBlocks(candidateKind: kind == .paragraph || kind == .listItem ? .heading : .paragraph)
        }
        if kind == .paragraph, text.mayBeHeading(tokenRange) {
            headingCandidate = tokenRange
            return
        }
        finishBlock(kind, tokenRange)
    }

    /// Settles the heading candidate, if any, and the blank blocks held after it.
    mutating func releaseHeldBlocks(candidateKind: BlockKind) {
        guard let candidate = headingCandidate else { return }
        headingCandidate = nil
        finishBlock(candidateKind, candidate)
        guard let blank = heldBlank else { return }
        heldBlank = nil
        finishBlock(.blank, blank)
        if !moreHeldBlanks.isEmpty {
            for blank in moreHeldBlanks { finishBlock(.blank, blank) }
            moreHeldBlanks.removeAll()
        }
    }

    /// Splits a block into sentences, marks its quotations and adds it, while its
    /// tokens are still in the cache.
    @inline(__always)
    mutating func finishBlock(_ kind: BlockKind, _ tokenRange: Range<Int>) {
        let index = blocks.count
        let firstSentence = sentences.count
        splitSentences(kind, tokenRange, blockIndex: index)
        if kind != .blank, quotationMarker.hasMarks(before: tokenRange.upperBound) {
            quotationMarker.mark(text, tokens: tokenRange, into: &quotations)
        }
        let range = TextRange(start: text.tokens[tokenRange.lowerBound].start, end: text.tokens[tokenRange.upperBound - 1].end)
        blocks.append(Block(kind: kind, range: range, tokenRange: tokenRange, sentenceRange: firstSentence..<sentences.count))
    }

    // MARK: - Sentences

    @inline(__always)
    mutating func splitSentences(_ kind: BlockKind, _ tokenRange: Range<Int>, blockIndex: Int) {
        switch kind {
        case .blank:
            return
        case .heading, .salutation, .closing, .signature:
            if let start = text.firstContent(tokenRange), let end = text.lastContent(tokenRange) {
                addSentence(start, end, blockIndex)
            }
        case .paragraph, .listItem:
            splitRunningText(tokenRange, blockIndex: blockIndex)
        }
    }

    mutating func addSentence(_ first: Int, _ last: Int, _ blockIndex: Int) {
        let range = TextRange(start: text.tokens[first].start, end: text.tokens[last].end)
        sentences.append(Sentence(range: range, tokenRange: first..<last + 1, blockIndex: blockIndex))
    }

    mutating func splitRunningText(_ range: Range<Int>, blockIndex: Int) {
        var sentenceStart: Int?
        var lastContent = -1
        // Tokens before `position` are done. Between text.landmarks there are only words,
        // numbers and spaces, so a gap needs a look at its first and last content token.
        var position = range.lowerBound

        func takeGap(upTo end: Int) {
            guard position < end else { return }
            var first = position
            while first < end, text.tokens[first].kind == .whitespace { first += 1 }
            if first < end {
                if sentenceStart == nil { sentenceStart = first }
                var last = end - 1
                while text.tokens[last].kind == .whitespace { last -= 1 }
                lastContent = last
            }
            position = end
        }

        while landmarkCursor < text.landmarks.count, Int(text.landmarks[landmarkCursor]) < range.lowerBound { landmarkCursor += 1 }
        while landmarkCursor < text.landmarks.count {
            let index = Int(text.landmarks[landmarkCursor])
            guard index < range.upperBound else { break }
            landmarkCursor += 1
            guard index >= position else { continue }  // a closing mark already taken
            takeGap(upTo: index)
            let token = text.tokens[index]
            position = index + 1
            if token.kind.isTrivia || token.kind == .listMarker {
                if token.has(.lineBreak), let start = sentenceStart, text.endsAtLineBreak(lastContent, range: range, after: index) {
                    addSentence(start, lastContent, blockIndex)
                    sentenceStart = nil
                }
                continue
            }
            if sentenceStart == nil { sentenceStart = index }
            lastContent = index
            guard text.isTerminal(token) else { continue }
            var next = index + 1
            while next < range.upperBound, text.isClosingMark(text.tokens[next]) {
                lastContent = next
                next += 1
            }
            if let start = sentenceStart, text.endsSentence(at: index, nextContent: text.nextContent(after: lastContent, in: range)) {
                addSentence(start, lastContent, blockIndex)
                sentenceStart = nil
            }
            position = next
        }
        takeGap(upTo: range.upperBound)
        if let start = sentenceStart { addSentence(start, lastContent, blockIndex) }
    }
}

/// Lowercase ASCII words as bytes, with a mask of first letters per length so that
/// most tokens are rejected before any comparison (every line start is tested).
struct ByteWordList: Sendable {
    let words: [[UInt8]]
    /// Entry n, bit m: some word of n bytes starts with the letter `a` + m. (Words of
    /// 64 bytes or more, or not starting with a letter, are never matched.)
    let firstLettersByLength: [UInt32]

    init(_ list: some Sequence<String>) {
        words = list.map { Array($0.utf8) }
        var masks = [UInt32](repeating: 0, count: 64)
        for word in words where !word.isEmpty && word.count < 64 && word[0] &- 0x61 < 26 {
            masks[word.count] |= 1 << UInt32(word[0] &- 0x61)
        }
        firstLettersByLength = masks
    }

    /// Whether some word has this length and first byte (ignoring ASCII case).
    @inline(__always)
    func mayContain(length: Int, first: UInt8) -> Bool {
        let letter = (first | 0x20) &- 0x61
        return length < 64 && letter < 26 && firstLettersByLength[length] & (1 << UInt32(letter)) != 0
    }
}
