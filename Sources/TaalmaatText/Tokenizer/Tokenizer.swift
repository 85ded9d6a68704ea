/// Splits Dutch text into tokens in one pass over its UTF-8 bytes.
///
/// The tokens cover the text completely. Words keep their inner hyphens and
/// apostrophes (*e-mail*, *auto's*, *'s avonds*); abbreviations keep their full stops
/// (*d.d.*, *m.b.t.*); amounts, dates, times, percentages, phone numbers, web and
/// e-mail addresses and template placeholders are single tokens.
public struct Tokenizer: Sendable {
    public let lexicon: TokenizerLexicon
    public let options: TokenizerOptions

    public init(lexicon: TokenizerLexicon, options: TokenizerOptions = TokenizerOptions()) {
        self.lexicon = lexicon
        self.options = options
    }

    public func tokenize(_ text: SourceText) -> [Token] {
        tokenizeWithLandmarks(text).tokens
    }

    /// The tokens, and the indices of the few tokens that can shape blocks, sentences
    /// and quotations (see ``TokenScanner/isLandmark(_:_:)``), so the structure pass
    /// need not look at every word.
    ///
    /// `initialCapacity` is for tests of the growth path.
    func tokenizeWithLandmarks(_ text: SourceText, initialCapacity: Int? = nil) -> (tokens: [Token], landmarks: [Int32]) {
        text.utf8.withUnsafeBufferPointer { buffer in
            var scanner = TokenScanner(bytes: buffer, lexicon: lexicon, options: options)
            // The scanner writes straight into the new array's storage. Texts rarely
            // have more than one token per three bytes; a denser one goes on in an array
            // twice as large (one copy per doubling, as appending would make).
            var tokens: [Token] = []
            var capacity = initialCapacity ?? buffer.count / 3 + TokenScanner.stepMargin
            while true {
                let done = tokens
                tokens = [Token](unsafeUninitializedCapacity: capacity) { storage, initialized in
                    _ = storage.initialize(fromContentsOf: done)
                    scanner.run(into: storage, count: done.count)
                    initialized = scanner.tokenCount
                }
                if scanner.isFinished { break }
                capacity *= 2
            }
            return (tokens, scanner.landmarks)
        }
    }
}

/// The tokenizer's state while it walks over the bytes. The scanning functions for
/// each token family live in extensions in this folder.
struct TokenScanner {
    /// The lexicon and options behind one reference. The scanner is passed to every
    /// helper by value, so it stays a few words wide: a struct with the lexicon's sets
    /// inline was copied onto the stack for each token.
    final class Settings {
        let lexicon: TokenizerLexicon
        let options: TokenizerOptions

        init(lexicon: TokenizerLexicon, options: TokenizerOptions) {
            self.lexicon = lexicon
            self.options = options
        }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let count: Int
    let settings: Settings
    let format: TextFormat
    /// Where ``emit(_:_:_:_:)`` writes: the uninitialised storage of the result
    /// array, so a token costs no uniqueness or capacity check of an array.
    var output: UnsafeMutablePointer<Token>?
    var outputCapacity = 0
    var tokenCount = 0
    var landmarks: [Int32] = []
    var position = 0
    /// Only white space (and block markup) since the last line break.
    var atLineStart = true

    init(bytes: UnsafeBufferPointer<UInt8>, lexicon: TokenizerLexicon, options: TokenizerOptions) {
        // Tokens keep 32-bit offsets (see ``emit(_:_:_:_:)``).
        precondition(bytes.count <= Int(UInt32.max), "a text must be smaller than 4 GB")
        self.bytes = bytes
        self.count = bytes.count
        self.settings = Settings(lexicon: lexicon, options: options)
        self.format = options.format
        // About one landmark per twenty bytes in running text.
        landmarks.reserveCapacity(bytes.count / 16 + 16)
    }

    /// The most tokens one step of the main loop may emit, with room to spare: the
    /// loop stops while at least this many free places are left in the output.
    static let stepMargin = 64

    /// Whether every byte has been tokenized.
    var isFinished: Bool { position >= count }

    /// The number of tokens after which the main loop stops for a larger output.
    var outputLimit: Int { outputCapacity - Self.stepMargin }

