import Foundation
import Testing

@testable import taalmaat

/// What `stat` says about a file, to prove that it was (not) replaced.
struct FileIdentity: Equatable, CustomStringConvertible {
    let inode: UInt64
    let modified: Int
    let modifiedNanoseconds: Int
    let mode: UInt32
    let owner: UInt32
    let group: UInt32
    let bytes: Data

    init(_ url: URL) throws {
        var info = stat()
        guard stat(url.path, &info) == 0 else { throw CocoaError(.fileReadNoSuchFile) }
        inode = UInt64(info.st_ino)
        #if os(Linux)
            modified = Int(info.st_mtim.tv_sec)
            modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
        #else
            modified = Int(info.st_mtimespec.tv_sec)
            modifiedNanoseconds = Int(info.st_mtimespec.tv_nsec)
        #endif
        mode = UInt32(info.st_mode & 0o7777)
        owner = info.st_uid
        group = info.st_gid
        bytes = try Data(contentsOf: url)
    }

    var description: String { "inode \(inode), mtime \(modified).\(modifiedNanoseconds), mode \(String(mode, radix: 8)), \(bytes.count) bytes" }
}

/// Sets a file's times far in the past, so that any write would show in the mtime.
func ageFile(_ url: URL) {
    var times = [timespec(tv_sec: 978_307_200, tv_nsec: 0), timespec(tv_sec: 978_307_200, tv_nsec: 0)]
    utimensat(AT_FDCWD, url.path, &times, 0)
}

/// Files in a folder, to show that no temporary file was left behind.
func names(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
}

@Suite struct FixTests {
    /// Safe: `Indien` → `Als`, `tevens` → `ook`, `!` → `.`. Not safe: `verzoeken` → `vragen`
    /// (the verb form may change), `zien wij ons genoodzaakt` (no edit at all).
    static let letter = """
        Beste mevrouw Jansen,

        Indien u vragen heeft, bel mij dan op 06-12345678.
        Wij verzoeken u tevens uw post mee te nemen.
        Doet u dat niet, dan zien wij ons genoodzaakt de afspraak te verzetten!

        Met vriendelijke groet,

        Karin de Vries

        """
    static let fixed = """
        Beste mevrouw Jansen,

        Als u vragen heeft, bel mij dan op 06-12345678.
        Wij verzoeken u ook uw post mee te nemen.
        Doet u dat niet, dan zien wij ons genoodzaakt de afspraak te verzetten.

        Met vriendelijke groet,

        Karin de Vries

        """

    @Test func appliesOnlySafeSuggestions() throws {
        let folder = try Letters.folder(["brief.txt": Self.letter, "goed.txt": Letters.tip])
        let run = try TaalmaatExecutable.run(["fix"], in: folder.url)
        #expect(run.status == 0, "\(run.errorOutput)")
        #expect(run.output.isEmpty)
        #expect(run.errorOutput == "brief.txt: 3 vervangingen.\nTaalmaat heeft 3 veilige vervangingen in 1 bestand gedaan.\n")
        #expect(try folder.read("brief.txt") == Self.fixed)
        #expect(try folder.read("goed.txt") == Letters.tip)
        // What is left are the findings without a safe suggestion.
        let after = try TaalmaatExecutable.run(["check", "brief.txt", "--format", "regel"], in: folder.url)
        let rules = after.output.split(separator: "\n").map { $0.split(separator: ":")[4] }
        #expect(rules.contains("woord.ambtelijk") && rules.contains("toon.dreigen"), "\(after.output)")
        #expect(!after.output.contains("'Indien'") && !after.output.contains("'tevens'") && !after.output.contains("toon.uitroepteken"))
        // A second run has nothing left to do.
        let again = try TaalmaatExecutable.run(["fix"], in: folder.url)
        #expect(again.errorOutput == "Taalmaat heeft 0 veilige vervangingen in 0 bestanden gedaan.\n")
    }

