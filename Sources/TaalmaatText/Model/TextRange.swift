/// A half-open range of UTF-8 byte offsets into a document's source text.
///
/// Every token, sentence, block and finding is a `TextRange`. Use
/// ``SourceText/location(at:)`` or ``SourceText/span(of:)`` to turn it into
/// line/column positions in Unicode scalars or UTF-16 code units.
public struct TextRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// First byte of the range.
    public var start: Int
    /// One past the last byte of the range.
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "TextRange start must not be after its end")
        self.start = start
        self.end = end
    }

    public init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    /// Number of UTF-8 bytes in the range.
    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }
    public var asRange: Range<Int> { start..<end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: TextRange) -> Bool { other.start < end && start < other.end }

    /// The smallest range that covers both ranges.
    public func union(_ other: TextRange) -> TextRange {
        TextRange(start: Swift.min(start, other.start), end: Swift.max(end, other.end))
    }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}

/// One position in the source text, in every coordinate system the front-ends need.
///
/// Lines and columns count from zero. `scalarColumn` counts Unicode scalars from the
/// start of the line; `utf16Column` counts UTF-16 code units, as the Language Server
/// Protocol does by default; `utf8Column` counts bytes.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var utf8Offset: Int
    public var line: Int
    public var utf8Column: Int
    public var scalarColumn: Int
    public var utf16Column: Int

    public init(utf8Offset: Int, line: Int, utf8Column: Int, scalarColumn: Int, utf16Column: Int) {
        self.utf8Offset = utf8Offset
        self.line = line
        self.utf8Column = utf8Column
        self.scalarColumn = scalarColumn
        self.utf16Column = utf16Column
    }

    /// Human-facing `line:column` (1-based, columns in Unicode scalars).
    public var description: String { "\(line + 1):\(scalarColumn + 1)" }
}

/// A ``TextRange`` resolved to start and end ``SourceLocation``s.
public struct SourceSpan: Hashable, Sendable {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    public var range: TextRange { TextRange(start: start.utf8Offset, end: end.utf8Offset) }
}

/// The column unit of a line/column position, for converting positions that arrive
/// from outside (an editor, a configuration file) back into byte offsets.
public enum ColumnUnit: String, Sendable, CaseIterable {
    case utf8
    case unicodeScalar
    case utf16
}
