import Copydesk
import Testing
@testable import CopydeskCLI

struct LentRecordTests {
    /// A formatter lends each record from its reused buffer: the bytes are those of `bytes(_:)`,
    /// one record after another.
    @Test func lendsTheBytesOfEachRecord() throws {
        let pipeline = try Pipeline(registry: AnalyzerRegistry([]), requested: [])
        let formatter = RecordFormatter(format: .jsonl, include: try IncludedDetail.parse(""), pipeline: pipeline)
        let results = [
            DocumentResult.failure(id: "a", source: "a:1", DocumentIssue(code: "empty_input", message: "a:1: the document is empty")),
            pipeline.run(id: "b", source: "b:2", text: "A short text.", language: .english, core: CoreAnalysis()),
            DocumentResult.failure(id: "c", source: "c:3", DocumentIssue(code: "invalid_json", message: "line 3")),
        ]
        for result in results {
            let lent = formatter.withBytes(result) { LentRecord(bytes: $0).bytes.map { $0 } }
            #expect(lent == formatter.bytes(result))
            #expect(String(decoding: lent, as: UTF8.self).hasPrefix(#"{"schema_version":1,"id":"\#(result.id)""#))
        }
    }
}