    @Test func dryRunPrintsAUnifiedDiffAndChangesNothing() throws {
        let folder = try Letters.folder(["brief.txt": Self.letter])
        ageFile(folder.file("brief.txt"))
        let before = try FileIdentity(folder.file("brief.txt"))
        let run = try TaalmaatExecutable.run(["fix", "--dry-run"], in: folder.url)
        #expect(run.status == 0)
        let diff = [
            "--- brief.txt", "+++ brief.txt", "@@ -1,8 +1,8 @@",
            " Beste mevrouw Jansen,", " ",
            "-Indien u vragen heeft, bel mij dan op 06-12345678.",
            "-Wij verzoeken u tevens uw post mee te nemen.",
            "-Doet u dat niet, dan zien wij ons genoodzaakt de afspraak te verzetten!",
            "+Als u vragen heeft, bel mij dan op 06-12345678.",
            "+Wij verzoeken u ook uw post mee te nemen.",
            "+Doet u dat niet, dan zien wij ons genoodzaakt de afspraak te verzetten.",
            " ", " Met vriendelijke groet,", " ",
        ]
        #expect(run.output == diff.joined(separator: "\n") + "\n")
        #expect(run.errorOutput == "Taalmaat zou 3 veilige vervangingen in 1 bestand doen. Er is niets veranderd.\n")
        #expect(try FileIdentity(folder.file("brief.txt")) == before)
        #expect(try names(in: folder.url) == ["brief.txt"])

        // The diff is a real patch: applied to the original it gives what `fix` writes.
        try folder.write("patch.diff", run.output)
        let patch = Process()
        patch.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        patch.arguments = ["patch", "-s", "-p0", "-i", "patch.diff"]
        patch.currentDirectoryURL = folder.url
        try patch.run()
        patch.waitUntilExit()
        #expect(patch.terminationStatus == 0, "patch could not apply the diff")
        #expect(try folder.read("brief.txt") == Self.fixed)
    }

    @Test func keepsPermissionsOwnerAndReplacesAtomically() throws {
        let folder = try Letters.folder(["brief.txt": Self.letter])
        let file = folder.file("brief.txt")
        chmod(file.path, 0o640)
        if TestUser.isRoot { chown(file.path, 65534, 65534) }  // root fixing someone else's letter
        let before = try FileIdentity(file)
        let run = try TaalmaatExecutable.run(["fix", "brief.txt"], in: folder.url)
        #expect(run.status == 0, "\(run.errorOutput)")
        let after = try FileIdentity(file)
        #expect(after.bytes == Data(Self.fixed.utf8))
        #expect(after.mode == 0o640)
        #expect(after.owner == before.owner && after.group == before.group, "owner \(after.owner):\(after.group)")
        #expect(after.inode != before.inode, "written to a new file and renamed over the old one")
        #expect(try names(in: folder.url) == ["brief.txt"], "no temporary file left")
    }

