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

    @inlinable
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
///
/// Stored in 32 bits each (a text is at most 4 GB): every finding carries two of
/// these, and a large text has tens of thousands of findings.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    private var storedOffset: UInt32
    private var storedLine: UInt32
    private var storedUTF8Column: UInt32
    private var storedScalarColumn: UInt32
    private var storedUTF16Column: UInt32

    public var utf8Offset: Int {
        get { Int(storedOffset) }
        set { storedOffset = UInt32(newValue) }
    }
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(newValue) }
    }
    public var utf8Column: Int {
        get { Int(storedUTF8Column) }
        set { storedUTF8Column = UInt32(newValue) }
    }
    public var scalarColumn: Int {
        get { Int(storedScalarColumn) }
        set { storedScalarColumn = UInt32(newValue) }
    }
    public var utf16Column: Int {
        get { Int(storedUTF16Column) }
        set { storedUTF16Column = UInt32(newValue) }
    }

    public init(utf8Offset: Int, line: Int, utf8Column: Int, scalarColumn: Int, utf16Column: Int) {
        storedOffset = UInt32(utf8Offset)
        storedLine = UInt32(line)
        storedUTF8Column = UInt32(utf8Column)
        storedScalarColumn = UInt32(scalarColumn)
        storedUTF16Column = UInt32(utf16Column)
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
