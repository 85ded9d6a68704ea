import Foundation
import Taalmaat
import TaalmaatText

// Benchmarks for Taalmaat. Build in release mode and run, for example:
//
//   swift build -c release --product taalmaat-bench
//   Sources/TaalmaatBenchmarks/corpus/fetch-corpus.sh
//   .build/release/taalmaat-bench all .build-corpus/corpus-nl.txt Fixtures/voorbeeldbrief.txt
//   .build/release/taalmaat-bench lsp-latency Fixtures/lsp/brief-600-woorden.txt
//   .build/release/taalmaat-bench lsp-soak Fixtures/lsp/brief-600-woorden.txt
//
// Every figure is the median of several runs; the individual runs are printed too.

let arguments = Array(CommandLine.arguments.dropFirst())

func usage() -> Never {
    print("""
        Gebruik:
          taalmaat-bench tokenizer CORPUS [RUNS]   tokenizer + zinnen, MB/s
          taalmaat-bench engine CORPUS [RUNS]      alle regels + scores, MB/s
          taalmaat-bench letter BRIEF [RUNS]       één brief, ms per controle (checker al geladen)
          taalmaat-bench load [RUNS]               checker laden, ms (elke keer een nieuw proces)
          taalmaat-bench memory CORPUS             piekgeheugen bij het controleren van het corpus
          taalmaat-bench digest TEKST...           vingerafdruk van alle bevindingen en scores (voor en na een optimalisatie)
          taalmaat-bench warm-checks CORPUS [N]    N controles na een eerste, om instructies te tellen (callgrind)
          taalmaat-bench all CORPUS BRIEF          alles hierboven
          taalmaat-bench lsp-latency BRIEF [N]     taalserver: didChange → publishDiagnostics, p50/p95/p99 (N = 2000)
          taalmaat-bench lsp-soak BRIEF [N]        taalserver: VmRSS voor en na N wijzigingen (N = 10000)
          taalmaat-bench lsp-groot [MB]            taalserver: groot document openen en wijzigen (MB = 5)
        """)
    exit(2)
}

func readText(_ path: String) -> String {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("Kan \(path) niet lezen.\n".utf8))
        exit(2)
    }
    return text
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func measure(runs: Int, _ body: () -> Void) -> [Double] {
    let clock = ContinuousClock()
    return (0..<runs).map { _ in seconds(clock.measure(body)) }
}

/// CPU time of the calling thread in seconds: unlike wall time, it barely changes
/// when other processes compete for the cores.
func threadCPUTime() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(1), &usage)  // RUSAGE_THREAD (Linux)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

func measureCPU(runs: Int, _ body: () -> Void) -> [Double] {
    (0..<runs).map { _ in
        let start = threadCPUTime()
        body()
        return threadCPUTime() - start
    }
}

func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

func makeChecker() -> Checker {
    do {
        return try Checker(cachesSentences: false)
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(2)
    }
}

/// Peak resident memory of this process in MB (Linux: VmHWM).
func peakMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kilobytes / 1024
    }
    return 0
}

func benchTokenizer(_ path: String, runs: Int) {
    let text = readText(path)
    let megabytes = Double(text.utf8.count) / 1_000_000
    let lexicon = tokenizerLexicon()
    var sentences = 0
    var tokens = 0
    let times = measure(runs: runs) {
        let document = Document(text, lexicon: lexicon)
        sentences = document.sentences.count
        tokens = document.tokens.count
    }
    let source = SourceText(text)
    let tokenizer = Tokenizer(lexicon: lexicon)
    let tokenizeOnly = measure(runs: runs) { _ = tokenizer.tokenize(source) }
    let documentCPU = measureCPU(runs: runs) { _ = Document(text, lexicon: lexicon) }
    let sourceOnly = measure(runs: runs) { _ = SourceText(text) }
    let fromSource = measure(runs: runs) { _ = Document(source: source, tokenizer: tokenizer) }
    print("  alleen SourceText, mediaan: \(format(megabytes / median(sourceOnly))) MB/s")
    print("  Document uit SourceText, mediaan: \(format(megabytes / median(fromSource))) MB/s")
    print("tokenizer + zinnen: \(format(megabytes, 2)) MB, \(tokens) tokens, \(sentences) zinnen")
    print("  alleen tokenizer, mediaan: \(format(megabytes / median(tokenizeOnly))) MB/s")
    print("  runs (MB/s): \(times.map { format(megabytes / $0) }.joined(separator: ", "))")
    print("  mediaan: \(format(megabytes / median(times))) MB/s (wandklok), \(format(megabytes / median(documentCPU))) MB/s (CPU-tijd)")
}

func tokenizerLexicon() -> TokenizerLexicon {
    do {
        return try TokenizerLexicon.bundled(in: DictionaryDirectory.locate())
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(2)
    }
}

func benchEngine(_ path: String, runs: Int) {
    let text = readText(path)
    let megabytes = Double(text.utf8.count) / 1_000_000
    let checker = makeChecker()
    var findings = 0
    let times = measure(runs: runs) { findings = checker.check(text).findings.count }
    let cpu = measureCPU(runs: runs) { _ = checker.check(text) }
    print("alle regels + scores: \(format(megabytes, 2)) MB, \(findings) bevindingen")
    print("  runs (MB/s, wandklok): \(times.map { format(megabytes / $0) }.joined(separator: ", "))")
    print("  mediaan: \(format(megabytes / median(times), 2)) MB/s (wandklok), \(format(megabytes / median(cpu), 2)) MB/s (CPU-tijd van één kern)")
}

