/// Line starts (list markers, Markdown block syntax), markup, template placeholders
/// and the other characters that need a look at their neighbours.
extension TokenScanner {
    // MARK: - Start of a line

    mutating func scanLineStart(_ scalar: UInt32) -> Bool {
        let start = position
        if format == .plain, scalar == 0x74, scanDirectiveLine() { return true }
        if format == .markdown, scanMarkdownBlockSyntax() { return true }
        // Numbered item: "1." or "12)" followed by a space.
        if scalar < 0x80, CharacterClass.isASCIIDigit(UInt8(scalar)) {
            let end = digitsEnd(from: start)
            if end - start <= 2, byte(end) == 0x2E || byte(end) == 0x29, isInlineSpaceOrTab(end + 1) {
                atLineStart = false
                emit(.listMarker, start, end + 1)
                return true
            }
            return false
        }
        // Lettered item: "a." "a)" "B)".
        if scalar < 0x80, CharacterClass.isASCIILetter(UInt8(scalar)), isInlineSpaceOrTab(start + 2) {
            let mark = byte(start + 1)
            if mark == 0x29 || (mark == 0x2E && !CharacterClass.isASCIIUpper(UInt8(scalar))) {
                atLineStart = false
                emit(.listMarker, start, start + 2)
                return true
            }
            return false
        }
        if CharacterClass.isBullet(scalar) {
            let width = decode(start).1
            if isInlineSpaceOrTab(start + width) {
                atLineStart = false
                emit(.listMarker, start, start + width)
                return true
            }
        }
        return false
    }

    /// In plain text, a line that starts with `taalmaat-uit` or `taalmaat-aan` is an
    /// instruction to the checker (a suppression), not text: one markup token.
    mutating func scanDirectiveLine() -> Bool {
        let start = position
        guard matchesCaseInsensitive("taalmaat-uit", at: start) || matchesCaseInsensitive("taalmaat-aan", at: start) else {
            return false
        }
        var end = start
        while end < count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        emit(.markup, start, end)
        return true
    }

    func isInlineSpaceOrTab(_ index: Int) -> Bool {
        guard index < count else { return false }
        let value = decode(index).0
        return value == 0x09 || CharacterClass.isInlineSpace(value)
    }

    /// Headings (`#`), block quotes (`>`), code fences and thematic breaks.
    mutating func scanMarkdownBlockSyntax() -> Bool {
        let start = position
        let first = bytes[start]
        if first == 0x23 {  // #
            var end = start
            while end < count, bytes[end] == 0x23 { end += 1 }
            if end - start <= 6, end == count || isInlineSpaceOrTab(end) || bytes[end] == 0x0A || bytes[end] == 0x0D {
                atLineStart = false
                emit(.markup, start, end)
                return true
            }
            return false
        }
        if first == 0x3E {  // > block quote: the line goes on as a line start
            emit(.markup, start, start + 1)
            return true
        }
        if first == 0x60 || first == 0x7E, byte(start + 1) == first, byte(start + 2) == first {
            emit(.markup, start, fencedCodeEnd(from: start, fence: first))
            atLineStart = false
            return true
        }
        if first == 0x2D || first == 0x2A || first == 0x5F || first == 0x3D {
            // ---, ***, ___, === on a line of their own.
            var end = start
            var marks = 0
            while end < count, bytes[end] == first || bytes[end] == 0x20 {
                if bytes[end] == first { marks += 1 }
                end += 1
            }
            if marks >= 3, end == count || bytes[end] == 0x0A || bytes[end] == 0x0D {
                emit(.markup, start, end)
                return true
            }
        }
        return false
    }

    /// The end of a fenced code block: through the closing fence line, or the text.
    func fencedCodeEnd(from start: Int, fence: UInt8) -> Int {
        var index = start + 3
        while index < count {
            while index < count, bytes[index] != 0x0A { index += 1 }
            guard index < count else { return count }
            index += 1
            var lineStart = index
            while lineStart < count, bytes[lineStart] == 0x20 { lineStart += 1 }
            if byte(lineStart) == fence, byte(lineStart + 1) == fence, byte(lineStart + 2) == fence {
                var end = lineStart
                while end < count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
                return end
            }
        }
        return count
    }

    // MARK: - Characters that need context

