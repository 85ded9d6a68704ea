import Foundation
import Taalmaat
import TaalmaatLanguageServer
import TaalmaatText

// Benchmarks for the language server, driven in-process through byte pipes (the same
// framing as an editor over stdin/stdout, without a child process):
//
//   taalmaat-bench lsp-latency BRIEF [EDITS]   didChange → publishDiagnostics, p50/p95/p99
//   taalmaat-bench lsp-soak BRIEF [EDITS]      resident memory before and after many edits
//   taalmaat-bench lsp-groot [MB]              a large document: open and one edit

/// An editor in the same process as the server.
final class BenchEditor {
    let toServer = InMemoryStream()
    let fromServer = InMemoryStream()
    private let serverThread: Thread
    private let finished = DispatchSemaphore(value: 0)
    let uri = "file:///bench/brief.txt"
    private(set) var version = 1
    /// The text as the editor has it, in lines (kept in step with the edits sent).
    private(set) var lines: [String]

    init(text: String) {
        lines = text.components(separatedBy: "\n")
        let server = LanguageServer(source: toServer, sink: fromServer)
        let done = finished
        serverThread = Thread {
            _ = server.run()
            done.signal()
        }
        serverThread.stackSize = 8 << 20
        serverThread.start()
        send(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["processId": .null, "capabilities": [:]]])
        _ = waitFor { $0.contains("\"id\":1,") }
        send(["jsonrpc": "2.0", "method": "initialized", "params": [:]])
        let open = frame(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": [
            "textDocument": ["uri": .string(uri), "languageId": "plaintext", "version": 1, "text": .string(text)],
        ]])
        let sent = ContinuousClock.now
        toServer.write(open)
        guard let (arrived, chunk) = waitForPublish(version: 1, timeout: 600) else {
            FileHandle.standardError.write(Data("Geen diagnostiek na het openen.\n".utf8))
            exit(2)
        }
        openTime = seconds(arrived - sent)
        openDiagnostics = Self.diagnostics(in: chunk)?.count ?? 0
    }

    /// From sending didOpen to receiving its diagnostics, in seconds.
    private(set) var openTime = 0.0
    private(set) var openDiagnostics = 0

    func send(_ message: JSONValue) {
        toServer.write(frame(message))
    }

    func frame(_ message: JSONValue) -> Data {
        let body = message.serialized()
        var data = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        data.append(body)
        return data
    }

    /// Waits for a message (one chunk: the server writes header and body at once)
    /// whose body text passes `test`; returns when it arrived.
    func waitFor(timeout: TimeInterval = 60, _ test: (String) -> Bool) -> ContinuousClock.Instant? {
        let deadline = Date().addingTimeInterval(timeout)
        while let chunk = fromServer.read(timeout: deadline.timeIntervalSinceNow) {
            let arrived = ContinuousClock.now
            if test(String(decoding: chunk, as: UTF8.self)) { return arrived }
        }
        return nil
    }

    /// The `publishDiagnostics` chunk for a version and when it arrived.
    func waitForPublish(version: Int, timeout: TimeInterval = 60) -> (ContinuousClock.Instant, Data)? {
        let suffix = Data(",\"version\":\(version)}}".utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while let chunk = fromServer.read(timeout: deadline.timeIntervalSinceNow) {
            let arrived = ContinuousClock.now
            if chunk.count >= suffix.count, chunk.suffix(suffix.count) == suffix,
                chunk.range(of: Data("\"textDocument/publishDiagnostics\"".utf8)) != nil
            {
                return (arrived, chunk)
            }
        }
        return nil
    }

    /// The diagnostics in a framed publishDiagnostics message.
    static func diagnostics(in chunk: Data) -> [JSONValue]? {
        guard let start = chunk.range(of: Data("\r\n\r\n".utf8)),
            let message = JSONValue.parse(chunk.subdata(in: start.upperBound..<chunk.endIndex))
        else { return nil }
        return message["params"]?["diagnostics"]?.array
    }

    /// Sends one incremental change and returns the time until its diagnostics arrived
    /// (seconds). The publish is recognised by its end (`"version":N}}`, keys are
    /// written sorted), so the clock does not include parsing it.
    func change(line: Int, start: Int, end: Int, text: String) -> Double {
        version += 1
        let message = frame([
            "jsonrpc": "2.0", "method": "textDocument/didChange",
            "params": [
                "textDocument": ["uri": .string(uri), "version": .int(version)],
                "contentChanges": [[
                    "range": ["start": ["line": .int(line), "character": .int(start)], "end": ["line": .int(line), "character": .int(end)]],
                    "text": .string(text),
                ]],
            ],
        ])
        apply(line: line, start: start, end: end, text: text)
        let sent = ContinuousClock.now
        toServer.write(message)
        guard let (arrived, _) = waitForPublish(version: version, timeout: 600) else {
            FileHandle.standardError.write(Data("Geen diagnostiek voor versie \(version).\n".utf8))
            exit(2)
        }
        return seconds(arrived - sent)
    }

    private func apply(line: Int, start: Int, end: Int, text: String) {
        let utf16 = Array(lines[line].utf16)
        let new = Array(utf16[0..<start]) + Array(text.utf16) + Array(utf16[end...])
        lines[line] = String(decoding: new, as: UTF16.self)
    }

    func shutdown() {
        send(["jsonrpc": "2.0", "id": 999_999, "method": "shutdown"])
        _ = waitFor { $0.contains("\"id\":999999") }
        send(["jsonrpc": "2.0", "method": "exit"])
        _ = finished.wait(timeout: .now() + 10)
    }
}

