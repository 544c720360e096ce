import Copydesk
import Synchronization

/// Hands the run's input documents to worker tasks one at a time, in input order, each with its
/// position. Only splitting the input (listing files, cutting JSON Lines into lines) happens
/// under a lock; the worker loads what it takes (`InputCollector.load(_:)`: reading a file,
/// parsing a record, extracting a page) and reports its problems with `note(_:)`.
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
                    // Reported by `note(_:)` like every other failure (the message names the path).
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

    /// Reports a loaded document that could not be read (on standard error) and notes invalid
    /// data for the exit status.
    func note(_ document: InputDocument) {
        guard let issue = document.issue else { return }
        printError("analyze: " + (issue.message.hasPrefix(document.source) ? issue.message : "\(document.source): \(issue.message)"))
        guard issue.code == "binary_input" || issue.code == "invalid_utf8" else { return }
        state.withLock { $0.status.noteDataError() }
    }

    /// Exit-status facts met while reading (missing inputs, invalid data).
    var status: ExitStatusTracker { state.withLock { $0.status } }

    /// The source of the last document handed out.
    var lastSource: String { state.withLock { $0.lastSource } }
}
