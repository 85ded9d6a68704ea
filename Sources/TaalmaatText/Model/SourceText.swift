import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The text of one document, held once as UTF-8, with a line index that maps byte
/// offsets to line/column positions and back.
///
/// Line breaks are `\n`, `\r\n` and a lone `\r`, as in the Language Server Protocol.
/// A leading byte order mark is removed and remembered in ``hadByteOrderMark`` so
/// that a writer can put it back.
public final class SourceText: Sendable {
    /// The text, without a leading byte order mark.
    public let string: String
    /// The UTF-8 bytes of ``string``.
    public let utf8: [UInt8]
    /// Whether the original input started with a byte order mark (U+FEFF).
    public let hadByteOrderMark: Bool
    /// The dominant line terminator of the input, so edits can keep it.
    public let lineTerminator: LineTerminator

    /// Byte offset of the first byte of every line; `lineStarts[0] == 0`. 32 bits
    /// (tokens already limit a text to 4 GB): a large text has many short lines.
    private let lineStarts: [UInt32]
    /// Byte offset where each line's content ends (before its terminator).
    private let lineContentEnds: [UInt32]
    private let prefixTable = Mutex<UnitPrefixTable?>(nil)

    /// Creates a source text from a string. A leading U+FEFF is removed.
    public convenience init(_ string: String) {
        var bytes = Array(string.utf8)
        let bom = bytes.starts(with: SourceText.byteOrderMark)
        if bom { bytes.removeFirst(SourceText.byteOrderMark.count) }
        self.init(validatedBytes: bytes, string: bom ? nil : string, hadByteOrderMark: bom)
    }

    /// Decodes raw file contents. Invalid UTF-8 and binary content are errors, so no
    /// text is silently changed; use ``init(repairing:)`` to replace invalid bytes.
    public convenience init(decoding bytes: [UInt8]) throws(TextDecodingError) {
        var body = bytes
        let bom = body.starts(with: SourceText.byteOrderMark)
        if bom { body.removeFirst(SourceText.byteOrderMark.count) }
        if let nul = body.firstIndex(of: 0) {
            throw .binaryContent(byteOffset: nul + (bom ? 3 : 0))
        }
        guard let string = String(validating: body, as: UTF8.self) else {
            let offset = SourceText.firstInvalidUTF8Offset(in: body) ?? 0
            let line = body[..<offset].reduce(into: 1) { count, byte in if byte == 0x0A { count += 1 } }
            throw .invalidUTF8(byteOffset: offset + (bom ? 3 : 0), line: line)
        }
        self.init(validatedBytes: body, string: string, hadByteOrderMark: bom)
    }

    /// Decodes bytes, replacing every invalid UTF-8 sequence by U+FFFD.
    public convenience init(repairing bytes: [UInt8]) {
        self.init(String(decoding: bytes, as: UTF8.self))
    }

    private init(validatedBytes bytes: [UInt8], string: String?, hadByteOrderMark: Bool) {
        self.utf8 = bytes
        self.string = string ?? String(decoding: bytes, as: UTF8.self)
        self.hadByteOrderMark = hadByteOrderMark
        var starts: [UInt32] = [0]
        var ends: [UInt32] = []
        var crlf = 0, lf = 0, cr = 0
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            guard let base = buffer.baseAddress, count > 0 else { return }
            // Most texts have no carriage return: then memchr finds the line feeds
            // many times faster than a byte loop.
            if memchr(base, 0x0D, count) == nil {
                var offset = 0
                while offset < count, let hit = memchr(base + offset, 0x0A, count - offset) {
                    let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    ends.append(UInt32(truncatingIfNeeded: index))
                    starts.append(UInt32(truncatingIfNeeded: index + 1))
                    lf += 1
                    offset = index + 1
                }
                return
            }
            var index = 0
            while index < count {
                let byte = buffer[index]
                if byte == 0x0A {
                    ends.append(UInt32(truncatingIfNeeded: index))
                    starts.append(UInt32(truncatingIfNeeded: index + 1))
                    lf += 1
                } else if byte == 0x0D {
                    ends.append(UInt32(truncatingIfNeeded: index))
                    if index + 1 < count, buffer[index + 1] == 0x0A {
                        index += 1
                        crlf += 1
                    } else {
                        cr += 1
                    }
                    starts.append(UInt32(truncatingIfNeeded: index + 1))
                }
                index += 1
            }
        }
        ends.append(UInt32(truncatingIfNeeded: bytes.count))
        self.lineStarts = starts
        self.lineContentEnds = ends
        if crlf >= lf && crlf >= cr && crlf > 0 {
            lineTerminator = .crlf
        } else if cr > lf {
            lineTerminator = .cr
        } else {
            lineTerminator = .lf
        }
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    // MARK: - Text access