    /// Handles characters whose meaning depends on what follows. Returns `false` to let
    /// the general rules take over.
    mutating func scanSpecial(_ scalar: UInt32, width: Int) -> Bool {
        switch scalar {
        case 0x3C:  // <
            if format != .plain, scanTag() { return true }
            return scanPlaceholder(open: 0x3C, style: .doubleAngles)
        case 0x7B:  // {
            return scanPlaceholder(open: 0x7B, style: byte(position + 1) == 0x7B ? .doubleBraces : .singleBraces)
        case 0x5B:  // [
            if format == .markdown, scanMarkdownLinkOpening() { return true }
            return scanPlaceholder(open: 0x5B, style: .squareBrackets)
        case 0x5D:  // ]
            return format == .markdown && scanMarkdownLinkTarget()
        case 0xAB:  // «
            return scanPlaceholder(open: 0xAB, style: .guillemets)
        case 0x24:  // $
            return scanPlaceholder(open: 0x24, style: .dollars)
        case 0x25:  // %
            return scanPlaceholder(open: 0x25, style: .percents)
        case 0x20AC:  // €
            return scanEuroAmount(width: width)
        case 0x2B:  // +
            return scanInternationalPhone()
        case 0x26:  // &
            return format != .plain && scanEntity()
        case 0x27, 0x2019:  // ' ’
            return scanApostropheWord(width: width)
        case 0x60, 0x2A, 0x5F, 0x7E, 0x7C:  // ` * _ ~ |
            guard format == .markdown else { return false }
            scanMarkdownInline()
            return true
        case 0x21:  // ! before [ is a Markdown image
            guard format == .markdown, byte(position + 1) == 0x5B, scanMarkdownLinkOpening(offset: 1) else {
                return false
            }
            return true
        default:
            return false
        }
    }

    // MARK: - Template placeholders

    /// `{{naam}}`, `{naam}`, `[NAAM]`, `<<naam>>`, `«Naam»`, `$naam$`, `%naam%`.
    mutating func scanPlaceholder(open: UInt32, style: PlaceholderStyle) -> Bool {
        guard options.placeholderStyles.contains(style) else { return false }
        let start = position
        switch style {
        case .doubleBraces:
            guard let end = placeholderEnd(from: start + 2, close: [0x7D, 0x7D], allowSpaces: true, maximum: 80, anyContent: true)
            else { return false }
            emit(.placeholder, start, end)
        case .singleBraces:
            guard let end = placeholderEnd(from: start + 1, close: [0x7D], allowSpaces: true, maximum: 40) else { return false }
            emit(.placeholder, start, end)
        case .squareBrackets:
            guard let end = placeholderEnd(from: start + 1, close: [0x5D], allowSpaces: true, maximum: 40) else { return false }
            if format == .markdown, byte(end) == 0x28 || byte(end) == 0x5B || byte(end) == 0x3A { return false }
            // Editorial marks in quotes are not fields to fill in.
            if lowercased(start, end) == "[sic]" { return false }
            emit(.placeholder, start, end)
        case .doubleAngles:
            guard byte(start + 1) == 0x3C,
                let end = placeholderEnd(from: start + 2, close: [0x3E, 0x3E], allowSpaces: true, maximum: 40)
            else { return false }
            emit(.placeholder, start, end)
        case .guillemets:
            guard let end = placeholderEnd(from: start + 2, close: [0xC2, 0xBB], allowSpaces: true, maximum: 40, maximumWords: 3)
            else { return false }
            emit(.placeholder, start, end)
        case .dollars:
            guard let end = placeholderEnd(from: start + 1, close: [0x24], allowSpaces: false, maximum: 40) else { return false }
            emit(.placeholder, start, end)
        case .percents:
            guard CharacterClass.isLetter(scalar(at: start + 1)),
                let end = placeholderEnd(from: start + 1, close: [0x25], allowSpaces: false, maximum: 40)
            else { return false }
            emit(.placeholder, start, end)
        }
        return true
    }

    /// Finds the closing bytes of a placeholder whose content starts at `contentStart`.
    /// Content is a name: letters, digits, `_ - . :` and (if allowed) spaces, with at
    /// least one letter, on one line.
    func placeholderEnd(
        from contentStart: Int, close: [UInt8], allowSpaces: Bool, maximum: Int,
        maximumWords: Int = 8, anyContent: Bool = false
    ) -> Int? {
        var index = contentStart
        var letters = 0
        var words = 1
        while index < count, index - contentStart <= maximum {
            if bytes[index] == close[0], close.count == 1 || byte(index + 1) == close[1] {
                let content = lowercased(contentStart, index).trimmingCharactersASCIISpace()
                guard letters > 0, !content.isEmpty, words <= maximumWords else { return nil }
                return index + close.count
            }
            let (value, width) = decode(index)
            if CharacterClass.isLetter(value) || CharacterClass.isCombiningMark(value) {
                letters += 1
            } else if value == 0x0A || value == 0x0D {
                return nil
            } else if value == 0x20 {
                guard allowSpaces else { return nil }
                if index > contentStart, byte(index - 1) != 0x20 { words += 1 }
            } else if !anyContent {
                let allowed = (value < 0x80 && CharacterClass.isASCIIDigit(UInt8(value))) || value == 0x5F || value == 0x2D
                    || value == 0x2E || value == 0x3A
                guard allowed else { return nil }
            } else if value == 0x7B || value == 0x7D {
                return nil
            }
            index += width
        }
        return nil
    }

    // MARK: - HTML and Markdown