/// Typing as a writer does: at a place in a sentence, type a word letter by letter,
/// then remove it again with backspace; then move on to the next place. Every edit is
/// one character, so half the edits make a sentence that was not seen before.
///
/// - `beforeWord`: the cursor is at the start of a word and "heel " is typed there, so
///   the half-typed word sticks to the next one (*hgesprek*, *hegesprek*, …): each
///   keystroke makes a new unknown word, as it does while typing in the middle of text.
/// - `afterWord`: the cursor is at the end of a word and " heel" is typed, so the
///   half-typed word stands alone (*h*, *he*, *hee*, *heel*).
struct TypingScript {
    enum Pattern: String { case beforeWord = "voor-woord", afterWord = "na-woord" }
    let places: [(line: Int, column: Int)]
    let word: [UInt16]
    private var place = 0
    private var step = 0

    init(lines: [String], pattern: Pattern, startPlace: Int = 0) {
        word = Array((pattern == .beforeWord ? "heel " : " heel").utf16)
        var places: [(Int, Int)] = []
        for (index, line) in lines.enumerated() where line.split(separator: " ").count >= 6 {
            var column = 0
            for unit in line.utf16 {
                // Before word: just after a space. After word: just before it.
                if unit == 0x20 { places.append((index, pattern == .beforeWord ? column + 1 : column)) }
                column += 1
            }
        }
        self.places = places
        self.place = startPlace % max(places.count, 1)
    }

    /// The next edit: (line, start, end, text) in UTF-16 columns.
    mutating func next() -> (Int, Int, Int, String) {
        let (line, column) = places[place]
        defer {
            step += 1
            if step == word.count * 2 {
                step = 0
                // Every place once before any is used again (7 and the count share no
                // factor unless the count is a multiple of 7).
                place = (place + (places.count % 7 == 0 ? 1 : 7)) % places.count
            }
        }
        if step < word.count {
            return (line, column + step, column + step, String(decoding: [word[step]], as: UTF16.self))
        }
        let remaining = word.count * 2 - step  // characters still typed
        return (line, column + remaining - 1, column + remaining, "")
    }
}

func percentile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
}

/// Resident memory of this process in MB (Linux: VmRSS).
func residentMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        return (line.split(separator: " ").compactMap { Double($0) }.first ?? 0) / 1024
    }
    return 0
}

func loadAverage() -> String {
    let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?"
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}

func describeLetter(_ text: String) -> String {
    "\(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count) woorden, \(text.utf8.count) bytes"
}

func benchLanguageServerLatency(_ path: String, edits: Int) {
    let text = readText(path)
    print("taalserver: didChange (1 teken) → publishDiagnostics, \(describeLetter(text))")
    for pattern in [TypingScript.Pattern.afterWord, .beforeWord] {
        let editor = BenchEditor(text: text)
        var script = TypingScript(lines: editor.lines, pattern: pattern)
        let warmUp = 200
        for _ in 0..<warmUp {
            let (line, start, end, new) = script.next()
            _ = editor.change(line: line, start: start, end: end, text: new)
        }
        var typed: [Double] = []
        var erased: [Double] = []
        for _ in 0..<edits {
            let (line, start, end, new) = script.next()
            let time = editor.change(line: line, start: start, end: end, text: new)
            if new.isEmpty { erased.append(time) } else { typed.append(time) }
        }
        editor.shutdown()
        let engine = engineOnly(text: text, pattern: pattern, edits: edits, startPlace: script.places.count / 2)
        func line(_ name: String, _ values: [Double]) -> String {
            let sorted = values.sorted()
            let ms = { (value: Double) in format(value * 1000, 3) }
            return "    \(name) (\(values.count)): p50 \(ms(percentile(sorted, 50))) ms, p95 \(ms(percentile(sorted, 95))) ms, "
                + "p99 \(ms(percentile(sorted, 99))) ms, max \(ms(sorted.last ?? 0)) ms, "
                + "\(values.filter { $0 > 0.005 }.count) boven 5 ms"
        }
        let description = pattern == .afterWord
            ? "\" heel\" typen na een woord (half woord staat los)"
            : "\"heel \" typen voor een woord (half woord plakt aan het volgende: nieuw onbekend woord)"
        print("  \(description); \(editor.openDiagnostics) diagnostieken bij openen, \(script.places.count) plaatsen, "
            + "\(warmUp) wijzigingen opwarmen, loadavg \(loadAverage())")
        print(line("alle wijzigingen", typed + erased))
        print(line("typen (nieuwe zin)", typed))
        print(line("backspace (zin al gezien)", erased))
        print(line("alleen Checker.check, zelfde soort wijzigingen", engine))
    }
}

