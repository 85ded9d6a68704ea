/// Fast Unicode classification for the tokenizer's hot loop. ASCII and Latin-1/
/// Latin Extended letters (all of written Dutch) are decided by table; everything
/// else falls back to Unicode properties.
enum CharacterClass {
    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    @inline(__always)
    static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// ASCII bytes that end a word and cannot continue it as an address or an
    /// abbreviation: not a letter, digit, `-`, `'`, `.`, `@`, `:`, `_`, `+` or `%`.
    @inline(__always)
    static func endsPlainWord(_ byte: UInt8) -> Bool {
        guard byte < 0x80, !isASCIILetter(byte), !isASCIIDigit(byte) else { return false }
        switch byte {
        case 0x2D, 0x27, 0x2E, 0x40, 0x3A, 0x5F, 0x2B, 0x25: return false
        default: return true
        }
    }

    @inline(__always)
    static func isASCIIUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    /// Whether ``TokenScanner/scanSpecial(_:width:)`` may handle a scalar: any
    /// non-ASCII one, and the ASCII characters ``specialASCII`` lists. Most
    /// punctuation (`.` `,` `(` `)` `:`) skips the call.
    @inline(__always)
    static func mayBeSpecial(_ value: UInt32) -> Bool {
        value >= 0x80 || (value < 0x40 ? specialASCIILow >> UInt64(value) : specialASCIIHigh >> UInt64(value - 0x40)) & 1 != 0
    }

    /// The ASCII characters with a case in ``TokenScanner/scanSpecial(_:width:)``.
    static let specialASCII = "<{[]$%+&'`*_~|!"
    /// ``specialASCII`` as bits: 0x00–0x3F and 0x40–0x7F (a test checks them).
    /// Computed, so they fold into constants.
    static var specialASCIILow: UInt64 {
        1 << 0x21 | 1 << 0x24 | 1 << 0x25 | 1 << 0x26 | 1 << 0x27 | 1 << 0x2A | 1 << 0x2B | 1 << 0x3C
    }
    static var specialASCIIHigh: UInt64 {
        1 << (0x5B - 0x40) | 1 << (0x5D - 0x40) | 1 << (0x5F - 0x40) | 1 << (0x60 - 0x40) | 1 << (0x7B - 0x40)
            | 1 << (0x7C - 0x40) | 1 << (0x7E - 0x40)
    }

    /// Eight bytes in one word (the first in the lowest byte): the top bit of each byte
    /// that is not a lowercase ASCII letter is set, all other bits are clear.
    @inline(__always)
    static func nonLowercaseBytes(_ word: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        // With the top bit forced on, each byte is 0x80 + its low seven bits, so the
        // subtractions stay inside their bytes; a top bit survives when those low bits
        // are at least `a` (0x61), or at least one past `z` (0x7B).
        let raised = word | high
        let fromA = raised &- 0x6161_6161_6161_6161
        let pastZ = raised &- 0x7B7B_7B7B_7B7B_7B7B
        let lowercase = fromA & ~pastZ & ~word & high
        return lowercase ^ high
    }

    @inline(__always)
    static func isLetter(_ value: UInt32) -> Bool {
        if value < 0x80 { return isASCIILetter(UInt8(value)) }
        if value < 0x250 {
            return (value >= 0xC0 && value != 0xD7 && value != 0xF7) || value == 0xAA || value == 0xB5
                || value == 0xBA
        }
        if isCombiningMark(value) { return false }
        return isAlphabeticScalar(value)
    }

    // The Unicode property look-ups live out of line: inlined, they made every
    // function that tests a letter fetch type metadata on entry, even for ASCII.
    @inline(never)
    static func isAlphabeticScalar(_ value: UInt32) -> Bool {
        Unicode.Scalar(value)?.properties.isAlphabetic ?? false
    }

    @inline(never)
    static func isUppercaseScalar(_ value: UInt32) -> Bool {
        Unicode.Scalar(value)?.properties.isUppercase ?? false
    }

