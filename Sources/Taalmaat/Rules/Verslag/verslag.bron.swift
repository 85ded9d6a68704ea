import TaalmaatText

/// `verslag.bron`: a claim about the family without a source (*het blijkt dat*,
/// *bekend is dat*, *er zijn zorgen*), or a vague source (*via via*, *men zegt*).
///
/// A document rule, because the source often stands in the next sentence: *Het
/// blijkt dat Sem vaak moe is. Dat vertelde de juf op 3 maart.*
struct VerslagBron: DocumentRule, DescribedRule {
    static let claimList = "woorden/verslag-bron.tsv"
    static let vagueList = "woorden/verslag-bron-vaag.tsv"

    static let ruleDescription = RuleDescription(
        id: "verslag.bron",
        name: "Bewering zonder bron",
        summary: "Een bewering over het gezin zonder bron, zoals 'het blijkt dat' of 'er zijn zorgen'.",
        explanation: """
            Zinnen als 'het blijkt dat', 'bekend is dat' of 'er zijn zorgen' zeggen niet wie iets zag of zei. \
            Noem de bron en de datum: 'De juf vertelde op 3 maart dat …', 'Volgens de huisarts …' of 'Ik zag dat …'. \
            Een bron in de zin ervoor of erna telt ook. Vage bronnen als 'via via' of 'men zegt' meldt Taalmaat altijd.
            """,
        whyItMatters: """
            Een gezin kan niet reageren op iets waarvan het niet weet wie het zei. \
            Dat voelt als praten over het gezin, en niet met het gezin. Met een bron kan het gezin zeggen of het klopt.
            """,
        severities: ProfileSeverities(brief: nil, verslag: .waarschuwing, kind: nil, intern: .tip),
        examples: [
            .triggers(
                "⟦Het blijkt dat⟧ vader weer bij het gezin woont.", suggestion: "… vertelde op … (datum) dat …",
                better: "Moeder vertelde op 4 maart dat vader weer bij het gezin woont."),
            .triggers("⟦Bekend is dat⟧ de kinderen vaak laat op school komen."),
            .triggers("Sem is vaak moe. ⟦Er zijn zorgen⟧ over zijn slaap."),
            .triggers("⟦Volgens het dossier⟧ drinkt vader te veel."),
            .triggers("⟦Via via⟧ hoorde ik dat moeder een nieuwe vriend heeft."),
            .triggers("⟦Het is duidelijk dat⟧ Daan het thuis zwaar heeft.", profile: .intern),
            .clean("Uit de lijst van de school blijkt dat Daan twaalf keer te laat kwam."),
            .clean("Het blijkt dat Lina graag tekent. Dat vertelde de juf mij op dinsdag."),
            .clean("Het blijkt dat Lina weer beter slaapt, vertelde haar moeder op 4 maart."),
            .clean("Moeder zei: \"Het blijkt dat niemand ons gelooft.\""),
            .clean("Er zijn zorgen bij school over de kinderen."),
            .clean("Het blijkt dat u de huur nog niet heeft betaald.", profile: .brief),
        ],
        wordLists: [claimList, vagueList, VerslagSignalen.sourceList])

    func check(_ document: DocumentContext, into findings: inout [FindingDraft]) {
        let candidates = VerslagSignalen.sentencesWithMatches([Self.claimList, Self.vagueList], in: document)
        guard !candidates.isEmpty else { return }
        let lexicon = document.resources.lexicon
        let vagueEntries = lexicon.entriesByList[Self.vagueList] ?? 0..<0
        let claimSentences = Set(candidates.map(\.index))
        for (index, triggers) in candidates where VerslagSignalen.isBody(document.blockKind(ofSentence: index)) {
            let sentence = ReportSentenceView(document, index)
            var sourced: Bool?
            for match in triggers where !VerslagSignalen.isQuoted(match, in: sentence) {
                let entry = lexicon.entries[match.entry]
                let vague = vagueEntries.contains(match.entry)
                if !vague {
                    if sourced == nil {
                        sourced = hasSource(sentence, index: index, triggers: triggers, claimSentences: claimSentences, document: document)
                    }
                    if sourced == true { continue }
                }
                let range = VerslagSignalen.range(of: match, in: sentence)
                let text = document.document.text(of: range)
                let message = vague
                    ? "'\(text)' is geen duidelijke bron. Noem wie het zei, en wanneer."
                    : "'\(text)' noemt geen bron. Schrijf wie dit zei of zag, en wanneer."
                let title = entry.alternatives.first ?? "Noem de bron en de datum"
                findings.append(
                    FindingDraft(
                        range: range, message: message, explanation: entry.explanation.isEmpty ? nil : entry.explanation,
                        suggestions: [Suggestion(title: title)]))
            }
        }
    }

    /// A source in the sentence itself (a source word outside the claim, or a date), or
    /// a source word in the sentence before or after in the same block that makes no
    /// claim of its own.
    func hasSource(
        _ sentence: ReportSentenceView, index: Int, triggers: [SentenceMatch], claimSentences: Set<Int>,
        document: DocumentContext
    ) -> Bool {
        let own = sentence.matches(in: VerslagSignalen.sourceList)
        if own.contains(where: { !VerslagSignalen.overlaps($0, triggers) }) { return true }
        if VerslagSignalen.hasDate(sentence) { return true }
        for neighbour in VerslagSignalen.neighbours(of: index, in: document) where !claimSentences.contains(neighbour) {
            if !VerslagSignalen.matches(VerslagSignalen.sourceList, inSentence: neighbour, of: document).isEmpty { return true }
        }
        return false
    }
}
