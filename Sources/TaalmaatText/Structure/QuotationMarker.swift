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

    /// Where the next block starts in the landmarks.
    private var cursor = 0
    /// Open marks of the current block; kept to reuse its storage.
    private var stack: [Open] = []
    private static let quoteFlags: TokenFlags = [.openingQuote, .closingQuote]

    /// Marks the quotations of one block. The text's landmarks hold, in order, the
    /// indices of all punctuation tokens (and some others), so the words in between
    /// are never looked at.
    mutating func mark(_ text: StructureText, tokens range: Range<Int>, into quotations: inout [TextRange]) {
        let tokens = text.tokens
        let landmarks = text.landmarks
        // Usually empty: skip the generic replaceSubrange behind removeAll.
        if !stack.isEmpty { stack.removeAll(keepingCapacity: true) }
        while cursor < landmarks.count, Int(landmarks[cursor]) < range.lowerBound { cursor += 1 }
        while cursor < landmarks.count, Int(landmarks[cursor]) < range.upperBound {
            let index = Int(landmarks[cursor])
            cursor += 1
            // The tokenizer flags every quotation mark it can place; the rest of the
            // punctuation is skipped without decoding it.
            guard tokens[index].kind == .punctuation, !tokens[index].flags.isDisjoint(with: Self.quoteFlags),
                let (family, role, lowNine) = Self.classify(tokens[index], bytes: text.bytes)
            else { continue }
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
