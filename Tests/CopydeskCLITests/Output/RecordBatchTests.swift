import Copydesk
import Testing
@testable import CopydeskCLI

struct RecordBatchTests {
    private static func records(_ batch: RecordBatch) -> [String] {
        var records: [String] = []
        batch.forEach { _, bytes in records.append(String(decoding: bytes, as: UTF8.self)) }
        return records
    }

    /// Each document's record comes back whole and in order, with what the sink needs of it.
    @Test func givesBackEachRecordWithItsEntry() {
        var batch = RecordBatch()
        batch.start(at: 40)
        let texts = ["{\"id\":\"a\"}", "", "{\"id\":\"c\",\"text\":\"ünï\"}"]
        for (index, text) in texts.enumerated() {
            var text = text
            text.withUTF8 { batch.append($0, failed: index == 1, inputBytes: index * 10, messages: index == 1 ? ["empty"] : [], result: nil) }
        }
        #expect(Self.records(batch) == texts)
        #expect(batch.count == 3 && batch.firstPosition == 40 && batch.endPosition == 43)
        var failed: [Bool] = [], sizes: [Int] = [], messages: [[String]] = []
        batch.forEach { entry, _ in failed.append(entry.failed); sizes.append(entry.inputBytes); messages.append(entry.messages) }
        #expect(failed == [false, true, false] && sizes == [0, 10, 20] && messages == [[], ["empty"], []])
    }

    /// Starting again empties the batch for the documents from the new position on.
    @Test func startingAgainEmptiesIt() {
        var batch = RecordBatch()
        var text = "{}"
        text.withUTF8 { batch.append($0, failed: false, inputBytes: 2, messages: [], result: nil) }
        batch.start(at: batch.endPosition)
        #expect(batch.isEmpty && batch.bytes.isEmpty && batch.firstPosition == 1 && batch.endPosition == 1)
        text.withUTF8 { batch.append($0, failed: false, inputBytes: 2, messages: [], result: nil) }
        #expect(Self.records(batch) == ["{}"])
    }

    /// A batch keeps the result (for the HTML overview) and the summary figures only when given.
    @Test func keepsTheResultAndTheSummaryFiguresWhenGiven() throws {
        let pipeline = try Pipeline(registry: AnalyzerRegistry([]), requested: [])
        let result = pipeline.run(id: "b", source: "b:2", text: "A short text.", language: .english, core: CoreAnalysis())
        var batch = RecordBatch()
        var text = "{}"
        text.withUTF8 { batch.append($0, failed: false, inputBytes: 13, messages: [], result: result, summaryFigures: SummaryFigureReader(pipeline: pipeline).figures(of: result)) }
        text.withUTF8 { batch.append($0, failed: false, inputBytes: 2, messages: [], result: nil) }
        var ids: [String?] = [], words: [Int?] = []
        batch.forEach { entry, _ in
            ids.append(entry.result?.id)
            words.append(entry.summaryFigures?.words)
        }
        #expect(ids == ["b", nil] && words == [3, nil])
    }

    /// A framed batch holds each record followed by the format's terminator, so all of them can
    /// be written as they lie; it notes whether any document has messages.
    @Test func framedRecordsLieReadyToWrite() throws {
        var batch = RecordBatch()
        let terminator = try #require(ResultWriter.recordTerminator(for: .jsonl))
        for (index, text) in ["{\"id\":\"a\"}", "{\"id\":\"b\"}"].enumerated() {
            var text = text
            text.withUTF8 { batch.append($0, terminator: terminator, failed: false, inputBytes: 1, messages: index == 1 ? ["warning"] : [], result: nil) }
        }
        #expect(batch.isFramed && batch.hasMessages)
        #expect(batch.withBytes { String(decoding: $0, as: UTF8.self) } == "{\"id\":\"a\"}\n{\"id\":\"b\"}\n")
        #expect(Self.records(batch) == ["{\"id\":\"a\"}\n", "{\"id\":\"b\"}\n"])
        batch.start(at: 2)
        #expect(!batch.hasMessages)
        #expect(ResultWriter.recordTerminator(for: .csv) == [] && ResultWriter.recordTerminator(for: .text) == [])
        #expect(ResultWriter.recordTerminator(for: .json) == nil)
    }
}
