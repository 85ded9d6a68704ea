import Foundation
import Testing

@testable import TaalmaatText

/// Measures `DutchSyllables` against an independent reference: the hyphenation points
/// that Liang's algorithm finds with Debian's Dutch patterns (`hyphen-nl`), on a fixed
/// sample of the Dutch Hunspell word list (`hunspell-nl`).
///
/// Reference count = hyphenation points + 1, per hyphen-separated part. Hyphenation is
/// not syllabification, and the reference has known blind spots. What we do about them:
///
/// 1. Word edges. The patterns were made for LEFTHYPHENMIN = RIGHTHYPHENMIN = 2 (libhyphen's
///    default; the file sets no value), so they never split off a one-letter first or last
///    syllable: *o-ver*, *ra-di-o*, *vrij-e*. Running them with minimum 1 does not help:
///    they have no odd values there, and they do produce spurious edge breaks (*auto's* →
///    *au-to-s*). So we run them at 2 and exclude words (or hyphen parts) whose shape
///    allows such a syllable: a vowel letter followed by a non-digraph vowel, by a single
///    consonant (or ch, sj, ph, th, sh) and a vowel, or by a consonant + r/l and a vowel;
///    or a final vowel after a vowel that does not form a digraph with it, or after a
///    digraph vowel (*mooi-e*), or after `ij` (*vrij-e*).
/// 2. Initialisms. Hyphenation gives *pgb* one syllable; it is read letter by letter.
///    Parts without a vowel letter are excluded.
/// 3. The letter x. Dutch hyphenation never breaks around an x between vowels (*exa-men*,
///    *taxi*), though a syllable boundary runs through it. Such words are excluded.
/// 4. Consonant-only pieces. The patterns now and then split off a lone consonant
///    (*ach-t-en-der*). A piece without a vowel letter cannot be a syllable, so it is
///    counted with its neighbour.
///
/// Not excluded, and so counted as counter errors although the reference is wrong:
/// one-letter syllables at the edges of compound members, which the patterns miss for the
/// same reason as in point 1 (*bom-a-larm*, *ra-di-o-tak*, *pap-e-ten*); English loans,
/// which the patterns hyphenate by spelling (*up-da-te*, *web-si-te*); and sundry pattern
/// misses (*bank-run*, *moes-ten*). The figure is therefore a lower bound.
@Suite("Syllable accuracy against hyphenation patterns")
struct SyllableAccuracyTests {
    static let patternsPath = "/usr/share/hyphen/hyph_nl.dic"
    static let wordListPath = "/usr/share/hunspell/nl.dic"
    static let installHint = "Install the reference data with: apt-get install hyphen-nl hunspell-nl"

    /// Every `stride`-th eligible entry of the word list is sampled.
    static let stride = 20
    static let minimumSampleSize = 5_000
    /// Measured: 97.4 % exact (6,465 of 6,638 words), mean absolute error 0.026. Most of
    /// the remaining mismatches are reference errors (see above).
    static let exactFloor = 95.0
    static let meanAbsoluteErrorCeiling = 0.05

