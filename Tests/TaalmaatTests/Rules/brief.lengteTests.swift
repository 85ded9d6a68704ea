import Testing
import TaalmaatText
@testable import Taalmaat

@Suite struct BriefLengteTests {
    static let letter = BriefLengte.longLetter.joined(separator: "\n\n")

    @Test func defaultThresholdsPerProfile() {
        let rule = BriefLengte.ruleDescription
        #expect(rule.defaultThreshold("tip-boven", profile: .brief) == 300)
        #expect(rule.defaultThreshold("waarschuwing-boven", profile: .brief) == 450)
        #expect(rule.defaultThreshold("tip-boven", profile: .kind) == 200)
        #expect(rule.defaultThreshold("waarschuwing-boven", profile: .kind) == 300)
        #expect(rule.defaultThreshold("tip-boven", profile: .verslag) == 0)
        #expect(rule.severities.intern == nil)
    }

    @Test func tipAboveWarningAboveOnTheFirstBodyWord() throws {
        let tip = try BriefCheck.findings("brief.lengte", in: Self.letter)
        #expect(tip.findings.map(\.severity) == [.tip])
        #expect(tip.report.document.text(of: tip.findings[0].range) == "De")
        let warning = try BriefCheck.findings("brief.lengte", in: Self.letter, thresholds: ["waarschuwing-boven": 250])
        #expect(warning.findings.map(\.severity) == [.waarschuwing])
        #expect(try BriefCheck.findings("brief.lengte", in: Self.letter, thresholds: ["tip-boven": 1000]).findings.isEmpty)
    }

    @Test func kindHasLowerLimits() throws {
        let found = try BriefCheck.findings("brief.lengte", in: Self.letter, profile: .kind)
        #expect(found.findings.map(\.severity) == [.waarschuwing])
    }

    @Test func reportsOnlyGetParagraphTips() throws {
        #expect(try BriefCheck.findings("brief.lengte", in: Self.letter, profile: .verslag).findings.isEmpty)
        let found = try BriefCheck.findings("brief.lengte", in: Self.letter, profile: .verslag, thresholds: ["alinea-woorden": 40])
        #expect(!found.findings.isEmpty)
        #expect(found.findings.allSatisfy { $0.message.hasPrefix("Deze alinea") })
    }

    @Test func paragraphFindingCoversTheParagraphWithoutItsQuestionHeading() throws {
        let text = BriefCheck.letter(
            "Wat gaan we doen?\nIk kom op dinsdag. We drinken koffie. We praten over de kinderen. We maken een plan.",
            salutation: "Beste Priscilla,")
        let found = try BriefCheck.findings("brief.lengte", in: text, thresholds: ["alinea-zinnen": 3])
        let finding = try #require(found.findings.first)
        #expect(found.report.document.text(of: finding.range) == "Ik kom op dinsdag. We drinken koffie. We praten over de kinderen. We maken een plan.")
        #expect(finding.message == "Deze alinea heeft 4 zinnen. Maak er twee korte alinea's van, elk met één onderwerp.")
        // The question heading does not count: four sentences stay under a limit of four.
        #expect(try BriefCheck.findings("brief.lengte", in: text, thresholds: ["alinea-zinnen": 4]).findings.isEmpty)
    }
}
