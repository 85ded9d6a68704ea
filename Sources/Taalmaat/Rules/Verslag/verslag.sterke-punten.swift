import TaalmaatText

/// `verslag.sterke-punten`: a report that names no strength at all: nothing that
/// goes well, succeeds or makes someone proud.
struct VerslagSterkePunten: DocumentRule, DescribedRule {
    static let ruleDescription = RuleDescription(
        id: "verslag.sterke-punten",
        name: "Sterke punten ontbreken",
        summary: "Een verslag waarin niet staat wat goed gaat of wat het gezin goed doet.",
        explanation: """
            In dit verslag staat niet wat goed gaat. Noem ook wat lukt, waar iemand goed in is en waar ouders en \
            kinderen trots op zijn. Een kopje 'Wat gaat goed?' helpt. Wees eerlijk: noem echte, concrete dingen, \
            ook kleine. Taalmaat kijkt naar woorden als 'gaat goed', 'lukt', 'trots', 'goed in', 'helpt' en 'fijn dat'. \
            Korte teksten (minder dan 80 woorden) controleert Taalmaat niet.
            """,
        whyItMatters: """
            Een verslag met alleen zorgen geeft het gezin het gevoel dat niets goed gaat. \
            Wat wel lukt, geeft moed en laat zien waarop het gezin kan bouwen.
            """,
        severities: ProfileSeverities(brief: nil, verslag: .waarschuwing, kind: nil, intern: .tip),
        thresholds: [
            Threshold(key: "minimum-woorden", summary: "Teksten met minder woorden controleert deze regel niet.", all: 80)
        ],
        examples: [
            .triggers(
                "⟦Daan⟧" + VerslagVoorbeelden.report.dropFirst(4),
                suggestion: "Voeg een deel toe: 'Wat gaat goed?'",
                better: VerslagVoorbeelden.report + " Daan is goed in rekenen. Hij helpt zijn zus met lezen."),
            .triggers("⟦Daan⟧" + VerslagVoorbeelden.report.dropFirst(4) + " Het lukt zijn moeder nog niet om op tijd op te staan."),
            .triggers("⟦Daan⟧" + VerslagVoorbeelden.report.dropFirst(4), profile: .intern),
            .clean(VerslagVoorbeelden.report + " Daan is goed in rekenen. Hij helpt zijn zus met lezen."),
            .clean("Wat gaat goed?\n- Daan gaat elke dag met plezier naar voetbal.\n\n" + VerslagVoorbeelden.report),
            .clean(VerslagVoorbeelden.report + " Het lukt zijn moeder om elke ochtend ontbijt klaar te zetten."),
            .clean(VerslagVoorbeelden.report + " Daan is trots op zijn nieuwe fiets."),
            .clean("Daan is acht jaar. Hij komt sinds januari vaak te laat op school. Ik heb het gezin drie keer bezocht."),
            .clean(VerslagVoorbeelden.report, profile: .brief),
        ],
        wordLists: [VerslagSignalen.strengthList])

    func check(_ document: DocumentContext, into findings: inout [FindingDraft]) {
        let body = document.bodySentences
        guard let first = VerslagSignalen.anchorSentence(in: document, body: body) else { return }
        let words = body.reduce(0) { $0 + document.results[$1].stats.words }
        guard Double(words) >= document.threshold("minimum-woorden", of: description) else { return }
        // Headings count as well: a part 'Wat gaat goed?' is a strength section.
        for (index, matches) in VerslagSignalen.sentencesWithMatches([VerslagSignalen.strengthList], in: document) {
            let kind = document.blockKind(ofSentence: index)
            guard VerslagSignalen.isBody(kind) || kind == .heading else { continue }
            let sentence = ReportSentenceView(document, index)
            if matches.contains(where: { !isWeakened($0, in: sentence) }) { return }
        }
        findings.append(
            FindingDraft(
                range: document.anchor(sentence: first),
                message: "In dit verslag staat niet wat goed gaat. Noem ook wat lukt en wat het gezin goed doet.",
                suggestions: [Suggestion(title: "Voeg een deel toe: 'Wat gaat goed?'")]))
    }

    /// *Lukt nog niet*, *geen vooruitgang*, *weinig trots*: a negation close by, in the
    /// same clause.
    func isWeakened(_ match: SentenceMatch, in sentence: ReportSentenceView) -> Bool {
        var position = match.first - 1
        var steps = 0
        while position >= 0, steps < 3, !sentence.word(position).isEmpty {
            if VerslagSignalen.weakeners.contains(sentence.word(position)) { return true }
            position -= 1
            steps += 1
        }
        position = match.last + 1
        steps = 0
        while position < sentence.count, steps < 4, !sentence.word(position).isEmpty {
            if VerslagSignalen.weakeners.contains(sentence.word(position)) { return true }
            position += 1
            steps += 1
        }
        return false
    }
}