    @Test func accuracyAgainstHyphenationPatterns() throws {
        try #require(
            FileManager.default.fileExists(atPath: Self.patternsPath),
            "Missing \(Self.patternsPath). \(Self.installHint)")
        try #require(
            FileManager.default.fileExists(atPath: Self.wordListPath),
            "Missing \(Self.wordListPath). \(Self.installHint)")
        let hyphenator = try LiangHyphenator(contentsOfFile: Self.patternsPath)
        let text = try String(contentsOfFile: Self.wordListPath, encoding: .utf8)

        let eligible = Self.eligibleWords(in: text)
        let sample = Swift.stride(from: 0, to: eligible.count, by: Self.stride).map { eligible[$0] }
        var measured = 0
        var exact = 0
        var absoluteError = 0
        var mismatches: [String] = []
        for word in sample {
            guard let reference = Self.referenceCount(word, hyphenator) else { continue }
            let counted = DutchSyllables.count(word)
            measured += 1
            if counted == reference {
                exact += 1
            } else {
                absoluteError += abs(counted - reference)
                mismatches.append("\(word)\tcounted \(counted)\treference \(reference)")
            }
        }
        try #require(
            measured >= Self.minimumSampleSize,
            "Only \(measured) words measured; the word list at \(Self.wordListPath) looks incomplete.")

        let percentage = Double(exact) * 100 / Double(measured)
        let meanError = Double(absoluteError) / Double(measured)
        print(
            "Syllable accuracy: \(Self.format(percentage, 1)) % exact (\(Self.grouped(exact)) of "
                + "\(Self.grouped(measured)) words), mean absolute error \(Self.format(meanError, 3))")
        print(
            "  sample: every \(Self.stride)th of \(Self.grouped(eligible.count)) eligible entries of "
                + "\(Self.wordListPath); \(Self.grouped(sample.count - measured)) excluded for reference blind spots")
        if let path = ProcessInfo.processInfo.environment["TAALMAAT_SYLLABLE_MISMATCHES"] {
            try mismatches.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(percentage >= Self.exactFloor, "Exact-match rate fell below \(Self.exactFloor) %")
        #expect(meanError <= Self.meanAbsoluteErrorCeiling)
    }

    /// Hunspell entries without their flags, skipping entries with digits, dots, capitals,
    /// spaces or other symbols, and with fewer than two letters.
    static func eligibleWords(in dictionary: String) -> [String] {
        var words: [String] = []
        for line in dictionary.split(separator: "\n").dropFirst() {  // the first line is the entry count
            let entry = line.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)[0]
            var letters = 0
            var ok = true
            for scalar in entry.unicodeScalars {
                if scalar.properties.isLowercase {
                    letters += 1
                } else if scalar != "-" && scalar != "'" {
                    ok = false
                    break
                }
            }
            if ok && letters >= 2 { words.append(String(entry)) }
        }
        return words
    }

    /// The reference syllable count, or nil when the reference cannot be trusted.
    static func referenceCount(_ word: String, _ hyphenator: LiangHyphenator) -> Int? {
        // The patterns know `ij` as two letters, not the ligature; an apostrophe does not
        // separate syllables (*auto's*).
        let plain = word.replacingOccurrences(of: "ĳ", with: "ij").replacingOccurrences(of: "'", with: "")
        var total = 0
        for part in plain.split(separator: "-") {
            let letters = Array(part.unicodeScalars)
            if hasBlindSpot(letters) { return nil }
            let breaks = hyphenator.breaks(in: String(part))
            let cuts = [0] + breaks + [letters.count]
            let syllables = (0..<(cuts.count - 1)).filter { k in
                letters[cuts[k]..<cuts[k + 1]].contains { isVowel($0) }
            }.count
            total += max(1, syllables)
        }
        return total
    }

    static let vowels = Set("aeiouyàáâäèéêëìíîïòóôöùúûü".unicodeScalars)
    static let digraphs: Set<String> = [
        "aa", "ai", "au", "ee", "ei", "eu", "ie", "ij", "oe", "oi", "oo", "ou", "ui", "uu",
    ]

    static func isVowel(_ scalar: Unicode.Scalar) -> Bool { vowels.contains(scalar) }

    /// See points 1–3 in the type's documentation.
    static func hasBlindSpot(_ part: [Unicode.Scalar]) -> Bool {
        let n = part.count
        func vowel(_ i: Int) -> Bool { i >= 0 && i < n && isVowel(part[i]) && !(i == 0 && part[i] == "y") }
        func text(_ i: Int, _ length: Int) -> String {
            i >= 0 && i + length <= n ? String(String.UnicodeScalarView(part[i..<(i + length)])) : ""
        }
        guard n >= 2 else { return false }
        if !part.contains(where: isVowel) { return true }
        if vowel(0) {
            if vowel(1) && !digraphs.contains(text(0, 2)) { return true }
            if !vowel(1) && vowel(2) { return true }
            if ["ch", "sj", "ph", "th", "sh"].contains(text(1, 2)) && vowel(3) { return true }
            if n > 3 && "bcdfgkptv".unicodeScalars.contains(part[1]) && (part[2] == "r" || part[2] == "l") && vowel(3) {
                return true
            }
        }
        if vowel(n - 1) && vowel(n - 2) && (!digraphs.contains(text(n - 2, 2)) || vowel(n - 3)) { return true }
        if text(n - 3, 3) == "ije" { return true }
        for i in 1..<(n - 1) where part[i] == "x" && vowel(i - 1) && vowel(i + 1) { return true }
        return false
    }

    static func format(_ value: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", value) }

    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return result
    }
}

