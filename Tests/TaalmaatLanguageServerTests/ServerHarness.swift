import Foundation
import Testing
@testable import TaalmaatLanguageServer

/// Drives a `LanguageServer` in-process through a byte stream, as an editor would.
final class ServerHarness: @unchecked Sendable {
    let toServer = InMemoryStream()
    let fromServer = InMemoryStream()
    private var buffer = Data()
    private var nextID = 1
    private(set) var exitCode: Int32?
    private let finished = DispatchSemaphore(value: 0)

    init() {
        let server = LanguageServer(source: toServer, sink: fromServer)
        Thread {
            let code = server.run()
            self.exitCode = code
            self.finished.signal()
        }.start()
    }

    // MARK: - Sending

    func sendRaw(_ bytes: Data) { toServer.write(bytes) }
    func sendRaw(_ text: String) { toServer.write(Data(text.utf8)) }

    /// The framed bytes of a message (header and body).
    static func frame(_ message: JSONValue) -> Data {
        let body = message.serialized()
        var data = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        data.append(body)
        return data
    }

    func send(_ message: JSONValue) { toServer.write(Self.frame(message)) }

    /// A request message with a fresh id (not sent).
    func makeRequest(_ method: String, _ params: JSONValue = .null) -> (id: Int, message: JSONValue) {
        let id = nextID
        nextID += 1
        return (id, ["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params])
    }

    @discardableResult
    func request(_ method: String, _ params: JSONValue = .null) -> Int {
        let (id, message) = makeRequest(method, params)
        send(message)
        return id
    }

    func notify(_ method: String, _ params: JSONValue = .null) {
        send(["jsonrpc": "2.0", "method": .string(method), "params": params])
    }

    // MARK: - Receiving

    /// The next message from the server, or nil after the timeout.
    func receive(timeout: TimeInterval = 60) -> JSONValue? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let message = parseBuffered() { return message }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0, let data = fromServer.read(timeout: remaining) else { return nil }
            buffer.append(data)
        }
    }

    private func parseBuffered() -> JSONValue? {
        guard let headerEnd = buffer.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let header = String(decoding: buffer[buffer.startIndex..<headerEnd.lowerBound], as: UTF8.self)
        guard let length = MessageReader.contentLength(in: header) else { return nil }
        let bodyStart = headerEnd.upperBound
        guard buffer.count - (bodyStart - buffer.startIndex) >= length else { return nil }
        let body = buffer.subdata(in: bodyStart..<(bodyStart + length))
        buffer.removeSubrange(buffer.startIndex..<(bodyStart + length))
        return JSONValue.parse(body)
    }

    /// The response to a request (notifications received meanwhile are collected).
    func response(to id: Int, timeout: TimeInterval = 60, notifications: inout [JSONValue]) -> JSONValue? {
        let deadline = Date().addingTimeInterval(timeout)
        while deadline.timeIntervalSinceNow > 0, let message = receive(timeout: deadline.timeIntervalSinceNow) {
            if message["id"]?.int == id, message["method"] == nil { return message }
            notifications.append(message)
        }
        return nil
    }

    func response(to id: Int, timeout: TimeInterval = 60) -> JSONValue? {
        var ignored: [JSONValue] = []
        return response(to: id, timeout: timeout, notifications: &ignored)
    }

    /// Sends a request and waits for its result (`nil` on an error or timeout).
    func call(_ method: String, _ params: JSONValue = .null, timeout: TimeInterval = 60) -> JSONValue? {
        let id = request(method, params)
        guard let response = response(to: id, timeout: timeout) else { return nil }
        return response["result"]
    }

    /// The next notification with this method.
    func notification(_ method: String, timeout: TimeInterval = 60) -> JSONValue? {
        let deadline = Date().addingTimeInterval(timeout)
        while deadline.timeIntervalSinceNow > 0, let message = receive(timeout: deadline.timeIntervalSinceNow) {
            if message["method"]?.string == method { return message }
        }
        return nil
    }

    /// The next message that is not a notification listed in `skipping`.
    func nextMessage(skipping methods: Set<String> = ["window/showMessage"], timeout: TimeInterval = 60) -> JSONValue? {
        let deadline = Date().addingTimeInterval(timeout)
        while deadline.timeIntervalSinceNow > 0, let message = receive(timeout: deadline.timeIntervalSinceNow) {
            if let method = message["method"]?.string, methods.contains(method) { continue }
            return message
        }
        return nil
    }

    /// The next `publishDiagnostics` for a document, optionally for a given version.
    func diagnostics(for uri: String, version: Int? = nil, timeout: TimeInterval = 60) -> [JSONValue]? {
        let deadline = Date().addingTimeInterval(timeout)
        while deadline.timeIntervalSinceNow > 0,
            let message = notification("textDocument/publishDiagnostics", timeout: deadline.timeIntervalSinceNow)
        {
            guard message["params"]?["uri"]?.string == uri else { continue }
            if let version, message["params"]?["version"]?.int != version { continue }
            return message["params"]?["diagnostics"]?.array
        }
        return nil
    }

    /// Nothing arrives within `timeout` (for "the server stays quiet").
    func staysQuiet(for timeout: TimeInterval = 0.3) -> Bool {
        receive(timeout: timeout) == nil
    }

    func waitForExit(timeout: TimeInterval = 60) -> Int32? {
        guard finished.wait(timeout: .now() + timeout) == .success else { return nil }
        return exitCode
    }

    // MARK: - Conveniences