func benchLetter(_ path: String, runs: Int) {
    let text = readText(path)
    let checker = makeChecker()
    let words = checker.check(text).scores.readability.words
    _ = measure(runs: 20) { _ = checker.check(text) }  // warm up word caches
    let times = measure(runs: runs) { _ = checker.check(text) }
    print("één brief (\(words) woorden), checker geladen, zonder zinnencache:")
    print("  mediaan: \(format(median(times) * 1000, 3)) ms, snelste \(format((times.min() ?? 0) * 1000, 3)) ms")
}

func benchLoad(runs: Int) {
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).path
    var times: [Double] = []
    for _ in 0..<runs {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["load-once"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try? process.run()
        process.waitUntilExit()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        if let value = Double(output.trimmingCharacters(in: .whitespacesAndNewlines)) { times.append(value) }
    }
    print("checker laden (woordenlijsten + Hunspell), nieuw proces per meting:")
    print("  runs (ms): \(times.map { format($0) }.joined(separator: ", "))")
    print("  mediaan: \(format(median(times))) ms")
}

/// The checks that `warm-checks` counts (kept out of line, so callgrind can toggle on it).
@inline(never)
func warmChecks(_ checker: Checker, _ text: String, runs: Int) -> Int {
    var findings = 0
    for _ in 0..<runs { findings += checker.check(text).findings.count }
    return findings
}

func loadOnce() {
    let clock = ContinuousClock()
    let duration = clock.measure { _ = makeChecker() }
    print(format(seconds(duration) * 1000, 2))
}

func benchMemory(_ path: String) {
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["memory-once", path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try? process.run()
    process.waitUntilExit()
    print(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self), terminator: "")
}

/// One line per file with a hash of every finding (all fields) and the scores, so an
/// optimisation can be checked for changed output on a large corpus in seconds.
func digest(_ paths: [String]) {
    let checker = makeChecker()
    for path in paths {
        let report = checker.check(readText(path))
        var hasher = StableHash()
        for finding in report.findings { hasher.add(String(reflecting: finding)) }
        hasher.add(String(reflecting: report.scores))
        print("\(hasher.value) \(report.findings.count) \(path)")
    }
}

/// FNV-1a over UTF-8, the same in every process (unlike `Hasher`).
struct StableHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        value = (value ^ 0xFF) &* 0x0000_0100_0000_01B3
    }
}

func memoryOnce(_ path: String) {
    let text = readText(path)
    let checker = makeChecker()
    let report = checker.check(text)
    print("piekgeheugen (VmHWM) na controle van \(format(Double(text.utf8.count) / 1_000_000, 2)) MB met \(report.findings.count) bevindingen: \(format(peakMemoryMB())) MB")
}

guard let command = arguments.first else { usage() }
let runs = arguments.count > 2 ? Int(arguments[2]) : nil
switch command {
case "tokenizer" where arguments.count >= 2: benchTokenizer(arguments[1], runs: runs ?? 7)
case "engine" where arguments.count >= 2: benchEngine(arguments[1], runs: runs ?? 5)
case "letter" where arguments.count >= 2: benchLetter(arguments[1], runs: runs ?? 200)
case "load": benchLoad(runs: arguments.count > 1 ? Int(arguments[1]) ?? 7 : 7)
case "load-once": loadOnce()
case "rules" where arguments.count >= 2:
    // Time per rule, for tuning: taalmaat-bench rules CORPUS
    let text = readText(arguments[1])
    let checker = makeChecker()
    _ = checker.profileRules(text)  // warm up word caches
    for (name, seconds) in checker.profileRules(text).prefix(80) {
        print(String(format: "%8.1f ms  %@", seconds * 1000, name))
    }
case "warm-checks" where arguments.count >= 2:
    // Warm checks only, for instruction counting without the engine load and the
    // first check (which fills the word caches):
    //   valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*warmChecks*' \
    //     taalmaat-bench warm-checks CORPUS 2
    let text = readText(arguments[1])
    let checker = makeChecker()
    _ = checker.check(text)
    print(warmChecks(checker, text, runs: runs ?? 2))
case "document-once" where arguments.count >= 2:
    // One Document build, for instruction counting (valgrind --tool=callgrind).
    print(Document(readText(arguments[1]), lexicon: tokenizerLexicon()).sentences.count)
case "memory" where arguments.count >= 2: benchMemory(arguments[1])
case "memory-once" where arguments.count >= 2: memoryOnce(arguments[1])
case "digest" where arguments.count >= 2: digest(Array(arguments.dropFirst()))
case "lsp-latency" where arguments.count >= 2: benchLanguageServerLatency(arguments[1], edits: runs ?? 2_000)
case "lsp-soak" where arguments.count >= 2: benchLanguageServerSoak(arguments[1], edits: runs ?? 10_000)
case "lsp-groot": benchLanguageServerLarge(megabytes: arguments.count > 1 ? Double(arguments[1]) ?? 5 : 5)
case "all" where arguments.count >= 3:
    benchTokenizer(arguments[1], runs: 7)
    benchEngine(arguments[1], runs: 5)
    benchLetter(arguments[2], runs: 200)
    benchLoad(runs: 7)
    benchMemory(arguments[1])
default: usage()
}
