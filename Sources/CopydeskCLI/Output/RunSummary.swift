import Copydesk
import Foundation

/// The aggregate of a run (`--summary`): documents, failures, words, and the mean and
/// percentiles of the main readability formulas and of each plugin's numeric fields.
struct RunSummary {
    private var documents = 0
    private var failed = 0
    private var words = 0
    /// Each figure's values, in bounded memory (exact percentiles up to 65,536 documents).
    private var figures: [String: FigureSample] = [:]
    private var order: [String] = []

    /// Adds one document's figures (`SummaryFigureReader`).
    mutating func add(_ document: SummaryFigures) {
        documents += 1
        if document.failed { failed += 1 }
        words += document.words
        for (name, value) in document.values { record(name, value) }
    }

    private mutating func record(_ key: String, _ value: Double) {
        guard value.isFinite else { return }
        if figures[key] == nil { order.append(key) }
        figures[key, default: FigureSample()].add(value)
    }

    /// Whether every figure kept all its values (a run of at most 65,536 documents).
    private var percentilesAreExact: Bool { figures.values.allSatisfy(\.isExact) }

    /// (mean, p10, median, p90) of a figure.
    private func statistics(_ key: String) -> (Double, Double, Double, Double) {
        figures[key, default: FigureSample()].statistics()
    }

    func text() -> String {
        var out = "summary: \(documents) \(documents == 1 ? "document" : "documents"), \(failed) failed, \(words) \(words == 1 ? "word" : "words")\n"
        let columns = ["mean", "p10", "median", "p90"]
        out += "  " + TextSummary.padded("figure", to: 44)
            + columns.map { String(repeating: " ", count: 10 - $0.count) + $0 }.joined() + "\n"
        for key in order {
            let (mean, p10, median, p90) = statistics(key)
            out += "  " + TextSummary.padded(key, to: 44)
                + [mean, p10, median, p90].map { String(format: "%10.2f", $0) }.joined() + "\n"
        }
        if !percentilesAreExact {
            out += "  (percentiles estimated from a uniform sample of \(FigureSample.defaultCapacity) values per figure; means exact)\n"
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
        out += (percentilesAreExact ? #","percentiles":"exact""# : #","percentiles":"estimated""#).utf8
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
