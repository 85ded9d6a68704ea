import Dispatch
import Foundation
import Synchronization
import Taalmaat
import TaalmaatText

/// A Language Server Protocol (3.17) server for Taalmaat: findings as diagnostics,
/// simpler words as quick fixes, explanations on hover.
///
/// Messages are read on a background thread into a queue and handled one at a time
/// on the caller's thread. The queue lets the server skip work that a later message
/// makes useless (a cancelled request, diagnostics for a text that changed again).
/// One server handles its messages on the thread that calls `run()`.
public final class LanguageServer: @unchecked Sendable {
    let writer: MessageWriter
    private let reader: MessageReader
    private let queue = MessageQueue()

    var documents: [String: OpenDocument] = [:]
    var positionEncoding: ColumnUnit = .utf16
    var initialized = false
    var shutdownRequested = false
    var pushesDiagnostics = true
    var clientHasConfiguration = false
    /// Whether the client accepts `workspace/diagnostic/refresh` (pull diagnostics).
    var clientRefreshesDiagnostics = false
    var clientSettings = ClientSettings() {
        didSet { checkers.removeAll() }
    }
    /// The checker of each open document, found once (configuration file look-up and
    /// checker choice cost more than a small check); forgotten when settings change.
    var checkers: [String: Checker] = [:]
    var workspaceRoot: URL?
    let configurations: ServerConfigurations
    private var nextRequestID = 1
    private var pendingConfigurationRequest: Int?

    /// JSON-RPC error codes used here.
    enum ErrorCode {
        static let parseError = -32700
        static let invalidRequest = -32600
        static let methodNotFound = -32601
        static let invalidParams = -32602
        static let internalError = -32603
        static let serverNotInitialized = -32002
        static let requestCancelled = -32800
    }

    public init(source: ByteSource, sink: ByteSink) {
        reader = MessageReader(source: source)
        writer = MessageWriter(sink: sink)
        configurations = ServerConfigurations()
    }

    /// Runs until the client sends `exit` or goes away. Returns the process exit code:
    /// 0 after a proper shutdown, 1 otherwise (as the protocol asks).
    public func run() -> Int32 {
        let reader = self.reader
        let queue = self.queue
        let thread = Thread {
            // Messages that arrived together are queued together, so a request and its
            // `$/cancelRequest` in one chunk are always seen together.
            while let first = reader.next() {
                var batch = [first]
                while let more = reader.nextBuffered() { batch.append(more) }
                queue.push(contentsOf: batch)
            }
            queue.close()
        }
        thread.stackSize = 4 << 20
        thread.start()
        while let item = queue.pop() {
            switch item {
            case .malformed(let reason):
                sendError(id: .null, code: ErrorCode.parseError, message: "Ongeldig bericht: \(reason).")
            case .message(let message):
                if let code = handle(message) { return code }
            }
        }
        return shutdownRequested ? 0 : 1
    }

    // MARK: - Dispatch

    /// Handles one message; returns an exit code when the server must stop.
    func handle(_ message: JSONValue) -> Int32? {
        guard case .object = message else {
            sendError(id: .null, code: ErrorCode.invalidRequest, message: "Een bericht moet een JSON-object zijn.")
            return nil
        }
        let id = message["id"]
        guard let method = message["method"]?.string else {
            if message["method"] != nil {
                // A request whose method is not a string: it still gets an answer.
                if let id { sendError(id: id, code: ErrorCode.invalidRequest, message: "De methode moet een tekst zijn.") }
            } else if let id {
                handleResponse(id: id, message: message)
            }
            return nil
        }
        let params = message["params"] ?? .null
        if method == "exit" { return shutdownRequested ? 0 : 1 }
        guard let id else {
            handleNotification(method, params: params)
            return nil
        }
        if queue.takeCancellation(of: id) {
            sendError(id: id, code: ErrorCode.requestCancelled, message: "Het verzoek is geannuleerd.")
            return nil
        }
        guard initialized || method == "initialize" else {
            sendError(id: id, code: ErrorCode.serverNotInitialized, message: "De server is nog niet gestart (initialize ontbreekt).")
            return nil
        }
        if shutdownRequested {
            sendError(id: id, code: ErrorCode.invalidRequest, message: "De server stopt; er worden geen verzoeken meer verwerkt.")
            return nil
        }
        switch method {
        case "initialize": respond(id, initialize(params))
        case "shutdown":
            shutdownRequested = true
            respond(id, .null)
        case "textDocument/diagnostic": respond(id, pullDiagnostics(params))
        case "textDocument/codeAction": respond(id, codeActions(params))
        case "textDocument/hover": respond(id, hover(params))
        case "workspace/executeCommand": respond(id, executeCommand(params))
        default:
            sendError(id: id, code: ErrorCode.methodNotFound, message: "Onbekende methode: \(method).")
        }
        return nil
    }