/// The same kind of edits straight on a checker, without the server: what the engine
/// costs. The server builds its checker the same way (default configuration, a
/// sentence cache of 2,000). Other places than the server run, so Hunspell's
/// process-wide cache of suggestions does not make this run look faster.
func engineOnly(text: String, pattern: TypingScript.Pattern, edits: Int, startPlace: Int) -> [Double] {
    let configuration = ProjectConfiguration(directory: URL(fileURLWithPath: "/")).checkerConfiguration(for: nil)
    guard let checker = try? Checker(configuration: configuration, sentenceCacheCapacity: 2_000) else { return [] }
    var lines = text.components(separatedBy: "\n")
    var script = TypingScript(lines: lines, pattern: pattern, startPlace: startPlace)
    let clock = ContinuousClock()
    var times: [Double] = []
    for index in 0..<(edits + 200) {
        let (line, start, end, new) = script.next()
        let utf16 = Array(lines[line].utf16)
        lines[line] = String(decoding: Array(utf16[0..<start]) + Array(new.utf16) + Array(utf16[end...]), as: UTF16.self)
        let joined = lines.joined(separator: "\n")
        let time = seconds(clock.measure { _ = checker.check(SourceText(joined), format: .plain) })
        if index >= 200 { times.append(time) }
    }
    return times
}

func benchLanguageServerSoak(_ path: String, edits: Int) {
    let text = readText(path)
    let editor = BenchEditor(text: text)
    // Typing that makes new unknown words: the worst case for caches that grow.
    var script = TypingScript(lines: editor.lines, pattern: .beforeWord)
    let warmUp = 500
    for _ in 0..<warmUp {
        let (line, start, end, new) = script.next()
        _ = editor.change(line: line, start: start, end: end, text: new)
    }
    let before = residentMemoryMB()
    print("taalserver: \(edits) wijzigingen van 1 teken, \(describeLetter(text)); belasting (loadavg) \(loadAverage())")
    print("  VmRSS na \(warmUp) wijzigingen opwarmen: \(format(before)) MB")
    var slowest = 0.0
    var total = 0.0
    for index in 1...edits {
        let (line, start, end, new) = script.next()
        let time = editor.change(line: line, start: start, end: end, text: new)
        slowest = max(slowest, time)
        total += time
        if index % 2_000 == 0 { print("  na \(index): VmRSS \(format(residentMemoryMB())) MB") }
    }
    let after = residentMemoryMB()
    editor.shutdown()
    print("  VmRSS na \(edits) wijzigingen: \(format(after)) MB, groei \(format(after - before, 2)) MB")
    print("  gemiddeld \(format(total / Double(edits) * 1000, 3)) ms per wijziging, traagste \(format(slowest * 1000, 1)) ms")
}

func benchLanguageServerLarge(megabytes: Double) {
    let paragraph = "Indien u vragen heeft over deze brief, kunt u mij bellen. Wij hebben reeds met de school gesproken. "
        + "Yasmina gaat graag naar school, maar zij slaapt slecht. 👩‍👩‍👧 Café Één helpt ook.\n\n"
    let count = Int(megabytes * 1_000_000) / paragraph.utf8.count + 1
    let text = String(repeating: paragraph, count: count)
    let editor = BenchEditor(text: text)
    let edit = editor.change(line: count, start: 0, end: 0, text: "x")
    editor.shutdown()
    print("taalserver: groot document \(format(Double(text.utf8.count) / 1_000_000, 2)) MB, \(editor.openDiagnostics) diagnostieken; belasting (loadavg) \(loadAverage())")
    print("  didOpen tot publishDiagnostics: \(format(editor.openTime, 2)) s")
    print("  één wijziging (1 teken) tot publishDiagnostics: \(format(edit, 2)) s")
}
