/// Pairs quotation marks inside each block and marks the tokens between them as
/// quoted, so tone rules can leave a family member's own words alone.
///
/// Blocks are marked in order, one at a time, as the structure builder finishes them.
struct QuotationMarker {
    private enum Family { case double, single, guillemet }

    /// How a mark behaves: always opens, always closes, or closes when a mark of its
    /// family is open and opens otherwise.
    private enum Role { case opens, closes, closesOrOpens, opensUnlessLowNineOpen }

    private struct Open {
        let index: Int
        let family: Family
        let isLowNine: Bool
    }

    /// Indices of the punctuation tokens that the tokenizer flagged as quotation marks,
    /// in order (see ``note(_:)``). Most blocks have none and are not looked at.
    private var marks: [Int32] = []
    /// Where the next block starts in ``marks``.
    private var cursor = 0
    /// Open marks of the current block; kept to reuse its storage.
    private var stack: [Open] = []
    /// Computed, not stored: a stored static is read through a once-check per use.
    static var quoteFlags: TokenFlags { [.openingQuote, .closingQuote] }

    /// Notes a punctuation token with a quote flag. The structure pass notes them in
    /// order as it reads the lines, before it finishes their blocks.
    mutating func note(_ index: Int) {
        marks.append(Int32(truncatingIfNeeded: index))
    }

    /// Whether a noted mark that no block has taken yet lies before `end`: only then
    /// does ``mark(_:tokens:into:)`` have work.
    @inline(__always)
    func hasMarks(before end: Int) -> Bool {
        cursor < marks.count && Int(marks[cursor]) < end
    }

    /// Marks the quotations of one block, visiting only its noted quotation marks.
    mutating func mark(_ text: StructureText, tokens range: Range<Int>, into quotations: inout [TextRange]) {
        let tokens = text.tokens
        // Usually empty: skip the generic replaceSubrange behind removeAll.
        if !stack.isEmpty { stack.removeAll(keepingCapacity: true) }
        while cursor < marks.count, Int(marks[cursor]) < range.lowerBound { cursor += 1 }
        while cursor < marks.count, Int(marks[cursor]) < range.upperBound {
            let index = Int(marks[cursor])
            cursor += 1
            // Noted marks are flagged punctuation; some still have no role.
            guard let (family, role, lowNine) = Self.classify(tokens[index], bytes: text.bytes) else { continue }
            let openIndex = stack.lastIndex(where: { $0.family == family })
            let closes: Bool
            switch role {
            case .opens: closes = false
            case .closes: closes = true
            case .closesOrOpens: closes = openIndex != nil
            case .opensUnlessLowNineOpen: closes = openIndex.map { stack[$0].isLowNine } ?? false
            }
            if !closes {
                stack.append(Open(index: index, family: family, isLowNine: lowNine))
                continue
            }
            guard let openIndex else { continue }
            let open = stack[openIndex]
            stack.removeSubrange(openIndex...)
            guard index > open.index + 1 else { continue }
            for inner in open.index + 1..<index { tokens[inner].flags.insert(.quoted) }
            quotations.append(TextRange(start: tokens[open.index].end, end: tokens[index].start))
        }
    }

    private static func classify(_ token: Token, bytes: UnsafeBufferPointer<UInt8>) -> (Family, Role, Bool)? {
        let scalar = UTF8Scalar.decode(bytes, at: token.start).value
        let opening = token.has(.openingQuote)
        let closing = token.has(.closingQuote)
        switch scalar {
        case 0x22:  // " decided by its neighbours
            guard opening || closing else { return nil }
            return (.double, opening ? .opens : .closes, false)
        case 0x27:  // ' decided by its neighbours (apostrophes inside words never get here)
            guard opening || closing else { return nil }
            return (.single, opening ? .opens : .closes, false)
        case 0x201E: return (.double, .opens, true)  // „
        case 0x201C: return (.double, .opensUnlessLowNineOpen, false)  // “
        case 0x201D: return (.double, .closesOrOpens, false)  // ”
        case 0x201A: return (.single, .opens, true)  // ‚
        case 0x2018: return (.single, .opens, false)  // ‘
        case 0x2019: return (.single, .closes, false)  // ’
        case 0xAB, 0x2039: return (.guillemet, .opens, false)  // « ‹
        case 0xBB, 0x203A: return (.guillemet, .closes, false)  // » ›
        default: return nil
        }
    }
}
