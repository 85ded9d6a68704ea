import TaalmaatText

/// `verslag.oordeel`: an evaluative word about a person (*onverschillig*, *vijandig*,
/// *presteert onvoldoende*) with no concrete behaviour nearby.
///
/// A document rule, because the behaviour is often described in the next sentence:
/// *Vader reageerde vijandig. Hij schreeuwde tegen de juf.*
struct VerslagOordeel: DocumentRule, DescribedRule {
    static let wordList = "woorden/verslag-oordeel.tsv"
    /// Labels that `toon.label` reports; this rule leaves overlapping words to it.
    static let labelList = "woorden/labels.tsv"

    static let ruleDescription = RuleDescription(
        id: "verslag.oordeel",
        name: "Oordeel zonder gedrag",
        summary: "Een oordeel over een mens, zoals 'onverschillig' of 'vijandig', zonder beschreven gedrag.",
        explanation: """
            Woorden als 'onverschillig', 'afhoudend' of 'presteert onvoldoende' zijn een oordeel, geen feit. \
            Beschrijf wat u zag en hoorde: wie deed of zei wat, wanneer, en hoe vaak. \
            Wilt u uw indruk geven? Schrijf dan 'ik denk' en zeg waarom. \
            Taalmaat meldt het woord niet als de zin of de zin ervoor of erna gedrag beschrijft.
            """,
        whyItMatters: """
            Een oordeel in een verslag blijft lang aan een gezin hangen. Andere hulpverleners lezen het ook. \
            Beschreven gedrag kan het gezin herkennen of uitleggen. Een oordeel kan het alleen ontkennen.
            """,
        severities: ProfileSeverities(brief: nil, verslag: .waarschuwing, kind: nil, intern: .tip),
        examples: [
            .triggers(
                "Vader reageerde ⟦onverschillig⟧ op het nieuws.",
                suggestion: "… (beschrijf wat u zag: wat zei of deed de persoon, en wanneer?)",
                better: "Vader keek naar zijn telefoon toen ik het nieuws vertelde. Hij zei niets."),
            .triggers("Moeder was erg ⟦afhoudend⟧ in het contact."),
            .triggers("Daan is ⟦ongehoorzaam⟧ en ⟦vijandig⟧ naar de leerkracht."),
            .triggers("Lina ⟦presteert onvoldoende⟧ op school."),
            .triggers("In de klas is Daan ⟦weinig coöperatief⟧."),
            .triggers("Vader ⟦schiet tekort⟧ in de zorg voor de kinderen."),
            .triggers("Vader is erg ⟦chaotisch⟧ met zijn post.", profile: .intern),
            .clean("Vader reageerde vijandig. Hij schreeuwde tegen de juf en gooide zijn tas weg."),
            .clean("Op 4 maart was moeder afhoudend: ze wilde niet praten over de ruzie."),
            .clean("Moeder zei: \"Ik vind de juf onverschillig.\""),
            .clean("De gang van de school is chaotisch rond het begin van de les."),
            .clean("Ik vond moeder niet afhoudend, maar voorzichtig."),
            .clean("Moeder heeft onvoldoende geld voor de bus."),
            .clean("Vader is agressief."),
            .clean("Moeder was onverschillig.", profile: .brief),
        ],
        wordLists: [wordList, VerslagSignalen.behaviourList, labelList])

    func check(_ document: DocumentContext, into findings: inout [FindingDraft]) {
        let candidates = VerslagSignalen.sentencesWithMatches([Self.wordList], in: document)
        guard !candidates.isEmpty else { return }
        let leaveLabels = VerslagSignalen.isActive("toon.label", in: document.settings)
        let lexicon = document.resources.lexicon
        for (index, matches) in candidates where VerslagSignalen.isBody(document.blockKind(ofSentence: index)) {
            let sentence = ReportSentenceView(document, index)
            let labels = leaveLabels ? sentence.matches(in: Self.labelList) : []
            let open = matches.filter { match in
                !VerslagSignalen.isQuoted(match, in: sentence) && !VerslagSignalen.overlaps(match, labels)
                    && !(match.first > 0 && sentence.is(match.first - 1, .negation))
            }
            guard !open.isEmpty, !VerslagSignalen.showsBehaviour(sentence) else { continue }
            let neighbours = VerslagSignalen.neighbours(of: index, in: document)
            if neighbours.contains(where: { VerslagSignalen.showsBehaviour(ReportSentenceView(document, $0)) }) { continue }
            guard VerslagSignalen.mentionsPerson(sentence) else { continue }
            for match in open {
                let entry = lexicon.entries[match.entry]
                let range = VerslagSignalen.range(of: match, in: sentence)
                let text = document.document.text(of: range)
                findings.append(
                    FindingDraft(
                        range: range,
                        message: "'\(text)' is een oordeel over een mens. Beschrijf wat u zag of hoorde, en wanneer.",
                        explanation: entry.explanation.isEmpty ? nil : entry.explanation,
                        suggestions: [Suggestion(title: entry.alternatives.first ?? "Beschrijf wat u zag of hoorde")]))
            }
        }
    }
}
