import Foundation
import Testing
@testable import CopydeskCLI

struct GlobPatternTests {
    /// A temporary tree: a/x.jsonl, a/b/y.txt, a/b/z.jsonl.gz, a/.hidden/h.jsonl, c.md
    private func makeTree() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-glob-\(UUID().uuidString)").path
        for file in ["a/x.jsonl", "a/b/y.txt", "a/b/z.jsonl.gz", "a/.hidden/h.jsonl", "c.md"] {
            let path = root + "/" + file
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data("x".utf8).write(to: URL(fileURLWithPath: path))
        }
        return root
    }

    @Test func recognizesPatterns() {
        #expect(GlobPattern.isPattern("archive/*.jsonl"))
        #expect(GlobPattern.isPattern("a/file?.txt"))
        #expect(GlobPattern.isPattern("a/[ab].txt"))
        #expect(!GlobPattern.isPattern("archive/2024/export.jsonl"))
    }

    @Test func matchesWithinComponentsAndAcrossDirectories() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        func matches(_ pattern: String) -> [String] {
            GlobPattern(pattern: root + "/" + pattern).matches().map { String($0.dropFirst(root.count + 1)) }
        }
        #expect(matches("a/*.jsonl") == ["a/x.jsonl"])
        #expect(matches("**/*.jsonl*") == ["a/b/z.jsonl.gz", "a/x.jsonl"])   // sorted; hidden folders skipped
        #expect(matches("a/**") == ["a", "a/b", "a/b/y.txt", "a/b/z.jsonl.gz", "a/x.jsonl"])
        #expect(matches("*/b/?.txt") == ["a/b/y.txt"])
        #expect(matches("[ac]*") == ["a", "c.md"])
        #expect(matches("a/.hidden/*.jsonl") == ["a/.hidden/h.jsonl"])
        #expect(matches("nothing/*.txt").isEmpty)
    }

    @Test func theCollectorExpandsPatternsAndReportsEmptyOnes() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let collector = InputCollector(format: .auto, textField: "text", idField: "id", strict: false, warn: { _ in })
        let expanded = collector.expand([root + "/a/*", root + "/none-*.txt"])
        #expect(expanded.map { String($0.path.dropFirst(root.count + 1)) } == ["a/b/y.txt", "a/b/z.jsonl.gz", "a/x.jsonl", "none-*.txt"])
        #expect(expanded.last?.error?.message.contains("no file matches") == true)
        #expect(expanded.dropLast().allSatisfy { $0.error == nil })
    }

    @Test func analyzeReadsAQuotedPattern() throws {
        let scratch = try ScratchDirectory("glob-run")
        defer { scratch.remove() }
        let root = scratch.url.path
        try FileManager.default.createDirectory(atPath: root + "/2024-01", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/2024-02", withIntermediateDirectories: true)
        try #"{"id":"jan","text":"The council met in January."}"#.write(toFile: root + "/2024-01/export.jsonl", atomically: true, encoding: .utf8)
        try #"{"id":"feb","text":"The council met in February."}"#.write(toFile: root + "/2024-02/export.jsonl", atomically: true, encoding: .utf8)
        let result = try AnalyzeProcess.run(["--plugins", "none", "--format", "csv", root + "/2024-*/*.jsonl"])
        #expect(result.status == 0)
        let ids = result.stdout.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" }
        #expect(ids == ["jan", "feb"])
        let none = try AnalyzeProcess.run(["--plugins", "none", root + "/2023-*/*.jsonl"])
        #expect(none.status == 66)
        #expect(none.stderr.contains("no file matches this pattern"))
    }
}
