import Copydesk
import Synchronization

/// Receives each document's result and record from the worker tasks and writes the records —
/// in input order (holding early arrivals until the gap fills), or, with `--unordered`, as soon
/// as they arrive. Also keeps the exit status, the summary and the progress display.
final class RecordSink: Sendable {
    private struct State {
        var writer: ResultWriter
        var progress: Progress
        var summary: RunSummary?
        var status = ExitStatusTracker()
        var pending: [Int: (result: DocumentResult, record: [UInt8], messages: [String])] = [:]
        var nextPosition = 0
        var written = 0
    }

    private let state: Mutex<State>
    private let ordered: Bool

    init(writer: sending ResultWriter, progress: sending Progress, summary: sending RunSummary?, ordered: Bool) {
        self.state = Mutex(State(writer: writer, progress: progress, summary: summary))
        self.ordered = ordered
    }

    /// Takes the result of the document at `position` and its record (borrowed for the call:
    /// copied only when it has to wait for an earlier document). `messages` (warnings, the reason
    /// it failed) go to standard error just before the record is written.
    func deliver(position: Int, result: DocumentResult, record: LentRecord, bytes: Int, messages: [String] = []) {
        state.withLock { state in
            if ordered && position != state.nextPosition {
                state.pending[position] = (result, Array(record.bytes), messages)  // held until the gap fills
            } else {
                Self.write(result, record, messages: messages, into: &state)  // in turn: no copy into `pending`
                if ordered {
                    state.nextPosition += 1
                    while !state.pending.isEmpty, let ready = state.pending.removeValue(forKey: state.nextPosition) {
                        ready.record.withUnsafeBufferPointer { Self.write(ready.result, LentRecord(bytes: $0), messages: ready.messages, into: &state) }
                        state.nextPosition += 1
                    }
                }
            }
            state.progress.advance(documents: 1, bytes: bytes)
        }
    }

    private static func write(_ result: DocumentResult, _ record: LentRecord, messages: [String], into state: inout State) {
        for message in messages { state.progress.print(message) }
        state.status.record(result)
        state.summary?.add(result)
        state.writer.write(record.bytes)
        state.written += 1
    }

    /// How many results wait for an earlier document (ordered output).
    var waiting: Int { state.withLock { $0.pending.count } }

    /// Once the workers are done: ends the progress line, writes the summary (`mode`) and closes
    /// the output. Returns whether writing failed and the exit status the results call for.
    func finish(summaryMode mode: SummaryMode) -> (writeFailed: Bool, status: ExitStatusTracker, documents: Int) {
        state.withLock { state in
            state.progress.finish()
            if let summary = state.summary {
                switch mode {
                case .stderr: printError(summary.text())
                case .record: state.writer.writeSummary(summary.json())
                case .none: break
                }
            }
            state.writer.finish()
            return (state.writer.failed, state.status, state.written)
        }
    }
}
