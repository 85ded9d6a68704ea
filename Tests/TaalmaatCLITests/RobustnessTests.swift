import Foundation
import Testing

/// Files that are too large, endless or strange: a clear Dutch message, the run goes on
/// with the rest, no crash, exit code 2 only because something could not be checked.
/// (Binary files, invalid UTF-8, empty files, pipes, dangling symlinks, symlink loops,
/// unreadable files and folders: the golden case `Fixtures/cli/onleesbaar`.)
@Suite struct RobustnessTests {
    /// A file of 50 MB, made here (never committed): a letter line at the start, 50 MB of
    /// blank padding, and a letter line at the very end. The padding is white space so
    /// that checking it with `--max-size 64` takes seconds in a debug build, not minutes;
    /// the finding on the last line proves that the whole file was read and checked.
    static func makeLargeFile(in folder: TemporaryFolder) throws -> URL {
        let url = folder.file("groot.txt")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.write(contentsOf: Data("Indien u vragen heeft, bel mij op 06-12345678.\n".utf8))
        let padding = Data((String(repeating: " ", count: 1023) + "\n").utf8)
        var block = Data()
        for _ in 0..<1024 { block.append(padding) }
        for _ in 0..<50 { try handle.write(contentsOf: block) }
        try handle.write(contentsOf: Data("Neem tevens uw post mee.\n".utf8))
        try handle.close()
        return url
    }

    @Test func aFileLargerThanTheMaximumIsReportedAndTheRestIsChecked() throws {
        let folder = try Letters.folder(["brief.txt": Letters.fout])
        let large = try Self.makeLargeFile(in: folder)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: large.path)[.size] as? Int)
        #expect(size > 50 * 1_048_576 && size < 51 * 1_048_576)

        let started = Date()
        let run = try TaalmaatExecutable.run(["check", ".", "--format", "regel"], in: folder.url)
        #expect(Date().timeIntervalSince(started) < 20, "the large file is not read at all")
        #expect(run.status == 2)
        #expect(run.output == """
            brief.txt:3:34:fout:toon.dreigen:'Wij zien ons genoodzaakt' klinkt als een dreigement. Schrijf liever: 'daarom gaan wij …'.
            groot.txt:1:1:fout:taalmaat:is te groot (50 MB). Taalmaat controleert bestanden tot 16 MB; gebruik --max-size om dat te veranderen.

            """)
        let text = try TaalmaatExecutable.run(["check", "groot.txt", "--max-size", "20"], in: folder.url)
        #expect(text.output == "groot.txt: niet gecontroleerd: is te groot (50 MB). Taalmaat controleert bestanden tot 20 MB; gebruik --max-size om dat te veranderen.\n\n")
    }

    @Test func maxSize64ChecksTheLargeFile() throws {
        let folder = try TemporaryFolder()
        _ = try Self.makeLargeFile(in: folder)
        let started = Date()
        let run = try TaalmaatExecutable.run(["check", "groot.txt", "--max-size", "64", "--format", "regel"], in: folder.url, timeout: 600)
        let seconds = Date().timeIntervalSince(started)
        #expect(run.status == 0, "\(run.errorOutput)")
        let lines = run.output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("groot.txt:1:1:waarschuwing:woord.ambtelijk:'Indien'") == true, "\(run.output.prefix(500))")
        #expect(lines.contains { $0.hasPrefix("groot.txt:51202:6:waarschuwing:woord.ambtelijk:'tevens'") }, "the last line was checked: \(run.output.prefix(800))")
        print("taalmaat check groot.txt (50 MB) --max-size 64: \(String(format: "%.1f", seconds)) s")
    }

    /// A device or pipe named on the command line is read with the same limit: no endless read.
    @Test func anEndlessInputStopsAtTheMaximum() throws {
        guard FileManager.default.fileExists(atPath: "/dev/zero") else { return }
        let run = try TaalmaatExecutable.run(["check", "/dev/zero", "--max-size", "1", "--format", "regel"], timeout: 60)
        #expect(run.status == 2)
        #expect(run.output == "/dev/zero:1:1:fout:taalmaat:is te groot (meer dan 1 MB). Taalmaat controleert bestanden tot 1 MB; gebruik --max-size om dat te veranderen.\n")
    }
}
