import Copydesk
import Foundation

/// The aggregate of a run (`--summary`): documents, failures, words, and the mean and
/// percentiles of the main readability formulas and of each plugin's numeric fields.
struct RunSummary {
    private var documents = 0
    private var failed = 0
    private var words = 0
    private var values: [String: [Double]] = [:]
    private var order: [String] = []
    private let numericFields: [(plugin: String, field: String)]
    private let encoder = ReportEncoder()

    init(pipeline: Pipeline) {
        numericFields = pipeline.analyzers.flatMap { id, analyzer in
            type(of: analyzer).description.outputFields.filter { $0.kind == .number || $0.kind == .integer }.map { (id, $0.name) }
        }
    }

    mutating func add(_ result: DocumentResult) {
        documents += 1
        if result.failed { failed += 1 }
        guard let document = result.document else { return }
        let counts = document.readability.counts
        words += counts.words
        record("words_per_document", Double(counts.words))
        record("average_sentence_length", counts.averageSentenceLength)
        for formula in document.readability.formulas { if let value = formula.value { record("readability_" + formula.id, value) } }
        guard !numericFields.isEmpty else { return }
        var objects: [String: [String: Any]] = [:]
        for (id, report) in result.reports {
            if let data = try? encoder.encode(report), let object = try? JSONSerialization.jsonObject(with: Data(data)) as? [String: Any] { objects[id] = object }
        }
        for (plugin, field) in numericFields {
            if let number = objects[plugin]?[field] as? NSNumber { record("\(plugin)_\(field)", number.doubleValue) }
        }
    }

    private mutating func record(_ key: String, _ value: Double) {
        guard value.isFinite else { return }
        if values[key] == nil { order.append(key) }
        values[key, default: []].append(value)
    }

    /// (mean, p10, median, p90) of a figure.
    private func statistics(_ key: String) -> (Double, Double, Double, Double) {
        let sorted = values[key, default: []].sorted()
        guard !sorted.isEmpty else { return (0, 0, 0, 0) }
        func percentile(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int((p * Double(sorted.count - 1)).rounded()))] }
        return (sorted.reduce(0, +) / Double(sorted.count), percentile(0.1), percentile(0.5), percentile(0.9))
    }

    func text() -> String {
        var out = "summary: \(documents) documents, \(failed) failed, \(words) words\n"
        out += "  " + "figure".padding(toLength: 44, withPad: " ", startingAt: 0) + "mean      p10       median    p90\n"
        for key in order {
            let (mean, p10, median, p90) = statistics(key)
            out += "  " + key.padding(toLength: 44, withPad: " ", startingAt: 0)
                + [mean, p10, median, p90].map { String(format: "%-10.2f", $0) }.joined() + "\n"
        }
        return out
    }

    func json() -> [UInt8] {
        var out: [UInt8] = Array(#"{"summary":{"documents":"#.utf8)
        JSONText.appendInt(documents, to: &out)
        out += #","failed":"#.utf8
        JSONText.appendInt(failed, to: &out)
        out += #","words":"#.utf8
        JSONText.appendInt(words, to: &out)
        out += #","figures":{"#.utf8
        for (index, key) in order.enumerated() {
            if index > 0 { out.append(0x2C) }
            let (mean, p10, median, p90) = statistics(key)
            JSONText.appendString(key, to: &out)
            out += ":{\"mean\":\(RecordJSON.number(mean)),\"p10\":\(RecordJSON.number(p10)),\"median\":\(RecordJSON.number(median)),\"p90\":\(RecordJSON.number(p90))}".utf8
        }
        out += "}}}".utf8
        return out
    }
}
