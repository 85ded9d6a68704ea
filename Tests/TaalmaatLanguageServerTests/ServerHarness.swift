import Foundation
import Testing
@testable import TaalmaatLanguageServer

/// Drives a `LanguageServer` in-process through a byte stream, as an editor would.
final class ServerHarness: @unchecked Sendable {
    final class Pipe: ByteSource, ByteSink, @unchecked Sendable {
        private var chunks: [Data] = []
        private var closed = false
        private let condition = NSCondition()

        func readBytes() -> Data? {
            condition.lock()
            defer { condition.unlock() }
            while chunks.isEmpty, !closed { condition.wait() }
            return chunks.isEmpty ? nil : chunks.removeFirst()
        }

        func write(_ data: Data) {
            condition.lock()
            chunks.append(data)
            condition.signal()
            condition.unlock()
        }

        func close() {
            condition.lock()
            closed = true
            condition.broadcast()
            condition.unlock()
        }

        /// Waits until something was written, up to a timeout.
        func read(timeout: TimeInterval) -> Data? {
            condition.lock()
            defer { condition.unlock() }
            let deadline = Date().addingTimeInterval(timeout)
            while chunks.isEmpty, !closed {
                if !condition.wait(until: deadline) { return nil }
            }
            return chunks.isEmpty ? nil : chunks.removeFirst()
        }
    }

    let toServer = Pipe()
    let fromServer = Pipe()
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

    func send(_ message: JSONValue) {
        let body = message.serialized()
        var data = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        data.append(body)
        toServer.write(data)
    }

    @discardableResult
    func request(_ method: String, _ params: JSONValue = .null) -> Int {
        let id = nextID
        nextID += 1
        send(["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params])
        return id
    }

    func notify(_ method: String, _ params: JSONValue = .null) {
        send(["jsonrpc": "2.0", "method": .string(method), "params": params])
    }

    // MARK: - Receiving

    /// The next message from the server, or nil after the timeout.
    func receive(timeout: TimeInterval = 10) -> JSONValue? {
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
    func response(to id: Int, timeout: TimeInterval = 10, notifications: inout [JSONValue]) -> JSONValue? {
        let deadline = Date().addingTimeInterval(timeout)
        while deadline.timeIntervalSinceNow > 0, let message = receive(timeout: deadline.timeIntervalSinceNow) {
            if message["id"]?.int == id, message["method"] == nil { return message }
            notifications.append(message)
        }
        return nil
    }

    func response(to id: Int, timeout: TimeInterval = 10) -> JSONValue? {
        var ignored: [JSONValue] = []
        return response(to: id, timeout: timeout, notifications: &ignored)
    }

    /// The next notification with this method.
    func notification(_ method: String, timeout: TimeInterval = 10) -> JSONValue? {
        let deadline = Date().addingTimeInterval(timeout)
        while deadline.timeIntervalSinceNow > 0, let message = receive(timeout: deadline.timeIntervalSinceNow) {
            if message["method"]?.string == method { return message }
        }
        return nil
    }

    func waitForExit(timeout: TimeInterval = 10) -> Int32? {
        guard finished.wait(timeout: .now() + timeout) == .success else { return nil }
        return exitCode
    }

    // MARK: - Conveniences

    func initialize(capabilities: JSONValue = [:], rootURI: String? = nil) -> JSONValue? {
        var params: [String: JSONValue] = ["processId": .null, "capabilities": capabilities]
        if let rootURI { params["rootUri"] = .string(rootURI) }
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
}
