import Copydesk
import Synchronization

/// Receives the records of the worker tasks, a batch of consecutive documents at a time, and
/// writes them — in input order (holding batches that arrive early until the gap fills), or,
/// with `--unordered`, as soon as they arrive. Also keeps the exit status, the summary and the
/// progress display.
final class RecordSink: Sendable {
    private struct State {
        var writer: ResultWriter
        var progress: Progress
        var summary: RunSummary?
        var status = ExitStatusTracker()
        /// Batches that wait for an earlier document, by their first position.
        var pending: [Int: RecordBatch] = [:]
        var nextPosition = 0
        var written = 0
    }

    private let state: Mutex<State>
    private let ordered: Bool
    /// Raised while reading waits for input: records are then written out at once.
    private let idleSignal: InputIdleSignal?
    /// The number of documents in `pending`, readable without the lock.
    private let waitingDocuments = Atomic<Int>(0)

    /// A sink that flushes its output whenever `idleSignal` says reading waits for input.
    init(writer: sending ResultWriter, progress: sending Progress, summary: sending RunSummary?, ordered: Bool, idleSignal: InputIdleSignal? = nil) {
        self.state = Mutex(State(writer: writer, progress: progress, summary: summary))
        self.ordered = ordered
        self.idleSignal = idleSignal
        idleSignal?.onIdle { [weak self] in self?.flush() }
    }

    /// Writes out what the output buffer holds.
    func flush() {
        state.withLock { $0.writer.flush() }
    }

    /// Takes `batch`: writes it when its turn has come, or keeps it until then. A batch written
    /// at once is emptied for reuse; a kept one is taken over and `batch` starts afresh. Each
    /// document's messages (warnings, the reason it failed) go to standard error just before its
    /// record.
    func deliver(_ batch: inout RecordBatch) {
        guard !batch.isEmpty else { return }
        state.withLock { state in
            if ordered && batch.firstPosition != state.nextPosition {
                waitingDocuments.add(batch.count, ordering: .relaxed)
                let next = batch.endPosition
                state.pending[batch.firstPosition] = batch
                batch = RecordBatch()
                batch.start(at: next)
                return
            }
            Self.write(batch, into: &state)
            batch.start(at: batch.endPosition)
            if ordered {
                state.nextPosition = batch.firstPosition
                while !state.pending.isEmpty, let ready = state.pending.removeValue(forKey: state.nextPosition) {
                    waitingDocuments.subtract(ready.count, ordering: .relaxed)
                    Self.write(ready, into: &state)
                    state.nextPosition = ready.endPosition
                }
            }
            if idleSignal?.isIdle == true { state.writer.flush() }
        }
    }

    private static func write(_ batch: RecordBatch, into state: inout State) {
        var inputBytes = 0
        if batch.isFramed && !batch.hasMessages && state.summary == nil && !state.writer.wantsResults {
            // The common case: the records go out as they lie in the batch.
            for entry in batch.entries {
                if entry.failed { state.status.noteFailedDocument() }
                inputBytes += entry.inputBytes
            }
            batch.withBytes { state.writer.write(framed: $0, count: batch.count) }
        } else {
            batch.forEach { entry, record in
                for message in entry.messages { state.progress.print(message) }
                if entry.failed { state.status.noteFailedDocument() }
                if let figures = entry.summaryFigures { state.summary?.add(figures) }
                if let result = entry.result { state.writer.note(result) }
                if batch.isFramed { state.writer.write(framed: record, count: 1) } else { state.writer.write(record) }
                inputBytes += entry.inputBytes
            }
        }
        state.written += batch.count
        state.progress.advance(documents: batch.count, bytes: inputBytes)
    }

    /// How many documents wait for an earlier one (ordered output).
    var waiting: Int { waitingDocuments.load(ordering: .relaxed) }

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
