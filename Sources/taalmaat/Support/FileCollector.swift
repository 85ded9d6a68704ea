import Foundation
import Taalmaat

/// Turns the paths on the command line into the files to check: files as given,
/// folders recursively (with the include and exclude patterns of the configuration),
/// `-` for standard input. Problems (missing paths, unreadable folders, symlink loops)
/// become messages; the rest goes on.
struct FileCollector {
    let configurations: ConfigurationResolver
    let workingDirectory: URL

    struct Collected {
        var files: [InputFile] = []
        /// Paths that could not be collected, with a Dutch message; `before` is the index
        /// of the file they came before, so output can keep the order of the walk.
        var problems: [(path: String, message: String, before: Int)] = []

        mutating func problem(_ path: String, _ message: String) {
            problems.append((path, message, files.count))
        }
    }

    func collect(_ paths: [String], standardInputName: String?) throws -> Collected {
        var collected = Collected()
        var seenFiles: Set<String> = []
        let arguments = paths.isEmpty ? ["."] : paths
        for argument in arguments {
            if argument == "-" {
                let name = standardInputName ?? InputFile.standardInputName
                let settingsURL = standardInputName.map { URL(fileURLWithPath: $0, relativeTo: workingDirectory).standardizedFileURL }
                collected.files.append(InputFile(displayPath: name, url: nil, settingsURL: settingsURL))
                continue
            }
            let url = URL(fileURLWithPath: argument, relativeTo: workingDirectory).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                // A dangling symlink exists as a link but not as a file.
                let message = (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil
                    ? "is een snelkoppeling naar een bestand dat niet bestaat." : "bestaat niet."
                collected.problem(argument, message)
                continue
            }
            if isDirectory.boolValue {
                try walk(url, display: argument, into: &collected, seen: &seenFiles, visited: [])
            } else if seenFiles.insert(url.resolvingSymlinksInPath().path).inserted {
                collected.files.append(InputFile(displayPath: argument, url: url, settingsURL: url))
            }
        }
        return collected
    }

    /// Walks a folder. `visited` holds the device and inode of the folders on the
    /// current path, so a symlink that points back up is reported instead of followed.
    private func walk(
        _ folder: URL, display: String, into collected: inout Collected, seen: inout Set<String>,
        visited: Set<FolderID>
    ) throws {
        guard let id = FolderID(folder) else {
            collected.problem(display, "kan niet worden gelezen.")
            return
        }
        if visited.contains(id) {
            collected.problem(display, "is een snelkoppeling in een kring (symlink-lus); overgeslagen.")
            return
        }
        let configuration = try configurations.configuration(for: folder.appendingPathComponent("x"))
        if configuration.isExcluded(folder) { return }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            collected.problem(display, "kan niet worden gelezen (geen toegang).")
            return
        }
        for name in entries where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            let shown = display == "." ? name : (display.hasSuffix("/") ? display + name : display + "/" + name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                if (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil {
                    collected.problem(shown, "is een snelkoppeling naar een bestand dat niet bestaat.")
                }
                continue
            }
            if isDirectory.boolValue {
                try walk(url, display: shown, into: &collected, seen: &seen, visited: visited.union([id]))
                continue
            }
            let fileConfiguration = try configurations.configuration(for: url)
            guard fileConfiguration.isIncluded(url), !fileConfiguration.isExcluded(url) else { continue }
            // A pipe would block the run (nothing writes to it); a device may never end.
            var info = stat()
            guard stat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                collected.problem(shown, InputFile.ReadError.notRegularFile.message)
                continue
            }
            if seen.insert(url.resolvingSymlinksInPath().path).inserted {
                collected.files.append(InputFile(displayPath: shown, url: url, settingsURL: url))
            }
        }
    }
}

/// A folder's identity on disk, the same through every symlink that leads to it.
struct FolderID: Hashable {
    let device: UInt64
    let inode: UInt64

    init?(_ url: URL) {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
