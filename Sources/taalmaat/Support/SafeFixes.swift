import Foundation
import Taalmaat
import TaalmaatText

/// The edits `taalmaat fix` makes: only suggestions marked safe, never two that touch
/// the same words, applied to the original bytes (byte order mark included).
enum SafeFixes {
    struct Result {
        let bytes: [UInt8]
        let appliedEdits: Int
    }

    static func apply(to report: Report) -> Result {
        var edits: [TextEdit] = []
        for finding in report.findings {
            guard let suggestion = finding.suggestions.first(where: \.isSafe) else { continue }
            edits.append(contentsOf: suggestion.edits)
        }
        edits.sort { $0.range < $1.range }
        let source = report.document.source
        var output: [UInt8] = source.hadByteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        output.reserveCapacity(source.count + 64)
        var position = 0
        var applied = 0
        for edit in edits where edit.range.start >= position {
            output.append(contentsOf: source.utf8[position..<edit.range.start])
            output.append(contentsOf: Array(edit.replacement.utf8))
            position = edit.range.end
            applied += 1
        }
        output.append(contentsOf: source.utf8[position...])
        return Result(bytes: output, appliedEdits: applied)
    }
}

/// Replaces a file's contents without ever leaving it half-written: write a temporary
/// file next to it with the same permissions, flush it to disk, then rename it over
/// the original — but only if the original still holds what was read.
enum AtomicWriter {
    enum Failure: Error {
        case readOnly
        case changedMeanwhile
        case cannotWrite(String)

        var message: String {
            switch self {
            case .readOnly: "is alleen-lezen. Het bestand is niet veranderd."
            case .changedMeanwhile: "is veranderd terwijl Taalmaat bezig was. Het bestand is niet veranderd; probeer het opnieuw."
            case .cannotWrite(let reason): "kan niet worden geschreven (\(reason)). Het bestand is niet veranderd."
            }
        }
    }

    static func systemError() -> String { String(decoding: Data(bytes: strerror(errno), count: strlen(strerror(errno))), as: UTF8.self) }

    static func replace(_ url: URL, expecting original: [UInt8], with contents: [UInt8]) throws(Failure) {
        let path = url.resolvingSymlinksInPath().path
        var info = stat()
        guard stat(path, &info) == 0 else { throw .cannotWrite(Self.systemError()) }
        // `access` alone is not enough: for root it allows everything. A file without any
        // write permission was made read-only on purpose and stays as it is.
        guard access(path, W_OK) == 0, info.st_mode & 0o222 != 0 else { throw .readOnly }
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var template = Array("\(folder)/.\(name).taalmaat-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw .cannotWrite(Self.systemError()) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var written = 0
        let ok = contents.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let result = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result <= 0 { return false }
                written += result
            }
            return true
        }
        // Same owner and group (matters when root fixes someone else's file), then the same mode.
        let ownerKept = (info.st_uid == geteuid() && info.st_gid == getegid()) || fchown(descriptor, info.st_uid, info.st_gid) == 0
        let modeSet = fchmod(descriptor, info.st_mode & 0o7777) == 0
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard ok, ownerKept, modeSet, synced else {
            unlink(temporary)
            throw .cannotWrite("schrijven naar een tijdelijk bestand mislukte")
        }
        // The last moment to notice that someone else changed the file.
        guard let current = FileManager.default.contents(atPath: path), [UInt8](current) == original else {
            unlink(temporary)
            throw .changedMeanwhile
        }
        guard rename(temporary, path) == 0 else {
            let reason = Self.systemError()
            unlink(temporary)
            throw .cannotWrite(reason)
        }
    }
}
