/// Words, abbreviations, initials, apostrophe words, web and e-mail addresses.
extension TokenScanner {
    /// The common word, settled without ``wordEnd(from:)``: ASCII letters, all
    /// lowercase after the first, followed by a byte that ends a word and cannot make
    /// it an address, a date or an abbreviation. Returns false, having emitted
    /// nothing, for every other word.
    ///
    /// A single space and another word that starts with an ASCII letter follow most
    /// words: those are taken here too, without going back to the main loop (it would
    /// emit the space and come back here). It returns false, with `position` at the
    /// word, when such a later word is not plain.
    @inline(__always)
    mutating func scanPlainWord(from wordStart: Int) -> Bool {
        var start = wordStart
        while true {
            let end = endOfLowercase(from: start + 1)
            // One capital at most, the first letter: never all capitals.
            let flags: TokenFlags = CharacterClass.isASCIIUpper(bytes[start]) ? .capitalized : []
            guard end + 1 < count else {
                if end < count { return scanPlainWordEnd(start, end, flags) }
                emit(.word, start, end, flags)
                return true
            }
            let next = bytes[end]
            let after = bytes[end + 1]
            guard next == 0x20, CharacterClass.isASCIILetter(after) else {
                return scanPlainWordEnd(start, end, flags)
            }
            emit(.word, start, end, flags)
            guard tokenCount < outputLimit else { return true }
            emit(.whitespace, end, end + 1)
            start = end + 1
        }
    }

    /// The end of ``scanPlainWord(from:)`` for a word at `start` that is not followed
    /// by a space and a letter.
    @inline(__always)
    mutating func scanPlainWordEnd(_ start: Int, _ end: Int, _ flags: TokenFlags) -> Bool {
        if end < count {
            let next = bytes[end]
            if !CharacterClass.endsPlainWord(next) {
                // The word ends here too when the byte cannot continue it (`.`, `:`, `@`):
                // what follows may still make it an abbreviation or an address.
                guard next < 0x80, !CharacterClass.isASCIILetter(next), !CharacterClass.isASCIIDigit(next),
                    next != 0x2D, next != 0x27
                else { return false }
                finishWordLike(end: end, flags: flags)
                return true
            }
            // A space and a digit may follow a weekday: "dinsdag 3 maart" is one date.
            if next == 0x20, end + 1 < count, CharacterClass.isASCIIDigit(bytes[end + 1]) {
                finishWordLike(end: end, flags: flags)
                return true
            }
        }
        emit(.word, start, end, flags)
        return true
    }

    mutating func scanWordLike() {
        let (end, flags) = wordEnd(from: position)
        finishWordLike(end: end, flags: flags)
    }

    /// Emits the word from `position` to `end`, or the longer token it starts: a web
    /// or e-mail address, a date after a weekday, an abbreviation.
    mutating func finishWordLike(end: Int, flags: TokenFlags) {
        let start = position
        // Only a word followed by @ : . _ + % (and more text) can start an address;
        // for ordinary words this costs one byte comparison.
        if bytes[start] < 0x80, mayContinueAsAddress(at: end), scanAddress() { return }
        if byte(end) == 0x20, CharacterClass.isASCIIDigit(byte(end + 1)), end - start <= 9, end - start >= 2,
            isWeekday(start, end),
            let dateEnd = dayMonthDateEnd(from: endOfInlineSpaces(from: end))
        {
            emit(.date, start, dateEnd)
            return
        }
        if end - start == 2, byte(end) == 0x2E, byte(end + 1) == 0x20, CharacterClass.isASCIIDigit(byte(end + 2)),
            isWeekday(start, end),
            let dateEnd = dayMonthDateEnd(from: endOfInlineSpaces(from: end + 1))
        {
            emit(.date, start, dateEnd)  // "ma. 3 feb"
            return
        }
        if byte(end) == 0x2E, scanAbbreviation(wordEnd: end, flags: flags) { return }
        emit(.word, start, end, flags)
    }

