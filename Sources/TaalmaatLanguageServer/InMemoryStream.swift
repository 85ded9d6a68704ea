import Foundation

/// A byte pipe inside one process: what one side writes, the other side reads, chunk
/// by chunk (each `write` is one chunk). Tests and benchmarks use two of these to
/// talk to a ``LanguageServer`` as an editor would, without a child process.
public final class InMemoryStream: ByteSource, ByteSink, @unchecked Sendable {
    private var chunks: [Data] = []
    private var head = 0
    private var closed = false
    private let condition = NSCondition()

    public init() {}

    /// The next chunk; waits for one. `nil` once the stream is closed and empty.
    public func readBytes() -> Data? {
        read(timeout: nil)
    }

    /// The next chunk, or `nil` after `timeout` seconds (or when closed and empty).
    public func read(timeout: TimeInterval?) -> Data? {
        condition.lock()
        defer { condition.unlock() }
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        while head == chunks.count, !closed {
            if let deadline {
                if !condition.wait(until: deadline) { return nil }
            } else {
                condition.wait()
            }
        }
        guard head < chunks.count else { return nil }
        let chunk = chunks[head]
        head += 1
        // Drop consumed chunks now and then, so a long session does not keep them.
        if head > 64, head * 2 > chunks.count {
            chunks.removeFirst(head)
            head = 0
        }
        return chunk
    }

    public func write(_ data: Data) {
        condition.lock()
        if !closed { chunks.append(data) }
        condition.signal()
        condition.unlock()
    }

    /// Ends the stream: a reader gets what is left, then `nil`. Later writes are dropped.
    public func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    public var isClosed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return closed
    }
}
