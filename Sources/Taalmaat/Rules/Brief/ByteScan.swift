import TaalmaatText

/// Scans over the bytes of a text, sixteen at a time (SSE2 on x86-64), that let a document rule skip a
/// sentence without looking at its tokens.
///
/// Several document rules look for a rare token (*artikel*, *binnen*, an acronym) and
/// walked every token of every sentence to find it: ten to twenty instructions per
/// token, on a text of a quarter of a million tokens. A scan of the bytes finds the few
/// places where such a token can start in about two instructions per byte; a rule then
/// walks the tokens of those sentences only, as before, so what it finds stays the same.
///
/// Each scan finds a superset of the places that matter (say what it may report too
/// much); the rule's own test on the tokens decides.
enum ByteScan {
    typealias Bytes = SIMD16<UInt8>
    typealias SignedBytes = SIMD16<Int8>

    @inline(__always)
    static func load(_ base: UnsafeRawPointer, _ offset: Int) -> Bytes {
        base.loadUnaligned(fromByteOffset: offset, as: Bytes.self)
    }

    /// A byte mask (all ones where true) as two 64-bit lanes. Equality and signed
    /// comparisons of `SIMD16` compile to one SSE instruction each; `any(_:)` on the
    /// mask was a call, so the lanes are tested here.
    @inline(__always)
    static func lanes(_ mask: SIMDMask<SignedBytes>) -> SIMD2<UInt64> { unsafeBitCast(mask, to: SIMD2<UInt64>.self) }

    /// The first byte position of a mask's lanes that is set (the lanes are not zero).
    @inline(__always)
    static func firstMarked(_ lanes: SIMD2<UInt64>) -> Int {
        lanes[0] != 0 ? lanes[0].trailingZeroBitCount >> 3 : 8 + (lanes[1].trailingZeroBitCount >> 3)
    }

    // MARK: - Inner capitals

    /// The first position `index >= start` (and `>= 1`) where `bytes[index]` is an ASCII
    /// capital and `bytes[index - 1]` is above 0x20; `bytes.count` if there is none.
    ///
    /// A capital after the first byte of a word token (*GI*, *RvdK*, *OTS-verzoek*) is
    /// always such a place: a word token holds letters, digits, hyphens, apostrophes
    /// and bytes of non-ASCII characters, never a space or a control character.
    static func firstInnerCapital(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        var index = max(start, 1)
        if let base = bytes.baseAddress, count >= 17 {
            let raw = UnsafeRawPointer(base)
            // 0x41 ... 0x5A, moved up by 0x3F, are 0x80 ... 0x99: as signed bytes,
            // below −102; every other byte lands elsewhere.
            let shift = SignedBytes(repeating: 0x3F)
            let lastCapital = SignedBytes(repeating: -102)
            // Above 0x20 unsigned is above 0x20 ^ 0x80 signed once the high bit is flipped.
            let flip = SignedBytes(repeating: -128)
            let space = SignedBytes(repeating: 0x20 ^ -128)
            while index + 16 <= count {
                let value = SignedBytes(truncatingIfNeeded: load(raw, index))
                let previous = SignedBytes(truncatingIfNeeded: load(raw, index - 1))
                let found = lanes(((value &+ shift) .< lastCapital) .& ((previous ^ flip) .> space))
                if found[0] | found[1] != 0 { return index + firstMarked(found) }
                index += 16
            }
        }
        while index < count {
            if bytes[index] &- 0x41 < 26, bytes[index - 1] > 0x20 { return index }
            index += 1
        }
        return count
    }

    // MARK: - Word starts

    /// One or two three-byte starts of lowercase words, compared without case: a byte
    /// `b` matches `c` when `b | 0x20 == c | 0x20`, which every byte whose ASCII
    /// lowercase is `c` does (and a few others).
    struct Starts: Sendable {
        /// The starts' bytes with the case bit set; the second start is the first again
        /// when there is one start (or none: then nothing matches but non-ASCII bytes).
        fileprivate let bytes: [(UInt8, UInt8, UInt8)]
        /// The same, each byte repeated over a vector.
        fileprivate let first: (Bytes, Bytes, Bytes)
        fileprivate let second: (Bytes, Bytes, Bytes)

