import Copydesk

/// The records one worker made for consecutive documents, handed to the `RecordSink` together:
/// the sink's lock is taken once per batch instead of once per document, and a batch that must
/// wait for an earlier one is kept as it is, without copying its records.
struct RecordBatch: Sendable {
    /// What the sink needs of one document besides its record.
    struct Entry: Sendable {
        /// Where the document's record ends in `bytes`.
        let end: Int
        /// Whether the document failed (for the exit status).
        let failed: Bool
        /// The size of the document's text, for progress.
        let inputBytes: Int
        /// Warnings and the reason it failed, printed just before its record.
        let messages: [String]
        /// The whole result, kept only for a writer that wants it (the HTML overview).
        let result: DocumentResult?
        /// What the document adds to the summary, when the run has one.
        let summaryFigures: SummaryFigures?
    }

    /// The input position of the first document.
    private(set) var firstPosition = 0
    /// The records, one after another.
    private(set) var bytes: [UInt8] = []
    /// One entry per document, in input order.
    private(set) var entries: [Entry] = []
    /// Whether some document has messages for standard error.
    private(set) var hasMessages = false
    /// Whether each record is followed by its terminator (see `append`), so the records can be
    /// written as they lie.
    private(set) var isFramed = false

    var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }
    /// The position after the last document.
    var endPosition: Int { firstPosition + entries.count }

    /// Empties the batch (keeping its storage) for documents from `position` on.
    mutating func start(at position: Int) {
        firstPosition = position
        bytes.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
        hasMessages = false
    }

    /// Adds the record of the document at `endPosition`, followed by `terminator` when it is
    /// not nil (the batch is then framed: `ResultWriter.recordTerminator`).
    mutating func append(_ record: UnsafeBufferPointer<UInt8>, terminator: [UInt8]? = nil, failed: Bool, inputBytes: Int, messages: [String], result: DocumentResult?, summaryFigures: SummaryFigures? = nil) {
        bytes.append(contentsOf: record)
        if let terminator { bytes.append(contentsOf: terminator) }
        isFramed = terminator != nil
        hasMessages = hasMessages || !messages.isEmpty
        entries.append(Entry(end: bytes.count, failed: failed, inputBytes: inputBytes, messages: messages, result: result, summaryFigures: summaryFigures))
    }

    /// Calls `body` with all records at once (each with its terminator when framed).
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer(body)
    }

    /// Calls `body` with each document's entry and record (with its terminator when framed), in order.
    func forEach(_ body: (Entry, UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            for entry in entries {
                body(entry, UnsafeBufferPointer(rebasing: all[start..<entry.end]))
                start = entry.end
            }
        }
    }
}
