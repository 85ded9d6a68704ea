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
        /// Larger than the limit; `size` is `nil` when it is not known (standard input, a pipe).
        case tooLarge(size: Int?, limit: Int)
        case notRegularFile
        case notText(String)

        /// A Dutch message that says what is wrong and what to do.
        var message: String {
            switch self {
            case .unreadable(let reason): "kan niet worden gelezen (\(reason))."
            case .tooLarge(let size, let limit):
                "is te groot (\(size.map(InputFile.megabytes) ?? "meer dan \(InputFile.megabytes(limit))")). "
                    + "Taalmaat controleert bestanden tot \(InputFile.megabytes(limit)); gebruik --max-size om dat te veranderen."
            case .notRegularFile: "is geen gewoon bestand (maar een pijp, socket of apparaat); overgeslagen."
            case .notText(let reason): reason
            }
        }
    }

    /// A size for people: `50 MB`, `1,5 MB`.
    static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_048_576
        if value >= 10 || value == value.rounded() { return "\(Int(value.rounded())) MB" }
        return String(format: "%.1f MB", value).replacingOccurrences(of: ".", with: ",")
    }

    /// The raw bytes, as read (used by `fix` to see whether the file changed). Never
    /// reads more than `maximumSize` (plus one chunk), also from a pipe or a device.
    func readBytes(maximumSize: Int) throws(ReadError) -> [UInt8] {
        guard let url else { return try Self.read(FileHandle.standardInput, maximumSize: maximumSize) }
        var info = stat()
        guard stat(url.path, &info) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .unreadable("het is een map") }
        let isRegular = (info.st_mode & S_IFMT) == S_IFREG
        guard !isRegular || Int(info.st_size) <= maximumSize else { throw .tooLarge(size: Int(info.st_size), limit: maximumSize) }
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw .unreadable(access(url.path, R_OK) != 0 ? "geen leesrechten" : String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        return try Self.read(handle, maximumSize: maximumSize)
    }

    /// Reads to the end, but stops with `tooLarge` as soon as there is more than `maximumSize`.
    static func read(_ handle: FileHandle, maximumSize: Int) throws(ReadError) -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw .unreadable(error.localizedDescription)
            }
            guard let chunk, !chunk.isEmpty else { return bytes }
            bytes.append(contentsOf: chunk)
            if bytes.count > maximumSize { throw .tooLarge(size: nil, limit: maximumSize) }
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
