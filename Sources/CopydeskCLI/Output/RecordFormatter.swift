import Copydesk

/// Turns one result into the bytes of its record in the chosen format. Each worker task owns
/// one, so records are encoded in parallel; `ResultWriter` only puts them in order.
struct RecordFormatter {
    let format: OutputFormat
    private let record: RecordJSON
    private let csv: CSVTable
    private let summary = TextSummary()
    private let descriptions: [String: AnalyzerDescription]

    init(format: OutputFormat, include: IncludedDetail, pipeline: Pipeline) {
        self.format = format
        self.record = RecordJSON(include: include)
        self.csv = CSVTable(pipeline: pipeline)
        var descriptions: [String: AnalyzerDescription] = [:]
        for (id, analyzer) in pipeline.analyzers { descriptions[id] = type(of: analyzer).description }
        self.descriptions = descriptions
    }

    /// The CSV header line (CSV only).
    var header: String { csv.header }

    /// The record of `result`, without separators or a final line break.
    func bytes(_ result: DocumentResult) -> [UInt8] {
        switch format {
        case .text: Array(summary.render(result, descriptions: descriptions).utf8)
        case .json, .jsonl: record.encode(result)
        case .csv: Array(csv.row(result).utf8)
        }
    }
}
