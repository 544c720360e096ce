import Copydesk
import Synchronization

/// Hands the run's input documents to worker tasks one at a time, in input order, each with its
/// position. Reading (and parsing a JSON Lines record) happens under a lock; analysis does not.
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

    init(inputs: [(path: String, error: InputError?)], collector: sending InputCollector) {
        self.state = Mutex(State(inputs: inputs, collector: collector))
    }

    /// The next document and its position, or nil when the inputs are exhausted.
    func next() -> (position: Int, document: InputDocument)? {
        state.withLock { state -> (position: Int, document: InputDocument)? in
            while true {
                if let reader = state.reader, let document = reader.next() {
                    if let issue = document.issue {
                        printError("analyze: " + (issue.message.hasPrefix(document.source) ? issue.message : "\(document.source): \(issue.message)"))
                        if issue.code == "binary_input" || issue.code == "invalid_utf8" { state.status.noteDataError() }
                    }
                    defer { state.position += 1 }
                    state.lastSource = document.source
                    return (state.position, document)
                }
                state.reader = nil
                guard state.nextInput < state.inputs.count else { return nil }
                let (path, error) = state.inputs[state.nextInput]
                state.nextInput += 1
                if let error {
                    printError("analyze: \(error.message)")
                    state.status.noteInputError(error)
                    defer { state.position += 1 }
                    state.lastSource = path
                    return (state.position, InputDocument(id: path, source: path, text: nil,
                                                          issue: DocumentIssue(code: "unreadable_input", message: error.message)))
                }
                state.reader = state.collector.documents(in: path)
            }
        }
    }

    /// Exit-status facts met while reading (missing inputs, invalid data).
    var status: ExitStatusTracker { state.withLock { $0.status } }

    /// The source of the last document handed out.
    var lastSource: String { state.withLock { $0.lastSource } }
}
