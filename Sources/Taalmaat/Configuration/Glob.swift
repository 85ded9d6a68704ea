#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A path pattern as in `.gitignore`: `*` and `?` within one folder name, `**` for any
/// number of folders. A pattern without a slash matches a file or folder name at any
/// depth (`*.bak`); a pattern with a slash matches from the configuration's folder
/// (`brieven/**`, `archief/oud/*.txt`).
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    public let pattern: String
    private let segments: [String]
    private let anchored: Bool

    public init(_ pattern: String) {
        var text = pattern
        if text.hasPrefix("./") { text.removeFirst(2) }
        anchored = text.contains("/")
        if text.hasPrefix("/") { text.removeFirst() }
        if text.hasSuffix("/") { text += "**" }
        self.pattern = pattern
        segments = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    public var description: String { pattern }

    /// Whether a path relative to the configuration folder matches.
    public func matches(_ relativePath: String) -> Bool {
        let parts = relativePath.split(separator: "/").map(String.init)
        if anchored { return Self.match(segments[...], parts[...]) }
        // Unanchored: the name of the file or of any folder on its path.
        return parts.indices.contains { start in Self.match(segments[...], parts[start...]) }
            || parts.contains { Self.segmentMatches(segments.first ?? "", $0) && segments.count == 1 }
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            let rest = pattern.dropFirst()
            if rest.isEmpty { return true }
            for start in path.indices where match(rest, path[start...]) { return true }
            return false
        }
        guard let first = path.first, segmentMatches(head, first) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    static func segmentMatches(_ pattern: String, _ name: String) -> Bool {
        fnmatch(pattern, name, 0) == 0
    }
}