    @Test func leavesAFileWithoutSafeFixesUntouched() throws {
        let folder = try Letters.folder(["brief.txt": Letters.fout])
        ageFile(folder.file("brief.txt"))
        let before = try FileIdentity(folder.file("brief.txt"))
        let run = try TaalmaatExecutable.run(["fix", "brief.txt"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.errorOutput == "Taalmaat heeft 0 veilige vervangingen in 0 bestanden gedaan.\n")
        #expect(try FileIdentity(folder.file("brief.txt")) == before, "same inode, mtime and bytes")
    }

    /// A read-only file is not written, also when the tests run as root (for whom
    /// `access(W_OK)` always succeeds): Taalmaat also looks at the permission bits.
    @Test func leavesAReadOnlyFileAlone() throws {
        let folder = try Letters.folder(["brief.txt": Self.letter, "ander.txt": Self.letter])
        let file = folder.file("brief.txt")
        chmod(file.path, 0o444)
        ageFile(file)
        let before = try FileIdentity(file)
        let run = try TaalmaatExecutable.run(["fix", "."], in: folder.url)
        #expect(run.status == 2)
        #expect(run.errorOutput == """
            ander.txt: 3 vervangingen.
            taalmaat: brief.txt is alleen-lezen. Het bestand is niet veranderd.
            Taalmaat heeft 3 veilige vervangingen in 1 bestand gedaan.

            """)
        #expect(try FileIdentity(file) == before, "same inode, mtime, mode and bytes")
        #expect(try folder.read("ander.txt") == Self.fixed, "the run goes on with the other files")
        #expect(try names(in: folder.url) == ["ander.txt", "brief.txt"], "no temporary file left")
    }

    /// As root, `chattr +i` makes a file that the kernel itself refuses to change or replace.
    @Test(.enabled(if: TestUser.isRoot)) func leavesAnImmutableFileAlone() throws {
        let folder = try Letters.folder(["brief.txt": Self.letter])
        let file = folder.file("brief.txt")
        ageFile(file)
        let before = try FileIdentity(file)
        guard Self.chattr("+i", file) else {
            Issue.record("chattr +i werkt hier niet (bestandssysteem of rechten); de alleen-lezen-test hierboven dekt het gedrag.")
            return
        }
        defer { _ = Self.chattr("-i", file) }
        let run = try TaalmaatExecutable.run(["fix", "brief.txt"], in: folder.url)
        #expect(run.status == 2)
        #expect(run.errorOutput.contains("taalmaat: brief.txt is alleen-lezen. Het bestand is niet veranderd.\n"), "\(run.errorOutput)")
        #expect(try FileIdentity(file) == before)
        #expect(try names(in: folder.url) == ["brief.txt"])
    }

    /// As an ordinary user (root drops to `nobody`): a file of someone else in a folder
    /// where everyone may write. Renaming over it would work; Taalmaat must refuse.
    @Test func leavesSomeoneElsesFileAloneInAWritableFolder() throws {
        guard let prefix = TestUser.unprivilegedPrefix else {
            Issue.record("De tests draaien als root en 'setpriv' ontbreekt; kan geen gewone gebruiker worden.")
            return
        }
        let folder = try Letters.folder(["brief.txt": Self.letter])
        chmod(folder.url.path, 0o777)
        let file = folder.file("brief.txt")
        chmod(file.path, 0o644)
        if !TestUser.isRoot {
            // Without root there is no other owner; a file without write permission does the same.
            chmod(file.path, 0o444)
        }
        ageFile(file)
        let before = try FileIdentity(file)
        let run = try TaalmaatExecutable.run(["fix", "brief.txt"], in: folder.url, prefix: prefix)
        #expect(run.status == 2, "\(run.errorOutput)")
        #expect(run.errorOutput.contains("taalmaat: brief.txt is alleen-lezen. Het bestand is niet veranderd.\n"), "\(run.errorOutput)")
        #expect(try FileIdentity(file) == before)
        #expect(try names(in: folder.url) == ["brief.txt"])
    }

    @Test func standardInputIsAFilter() throws {
        let folder = try TemporaryFolder()
        let fixed = try TaalmaatExecutable.run(["fix", "-"], in: folder.url, input: Self.letter)
        #expect(fixed.status == 0)
        #expect(fixed.output == Self.fixed)
        #expect(fixed.errorOutput == "Taalmaat heeft 3 veilige vervangingen in 1 bestand gedaan.\n")
        // Nothing to fix: the text comes back unchanged (an editor replacing its buffer gets it back).
        let unchanged = try TaalmaatExecutable.run(["fix", "-"], in: folder.url, input: Letters.fout)
        #expect(unchanged.status == 0)
        #expect(unchanged.output == Letters.fout)
        let diff = try TaalmaatExecutable.run(["fix", "-", "--dry-run", "--stdin-name", "brief.txt"], in: folder.url, input: Self.letter)
        #expect(diff.output.hasPrefix("--- brief.txt\n+++ brief.txt\n@@ -1,8 +1,8 @@\n"), "\(diff.output)")
    }

    /// A byte order mark and CRLF line ends survive a fix.
    @Test func keepsByteOrderMarkAndLineEnds() throws {
        let folder = try TemporaryFolder()
        let crlf = Self.letter.replacingOccurrences(of: "\n", with: "\r\n")
        try Data([0xEF, 0xBB, 0xBF] + Array(crlf.utf8)).write(to: folder.file("brief.txt"))
        let run = try TaalmaatExecutable.run(["fix", "brief.txt"], in: folder.url)
        #expect(run.status == 0, "\(run.errorOutput)")
        let expected = [0xEF, 0xBB, 0xBF] + Array(Self.fixed.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        #expect(try Data(contentsOf: folder.file("brief.txt")) == Data(expected))
    }

    /// Files that cannot be read are reported; the others are still fixed.
    @Test func goesOnAfterAFileThatCannotBeRead() throws {
        let folder = try Letters.folder(["brief.txt": Self.letter])
        try Data([0x42, 0x65, 0xFF, 0x0A]).write(to: folder.file("kapot.txt"))
        let run = try TaalmaatExecutable.run(["fix", "."], in: folder.url)
        #expect(run.status == 2)
        #expect(run.errorOutput.contains("taalmaat: kapot.txt bevat tekens die geen UTF-8 zijn (regel 1)."), "\(run.errorOutput)")
        #expect(try folder.read("brief.txt") == Self.fixed)
    }

    static func chattr(_ flag: String, _ file: URL) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["chattr", flag, file.path]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}

/// `AtomicWriter.replace` directly: the last check before the rename sees that the
/// file changed while Taalmaat worked (another editor saved it), and leaves it alone.
@Suite struct AtomicWriterTests {
    @Test func refusesWhenTheFileChangedMeanwhile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("brief.txt", "Indien u wilt.\n")
        ageFile(file)
        let before = try FileIdentity(file)
        // Taalmaat read "Indien u wil.\n"; since then someone saved "Indien u wilt.\n".
        #expect(throws: AtomicWriter.Failure.self) {
            try AtomicWriter.replace(file, expecting: Array("Indien u wil.\n".utf8), with: Array("Als u wil.\n".utf8))
        }
        do {
            try AtomicWriter.replace(file, expecting: Array("Indien u wil.\n".utf8), with: Array("Als u wil.\n".utf8))
        } catch {
            #expect(error.message == "is veranderd terwijl Taalmaat bezig was. Het bestand is niet veranderd; probeer het opnieuw.")
        }
        #expect(try FileIdentity(file) == before)
        #expect(try names(in: folder.url) == ["brief.txt"], "the temporary file is removed")
    }

    @Test func replacesWhenTheFileIsAsRead() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("brief.txt", "Indien u wilt.\n")
        chmod(file.path, 0o600)
        try AtomicWriter.replace(file, expecting: Array("Indien u wilt.\n".utf8), with: Array("Als u wilt.\n".utf8))
        #expect(try folder.read("brief.txt") == "Als u wilt.\n")
        #expect(try FileIdentity(file).mode == 0o600)
        #expect(try names(in: folder.url) == ["brief.txt"])
    }

    /// A symlink stays a symlink; the file it points to gets the new text.
    @Test func replacesTheTargetOfASymlink() throws {
        let folder = try TemporaryFolder()
        let target = try folder.write("echt.txt", "Indien u wilt.\n")
        try FileManager.default.createSymbolicLink(at: folder.file("link.txt"), withDestinationURL: target)
        try AtomicWriter.replace(folder.file("link.txt"), expecting: Array("Indien u wilt.\n".utf8), with: Array("Als u wilt.\n".utf8))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("link.txt").path) == target.path)
        #expect(try folder.read("echt.txt") == "Als u wilt.\n")
    }

    @Test func reportsAFolderItCannotWriteIn() throws {
        guard let prefix = TestUser.unprivilegedPrefix else {
            Issue.record("De tests draaien als root en 'setpriv' ontbreekt.")
            return
        }
        // The file is writable, the folder is not: the temporary file cannot be made.
        let folder = try TemporaryFolder()
        try folder.write("map/brief.txt", FixTests.letter)
        chmod(folder.file("map/brief.txt").path, 0o666)
        chmod(folder.file("map").path, 0o555)
        let before = try FileIdentity(folder.file("map/brief.txt"))
        let run = try TaalmaatExecutable.run(["fix", "map/brief.txt"], in: folder.url, prefix: prefix)
        #expect(run.status == 2)
        #expect(run.errorOutput.contains("taalmaat: map/brief.txt kan niet worden geschreven (Permission denied). Het bestand is niet veranderd."), "\(run.errorOutput)")
        #expect(try FileIdentity(folder.file("map/brief.txt")) == before)
    }
}
