import Copydesk
import Synchronization

/// Hands the run's input documents to worker tasks one at a time, in input order, each with its
/// position. Only splitting the input (listing files, cutting JSON Lines into lines) happens
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

    /// The next document and its position, or nil when the inputs are exhausted.
    func next() -> (position: Int, document: PendingDocument)? {
        state.withLock { state -> (position: Int, document: PendingDocument)? in
            while true {
                if let reader = state.reader, let document = reader.next() {
                    defer { state.position += 1 }
                    state.lastSource = document.source
                    return (state.position, document)
                }
                state.reader = nil
                guard state.nextInput < state.inputs.count else { return nil }
                let (path, error) = state.inputs[state.nextInput]
                state.nextInput += 1
                if let error {
                    // Reported through `problem(of:)` like every other failure (the message names the path).
                    state.status.noteInputError(error)
                    defer { state.position += 1 }
                    state.lastSource = path
                    return (state.position, .ready(InputDocument(id: path, source: path, text: nil,
                                                                 issue: DocumentIssue(code: "unreadable_input", message: error.message))))
                }
                state.reader = state.collector.documents(in: path)
            }
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