    /// `<p>`, `</h2>`, `<br/>`, `<!-- … -->`, and `<script>`/`<style>` with their content.
    mutating func scanTag() -> Bool {
        let start = position
        let next = byte(start + 1)
        guard CharacterClass.isASCIILetter(next) || next == 0x2F || next == 0x21 || next == 0x3F else { return false }
        if next == 0x21, byte(start + 2) == 0x2D, byte(start + 3) == 0x2D {
            emit(.markup, start, find([0x2D, 0x2D, 0x3E], from: start + 4).map { $0 + 3 } ?? count)
            return true
        }
        var index = start + 1
        var quote: UInt8 = 0
        while index < count {
            let value = bytes[index]
            if quote != 0 {
                if value == quote { quote = 0 }
            } else if value == 0x22 || value == 0x27 {
                quote = value
            } else if value == 0x3E {
                break
            } else if value == 0x3C {
                return false
            }
            index += 1
        }
        guard index < count else { return false }
        var end = index + 1
        let name = tagName(start)
        if name == "script" || name == "style" || name == "head" {
            let closing = Array("</\(name)".utf8)
            if let close = findCaseInsensitive(closing, from: end) {
                end = find([0x3E], from: close).map { $0 + 1 } ?? count
            } else {
                end = count
            }
        }
        emit(.markup, start, end)
        return true
    }

    func tagName(_ start: Int) -> String {
        var index = start + 1
        if byte(index) == 0x2F { index += 1 }
        let nameStart = index
        while index < count, CharacterClass.isASCIILetter(bytes[index]) || CharacterClass.isASCIIDigit(bytes[index]) {
            index += 1
        }
        return lowercased(nameStart, index)
    }

    /// `&amp;`, `&#233;`, `&nbsp;` (white space).
    mutating func scanEntity() -> Bool {
        let start = position
        var index = start + 1
        if byte(index) == 0x23 { index += 1 }
        let nameStart = index
        while index < count, index - nameStart < 10,
            CharacterClass.isASCIILetter(bytes[index]) || CharacterClass.isASCIIDigit(bytes[index])
        {
            index += 1
        }
        guard index > nameStart, byte(index) == 0x3B else { return false }
        let name = lowercased(nameStart, index)
        emit(name == "nbsp" || name == "160" ? .whitespace : .symbol, start, index + 1)
        return true
    }

    /// `[` that opens a Markdown link (`[tekst](url)` or `[tekst][ref]`).
    mutating func scanMarkdownLinkOpening(offset: Int = 0) -> Bool {
        let start = position
        var index = start + offset + 1
        var depth = 1
        while index < count, bytes[index] != 0x0A, bytes[index] != 0x0D {
            if bytes[index] == 0x5B { depth += 1 }
            if bytes[index] == 0x5D {
                depth -= 1
                if depth == 0 { break }
            }
            index += 1
        }
        guard index < count, bytes[index] == 0x5D, byte(index + 1) == 0x28 || byte(index + 1) == 0x5B else {
            return false
        }
        emit(.markup, start, start + offset + 1)
        return true
    }

    /// `](url)` or `][ref]` after Markdown link text.
    mutating func scanMarkdownLinkTarget() -> Bool {
        let start = position
        let opener = byte(start + 1)
        guard opener == 0x28 || opener == 0x5B else { return false }
        let closer: UInt8 = opener == 0x28 ? 0x29 : 0x5D
        var index = start + 2
        var depth = 1
        while index < count, bytes[index] != 0x0A {
            if bytes[index] == opener { depth += 1 }
            if bytes[index] == closer {
                depth -= 1
                if depth == 0 { break }
            }
            index += 1
        }
        guard index < count, bytes[index] == closer else { return false }
        emit(.markup, start, index + 1)
        return true
    }

    /// Emphasis markers, strike-through, table bars and inline code.
    mutating func scanMarkdownInline() {
        let start = position
        let mark = bytes[start]
        var end = start
        while end < count, bytes[end] == mark { end += 1 }
        if mark == 0x60 {
            // Inline code: through the next run of exactly as many backticks.
            let run = end - start
            var index = end
            while index < count {
                if bytes[index] == 0x60 {
                    var runEnd = index
                    while runEnd < count, bytes[runEnd] == 0x60 { runEnd += 1 }
                    if runEnd - index == run {
                        emit(.markup, start, runEnd)
                        return
                    }
                    index = runEnd
                } else if bytes[index] == 0x0A, byte(index + 1) == 0x0A {
                    break
                } else {
                    index += 1
                }
            }
        }
        emit(.markup, start, end)
    }

    // MARK: - Searching

    func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, start < count else { return nil }
        var index = start
        while index + needle.count <= count {
            if bytes[index] == needle[0] {
                var matched = true
                for offset in 1..<needle.count where bytes[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    func findCaseInsensitive(_ needle: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= count {
            var matched = true
            for offset in 0..<needle.count where bytes[index + offset] | 0x20 != needle[offset] | 0x20 {
                matched = false
                break
            }
            if matched { return index }
            index += 1
        }
        return nil
    }
}

extension String {
    func trimmingCharactersASCIISpace() -> Substring {
        var slice = self[...]
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return slice
    }
}