    func handleNotification(_ method: String, params: JSONValue) {
        // `$/` notifications (progress, cancellation of unknown ids, trace) are optional.
        if method.hasPrefix("$/") { return }
        guard initialized, !shutdownRequested else { return }
        switch method {
        case "initialized": requestClientSettings()
        case "textDocument/didOpen": didOpen(params)
        case "textDocument/didChange": didChange(params)
        case "textDocument/didClose": didClose(params)
        case "textDocument/didSave": didSave(params)
        case "workspace/didChangeWatchedFiles": configurationFilesChanged()
        case "workspace/didChangeConfiguration":
            if let settings = params["settings"]?["taalmaat"] ?? params["settings"]?["Taalmaat"] {
                clientSettings = ClientSettings(settings)
                recheckAll()
            } else {
                requestClientSettings()
            }
        default: break
        }
    }

    func handleResponse(id: JSONValue, message: JSONValue) {
        guard let number = id.int, number == pendingConfigurationRequest else { return }
        pendingConfigurationRequest = nil
        if let first = message["result"]?.array?.first, !first.isNull {
            clientSettings = ClientSettings(first)
            recheckAll()
        }
    }

    // MARK: - Lifecycle

    func initialize(_ params: JSONValue) -> JSONValue {
        initialized = true
        let capabilities = params["capabilities"]
        let encodings = capabilities?["general"]?["positionEncodings"]?.array?.compactMap(\.string) ?? []
        positionEncoding = encodings.contains("utf-8") ? .utf8 : .utf16
        pushesDiagnostics = capabilities?["textDocument"]?["diagnostic"] == nil
        clientHasConfiguration = capabilities?["workspace"]?["configuration"]?.bool == true
        clientRefreshesDiagnostics = capabilities?["workspace"]?["diagnostics"]?["refreshSupport"]?.bool == true
        if let root = params["rootUri"]?.string ?? params["workspaceFolders"]?.array?.first?["uri"]?.string,
            let url = URL(string: root), url.isFileURL
        {
            workspaceRoot = url
        } else if let path = params["rootPath"]?.string {
            workspaceRoot = URL(fileURLWithPath: path)
        }
        if let options = params["initializationOptions"], case .object = options {
            clientSettings = ClientSettings(options["taalmaat"] ?? options)
        }
        var serverCapabilities: [String: JSONValue] = [
            "positionEncoding": .string(positionEncoding == .utf8 ? "utf-8" : "utf-16"),
            "textDocumentSync": [
                "openClose": true, "change": 2, "save": ["includeText": false],
            ],
            "codeActionProvider": [
                "codeActionKinds": ["quickfix", "source.fixAll.taalmaat"], "resolveProvider": false,
            ],
            "hoverProvider": true,
            "executeCommandProvider": ["commands": [.string(Self.addWordCommand)]],
        ]
        if !pushesDiagnostics {
            serverCapabilities["diagnosticProvider"] = [
                "identifier": "taalmaat", "interFileDependencies": false, "workspaceDiagnostics": false,
            ]
        }
        return [
            "capabilities": .object(serverCapabilities),
            "serverInfo": ["name": "taalmaat", "version": .string(LanguageServer.version)],
        ]
    }

    public static let version = "0.1.0"

    func requestClientSettings() {
        guard clientHasConfiguration else { return }
        let id = nextRequestID
        nextRequestID += 1
        pendingConfigurationRequest = id
        writer.send([
            "jsonrpc": "2.0", "id": .int(id), "method": "workspace/configuration",
            "params": ["items": [["section": "taalmaat"]]],
        ])
    }

    // MARK: - Documents

    func didOpen(_ params: JSONValue) {
        guard let item = params["textDocument"], let uri = item["uri"]?.string, let text = item["text"]?.string else { return }
        checkers[uri] = nil  // (re)opening reads the configuration again
        var document = OpenDocument(
            uri: uri, languageId: item["languageId"]?.string, version: item["version"]?.int ?? 0, text: text)
        document.report = check(document)
        documents[uri] = document
        publish(uri)
    }

    func didChange(_ params: JSONValue) {
        guard let uri = params["textDocument"]?["uri"]?.string, var document = documents[uri] else { return }
        let version = params["textDocument"]?["version"]?.int ?? document.version + 1
        // An edit older than what we have would corrupt the text: ignore it.
        guard version > document.version else { return }
        for change in params["contentChanges"]?.array ?? [] { document.apply(change: change, unit: positionEncoding) }
        document.version = version
        document.report = nil
        documents[uri] = document
        // Another edit of this text is already waiting: check once, after that one.
        if queue.hasPendingChange(for: uri) { return }
        documents[uri]?.report = check(document)
        publish(uri)
    }

