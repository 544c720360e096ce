import Testing
@testable import CopydeskCLI

struct InputCollectorSourceTests {
    @Test(arguments: [0, 1, 9, 10, 12_345, Int.max])
    func sourceIsFileColonLine(line: Int) {
        for file in ["<stdin>", "a.jsonl", "exports/2024/été/news.jsonl.gz", ""] {
            #expect(InputCollector.source(file: file, line: line) == "\(file):\(line)")
        }
    }
}
