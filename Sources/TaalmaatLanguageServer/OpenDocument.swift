import Foundation
import Taalmaat
import TaalmaatText

/// A document the editor has open: its text, version and last check.
struct OpenDocument {
    let uri: String
    /// The file behind the URI, when it is a `file:` URI (for `.taalmaat.yml` look-up).
    let path: URL?
    let format: TextFormat
    var version: Int
    var source: SourceText
    var report: Report?

    init(uri: String, languageId: String?, version: Int, text: String) {
        self.uri = uri
        self.path = URL(string: uri).flatMap { $0.isFileURL ? $0 : nil }
        self.format = Self.format(languageId: languageId, uri: uri)
        self.version = version
        self.source = SourceText(text)
    }

    /// `.taalmaat.yml` or `.taalmaat-woorden.txt`: settings, not text to check.
    var isConfigurationFile: Bool {
        let name = (uri as NSString).lastPathComponent
        return name == ProjectConfiguration.fileName || name == ProjectConfiguration.acceptedWordsFileName
    }

    static func format(languageId: String?, uri: String) -> TextFormat {
        switch languageId?.lowercased() {
        case "markdown": return .markdown
        case "html": return .html
        case "plaintext", "text": return .plain
        default: return TextFormat(pathExtension: (uri as NSString).pathExtension)
        }
    }

    /// Applies one `TextDocumentContentChangeEvent`: a range edit, or the whole text
    /// when there is no range. Positions past the end are clamped.
    mutating func apply(change: JSONValue, unit: ColumnUnit) {
        guard let text = change["text"]?.string else { return }
        guard let range = change["range"] else {
            source = SourceText(text)
            return
        }
        let start = offset(of: range["start"], unit: unit)
        let end = max(start, offset(of: range["end"], unit: unit))
        var bytes = source.utf8
        bytes.replaceSubrange(start..<end, with: Array(text.utf8))
        source = SourceText(String(decoding: bytes, as: UTF8.self))
    }

    /// The byte offset of an LSP position in the current text.
    func offset(of position: JSONValue?, unit: ColumnUnit) -> Int {
        let line = max(0, position?["line"]?.int ?? 0)
        let character = max(0, position?["character"]?.int ?? 0)
        return source.offset(line: line, column: character, unit: unit)
    }
}