    /// Whether the bytes from `start` to `end` name a day of the week, ignoring case,
    /// without building a string. (Only the Kelvin sign lowercases from other letters
    /// to an ASCII one, and no weekday has a k.)
    func isWeekday(_ start: Int, _ end: Int) -> Bool {
        guard let key = DutchWordClasses.letterKey(UnsafeBufferPointer(rebasing: bytes[start..<end])) else { return false }
        return DutchWordClasses.weekdayKeys.contains(key)
    }

    @inline(__always)
    func mayContinueAsAddress(at index: Int) -> Bool {
        let next = byte(index)
        switch next {
        case 0x40: return true  // @
        // A word before a colon is only an address as a scheme: "https://". (The word
        // itself has no dots, so nothing else in ``scanAddress()`` can accept it.)
        case 0x3A: return byte(index + 1) == 0x2F
        case 0x2E, 0x5F, 0x2B, 0x25:  // . _ + %
            let after = byte(index + 1)
            return CharacterClass.isASCIILetter(after) || CharacterClass.isASCIIDigit(after)
        default: return false
        }
    }

    /// The end of a word from `start`, and what was seen on the way. A word is letters
    /// and digits, joined by inner hyphens and apostrophes, and may end in a hyphen
    /// that stands for a shared compound part.
    func wordEnd(from start: Int) -> (Int, TokenFlags) {
        var end = start
        // Not `[]`: the empty array literal left a release of the empty-array
        // singleton on every call.
        var flags = TokenFlags()
        var letters = 0
        var uppercase = 0
        var lowercase = 0
        var previousWasLetter = false
        while end < count {
            // Fast path: a run of lowercase ASCII letters, most of every Dutch word.
            // (Byte by byte: here the runs are short, between capitals, digits and
            // non-ASCII letters.)
            var run = end
            while run < count, bytes[run] &- 0x61 < 26 { run += 1 }
            if run > end {
                letters += run - end
                lowercase += run - end
                end = run
                previousWasLetter = true
                continue
            }
            // Settle the other ASCII bytes without decoding: most words end at a space
            // or punctuation mark.
            let next = bytes[end]
            if next < 0x80 {
                if CharacterClass.isASCIIUpper(next) {
                    if letters == 0 && end == start { flags.insert(.capitalized) }
                    letters += 1
                    uppercase += 1
                    previousWasLetter = true
                    end += 1
                    continue
                }
                if CharacterClass.isASCIIDigit(next) {
                    flags.insert(.containsDigit)
                    previousWasLetter = false
                    end += 1
                    continue
                }
                if next != 0x2D, next != 0x27 { break }
            }
            let (value, width) = decode(end)
            if CharacterClass.isLetter(value) {
                if letters == 0 && CharacterClass.isUppercase(value) && end == start { flags.insert(.capitalized) }
                letters += 1
                if value >= 0x80 { flags.insert(.nonASCII) }
                if CharacterClass.isUppercase(value) {
                    uppercase += 1
                } else if CharacterClass.isLowercase(value) {
                    lowercase += 1
                }
                previousWasLetter = true
                end += width
                continue
            }
            if CharacterClass.isCombiningMark(value) {
                flags.insert(.nonASCII)
                end += width
                continue
            }
            if value < 0x80, CharacterClass.isASCIIDigit(UInt8(value)) {
                flags.insert(.containsDigit)
                previousWasLetter = false
                end += 1
                continue
            }
            if CharacterClass.isHyphen(value), end > start {
                let next = scalar(at: end + width)
                if CharacterClass.isLetter(next) || (next < 0x80 && CharacterClass.isASCIIDigit(UInt8(next))) {
                    flags.insert(.hyphenated)
                    previousWasLetter = false
                    end += width
                    continue
                }
                if letters > 0, isEllipticHyphen(after: end + width) {
                    flags.insert(.ellipticHyphen)
                    end += width
                }
                break
            }
            if CharacterClass.isApostrophe(value), previousWasLetter,
                CharacterClass.isLetter(scalar(at: end + width))
            {
                flags.insert(.apostrophe)
                end += width
                previousWasLetter = false
                continue
            }
            break
        }
        if letters >= 2 && lowercase == 0 && uppercase >= 2 { flags.insert(.allCaps) }
        return (end, flags)
    }