    /// Scans into `storage`, whose first `initialized` places hold the tokens so far,
    /// until the text ends or the storage is nearly full (see ``isFinished``).
    mutating func run(into storage: UnsafeMutableBufferPointer<Token>, count initialized: Int) {
        output = storage.baseAddress
        outputCapacity = storage.count
        tokenCount = initialized
        let limit = outputLimit
        while position < count {
            if tokenCount > limit { return }
            let start = position
            let first = bytes[start]
            // Fast paths for the two most common tokens: one space between words, and a
            // word that starts with an ASCII letter. (Inside a line a letter can only
            // start a word, in every format.)
            if !atLineStart {
                if first == 0x20 {
                    if start + 1 >= count || !CharacterClass.isWhitespace(UInt32(bytes[start + 1])) && bytes[start + 1] < 0x80 {
                        emit(.whitespace, start, start + 1)
                        continue
                    }
                } else if CharacterClass.isASCIILetter(first) {
                    if !scanPlainWord(from: start) { scanWordLike() }
                    continue
                }
            } else if CharacterClass.isASCIILetter(first), start + 1 < count, CharacterClass.isASCIILetter(bytes[start + 1]),
                first != 0x74 || format != .plain
            {
                // Most lines start with a word. Two ASCII letters cannot begin any line
                // start syntax (list markers, Markdown blocks; `taalmaat-` directives
                // start with a lowercase t in plain text), nor a special character.
                atLineStart = false
                if !scanPlainWord(from: start) { scanWordLike() }
                continue
            }
            let (scalar, width) = decode(start)
            if CharacterClass.isWhitespace(scalar) {
                scanWhitespace()
                continue
            }
            if atLineStart, scanLineStart(scalar) { continue }
            atLineStart = false
            if CharacterClass.mayBeSpecial(scalar), scanSpecial(scalar, width: width) { continue }
            if CharacterClass.isASCIIDigit(UInt8(truncatingIfNeeded: scalar)) && scalar < 0x80 {
                scanNumeric()
            } else if CharacterClass.isLetter(scalar) || CharacterClass.isCombiningMark(scalar) {
                scanWordLike()
            } else if CharacterClass.isPunctuation(scalar) {
                scanPunctuation(scalar, width: width)
            } else {
                scanSymbol(width: width)
            }
            precondition(position > start, "the tokenizer must always move forward")
        }
    }

    var lexicon: TokenizerLexicon { settings.lexicon }
    var options: TokenizerOptions { settings.options }

    // MARK: - Emitting

    @inline(__always)
    mutating func emit(_ kind: TokenKind, _ start: Int, _ end: Int, _ flags: TokenFlags = []) {
        if Self.isLandmark(kind, flags) { landmarks.append(Int32(truncatingIfNeeded: tokenCount)) }
        // The main loop keeps ``stepMargin`` places free; this only guards the memory.
        precondition(tokenCount < outputCapacity, "tokenizer output overflow")
        // Offsets fit in 32 bits (checked in `init`), and tokens are never empty or
        // backwards (the main loop checks that it moves forward).
        output.unsafelyUnwrapped.advanced(by: tokenCount)
            .initialize(to: Token(kind: kind, checkedStart: start, end: end, flags: flags))
        tokenCount += 1
        position = end
    }

    /// Tokens that can end a line, a block or a sentence, or open or close a
    /// quotation: line breaks, markup, list markers, punctuation and abbreviations
    /// that may end a sentence. Every other token is a word, number or space.
    @inline(__always)
    static func isLandmark(_ kind: TokenKind, _ flags: TokenFlags) -> Bool {
        switch kind {
        case .punctuation, .markup, .listMarker: true
        case .whitespace: flags.contains(.lineBreak)
        case .abbreviation: flags.contains(.mayEndSentence)
        default: false
        }
    }

    // MARK: - Reading

    @inline(__always)
    func decode(_ index: Int) -> (UInt32, Int) {
        UTF8Scalar.decode(bytes, at: index)
    }

    @inline(__always)
    func byte(_ index: Int) -> UInt8 { index < count ? bytes[index] : 0 }