/// The reference implementation has to be right for the measurement to mean anything.
@Suite("Liang hyphenator")
struct LiangHyphenatorTests {
    static func hyphenator(_ file: String) throws -> LiangHyphenator {
        try LiangHyphenator(data: Data(file.utf8))
    }

    static func hyphenated(_ word: String, _ hyphenator: LiangHyphenator, left: Int? = nil, right: Int? = nil)
        -> String
    {
        let breaks = Set(hyphenator.breaks(in: word, left: left, right: right))
        var result = ""
        for (index, scalar) in word.unicodeScalars.enumerated() {
            if breaks.contains(index) { result += "=" }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    @Test func highestDigitWinsAndOddMeansBreak() throws {
        // a1b allows a break before b; b2c forbids one before c, beating 1ca.
        let patterns = try Self.hyphenator("UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\na1b\n1ca\nb2c\n")
        #expect(patterns.fileMinimums == .init(left: 1, right: 1))
        #expect(Self.hyphenated("abca", patterns) == "a=bca")
        #expect(Self.hyphenated("abcab", patterns) == "a=bca=b")
    }

    @Test func wordEdgesAndMinimums() throws {
        // A dot marks a word edge; without LEFTHYPHENMIN and RIGHTHYPHENMIN, libhyphen's
        // default is 2, which keeps only the middle break.
        let patterns = try Self.hyphenator("ISO8859-1\n% comment\n.a1\n1b.\no1o\n")
        #expect(patterns.fileMinimums == .init())
        #expect(Self.hyphenated("aoob", patterns) == "ao=ob")
        #expect(Self.hyphenated("aoob", patterns, left: 1, right: 1) == "a=o=o=b")
        #expect(Self.hyphenated("baoob", patterns, left: 1, right: 1) == "bao=o=b")  // .a1 only at the start
    }

    @Test func nextLevelSplitsCompoundsFirst() throws {
        // Level 1 splits aba|obo; level 2 hyphenates each part, with the word minimums at
        // the word's edges and the compound minimums inside.
        let file = """
            UTF-8
            LEFTHYPHENMIN 2
            RIGHTHYPHENMIN 2
            COMPOUNDLEFTHYPHENMIN 1
            COMPOUNDRIGHTHYPHENMIN 1
            a1o
            NEXTLEVEL
            a1ba
            o1bo

            """
        let patterns = try Self.hyphenator(file)
        #expect(patterns.fileMinimums == .init(left: 2, right: 2, compoundLeft: 1, compoundRight: 1))
        #expect(Self.hyphenated("abaobo", patterns) == "aba=o=bo")
        let stricter = try Self.hyphenator(
            file.replacingOccurrences(of: "COMPOUNDLEFTHYPHENMIN 1", with: "COMPOUNDLEFTHYPHENMIN 2"))
        #expect(Self.hyphenated("abaobo", stricter) == "aba=obo")
    }

    @Test func noBreakNextToHyphensAndApostrophes() throws {
        let patterns = try Self.hyphenator("UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\na1b\n")
        #expect(Self.hyphenated("ab-ab", patterns) == "a=b-a=b")
        // Inside a part only the compound minimums (default 0) apply, as in libhyphen.
        #expect(Self.hyphenated("aab-b", patterns) == "aa=b-b")
        #expect(Self.hyphenated("a'bab", patterns) == "a'ba=b")
    }

    @Test func rejectsUnknownCharsetsAndEmptyFiles() {
        #expect(throws: LiangHyphenator.LoadError.self) { try Self.hyphenator("KOI8-R\na1b\n") }
        #expect(throws: LiangHyphenator.LoadError.self) { try Self.hyphenator("UTF-8\n% nothing\n") }
    }

    @Test func dutchPatterns() throws {
        try #require(
            FileManager.default.fileExists(atPath: SyllableAccuracyTests.patternsPath),
            "Missing \(SyllableAccuracyTests.patternsPath). \(SyllableAccuracyTests.installHint)")
        let dutch = try LiangHyphenator(contentsOfFile: SyllableAccuracyTests.patternsPath)
        #expect(dutch.patternCount > 10_000)
        #expect(Self.hyphenated("ondertoezichtstelling", dutch) == "on=der=toe=zicht=stel=ling")
        #expect(Self.hyphenated("uithuisplaatsing", dutch) == "uit=huis=plaat=sing")
        #expect(Self.hyphenated("coördinatie", dutch) == "co=ör=di=na=tie")
        #expect(Self.hyphenated("e-mail", dutch) == "e-mail")
    }
}