    /// Whether a hyphen followed by `index` is the first half of an elliptic compound:
    /// `jeugd- en gezinsbescherming`, `kinder-, jeugd- en ...`.
    func isEllipticHyphen(after index: Int) -> Bool {
        if byte(index) == 0x2C { return true }
        let wordStart = endOfInlineSpaces(from: index)
        guard wordStart > index else { return false }
        let wordEnd = endOfLetters(from: wordStart)
        if wordEnd == wordStart { return byte(wordStart) == 0x26 }  // "&"
        return wordEnd - wordStart <= 4 && DutchWordClasses.ellipsisConjunctions.contains(lowercased(wordStart, wordEnd))
    }

    func isOrdinal(_ start: Int, _ end: Int) -> Bool {
        var digitsEnd = start
        while digitsEnd < end, CharacterClass.isASCIIDigit(bytes[digitsEnd]) { digitsEnd += 1 }
        guard digitsEnd > start, digitsEnd - start <= 4 else { return false }
        let suffix = lowercased(digitsEnd, end)
        return suffix == "e" || suffix == "de" || suffix == "ste" || suffix == "ste"
    }

    // MARK: - Abbreviations and initials

    /// Tries to read an abbreviation with full stops that starts at `position` and
    /// whose first segment ends at `wordEnd` (where a `.` follows).
    mutating func scanAbbreviation(wordEnd: Int, flags: TokenFlags) -> Bool {
        let start = position
        guard !flags.contains(.hyphenated), !flags.contains(.apostrophe),
            wordEnd - start <= lexicon.longestFirstSegment
        else { return false }
        // Words of three letters or more can only start a known abbreviation; most
        // sentence ends are settled here without building a string.
        if wordEnd - start > 2, !lexicon.mayStartAbbreviation(bytes, start, wordEnd) { return false }
        // Collect the dotted segments: d . d . / m . b . t .
        var segmentEnds = [wordEnd + 1]
        var segmentLengths = [wordEnd - start]
        var cursor = wordEnd + 1
        while segmentEnds.count < max(lexicon.maximumSegments, 6) {
            let lettersEnd = endOfLetters(from: cursor)
            guard lettersEnd > cursor, byte(lettersEnd) == 0x2E else { break }
            segmentLengths.append(lettersEnd - cursor)
            cursor = lettersEnd + 1
            segmentEnds.append(cursor)
        }
        // Capital initials before a name are initials, even when they spell a known
        // abbreviation: "P.M. de Vries" is not "p.m.".
        if segmentEnds.count >= 2, segmentLengths.allSatisfy({ $0 == 1 }),
            (0..<segmentEnds.count).allSatisfy({ CharacterClass.isASCIIUpper(bytes[$0 == 0 ? start : segmentEnds[$0 - 1]]) }),
            isNameFollowing(segmentEnds[segmentEnds.count - 1])
        {
            emit(.abbreviation, start, segmentEnds[segmentEnds.count - 1], [.initial, .capitalized])
            return true
        }
        // The longest known abbreviation wins.
        for segments in stride(from: segmentEnds.count, through: 1, by: -1) {
            let end = segmentEnds[segments - 1]
            let key = lowercased(start, end)
            if lexicon.abbreviations.contains(key) {
                var tokenFlags: TokenFlags = flags.intersection([.capitalized, .nonASCII])
                if lexicon.sentenceFinalAbbreviations.contains(key) { tokenFlags.insert(.mayEndSentence) }
                emit(.abbreviation, start, end, tokenFlags)
                return true
            }
        }
        // Unknown dotted abbreviations of short segments: a.u.b., s.v.p., N.B., J.P.
        if segmentEnds.count >= 2, segmentLengths.allSatisfy({ $0 >= 1 && $0 <= 2 }),
            !flags.contains(.containsDigit)
        {
            let end = segmentEnds[segmentEnds.count - 1]
            var tokenFlags: TokenFlags = [.mayEndSentence]
            if segmentLengths.allSatisfy({ $0 == 1 }), CharacterClass.isASCIIUpper(bytes[start]),
                isInitialFollowing(end) || isNameFollowing(end)
            {
                tokenFlags = [.initial, .capitalized]
            }
            emit(.abbreviation, start, end, tokenFlags)
            return true
        }
        // A single capital with a full stop, before a name: J. de Vries.
        if wordEnd - start == 1, CharacterClass.isASCIIUpper(bytes[start]) || flags.contains(.capitalized),
            isInitialFollowing(wordEnd + 1) || isNameFollowing(wordEnd + 1)
        {
            emit(.abbreviation, start, wordEnd + 1, [.initial, .capitalized])
            return true
        }
        return false
    }

