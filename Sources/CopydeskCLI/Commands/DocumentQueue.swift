import Copydesk
import Synchronization

/// Hands the run's input documents to worker tasks a few at a time, in input order, with their
/// positions. Only splitting the input (listing files, cutting JSON Lines into lines) happens
/// under a lock; the worker loads what it takes (`InputCollector.load(_:)`: reading a file,
/// parsing a record, extracting a page) and asks for its problem's message with `problem(of:)`.
final class DocumentQueue: Sendable {
    private struct State {
        var inputs: [(path: String, error: InputError?)]
        var nextInput = 0
        var reader: DocumentReader?
        var position = 0
        var status = ExitStatusTracker()
        var lastSource = ""
        let collector: InputCollector
    }

    private let state: Mutex<State>

    init(inputs: [(path: String, error: InputError?)], collector: InputCollector) {
        self.state = Mutex(State(inputs: inputs, collector: collector))
    }

    /// The next documents, in input order and at consecutive positions starting at the returned
    /// one: at most `limit`, no more once their JSON lines reach `byteLimit` or a file is taken,
    /// and none that would have to wait for input once one is taken. Empty when the inputs are
    /// exhausted. Taking several at once takes the lock once for all of them.
    func next(_ documents: inout [PendingDocument], limit: Int, byteLimit: Int) -> Int {
        documents.removeAll(keepingCapacity: true)
        return state.withLock { state -> Int in
            let first = state.position
            var size = 0
            while documents.count < limit && size < byteLimit {
                // Documents in hand are not held back to wait for more input from a pipe.
                if !documents.isEmpty, let reader = state.reader, !reader.canContinueWithoutWaiting { break }
                guard let document = Self.next(&state) else { break }
                documents.append(document)
                switch document {
                case .jsonLine(let bytes, _, _, _): size += bytes.count
                // A file's size is not known yet, and a folder often holds few, unequal ones:
                // one at a time keeps both workers busy to the end.
                case .textFile, .page: size = byteLimit
                case .ready: break
                }
            }
            return first
        }
    }

    /// The next document, or nil when the inputs are exhausted.
    private static func next(_ state: inout State) -> PendingDocument? {
        while true {
            if let reader = state.reader, let document = reader.next() {
                state.position += 1
                state.lastSource = document.source
                return document
            }
            state.reader = nil
            guard state.nextInput < state.inputs.count else { return nil }
            let (path, error) = state.inputs[state.nextInput]
            state.nextInput += 1
            if let error {
                // Reported through `problem(of:)` like every other failure (the message names the path).
                state.status.noteInputError(error)
                state.position += 1
                state.lastSource = path
                return .ready(InputDocument(id: path, source: path, text: nil,
                                            issue: DocumentIssue(code: "unreadable_input", message: error.message)))
            }
            state.reader = state.collector.documents(in: path)
        }
    }

    /// For a loaded document that could not be read: notes invalid data for the exit status and
    /// returns the message for standard error (printed when its record is written); nil otherwise.
    func problem(of document: InputDocument) -> String? {
        guard let issue = document.issue else { return nil }
        if issue.code == "binary_input" || issue.code == "invalid_utf8" { state.withLock { $0.status.noteDataError() } }
        return "analyze: " + (issue.message.hasPrefix(document.source) ? issue.message : "\(document.source): \(issue.message)")
    }

    /// Exit-status facts met while reading (missing inputs, invalid data).
    var status: ExitStatusTracker { state.withLock { $0.status } }

    /// The source of the last document handed out.
    var lastSource: String { state.withLock { $0.lastSource } }
}
