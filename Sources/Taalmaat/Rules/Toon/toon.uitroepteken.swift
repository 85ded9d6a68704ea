import Foundation
import TaalmaatText

/// `toon.uitroepteken`: exclamation marks in the body of a letter or report.
struct ToonUitroepteken: SentenceRule, DescribedRule {
    static let ruleDescription = RuleDescription(
        id: "toon.uitroepteken",
        name: "Uitroepteken",
        summary: "Een uitroepteken in de tekst.",
        explanation: """
            Een uitroepteken klinkt streng, boos of gehaast. Gebruik een punt. \
            Is iets echt belangrijk? Zeg dan in gewone woorden waarom.
            """,
        whyItMatters: """
            Een lezer met zorgen leest een uitroepteken snel als boosheid of druk. Dat maakt ongerust.
            """,
        severities: ProfileSeverities(brief: .waarschuwing, verslag: .waarschuwing, kind: .tip, intern: nil),
        examples: [
            .triggers("Neem uw paspoort mee⟦!⟧", suggestion: ".", better: "Wilt u uw paspoort meenemen? Dat hebben we nodig voor de aanvraag."),
            .triggers("Dit mag echt niet meer gebeuren⟦!!⟧"),
            .clean("Wilt u uw paspoort meenemen?"),
            .clean("Moeder zei: \"Ik ben het er niet mee eens!\""),
            .clean("Hoi Sem!"),
        ])

    func check(_ sentence: SentenceContext, into findings: inout [FindingDraft]) {
        let kind = sentence.blockKind
        guard kind == .paragraph || kind == .listItem || kind == .heading, sentence.contains(.punctuation),
            Self.hasExclamationByte(sentence)
        else { return }
        for position in 0..<sentence.count where sentence.kind(position) == .punctuation && !sentence.isQuoted(position) {
            // Without the byte of "!" the mark cannot hold one.
            guard sentence.tokenContains(position, byte: 0x21) else { continue }
            let text = sentence.text(position)
            guard text.contains("!") else { continue }
            let replacement = text.contains("?") ? "?" : "."
            findings.append(
                FindingDraft(
                    range: sentence.range(position),
                    message: "Een uitroepteken klinkt streng. Gebruik een punt.",
                    suggestions: [
                        Suggestion(
                            title: replacement, edits: [TextEdit(range: sentence.range(position), replacement: replacement)],
                            isSafe: true)
                    ]))
        }
    }

    /// Whether the sentence's text holds the byte of "!" at all. Every finding is a token
    /// with that byte, and the tokens lie inside the sentence's range; one `memchr` over
    /// its bytes skips nearly every sentence, where a look at each token cost more than
    /// the rest of the rule.
    static func hasExclamationByte(_ sentence: SentenceContext) -> Bool {
        let range = sentence.sentence.range
        guard range.start < range.end else { return false }
        return sentence.columns.document.source.utf8.withUnsafeBufferPointer { bytes in
            memchr(bytes.baseAddress! + range.start, 0x21, range.end - range.start) != nil
        }
    }
}
