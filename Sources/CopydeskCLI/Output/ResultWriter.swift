import Copydesk

/// Streams results to standard output in the chosen format.
final class ResultWriter {
    private let format: OutputFormat
    private let record: RecordJSON
    private let csv: CSVTable
    private let summary = TextSummary()
    private let descriptions: [String: AnalyzerDescription]
    private let singleDocument: Bool
    private let output = OutputStream.standardOutput()
    private var written = 0

    init(format: OutputFormat, include: IncludedDetail, pipeline: Pipeline, singleDocument: Bool) {
        self.format = format
        self.record = RecordJSON(include: include)
        self.csv = CSVTable(pipeline: pipeline)
        self.singleDocument = singleDocument
        var descriptions: [String: AnalyzerDescription] = [:]
        for (id, analyzer) in pipeline.analyzers { descriptions[id] = type(of: analyzer).description }
        self.descriptions = descriptions
        if format == .csv { output.write(csv.header) }
        if format == .json && !singleDocument { output.write("[\n") }
    }

    var failed: Bool { output.failed }

    func write(_ result: DocumentResult) {
        switch format {
        case .text:
            output.write(summary.render(result, descriptions: descriptions))
        case .json:
            if written > 0 { output.write(",\n") }
            record.encode(result).withUnsafeBufferPointer { output.write(bytes: $0) }
            if singleDocument { output.write("\n") }
        case .jsonl:
            var line = record.encode(result)
            line.append(0x0A)
            line.withUnsafeBufferPointer { output.write(bytes: $0) }
        case .csv:
            output.write(csv.row(result))
        }
        written += 1
    }

    /// Writes the run summary as a final record (JSON Lines and JSON), or to standard error otherwise.
    func writeSummary(_ json: [UInt8]) {
        switch format {
        case .jsonl:
            json.withUnsafeBufferPointer { output.write(bytes: $0) }
            output.write("\n")
        case .json where !singleDocument:
            if written > 0 { output.write(",\n") }
            json.withUnsafeBufferPointer { output.write(bytes: $0) }
            written += 1
        default:
            printError(String(decoding: json, as: UTF8.self))
        }
    }

    func finish() {
        if format == .json && !singleDocument { output.write(written > 0 ? "\n]\n" : "]\n") }
        output.flush()
    }
}
