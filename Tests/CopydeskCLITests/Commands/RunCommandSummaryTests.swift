import Foundation
import Testing

/// `--summary` end to end: the aggregate agrees with the records it sums up, and its table reads
/// well in a terminal.
struct RunCommandSummaryTests {
    private let corpus = [
        "The mayor said the new bridge is a wonderful success for the town.",
        "Critics warned the plan may fail, calling it a terrible waste of money.",
        "Rain fell on Tuesday. The river rose two feet, officials said.",
        "Residents praised the quick, excellent work of the volunteers.",
        "The council could perhaps vote next week, according to a spokeswoman.",
    ].enumerated().map { #"{"id":"d\#($0.offset)","text":"\#($0.element)"}"# }.joined(separator: "\n") + "\n"

    private func objects(_ jsonl: String) throws -> [[String: Any]] {
        try jsonl.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    /// The record's figures are the mean and nearest-rank percentiles of the plugins' numbers in
    /// the records before it.
    @Test func theSummaryRecordAgreesWithTheRecords() throws {
        let result = try AnalyzeProcess.run(["--format", "jsonl", "--plugins", "tone,lexical", "--summary-mode", "record", "--input-format", "jsonl", "-"], stdin: corpus)
        #expect(result.status == 0)
        let records = try objects(result.stdout)
        #expect(records.count == 6)
        let summary = try #require(records.last?["summary"] as? [String: Any])
        #expect(summary["documents"] as? Int == 5 && summary["failed"] as? Int == 0)
        #expect(summary["percentiles"] as? String == "exact")
        let figures = try #require(summary["figures"] as? [String: [String: Double]])
        for (plugin, field) in [("tone", "score"), ("lexical", "type_token_ratio")] {
            let values = try records.dropLast().map { record in
                let plugins = try #require(record["plugins"] as? [String: [String: Any]])
                return try #require(plugins[plugin]?[field] as? Double)
            }.sorted()
            let figure = try #require(figures["\(plugin)_\(field)"])
            let mean = values.reduce(0, +) / Double(values.count)
            #expect(abs(figure["mean"]! - (mean * 10_000).rounded() / 10_000) < 1e-9, "\(plugin)_\(field)")
            #expect(figure["p10"] == values[0] && figure["median"] == values[2] && figure["p90"] == values[4], "\(plugin)_\(field)")
        }
    }

    /// The table on standard error: numbers right-aligned under their headings, no trailing spaces.
    @Test func theTableIsAligned() throws {
        let result = try AnalyzeProcess.run(["--format", "jsonl", "--plugins", "tone", "--summary", "--input-format", "jsonl", "-"], stdin: corpus)
        #expect(result.status == 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.first == "summary: 5 documents, 0 failed, 57 words")
        let header = try #require(lines.dropFirst().first)
        #expect(header.hasPrefix("  figure") && header.hasSuffix("      mean       p10    median       p90"))
        let rows = lines.dropFirst(2)
        #expect(rows.contains { $0.hasPrefix("  tone_score ") })
        for row in rows {
            #expect(row.count == header.count && row.last != " ", "\(row)")
        }
    }
}