    /// Whether another initial follows after inline space: the `P.` in `J. P. Jansen`.
    func isInitialFollowing(_ index: Int) -> Bool {
        let next = endOfInlineSpaces(from: index)
        return CharacterClass.isASCIIUpper(byte(next)) && byte(next + 1) == 0x2E
    }

    /// Whether a surname (or a name particle) follows on the same line.
    func isNameFollowing(_ index: Int) -> Bool {
        let next = endOfInlineSpaces(from: index)
        guard next > index, next < count else { return false }
        let (value, _) = decode(next)
        if CharacterClass.isApostrophe(value) { return byte(next + 1) | 0x20 == 0x74 }  // 't
        let end = endOfLetters(from: next)
        guard end > next else { return false }
        let word = lowercased(next, end)
        if DutchWordClasses.nameParticles.contains(word) && !CharacterClass.isUppercase(value) { return true }
        return CharacterClass.isUppercase(value) && !DutchWordClasses.sentenceStarters.contains(word)
    }

    // MARK: - Apostrophe words

    /// `'s avonds`, `'t`, `'n`, `'s-Hertogenbosch`: an apostrophe that starts a word.
    mutating func scanApostropheWord(width: Int) -> Bool {
        let start = position
        let previous = scalar(before: start)
        guard !CharacterClass.isLetter(previous), !(previous < 0x80 && CharacterClass.isASCIIDigit(UInt8(previous))) else {
            return false
        }
        let lettersStart = start + width
        let lettersEnd = endOfLetters(from: lettersStart)
        guard lettersEnd > lettersStart, lettersEnd - lettersStart <= 2,
            DutchWordClasses.apostropheWords.contains(lowercased(lettersStart, lettersEnd))
        else { return false }
        let after = scalar(at: lettersEnd)
        if CharacterClass.isHyphen(after), CharacterClass.isLetter(scalar(at: lettersEnd + 1)) {
            let (end, flags) = wordEnd(from: lettersEnd + 1)
            emit(.word, start, end, flags.union([.apostrophe, .hyphenated]).subtracting(.capitalized))
            return true
        }
        guard after == 0 || CharacterClass.isWhitespace(after) || CharacterClass.isPunctuation(after) else {
            return false
        }
        emit(.word, start, lettersEnd, [.apostrophe])
        return true
    }

    // MARK: - Web and e-mail addresses

    /// Reads a URL (`https://…`, `www.…`, `naam.nl/pad`) or e-mail address at
    /// `position`, if there is one.
    mutating func scanAddress() -> Bool {
        let start = position
        // One cheap pass over characters that may appear in an address; plain words
        // stop at a space and are rejected right away.
        var runEnd = start
        var dots = 0
        while runEnd < count {
            let value = bytes[runEnd]
            guard isEmailLocalCharacter(value) else { break }
            if value == 0x2E { dots += 1 }
            runEnd += 1
        }
        let stop = byte(runEnd)
        if stop == 0x3A, let schemeEnd = urlSchemeEnd(from: start) {
            emit(.url, start, urlEnd(from: schemeEnd))
            return true
        }
        guard dots > 0 || stop == 0x40 else { return false }
        if matchesCaseInsensitive("www.", at: start), isURLCharacter(byte(start + 4)) {
            emit(.url, start, urlEnd(from: start + 4))
            return true
        }
        if stop == 0x40, let end = emailEnd(domainStart: runEnd + 1), runEnd > start {
            emit(.email, start, end)
            return true
        }
        if dots > 0, let end = bareDomainEnd(from: start, runEnd: runEnd) {
            emit(.url, start, end)
            return true
        }
        return false
    }

