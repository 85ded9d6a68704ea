import Synchronization
import TaalmaatText

/// The part of a check that depends only on one sentence: its findings (with ranges
/// relative to the sentence start when cached), its word-list matches and its counts.
struct SentenceResult: Sendable {
    var drafts: RuledDrafts
    var matches: [SentenceMatch]
    var stats: SentenceStats
    /// Signal words per context found in the sentence.
    var contextHits: [String: Int]
}

/// Finding drafts and the index (in ``CheckSettings/activeRules``) of the rule that
/// made each, in two parallel arrays: rules append to ``drafts`` directly, so a draft
/// is never copied into a pair.
struct RuledDrafts: Sendable, ExpressibleByArrayLiteral {
    var drafts: [FindingDraft] = []
    var rules: [Int] = []

    init() {}

    init(arrayLiteral elements: (rule: Int, draft: FindingDraft)...) {
        drafts = elements.map(\.draft)
        rules = elements.map(\.rule)
    }

    var count: Int { drafts.count }

    /// Appends one rule's drafts, growing to the exact size: these arrays are the
    /// largest of a check, and appending would double them.
    mutating func append(_ found: [FindingDraft], rule: Int) {
        guard !found.isEmpty else { return }
        reserveCapacity(count + found.count)
        drafts.append(contentsOf: found)
        noteRule(rule, forDraftsFrom: count - found.count)
    }

    /// Notes the rule of the drafts from `start` on, which it has just appended.
    mutating func noteRule(_ rule: Int, forDraftsFrom start: Int) {
        // Most rules find nothing in most sentences: no call for an empty repetition.
        for _ in start..<drafts.count { rules.append(rule) }
    }

    mutating func append(contentsOf other: RuledDrafts) {
        drafts.append(contentsOf: other.drafts)
        rules.append(contentsOf: other.rules)
    }

    /// Makes room before a rule appends, by a quarter instead of the doubling an
    /// append would do: the drafts of a large text are its largest array, and while
    /// it grows, the old and the new buffer are both alive. Small arrays (one
    /// sentence's drafts, which the sentence cache keeps) grow as usual, from nothing.
    mutating func growIfFull() {
        guard drafts.count == drafts.capacity, drafts.count >= 1024 else { return }
        reserveCapacity(drafts.count + drafts.count / 4)
    }

    /// Room for the drafts of a whole text of `tokens` tokens, reserved before the
    /// first rule runs. Generous on purpose: a large text's buffer comes straight from
    /// the system, which provides a page only when a draft is written to it, so room
    /// that stays empty costs address space, not memory. Growing instead copied every
    /// draft again at each step, into pages the system had to clear first: on a
    /// 7 MB text, four times the final array, and a tenth of the check's page faults.
    static func expectedCapacity(forTokens tokens: Int) -> Int { tokens / 16 + 64 }

    mutating func reserveCapacity(_ count: Int) {
        drafts.reserveCapacity(count)
        rules.reserveCapacity(count)
    }
}

/// Sentence results by sentence text and settings, so an editor re-checks only the
/// sentence that changed (and a folder of similar letters checks each sentence once).
final class SentenceCache: Sendable {
    struct Key: Hashable, Sendable {
        let text: String
        let blockKind: BlockKind
        /// Which content tokens are inside quotation marks (tone rules skip them).
        let quoted: [Bool]
        let fingerprint: Int
    }

    private let storage = Mutex<[Key: SentenceResult]>([:])
    let capacity: Int

    init(capacity: Int = 20_000) {
        self.capacity = capacity
    }

    func value(for key: Key) -> SentenceResult? {
        storage.withLock { $0[key] }
    }

    func store(_ result: SentenceResult, for key: Key) {
        storage.withLock { table in
            // A simple bound: clear when full. Editors re-fill the few sentences they need.
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[key] = result
        }
    }

    var count: Int { storage.withLock { $0.count } }
}