    /// The end of the run of lowercase ASCII letters from `index`, eight bytes at a
    /// time: most of every Dutch word.
    @inline(__always)
    func endOfLowercase(from index: Int) -> Int {
        var end = index
        if let base = bytes.baseAddress {
            while end + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self))
                let others = CharacterClass.nonLowercaseBytes(word)
                if others != 0 { return end + others.trailingZeroBitCount >> 3 }
                end += 8
            }
        }
        while end < count, bytes[end] &- 0x61 < 26 { end += 1 }
        return end
    }

    /// The scalar at `index`, or 0 past the end.
    @inline(__always)
    func scalar(at index: Int) -> UInt32 {
        index < count ? decode(index).0 : 0
    }

    /// The scalar that ends just before `index`, or 0 at the start.
    func scalar(before index: Int) -> UInt32 {
        guard index > 0 else { return 0 }
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return decode(start).0
    }

    /// Lowercased text of a byte range, for look-ups in small word sets.
    func lowercased(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        // ASCII text is lowercased byte by byte straight into the string: no byte array,
        // and a word of up to 15 bytes fits in the string itself, without allocation.
        let ascii = String(unsafeUninitializedCapacity: slice.count) { target in
            for (index, value) in slice.enumerated() {
                target[index] = CharacterClass.isASCIIUpper(value) ? value | 0x20 : value
            }
            return slice.count
        }
        return slice.allSatisfy({ $0 < 0x80 }) ? ascii : ascii.lowercased()
    }

    /// Whether the bytes at `index` spell `ascii`, ignoring ASCII case.
    func matchesCaseInsensitive(_ ascii: StaticString, at index: Int) -> Bool {
        let length = ascii.utf8CodeUnitCount
        guard index + length <= count else { return false }
        let pattern = ascii.utf8Start
        for offset in 0..<length where bytes[index + offset] | 0x20 != pattern[offset] | 0x20 {
            return false
        }
        return true
    }

    /// The end of the run of letters (and combining marks) that starts at `index`.
    func endOfLetters(from index: Int) -> Int {
        var end = index
        while end < count {
            let (value, width) = decode(end)
            guard CharacterClass.isLetter(value) || CharacterClass.isCombiningMark(value) else { break }
            end += width
        }
        return end
    }

    /// The end of a run of inline spaces (space, no-break space) from `index`.
    func endOfInlineSpaces(from index: Int) -> Int {
        var end = index
        while end < count {
            let (value, width) = decode(end)
            guard CharacterClass.isInlineSpace(value) else { break }
            end += width
        }
        return end
    }

    // MARK: - White space, punctuation, symbols

    mutating func scanWhitespace() {
        let start = position
        var end = position
        var breaks = 0
        var previousWasCR = false
        while end < count {
            // ASCII white space without decoding: nearly every run is spaces and line breaks.
            let byte = bytes[end]
            if byte < 0x80 {
                if byte == 0x0A {
                    if !previousWasCR { breaks += 1 }
                    previousWasCR = false
                } else if byte == 0x0D {
                    breaks += 1
                    previousWasCR = true
                } else if byte == 0x20 || byte &- 0x09 < 5 {
                    previousWasCR = false
                } else {
                    break
                }
                end += 1
                continue
            }
            let (value, width) = decode(end)
            guard CharacterClass.isWhitespace(value) else { break }
            if value == 0x0A {
                if !previousWasCR { breaks += 1 }
                previousWasCR = false
            } else if value == 0x0D {
                breaks += 1
                previousWasCR = true
            } else {
                previousWasCR = false
            }
            end += width
        }
        var flags: TokenFlags = []
        if breaks > 0 {
            flags.insert(.lineBreak)
            atLineStart = true
        }
        if breaks > 1 { flags.insert(.paragraphBreak) }
        emit(.whitespace, start, end, flags)
    }

    mutating func scanPunctuation(_ scalar: UInt32, width: Int) {
        let start = position
        switch scalar {
        case 0x2E, 0x2026:  // . and …: a run of two or more is one ellipsis token
            var end = start
            while end < count {
                let (value, valueWidth) = decode(end)
                guard value == 0x2E || value == 0x2026 else { break }
                end += valueWidth
            }
            emit(.punctuation, start, end)
        case 0x21, 0x3F:  // ! and ?: keep runs such as ?! together
            var end = start
            while end < count, bytes[end] == 0x21 || bytes[end] == 0x3F { end += 1 }
            emit(.punctuation, start, end)
        default:
            var flags: TokenFlags = []
            if let direction = CharacterClass.quoteDirection(scalar) {
                flags.insert(quoteFlag(direction, start: start, width: width))
            }
            emit(.punctuation, start, start + width, flags)
        }
    }

    /// Decides whether a quotation mark opens or closes, from the characters around it.
    func quoteFlag(_ direction: Bool?, start: Int, width: Int) -> TokenFlags {
        if let direction { return direction ? .openingQuote : .closingQuote }
        let before = scalar(before: start)
        let after = scalar(at: start + width)
        let spaceBefore = before == 0 || CharacterClass.isWhitespace(before) || before == 0x28 || before == 0x5B
            || before == 0x2D || before == 0x2013 || before == 0x2014
        let spaceAfter = after == 0 || CharacterClass.isWhitespace(after)
        if spaceBefore && !spaceAfter { return .openingQuote }
        if !spaceBefore { return .closingQuote }
        return []
    }

    mutating func scanSymbol(width: Int) {
        let start = position
        var end = start + width
        // Keep emoji sequences (modifiers, joiners) in one token.
        while end < count {
            let (value, valueWidth) = decode(end)
            if value == 0x200D, end + valueWidth < count {
                end += valueWidth
                end += decode(end).1
            } else if CharacterClass.isSymbolExtender(value) {
                end += valueWidth
            } else {
                break
            }
        }
        emit(.symbol, start, end)
    }
}
