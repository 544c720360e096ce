import Copydesk

/// Turns one result into the bytes of its record in the chosen format. Each worker task owns
/// one, so records are encoded in parallel; `ResultWriter` only puts them in order.
struct RecordFormatter {
    let format: OutputFormat
    private let record: RecordJSON
    private let csv: CSVTable
    private let summary = TextSummary()
    private let html: HTMLReport
    /// The ids of the plugins that run, in run order.
    let pluginIDs: [String]
    /// The descriptions of the in-process plugins, in run order.
    let pluginDescriptions: [AnalyzerDescription]
    private let descriptions: [String: AnalyzerDescription]

    /// `opensText`: whether the HTML report shows each document's text unfolded (for one document).
    init(format: OutputFormat, include: IncludedDetail, pipeline: Pipeline, execPlugins: [String] = [], opensText: Bool = false) {
        self.format = format
        self.html = HTMLReport(opensText: opensText)
        self.pluginIDs = pipeline.analyzers.map(\.0) + execPlugins
        self.pluginDescriptions = pipeline.analyzers.map { type(of: $0.analyzer).description }
        self.record = RecordJSON(include: include)
        self.csv = CSVTable(pipeline: pipeline, execPlugins: execPlugins)
        var descriptions: [String: AnalyzerDescription] = [:]
        for (id, analyzer) in pipeline.analyzers { descriptions[id] = type(of: analyzer).description }
        self.descriptions = descriptions
    }

    /// The CSV header line (CSV only).
    var header: String { csv.header }

    /// The record of `result`, without separators or a final line break.
    func bytes(_ result: DocumentResult) -> [UInt8] {
        withBytes(result) { Array($0) }
    }

    /// Calls `body` with the bytes of `bytes(result)`, borrowed for the call (a JSON record from
    /// the buffer it was built in, without a copy).
    func withBytes<Result>(_ result: DocumentResult, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch format {
        case .json, .jsonl: return record.withEncoded(result, body)
        case .text: return summary.withRendered(result, descriptions: descriptions, body)
        case .csv: return csv.withRow(result, body)
        case .html: return Self.withUTF8(html.render(result, descriptions: descriptions), body)
        }
    }

    private static func withUTF8<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text
        return text.withUTF8(body)
    }
}