        /// `nil` when a word is shorter than three bytes or there are more than two
        /// starts: such a scan would cost more than the walk over the tokens it saves.
        init?(words: some Sequence<[UInt8]>) {
            var starts: [(UInt8, UInt8, UInt8)] = []
            for word in words {
                guard word.count >= 3 else { return nil }
                let start = (word[0] | 0x20, word[1] | 0x20, word[2] | 0x20)
                if !starts.contains(where: { $0 == start }) { starts.append(start) }
            }
            guard starts.count <= 2 else { return nil }
            bytes = starts
            // A byte never equals 0x00 once its case bit is set: a start of zeros matches nothing.
            let vectors = starts.map { (Bytes(repeating: $0.0), Bytes(repeating: $0.1), Bytes(repeating: $0.2)) }
            first = vectors.first ?? (Bytes(), Bytes(), Bytes())
            second = vectors.last ?? first
        }
    }

    /// The first position `index >= start` where one of the ``Starts`` begins or where
    /// a byte is not ASCII; `bytes.count` if there is none.
    ///
    /// For a text without non-ASCII bytes, a token that lowercases (byte by byte) into a
    /// word begins with one of the word's starts; a token with other bytes is left to
    /// the rule's own test.
    static func firstStartOrNonASCII(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ starts: Starts) -> Int {
        let count = bytes.count
        var index = max(start, 0)
        if let base = bytes.baseAddress, count >= 18 {
            let raw = UnsafeRawPointer(base)
            let caseBit = Bytes(repeating: 0x20)
            let (a0, a1, a2) = starts.first
            let (b0, b1, b2) = starts.second
            // The last load reads bytes index + 2 ..< index + 18.
            while index + 18 <= count {
                let value = load(raw, index)
                let first = value | caseBit
                let second = load(raw, index + 1) | caseBit
                let third = load(raw, index + 2) | caseBit
                let found = lanes(
                    (SignedBytes(truncatingIfNeeded: value) .< SignedBytes())
                        .| ((first .== a0) .& (second .== a1) .& (third .== a2))
                        .| ((first .== b0) .& (second .== b1) .& (third .== b2)))
                if found[0] | found[1] != 0 { return index + firstMarked(found) }
                index += 16
            }
        }
        while index < count {
            let byte = bytes[index]
            if byte >= 0x80 { return index }
            if index + 2 < count {
                let folded = (byte | 0x20, bytes[index + 1] | 0x20, bytes[index + 2] | 0x20)
                if starts.bytes.contains(where: { $0 == folded }) { return index }
            }
            index += 1
        }
        return count
    }
}

/// A ``ByteScan``: the first place at or after a byte where what it looks for may be.
protocol BytePlaces {
    func firstPlace(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int
}

/// ``ByteScan/firstStartOrNonASCII(in:from:_:)``; without starts, every byte is a place.
struct WordStarts: BytePlaces {
    let starts: ByteScan.Starts?

    @inline(__always)
    func firstPlace(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let starts else { return start }
        return ByteScan.firstStartOrNonASCII(in: bytes, from: start, starts)
    }
}

/// Whether sentences, asked in text order, have a place that a ``ByteScan`` reports.
/// It keeps the last place found, so the text is scanned once however many sentences
/// are asked about; asking about an earlier sentence scans again from there.
struct SentenceByteScan<Places: BytePlaces> {
    let places: Places
    /// Where the last scan started, and the place it found (the first at or after it).
    private var scannedFrom = Int.max
    private var found = 0

    init(_ places: Places) { self.places = places }

    /// Whether the byte range `range` of `bytes` has a place.
    mutating func hasPlace(in range: TextRange, of bytes: [UInt8]) -> Bool {
        place(from: range.start, before: range.end, of: bytes) != nil
    }

    /// The first place at or after `start`, if it is before `end`.
    @inline(__always)
    mutating func place(from start: Int, before end: Int, of bytes: [UInt8]) -> Int? {
        if start < scannedFrom || found < start {
            scannedFrom = start
            found = bytes.withUnsafeBufferPointer { places.firstPlace(in: $0, from: start) }
        }
        return found < end ? found : nil
    }
}