    @inline(never)
    static func isLowercaseScalar(_ value: UInt32) -> Bool {
        Unicode.Scalar(value)?.properties.isLowercase ?? false
    }

    /// Combining marks continue the letter before them (NFD text: `e` + U+0308).
    @inline(__always)
    static func isCombiningMark(_ value: UInt32) -> Bool {
        (value >= 0x0300 && value <= 0x036F) || (value >= 0x1AB0 && value <= 0x1AFF)
            || (value >= 0x1DC0 && value <= 0x1DFF) || (value >= 0x20D0 && value <= 0x20FF)
            || (value >= 0xFE20 && value <= 0xFE2F)
    }

    /// Scalars that glue onto the symbol before them (emoji modifiers and joiners).
    @inline(__always)
    static func isSymbolExtender(_ value: UInt32) -> Bool {
        (value >= 0xFE00 && value <= 0xFE0F) || value == 0x200D || value == 0x20E3
            || (value >= 0x1F3FB && value <= 0x1F3FF) || (value >= 0xE0020 && value <= 0xE007F)
            || isCombiningMark(value)
    }

    @inline(__always)
    static func isUppercase(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        if value < 0x100 { return value >= 0xC0 && value <= 0xDE && value != 0xD7 }
        return isUppercaseScalar(value)
    }

    @inline(__always)
    static func isLowercase(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        if value < 0x100 { return value >= 0xDF && value != 0xF7 }
        return isLowercaseScalar(value)
    }

    /// Horizontal and vertical white space, including no-break and zero-width spaces.
    @inline(__always)
    static func isWhitespace(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return value == 0xA0 || value == 0x85 || value == 0x1680 || (value >= 0x2000 && value <= 0x200B)
            || value == 0x2028 || value == 0x2029 || value == 0x202F || value == 0x205F
            || value == 0x3000 || value == 0xFEFF
    }

    /// Spaces that may sit inside one token (`€ 850`, `12 maart`): space and no-break spaces.
    @inline(__always)
    static func isInlineSpace(_ value: UInt32) -> Bool {
        value == 0x20 || value == 0xA0 || value == 0x202F
    }

    static func isApostrophe(_ value: UInt32) -> Bool { value == 0x27 || value == 0x2019 }

    static func isHyphen(_ value: UInt32) -> Bool { value == 0x2D || value == 0x2011 }

    /// Quotation marks, and whether they open (`true`), close (`false`) or depend on
    /// context (`nil`).
    @inline(__always)
    static func quoteDirection(_ value: UInt32) -> Bool?? {
        switch value {
        case 0x22, 0x27: return .some(nil)  // " '
        case 0x201C, 0x201E, 0x2018, 0x201A, 0xAB, 0x2039: return .some(true)  // “ „ ‘ ‚ « ‹
        case 0x201D, 0x2019, 0xBB, 0x203A: return .some(false)  // ” ’ » ›
        default: return .none
        }
    }

    /// Punctuation that becomes a token of its own.
    @inline(__always)
    static func isPunctuation(_ value: UInt32) -> Bool {
        switch value {
        case 0x21, 0x22, 0x27, 0x28, 0x29, 0x2C, 0x2D, 0x2E, 0x2F, 0x3A, 0x3B, 0x3F, 0x5B, 0x5D, 0x7B,
            0x7D:
            return true
        case 0x2026, 0x2013, 0x2014, 0x2010, 0x2011, 0x2012, 0x2015, 0x2018, 0x2019, 0x201A, 0x201C,
            0x201D, 0x201E, 0xAB, 0xBB, 0x2039, 0x203A, 0xA1, 0xBF:
            return true
        default:
            return false
        }
    }

    /// Bullet characters that start a list item at the start of a line.
    static func isBullet(_ value: UInt32) -> Bool {
        switch value {
        case 0x2D, 0x2A, 0x2B, 0x2022, 0x2013, 0x2014, 0xB7, 0x25AA, 0x25E6, 0x25CB, 0x25BA, 0x2713,
            0x2714, 0x2192, 0x25CF, 0x25A0, 0x2023, 0x2043:
            return true
        default:
            return false
        }
    }
}