    /// Number of UTF-8 bytes.
    public var count: Int { utf8.count }
    /// Number of lines; an empty text has one empty line.
    public var lineCount: Int { lineStarts.count }

    /// The text of a range.
    public subscript(range: TextRange) -> String {
        String(decoding: utf8[range.start..<range.end], as: UTF8.self)
    }

    /// Whether a range holds only ASCII bytes: then one byte is one character, and
    /// case can be tested and changed byte by byte.
    public func isASCII(_ range: TextRange) -> Bool {
        guard range.start < range.end else { return true }
        precondition(range.start >= 0 && range.end <= utf8.count, "range outside the text")
        return utf8.withUnsafeBufferPointer { buffer in
            // Rules ask this for nearly every word: eight bytes per test.
            let base = UnsafeRawPointer(buffer.baseAddress!)
            var index = range.start
            while index + 8 <= range.end {
                if base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & UTF8Scalar.highBits != 0 { return false }
                index += 8
            }
            while index < range.end {
                if buffer[index] >= 0x80 { return false }
                index += 1
            }
            return true
        }
    }

    /// The byte range of a line's content, without its terminator.
    public func lineRange(_ line: Int) -> TextRange {
        TextRange(start: Int(lineStarts[line]), end: Int(lineContentEnds[line]))
    }

    /// The line that contains a byte offset. An offset on a line terminator belongs
    /// to the line it ends; the offset `count` belongs to the last line.
    public func line(containing offset: Int) -> Int {
        line(containing: offset, searchingFrom: 0)
    }

