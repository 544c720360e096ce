import Copydesk

/// Streams records to standard output in input order, with the separators of the chosen format
/// (a JSON array's brackets and commas, JSON Lines' line breaks, the CSV header, the HTML page's
/// head, overview and foot).
final class ResultWriter {
    private let format: OutputFormat
    private let singleDocument: Bool
    private let output = OutputStream.standardOutput()
    private var written = 0
    /// The overview of an HTML report of several documents, filled by `note(_:)`.
    private var overview: HTMLOverview?

    init(formatter: RecordFormatter, singleDocument: Bool) {
        self.format = formatter.format
        self.singleDocument = singleDocument
        if format == .csv { output.write(formatter.header) }
        if format == .html {
            output.write(HTMLPage.head(plugins: formatter.pluginIDs))
            if !singleDocument { overview = HTMLOverview(descriptions: formatter.pluginDescriptions) }
        }
        if format == .json && !singleDocument { output.write("[\n") }
    }

    var failed: Bool { output.failed }

    /// Whether the writer needs each document's result (`note(_:)`) besides its record.
    var wantsResults: Bool { overview != nil }

    /// Takes in the result of the record written last (for the HTML overview).
    func note(_ result: DocumentResult) {
        overview?.add(result)
    }

    /// What follows each record of `format` when records are framed by their makers: a line feed
    /// in JSON Lines, nothing in CSV, text and HTML; nil for JSON, whose separators depend on the
    /// records before (so its records are written one by one with `write(_:)`).
    static func recordTerminator(for format: OutputFormat) -> [UInt8]? {
        switch format {
        case .jsonl: [0x0A]
        case .csv, .text, .html: []
        case .json: nil
        }
    }

    /// Writes `count` records framed with `recordTerminator(for:)`, as they lie.
    func write(framed records: UnsafeBufferPointer<UInt8>, count: Int) {
        output.write(bytes: records)
        written += count
    }

    /// Writes one record made by a `RecordFormatter`.
    func write(_ record: UnsafeBufferPointer<UInt8>) {
        if format == .json && written > 0 { output.write(",\n") }
        output.write(bytes: record)
        if format == .jsonl || (format == .json && singleDocument) { output.write(byte: 0x0A) }
        written += 1
    }

    /// Writes the run summary as a final record (JSON Lines and JSON), as a section of the page
    /// after the articles (HTML), or to standard error otherwise.
    func writeSummary(_ json: [UInt8]) {
        switch format {
        case .jsonl:
            json.withUnsafeBufferPointer { output.write(bytes: $0) }
            output.write("\n")
        case .json where !singleDocument:
            if written > 0 { output.write(",\n") }
            json.withUnsafeBufferPointer { output.write(bytes: $0) }
            written += 1
        case .html:
            output.write(HTMLPage.summary(json))
        default:
            printError(String(decoding: json, as: UTF8.self))
        }
    }

    /// Writes out what the output buffer holds (a record stays whole: each is written with its
    /// separators before a flush can come).
    func flush() { output.flush() }

    func finish() {
        if format == .json && !singleDocument { output.write(written > 0 ? "\n]\n" : "]\n") }
        if format == .html {
            if let overview, !overview.isEmpty { output.write(overview.html) }
            output.write(HTMLPage.foot)
        }
        output.flush()
    }
}
