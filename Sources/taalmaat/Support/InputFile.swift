import Foundation
import TaalmaatText

/// One input to check: a file or standard input, read and decoded with clear errors.
struct InputFile: Sendable {
    /// The path shown to the user.
    let displayPath: String
    /// The real file, or `nil` for standard input.
    let url: URL?
    /// The path whose configuration and profile apply (for standard input: `--stdin-name`).
    let settingsURL: URL?

    static let standardInputName = "<stdin>"

    /// Files larger than this are not checked (letters are a few kilobytes).
    static let defaultMaximumSize = 16 * 1024 * 1024

    enum ReadError: Error, Equatable {
        case unreadable(String)
        case tooLarge(Int)
        case notText(String)

        /// A Dutch message that says what is wrong and what to do.
        var message: String {
            switch self {
            case .unreadable(let reason): "kan niet worden gelezen (\(reason))."
            case .tooLarge(let size):
                "is te groot (\(size / 1_048_576) MB). Taalmaat controleert bestanden tot \(InputFile.defaultMaximumSize / 1_048_576) MB; gebruik --max-size om dat te veranderen."
            case .notText(let reason): reason
            }
        }
    }

    /// The raw bytes, as read (used by `fix` to see whether the file changed).
    func readBytes(maximumSize: Int) throws(ReadError) -> [UInt8] {
        guard let url else {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= maximumSize else { throw .tooLarge(data.count) }
            return [UInt8](data)
        }
        var info = stat()
        guard stat(url.path, &info) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .unreadable("het is een map") }
        guard Int(info.st_size) <= maximumSize else { throw .tooLarge(Int(info.st_size)) }
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw .unreadable(access(url.path, R_OK) != 0 ? "geen leesrechten" : "onbekende reden")
        }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw .unreadable(error.localizedDescription)
        }
    }

    /// Decodes bytes into text; binary files and invalid UTF-8 are errors.
    static func decode(_ bytes: [UInt8]) throws(ReadError) -> SourceText {
        do throws(TextDecodingError) {
            return try SourceText(decoding: bytes)
        } catch {
            switch error {
            case .binaryContent:
                throw ReadError.notText("is geen tekstbestand (er staan binaire gegevens in). Taalmaat controleert .txt, .md en .html.")
            case .invalidUTF8(_, let line):
                throw ReadError.notText(
                    "bevat tekens die geen UTF-8 zijn (regel \(line)). Sla het bestand op als UTF-8 en probeer het opnieuw.")
            }
        }
    }

    var format: TextFormat {
        TextFormat(pathExtension: url?.pathExtension ?? (displayPath as NSString).pathExtension)
    }
}