    func initialize(capabilities: JSONValue = [:], rootURI: String? = nil, initializationOptions: JSONValue? = nil)
        -> JSONValue?
    {
        var params: [String: JSONValue] = ["processId": .null, "capabilities": capabilities]
        if let rootURI { params["rootUri"] = .string(rootURI) }
        if let initializationOptions { params["initializationOptions"] = initializationOptions }
        let id = request("initialize", .object(params))
        let result = response(to: id)
        notify("initialized", [:])
        return result
    }

    func open(_ uri: String, text: String, languageId: String = "plaintext", version: Int = 1) {
        notify("textDocument/didOpen", [
            "textDocument": ["uri": .string(uri), "languageId": .string(languageId), "version": .int(version), "text": .string(text)],
        ])
    }

    /// Opens a document and returns its first published diagnostics.
    func openAndWait(_ uri: String, text: String, languageId: String = "plaintext", version: Int = 1) -> [JSONValue] {
        open(uri, text: text, languageId: languageId, version: version)
        return diagnostics(for: uri, version: version) ?? []
    }

    /// A full-text change.
    func replaceText(_ uri: String, version: Int, text: String) {
        notify("textDocument/didChange", [
            "textDocument": ["uri": .string(uri), "version": .int(version)], "contentChanges": [["text": .string(text)]],
        ])
    }

    /// Incremental changes: (start line, start character, end line, end character, new text).
    func edit(_ uri: String, version: Int, _ changes: [(Int, Int, Int, Int, String)]) {
        notify("textDocument/didChange", [
            "textDocument": ["uri": .string(uri), "version": .int(version)],
            "contentChanges": .array(changes.map { change in
                ["range": Self.range(change.0, change.1, change.2, change.3), "text": .string(change.4)]
            }),
        ])
    }

    static func position(_ line: Int, _ character: Int) -> JSONValue {
        ["line": .int(line), "character": .int(character)]
    }

    static func range(_ startLine: Int, _ startCharacter: Int, _ endLine: Int, _ endCharacter: Int) -> JSONValue {
        ["start": position(startLine, startCharacter), "end": position(endLine, endCharacter)]
    }

    /// `shutdown`, then `exit`; the exit code.
    func shutdownAndExit() -> Int32? {
        let id = request("shutdown")
        _ = response(to: id)
        notify("exit")
        return waitForExit()
    }
}

/// Small helpers for reading diagnostics and applying edits in tests.
enum LSP {
    /// Diagnostics with this rule code.
    static func findings(_ diagnostics: [JSONValue], code: String) -> [JSONValue] {
        diagnostics.filter { $0["code"]?.string == code }
    }

    static func codes(_ diagnostics: [JSONValue]) -> [String] {
        diagnostics.compactMap { $0["code"]?.string }
    }

    /// (line, character) of a position.
    static func point(_ position: JSONValue?) -> (Int, Int)? {
        guard let line = position?["line"]?.int, let character = position?["character"]?.int else { return nil }
        return (line, character)
    }

    /// Applies LSP text edits to a text, with columns in UTF-16 or UTF-8 units.
    /// Edits are applied from the end, as the protocol says they do not overlap.
    static func apply(_ edits: [JSONValue], to text: String, utf8: Bool = false) -> String {
        var bytes = Array(text.utf8)
        let resolved = edits.compactMap { edit -> (Int, Int, String)? in
            guard let start = point(edit["range"]?["start"]), let end = point(edit["range"]?["end"]),
                let newText = edit["newText"]?.string
            else { return nil }
            let lineStarts = Self.lineStarts(bytes)
            return (offset(start, bytes, lineStarts, utf8), offset(end, bytes, lineStarts, utf8), newText)
        }
        for (start, end, newText) in resolved.sorted(by: { $0.0 > $1.0 }) {
            bytes.replaceSubrange(start..<end, with: Array(newText.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The edits for one document in a WorkspaceEdit (`changes` or `documentChanges`).
    static func edits(in workspaceEdit: JSONValue?, uri: String) -> [JSONValue] {
        if let changes = workspaceEdit?["changes"]?[uri]?.array { return changes }
        return workspaceEdit?["documentChanges"]?.array?.filter { $0["textDocument"]?["uri"]?.string == uri }
            .flatMap { $0["edits"]?.array ?? [] } ?? []
    }

    private static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        return starts
    }

    private static func offset(_ point: (Int, Int), _ bytes: [UInt8], _ lineStarts: [Int], _ utf8: Bool) -> Int {
        guard point.0 < lineStarts.count else { return bytes.count }
        var offset = lineStarts[point.0]
        let lineEnd = point.0 + 1 < lineStarts.count ? lineStarts[point.0 + 1] - 1 : bytes.count
        var units = 0
        while offset < lineEnd, units < point.1 {
            let lead = bytes[offset]
            let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            units += utf8 ? width : (width == 4 ? 2 : 1)
            offset += width
        }
        return offset
    }

    /// The UTF-16 column of the first occurrence of `needle` in a line.
    static func utf16Column(of needle: String, in line: String) -> Int? {
        guard let range = line.range(of: needle) else { return nil }
        return line[..<range.lowerBound].utf16.count
    }

    static func utf8Column(of needle: String, in line: String) -> Int? {
        guard let range = line.range(of: needle) else { return nil }
        return line[..<range.lowerBound].utf8.count
    }
}

/// A temporary folder that is removed when the test is done.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("taalmaat-lsp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func file(_ relativePath: String) -> URL { url.appendingPathComponent(relativePath) }

    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> URL {
        let file = file(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    func uri(_ relativePath: String) -> String { file(relativePath).absoluteString }
}