    /// The line that contains `offset`, searched from `firstLine`, which must start at
    /// or before `offset`.
    private func line(containing offset: Int, searchingFrom firstLine: Int) -> Int {
        var low = firstLine
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(lineStarts[mid]) <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// ``line(containing:searchingFrom:)`` for positions asked in order of the text:
    /// they are mostly a line or a few further on, so the next lines are tried before
    /// a binary search over the rest.
    private func laterLine(containing offset: Int, from firstLine: Int) -> Int {
        var line = firstLine
        let last = Swift.min(lineStarts.count - 1, firstLine + 8)
        while line < last {
            if Int(lineStarts[line + 1]) > offset { return line }
            line += 1
        }
        return self.line(containing: offset, searchingFrom: line)
    }

    // MARK: - Offset → position

    /// The position of a byte offset in all coordinate systems. The offset is
    /// clamped to the text and moved back to the start of a scalar when needed.
    public func location(at offset: Int) -> SourceLocation {
        let offset = scalarStart(offset)
        let line = line(containing: offset)
        let start = Int(lineStarts[line])
        let units = unitCounts(from: start, to: offset)
        return SourceLocation(
            utf8Offset: offset, line: line, utf8Column: offset - start,
            scalarColumn: units.scalars, utf16Column: units.utf16)
    }

    /// An offset clamped to the text and moved back to the start of its scalar.
    private func scalarStart(_ offset: Int) -> Int {
        var offset = Swift.min(Swift.max(0, offset), utf8.count)
        while offset > 0, offset < utf8.count, utf8[offset] & 0xC0 == 0x80 { offset -= 1 }
        return offset
    }

    /// The start and end positions of a range.
    public func span(of range: TextRange) -> SourceSpan {
        SourceSpan(start: location(at: range.start), end: location(at: range.end))
    }

    /// The position of `offset` when an earlier position on or before it is known:
    /// on the same line, only the characters in between are counted (the same answer
    /// as ``location(at:)``).
    public func location(at offset: Int, after anchor: SourceLocation) -> SourceLocation {
        let offset = scalarStart(offset)
        guard offset >= anchor.utf8Offset, anchor.line < lineStarts.count else { return location(at: offset) }
        let line = anchor.line
        if line + 1 < lineStarts.count, offset >= Int(lineStarts[line + 1]) {
            // A later line: it lies after the anchor's, so search from there.
            let line = laterLine(containing: offset, from: line + 1)
            let start = Int(lineStarts[line])
            let units = unitCounts(from: start, to: offset)
            return SourceLocation(
                utf8Offset: offset, line: line, utf8Column: offset - start,
                scalarColumn: units.scalars, utf16Column: units.utf16)
        }
        let units = unitCounts(from: anchor.utf8Offset, to: offset)
        return SourceLocation(
            utf8Offset: offset, line: line, utf8Column: anchor.utf8Column + offset - anchor.utf8Offset,
            scalarColumn: anchor.scalarColumn + units.scalars, utf16Column: anchor.utf16Column + units.utf16)
    }

    /// Spans of many ranges in order of their start, as findings come: each start is
    /// counted from the previous start when on the same line, each end from its start.
    public struct SpanCursor {
        public let source: SourceText
        private var previousStart: SourceLocation?

        public init(_ source: SourceText) { self.source = source }

        public mutating func span(of range: TextRange) -> SourceSpan {
            let start =
                if let previousStart { source.location(at: range.start, after: previousStart) } else {
                    source.location(at: range.start)
                }
            previousStart = start
            return SourceSpan(start: start, end: source.location(at: range.end, after: start))
        }
    }

    // MARK: - Position → offset

    /// The byte offset of a line/column position. Lines past the end clamp to the end
    /// of the text; columns past the end of a line clamp to the end of that line; a
    /// UTF-16 column inside a surrogate pair moves to the start of the scalar.
    public func offset(line: Int, column: Int, unit: ColumnUnit) -> Int {
        guard line >= 0 else { return 0 }
        guard line < lineStarts.count else { return utf8.count }
        let start = Int(lineStarts[line])
        let end = Int(lineContentEnds[line])
        let column = Swift.max(0, column)
        switch unit {
        case .utf8:
            var offset = Swift.min(start + column, end)
            while offset > start, offset < utf8.count, utf8[offset] & 0xC0 == 0x80 { offset -= 1 }
            return offset
        case .unicodeScalar, .utf16:
            return offsetByWalking(from: start, lineEnd: end, column: column, utf16: unit == .utf16)
        }
    }

    private func offsetByWalking(from start: Int, lineEnd: Int, column: Int, utf16: Bool) -> Int {
        // Jump over whole checkpoint blocks first, so very long lines stay fast.
        var offset = start
        var walked = 0
        if lineEnd - start > UnitPrefixTable.blockSize * 2 {
            let table = self.table()
            let base = table.prefix(at: start, in: utf8)
            var block = start / UnitPrefixTable.blockSize + 1
            while block * UnitPrefixTable.blockSize < lineEnd {
                let candidate = table.prefixAtBlock(block)
                let units = utf16 ? candidate.utf16 - base.utf16 : candidate.scalars - base.scalars
                if units > column { break }
                offset = block * UnitPrefixTable.blockSize
                walked = units
                block += 1
            }
            // A block boundary may sit inside a scalar: step to the next scalar start.
            while offset < lineEnd, utf8[offset] & 0xC0 == 0x80 { offset += 1 }
            walked = utf16
                ? unitCounts(from: start, to: offset).utf16
                : unitCounts(from: start, to: offset).scalars
        }
        while offset < lineEnd, walked < column {
            let lead = utf8[offset]
            let width = UTF8Scalar.width(lead)
            let units = utf16 && lead >= 0xF0 ? 2 : 1
            if walked + units > column { break }
            walked += units
            offset = Swift.min(offset + width, lineEnd)
        }
        return offset
    }

    // MARK: - Unit counting

    /// Scalars and UTF-16 units in `[from, to)`.
    func unitCounts(from: Int, to: Int) -> (scalars: Int, utf16: Int) {
        if to - from <= UnitPrefixTable.blockSize * 2 {
            return UnitPrefixTable.count(utf8, from: from, to: to)
        }
        let table = self.table()
        let a = table.prefix(at: from, in: utf8)
        let b = table.prefix(at: to, in: utf8)
        return (b.scalars - a.scalars, b.utf16 - a.utf16)
    }

    private func table() -> UnitPrefixTable {
        prefixTable.withLock { table in
            if let table { return table }
            let built = UnitPrefixTable(utf8)
            table = built
            return built
        }
    }

    static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let width: Int
            switch lead {
            case 0x00...0x7F: width = 1
            case 0xC2...0xDF: width = 2
            case 0xE0...0xEF: width = 3
            case 0xF0...0xF4: width = 4
            default: return index
            }
            if index + width > bytes.count { return index }
            for next in 1..<width where bytes[index + next] & 0xC0 != 0x80 { return index }
            if width == 3 {
                let second = bytes[index + 1]
                if lead == 0xE0 && second < 0xA0 { return index }
                if lead == 0xED && second > 0x9F { return index }
            } else if width == 4 {
                let second = bytes[index + 1]
                if lead == 0xF0 && second < 0x90 { return index }
                if lead == 0xF4 && second > 0x8F { return index }
            }
            index += width
        }
        return nil
    }
}

