import Copydesk

/// Reads a document's summary figures from its result: the words per document, the average
/// sentence length, each readability formula and every numeric top-level field of each plugin's
/// report. One per worker: its `ReportEncoder` is not thread-safe.
struct SummaryFigureReader {
    /// The plugins' numeric output fields in run order, with their names in the summary.
    private let pluginFields: [(plugin: String, field: String, name: String)]
    private let fieldsByPlugin: [String: [String]]
    private let encoder = ReportEncoder()

    init(pipeline: Pipeline) {
        pluginFields = pipeline.analyzers.flatMap { id, analyzer in
            type(of: analyzer).description.outputFields.filter { $0.kind == .number || $0.kind == .integer }.map { (id, $0.name, "\(id)_\($0.name)") }
        }
        fieldsByPlugin = Dictionary(grouping: pluginFields, by: \.plugin).mapValues { $0.map(\.field) }
    }

    func figures(of result: DocumentResult) -> SummaryFigures {
        var figures = SummaryFigures(failed: result.failed)
        guard let document = result.document else { return figures }
        let counts = document.readability.counts
        figures.words = counts.words
        figures.values.reserveCapacity(2 + document.readability.formulas.count + pluginFields.count)
        figures.values.append(("words_per_document", Double(counts.words)))
        figures.values.append(("average_sentence_length", counts.averageSentenceLength))
        for formula in document.readability.formulas {
            if let value = formula.value { figures.values.append(("readability_" + formula.id, value)) }
        }
        guard !pluginFields.isEmpty else { return figures }
        // Each report's top-level numbers as its output record has them, read back with the
        // input's JSON reader (Foundation's parser took longer than the analysis itself).
        var objects: [String: JSONLineObject] = [:]
        for (id, report) in result.reports {
            guard let fields = fieldsByPlugin[id], let bytes = try? encoder.encode(report) else { continue }
            objects[id] = bytes.withUnsafeBufferPointer { JSONLineObject.parse($0, keeping: fields) }
        }
        for (plugin, field, name) in pluginFields {
            if case .number(let literal)? = objects[plugin]?[field], let value = Double(literal) { figures.values.append((name, value)) }
        }
        return figures
    }
}