    func didClose(_ params: JSONValue) {
        guard let uri = params["textDocument"]?["uri"]?.string else { return }
        documents[uri] = nil
        checkers[uri] = nil
        if pushesDiagnostics { sendNotification("textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": []]) }
    }

    func didSave(_ params: JSONValue) {
        guard let uri = params["textDocument"]?["uri"]?.string else { return }
        let name = (uri as NSString).lastPathComponent
        if name == ProjectConfiguration.fileName || name == ProjectConfiguration.acceptedWordsFileName {
            configurationFilesChanged()
        }
    }

    func configurationFilesChanged() {
        configurations.reload()
        checkers.removeAll()
        recheckAll()
    }

    func recheckAll() {
        for uri in documents.keys.sorted() {
            guard let document = documents[uri] else { continue }
            documents[uri]?.report = check(document)
            publish(uri)
        }
        if !pushesDiagnostics, clientRefreshesDiagnostics { sendRequest("workspace/diagnostic/refresh", .null) }
    }

    func check(_ document: OpenDocument) -> Report? {
        // The configuration files themselves are not letters.
        if document.isConfigurationFile { return nil }
        guard let checker = checker(for: document) else { return nil }
        return checker.check(document.source, format: document.format)
    }

    func checker(for document: OpenDocument) -> Checker? {
        if let known = checkers[document.uri] { return known }
        let found = configurations.checker(for: document.path, root: workspaceRoot, client: clientSettings, report: showMessage)
        checkers[document.uri] = found
        return found
    }

    // MARK: - Sending

    func respond(_ id: JSONValue, _ result: JSONValue) {
        writer.send(["jsonrpc": "2.0", "id": id, "result": result])
    }

    func sendError(id: JSONValue, code: Int, message: String) {
        writer.send(["jsonrpc": "2.0", "id": id, "error": ["code": .int(code), "message": .string(message)]])
    }

    func sendNotification(_ method: String, _ params: JSONValue) {
        writer.send(["jsonrpc": "2.0", "method": .string(method), "params": params])
    }

    func sendRequest(_ method: String, _ params: JSONValue) {
        let id = nextRequestID
        nextRequestID += 1
        var message: [String: JSONValue] = ["jsonrpc": "2.0", "id": .int(id), "method": .string(method)]
        if !params.isNull { message["params"] = params }
        writer.send(.object(message))
    }

    /// A message in the editor (configuration errors, missing dictionaries).
    func showMessage(_ text: String, type: Int) {
        sendNotification("window/showMessage", ["type": .int(type), "message": .string(text)])
    }
}

/// Settings the editor sends (`workspace/configuration`, section `taalmaat`).
struct ClientSettings: Hashable, Sendable {
    var profile: Profile?
    var minimumSeverity: Severity?

    init() {}

    init(_ value: JSONValue) {
        profile = (value["profiel"] ?? value["profile"])?.string.flatMap(Profile.init(rawValue:))
        minimumSeverity = (value["minimaleErnst"] ?? value["minimale-ernst"] ?? value["minimumSeverity"])?.string
            .flatMap(Severity.init(name:))
    }
}

/// Messages read ahead of processing, so cancellations and superseded edits can be
/// seen before the work starts.
final class MessageQueue: @unchecked Sendable {
    private var items: [MessageReader.Item] = []
    private var closed = false
    private let condition = NSCondition()

    func push(contentsOf batch: [MessageReader.Item]) {
        condition.lock()
        items.append(contentsOf: batch)
        condition.signal()
        condition.unlock()
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    func pop() -> MessageReader.Item? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty, !closed { condition.wait() }
        return items.isEmpty ? nil : items.removeFirst()
    }

    /// Removes a waiting `$/cancelRequest` for this id; `true` if there was one.
    func takeCancellation(of id: JSONValue) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard let index = items.firstIndex(where: { item in
            guard case .message(let message) = item else { return false }
            return message["method"]?.string == "$/cancelRequest" && message["params"]?["id"] == id
        }) else { return false }
        items.remove(at: index)
        return true
    }

    func hasPendingChange(for uri: String) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return items.contains { item in
            guard case .message(let message) = item else { return false }
            return message["method"]?.string == "textDocument/didChange"
                && message["params"]?["textDocument"]?["uri"]?.string == uri
        }
    }
}