/// The line terminator a text mostly uses.
public enum LineTerminator: String, Sendable {
    case lf = "\n"
    case crlf = "\r\n"
    case cr = "\r"
}

/// Why raw bytes could not become a ``SourceText``.
public enum TextDecodingError: Error, Equatable, Sendable {
    /// The bytes are not valid UTF-8 at this offset (line counted from 1).
    case invalidUTF8(byteOffset: Int, line: Int)
    /// The bytes contain a NUL byte, so this is not a text file.
    case binaryContent(byteOffset: Int)
}

/// Cumulative scalar and UTF-16 counts at fixed byte intervals, so positions in very
/// long lines convert in constant time.
struct UnitPrefixTable: Sendable {
    static let blockSize = 1024
    private var scalars: [Int] = [0]
    private var utf16: [Int] = [0]

    init(_ bytes: [UInt8]) {
        var scalarTotal = 0
        var utf16Total = 0
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                let byte = buffer[index]
                if byte & 0xC0 != 0x80 {
                    scalarTotal += 1
                    utf16Total += byte >= 0xF0 ? 2 : 1
                }
                index += 1
                if index % Self.blockSize == 0 {
                    scalars.append(scalarTotal)
                    utf16.append(utf16Total)
                }
            }
        }
    }

    func prefixAtBlock(_ block: Int) -> (scalars: Int, utf16: Int) {
        (scalars[block], utf16[block])
    }

    func prefix(at offset: Int, in bytes: [UInt8]) -> (scalars: Int, utf16: Int) {
        let block = offset / Self.blockSize
        let rest = Self.count(bytes, from: block * Self.blockSize, to: offset)
        return (scalars[block] + rest.scalars, utf16[block] + rest.utf16)
    }

    /// Every byte that is not a continuation byte starts a scalar, and a lead byte of
    /// four (F0 and up) starts a surrogate pair in UTF-16.
    static func count(_ bytes: [UInt8], from: Int, to: Int) -> (scalars: Int, utf16: Int) {
        guard from < to else { return (0, 0) }
        precondition(from >= 0 && to <= bytes.count, "range outside the text")
        return bytes.withUnsafeBufferPointer { buffer in
            // Eight bytes at a time: an ASCII word needs one test, and otherwise the
            // continuation bytes and four-byte leads are counted by bit masks.
            let base = UnsafeRawPointer(buffer.baseAddress!)
            var continuations = 0
            var fourByteLeads = 0
            func add(_ word: UInt64) {
                let high = word & UTF8Scalar.highBits
                guard high != 0 else { return }
                // Bit 7 of each byte after the shifts holds bit 6, 5, 4 of that byte.
                continuations += UTF8Scalar.countHighBits(high & ~(word << 1))
                fourByteLeads += UTF8Scalar.countHighBits(high & (word << 1) & (word << 2) & (word << 3))
            }
            var index = from
            while index + 8 <= to {
                add(base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                index += 8
            }
            let rest = to - index
            if rest > 0, to >= 8 {
                // The last eight bytes of the text up to `to`, with those already
                // counted (or before `from`) shifted out: zero bytes count as nothing.
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: to - 8, as: UInt64.self))
                add(word >> UInt64(8 * (8 - rest)))
            } else {
                while index < to {
                    let byte = buffer[index]
                    if byte & 0xC0 == 0x80 { continuations += 1 } else if byte >= 0xF0 { fourByteLeads += 1 }
                    index += 1
                }
            }
            let scalars = to - from - continuations
            return (scalars, scalars + fourByteLeads)
        }
    }
}

/// Small helpers for reading UTF-8 by hand on hot paths.
enum UTF8Scalar {
    /// The top bit of each of eight bytes.
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The number of bytes whose top bit is set, in a word with no other bits set.
    @inline(__always)
    static func countHighBits(_ word: UInt64) -> Int {
        // Each byte becomes 0 or 1; the multiplication sums them into the top byte.
        Int(truncatingIfNeeded: ((word >> 7) &* 0x0101_0101_0101_0101) >> 56)
    }

    @inline(__always)
    static func width(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead < 0xE0 { return lead < 0xC0 ? 1 : 2 }
        return lead < 0xF0 ? 3 : 4
    }

    /// Decodes the scalar at `index`. Malformed input decodes as U+FFFD with width 1,
    /// so a scanner always moves forward.
    @inline(__always)
    static func decode(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, width: Int) {
        let lead = buffer[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let width = width(lead)
        guard lead >= 0xC0, index + width <= buffer.count else { return (0xFFFD, 1) }
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for offset in 1..<width {
            let next = buffer[index + offset]
            guard next & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        return (value, width)
    }
}
