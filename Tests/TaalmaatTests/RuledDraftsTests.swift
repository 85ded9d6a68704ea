import Testing
import TaalmaatText
@testable import Taalmaat

/// How the drafts of a check grow: the sentence cache keeps one sentence's drafts for
/// a long time (an editor session), so they must not carry spare room; the drafts of a
/// whole large text must not double.
@Suite struct RuledDraftsTests {
    static func draft(_ offset: Int) -> FindingDraft {
        FindingDraft(range: TextRange(start: offset, end: offset + 1), message: "Test.")
    }

    @Test func oneSentencesDraftsCarryNoSpareRoom() {
        var drafts = RuledDrafts()
        drafts.growIfFull()
        #expect(drafts.drafts.capacity == 0)
        drafts.drafts.append(Self.draft(0))
        drafts.noteRule(0, forDraftsFrom: 0)
        drafts.growIfFull()
        #expect(drafts.drafts.capacity < 8)
    }

    @Test func aLargeChecksDraftsGrowByAQuarter() {
        var drafts = RuledDrafts()
        drafts.reserveCapacity(1024)
        for offset in 0..<drafts.drafts.capacity { drafts.drafts.append(Self.draft(offset)) }
        let full = drafts.drafts.count
        drafts.growIfFull()
        #expect(drafts.drafts.capacity >= full + full / 4)
        #expect(drafts.drafts.capacity < full * 2)
    }
}