    func urlSchemeEnd(from start: Int) -> Int? {
        var index = start
        while index < count, index - start < 10, CharacterClass.isASCIILetter(bytes[index]) { index += 1 }
        guard index > start, byte(index) == 0x3A, byte(index + 1) == 0x2F, byte(index + 2) == 0x2F else {
            return nil
        }
        let scheme = lowercased(start, index)
        guard scheme == "http" || scheme == "https" || scheme == "ftp" || scheme == "file" else { return nil }
        return index + 3
    }

    func isURLCharacter(_ value: UInt8) -> Bool {
        value > 0x20 && value != 0x22 && value != 0x3C && value != 0x3E && value != 0x60 && value != 0x7B
            && value != 0x7D && value != 0x7C && value != 0x5E && value != 0x7F
    }

    /// The end of a URL body: everything up to white space, minus trailing punctuation
    /// that belongs to the sentence.
    func urlEnd(from index: Int) -> Int {
        var end = index
        var openParentheses = 0
        while end < count {
            let value = bytes[end]
            if value >= 0x80 {
                let (scalar, width) = decode(end)
                if CharacterClass.isWhitespace(scalar) || CharacterClass.quoteDirection(scalar) != nil { break }
                end += width
                continue
            }
            guard isURLCharacter(value) else { break }
            if value == 0x28 { openParentheses += 1 }
            if value == 0x29 {
                if openParentheses == 0 { break }
                openParentheses -= 1
            }
            end += 1
        }
        while end > index {
            let last = bytes[end - 1]
            if last == 0x2E || last == 0x2C || last == 0x3B || last == 0x3A || last == 0x21 || last == 0x3F
                || last == 0x27 || last == 0x22
            {
                end -= 1
            } else {
                break
            }
        }
        return end
    }

    func isEmailLocalCharacter(_ value: UInt8) -> Bool {
        CharacterClass.isASCIILetter(value) || CharacterClass.isASCIIDigit(value) || value == 0x2E || value == 0x5F
            || value == 0x25 || value == 0x2B || value == 0x2D
    }

    /// The end of an e-mail address whose domain starts at `domainStart`.
    func emailEnd(domainStart: Int) -> Int? {
        var end = domainStart
        while end < count,
            CharacterClass.isASCIILetter(bytes[end]) || CharacterClass.isASCIIDigit(bytes[end]) || bytes[end] == 0x2E
                || bytes[end] == 0x2D
        {
            end += 1
        }
        while end > domainStart, bytes[end - 1] == 0x2E || bytes[end - 1] == 0x2D { end -= 1 }
        guard let lastDot = (domainStart..<end).last(where: { bytes[$0] == 0x2E }), lastDot > domainStart,
            end - lastDot - 1 >= 2, (lastDot + 1..<end).allSatisfy({ CharacterClass.isASCIILetter(bytes[$0]) })
        else { return nil }
        return end
    }

    /// `jeugdzorg.nl`, `gemeente.nl/hulp`: a bare domain with a known top-level domain.
    func bareDomainEnd(from start: Int, runEnd: Int) -> Int? {
        var end = runEnd
        while end > start, bytes[end - 1] == 0x2E { end -= 1 }
        // The labels between the dots, read in place: two or more, none empty, the
        // first at least two bytes, all but the last of letters, digits and hyphens,
        // the last of letters only and a known top-level domain.
        var labelStart = start
        var hasLongLabel = false
        for index in start..<end {
            let value = bytes[index]
            if value == 0x2E {
                let length = index - labelStart
                guard length > 0, labelStart > start || length >= 2 else { return nil }
                if length >= 3 { hasLongLabel = true }
                labelStart = index + 1
            } else if !(CharacterClass.isASCIILetter(value) || CharacterClass.isASCIIDigit(value) || value == 0x2D) {
                return nil
            }
        }
        // Abbreviations such as "o.a.nl" have one-letter labels: not a domain.
        guard labelStart > start, labelStart < end, hasLongLabel,
            let key = DutchWordClasses.letterKey(UnsafeBufferPointer(rebasing: bytes[labelStart..<end])),
            DutchWordClasses.topLevelDomainKeys.contains(key)
        else { return nil }
        if byte(end) == 0x2F { return urlEnd(from: end) }
        return end
    }
}
