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
    /// Bytes of a refused message body still to be dropped.
    private var bytesToSkip = 0
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

    /// The next message, or `nil` when the input has ended. Waits for input.
    public func next() -> Item? {
        next(waiting: true)
    }

    /// The next message that is already complete in the bytes read so far, without
    /// waiting for more input; `nil` when there is none. Messages that arrive in one
    /// chunk (a request and its `$/cancelRequest`) can so be queued together.
    public func nextBuffered() -> Item? {
        next(waiting: false)
    }

    private func next(waiting: Bool) -> Item? {
        while true {
            guard skipPending(waiting: waiting) else { return nil }
            guard let headerEnd = findHeaderEnd() else {
                guard waiting, fill() else { return nil }
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
                bytesToSkip = length
                return .malformed("bericht is te groot (\(length) bytes)")
            }
            while buffer.count - (bodyStart - buffer.startIndex) < length {
                guard waiting, fill() else { return nil }
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

    /// Drops the rest of a refused (too large) body; `false` when more input is needed
    /// and may not be waited for, or the input has ended.
    private func skipPending(waiting: Bool) -> Bool {
        while bytesToSkip > 0 {
            if buffer.isEmpty {
                guard waiting, fill() else { return false }
            }
            let take = min(bytesToSkip, buffer.count)
            buffer.removeFirst(take)
            bytesToSkip -= take
        }
        return true
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
        // `isNewline`, not `== "\r"`: in Swift "\r\n" is one Character, so comparing with
        // "\r" or "\n" never splits a header block with more than one field.
        for line in header.split(whereSeparator: \.isNewline) {
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
///
/// Reads with `read(2)` (whatever is available, up to 64 KB) and writes with
/// `write(2)`, so a client that goes away ends the input or makes writes fail
/// quietly, instead of stopping the process (Foundation's `availableData` and
/// `write(_:)` trap on I/O errors). Ignore `SIGPIPE` in the process that uses this.
public final class StandardStreams: ByteSource, ByteSink {
    private var outputBroken = false
    private var buffer = [UInt8](repeating: 0, count: 65_536)

    public init() {}

    public func readBytes() -> Data? {
        while true {
            let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count > 0 { return Data(buffer[0..<count]) }
            if count < 0, errno == EINTR { continue }
            return nil  // end of input or an error: the client is gone
        }
    }

    public func write(_ data: Data) {
        guard !outputBroken else { return }
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(STDOUT_FILENO, raw.baseAddress! + offset, raw.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0, errno == EINTR {
                    continue
                } else {
                    outputBroken = true
                    return
                }
            }
        }
    }
}
