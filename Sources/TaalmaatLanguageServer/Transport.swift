import Foundation

/// Where messages come from: standard input, or bytes a test feeds in.
public protocol ByteSource: AnyObject {
    /// The next bytes, or `nil` at the end (the client went away).
    func readBytes() -> Data?
}

/// Where messages go.
public protocol ByteSink: AnyObject {
    func write(_ data: Data)
}

/// Reads JSON-RPC messages framed with `Content-Length` headers.
///
/// A broken header or a body that is not JSON does not stop the reader: it reports
/// the problem and looks for the next header.
/// Used by one reader thread at a time.
public final class MessageReader: @unchecked Sendable {
    private let source: ByteSource
    private var buffer = Data()
    /// Messages larger than this are refused (and skipped) to protect memory.
    let maximumLength: Int

    public enum Item {
        case message(JSONValue)
        /// Bytes that were not a valid message, with the reason (for a ParseError reply).
        case malformed(String)
    }

    public init(source: ByteSource, maximumLength: Int = 64 * 1024 * 1024) {
        self.source = source
        self.maximumLength = maximumLength
    }

    /// The next message, or `nil` when the input has ended.
    public func next() -> Item? {
        while true {
            guard let headerEnd = findHeaderEnd() else {
                guard fill() else { return nil }
                continue
            }
            let header = String(decoding: buffer[buffer.startIndex..<headerEnd], as: UTF8.self)
            let bodyStart = headerEnd + 4
            guard let length = Self.contentLength(in: header) else {
                buffer.removeSubrange(buffer.startIndex..<bodyStart)
                return .malformed("bericht zonder geldige Content-Length")
            }
            guard length <= maximumLength else {
                buffer.removeSubrange(buffer.startIndex..<bodyStart)
                skip(length)
                return .malformed("bericht is te groot (\(length) bytes)")
            }
            while buffer.count - (bodyStart - buffer.startIndex) < length {
                guard fill() else { return nil }
            }
            let bodyRange = bodyStart..<(bodyStart + length)
            let body = buffer.subdata(in: bodyRange)
            buffer.removeSubrange(buffer.startIndex..<bodyRange.upperBound)
            guard let value = JSONValue.parse(body) else { return .malformed("inhoud is geen geldige JSON") }
            return .message(value)
        }
    }

    private func fill() -> Bool {
        guard let more = source.readBytes(), !more.isEmpty else { return false }
        buffer.append(more)
        return true
    }

    private func skip(_ count: Int) {
        var remaining = count
        while remaining > 0 {
            if buffer.isEmpty, !fill() { return }
            let take = min(remaining, buffer.count)
            buffer.removeFirst(take)
            remaining -= take
        }
    }

    /// The index of "\r\n\r\n" that ends the header. Garbage before a header (a client
    /// that lost count) is dropped up to the next "Content-Length".
    private func findHeaderEnd() -> Int? {
        guard let range = buffer.range(of: Data("\r\n\r\n".utf8)) else {
            // Keep the buffer from growing without bound when no header ever ends.
            if buffer.count > 1_048_576 {
                if let next = buffer.range(of: Data("Content-Length".utf8), in: (buffer.startIndex + 1)..<buffer.endIndex) {
                    buffer.removeSubrange(buffer.startIndex..<next.lowerBound)
                } else {
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            return nil
        }
        if let start = buffer.range(of: Data("Content-Length".utf8), in: buffer.startIndex..<range.lowerBound),
            start.lowerBound > buffer.startIndex
        {
            buffer.removeSubrange(buffer.startIndex..<start.lowerBound)
            return findHeaderEnd()
        }
        return range.lowerBound
    }

    static func contentLength(in header: String) -> Int? {
        for line in header.split(whereSeparator: { $0 == "\r" || $0 == "\n" }) {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-length" else {
                continue
            }
            if let value = Int(parts[1].trimmingCharacters(in: .whitespaces)), value >= 0 { return value }
        }
        return nil
    }
}

/// Writes JSON-RPC messages with their `Content-Length` header.
public final class MessageWriter: @unchecked Sendable {
    private let sink: ByteSink
    private let lock = NSLock()

    public init(sink: ByteSink) {
        self.sink = sink
    }

    public func send(_ message: JSONValue) {
        let body = message.serialized()
        var data = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        data.append(body)
        lock.lock()
        sink.write(data)
        lock.unlock()
    }
}

/// Standard input and output of the process.
public final class StandardStreams: ByteSource, ByteSink {
    public init() {}

    public func readBytes() -> Data? {
        let data = FileHandle.standardInput.availableData
        return data.isEmpty ? nil : data
    }

    public func write(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }
}
