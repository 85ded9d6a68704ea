/// A plain-text listing of a document's blocks, sentences and tokens, one per line.
/// Used by the golden tests and by `taalmaat tokens` to show how a text was read.
extension Document {
    public func outline() -> String {
        var lines: [String] = ["# blokken"]
        for block in blocks {
            let span = source.span(of: block.range)
            lines.append("\(block.kind.rawValue)\t\(span.start)-\(span.end)\t\(Self.visible(text(of: block.range)))")
        }
        lines.append("# zinnen")
        for sentence in sentences {
            let span = source.span(of: sentence.range)
            lines.append("\(span.start)\t\(blocks[sentence.blockIndex].kind.rawValue)\t\(Self.visible(text(of: sentence.range)))")
        }
        lines.append("# tokens (zonder witruimte)")
        for token in tokens where token.kind != .whitespace {
            let flags = Self.flagNames(token.flags)
            lines.append("\(token.kind)\t\(Self.visible(text(of: token)))" + (flags.isEmpty ? "" : "\t" + flags))
        }
        if !quotations.isEmpty {
            lines.append("# citaten")
            for quotation in quotations { lines.append(Self.visible(text(of: quotation))) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Line breaks and tabs made visible, so each item stays on one line.
    static func visible(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "⏎").replacingOccurrences(of: "\n", with: "⏎")
            .replacingOccurrences(of: "\r", with: "⏎").replacingOccurrences(of: "\t", with: "⇥")
    }

    static func flagNames(_ flags: TokenFlags) -> String {
        let names: [(TokenFlags, String)] = [
            (.capitalized, "hoofdletter"), (.allCaps, "kapitalen"), (.containsDigit, "cijfer"),
            (.hyphenated, "koppelteken"), (.ellipticHyphen, "weglatingsstreepje"), (.apostrophe, "apostrof"),
            (.initial, "voorletter"), (.ordinal, "rangtelwoord"), (.mayEndSentence, "kan-zin-eindigen"),
            (.nonASCII, "niet-ascii"), (.quoted, "citaat"), (.openingQuote, "open"), (.closingQuote, "sluit"),
        ]
        return names.filter { flags.contains($0.0) }.map(\.1).joined(separator: ",")
    }
}
