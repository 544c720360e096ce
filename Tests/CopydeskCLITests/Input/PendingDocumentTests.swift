import Foundation
import Testing
@testable import CopydeskCLI

/// Listing the inputs only splits them; each document is read, parsed or extracted by `load`.
struct PendingDocumentTests {
    let collector = InputCollector(format: .auto, textField: "text", idField: "id", htmlField: nil, strict: false, warn: { _ in })

    @Test func jsonLinesAreCutIntoLinesAndParsedOnLoad() throws {
        let directory = try ScratchDirectory("pending")
        defer { directory.remove() }
        let path = directory.path("export.jsonl")
        try Data("{\"id\":\"a\",\"text\":\"One.\"}\n\n{not json}\n".utf8).write(to: URL(fileURLWithPath: path))
        let reader = collector.documents(in: path)
        var pending: [PendingDocument] = []
        while let next = reader.next() { pending.append(next) }
        #expect(pending.map(\.source) == ["\(path):1", "\(path):3"])  // the blank line yields none
        guard case .jsonLine(let bytes, 1, _, _) = pending[0] else { Issue.record("not a pending line"); return }
        #expect(String(decoding: bytes, as: UTF8.self) == "{\"id\":\"a\",\"text\":\"One.\"}")
        let first = collector.load(pending[0], warn: { _ in }), second = collector.load(pending[1], warn: { _ in })
        #expect(first.id == "a" && first.text == "One." && first.issue == nil)
        #expect(second.issue?.code == "invalid_json" && second.issue?.line == 3)
    }

    @Test func warningsGoToTheCallerOfLoad() throws {
        let directory = try ScratchDirectory("pending")
        defer { directory.remove() }
        let path = directory.path("latin.jsonl")
        try Data([0x7B, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3A, 0x22, 0x63, 0x61, 0x66, 0xE9, 0x22, 0x7D, 0x0A]).write(to: URL(fileURLWithPath: path))  // {"text":"caf\xE9"}
        let pending = try #require(collector.documents(in: path).next())
        var warnings: [String] = []
        let document = collector.load(pending) { warnings.append($0) }
        #expect(document.text == "caf\u{FFFD}")
        #expect(warnings == ["\(path):1: invalid UTF-8 at byte 12 of the line; replaced with U+FFFD"])
    }

    @Test func filesAreReadOnlyWhenLoaded() throws {
        let directory = try ScratchDirectory("pending")
        defer { directory.remove() }
        let text = directory.path("a.txt"), page = directory.path("b.html")
        try Data("First version.".utf8).write(to: URL(fileURLWithPath: text))
        try Data("<html><body><p>A page.</p></body></html>".utf8).write(to: URL(fileURLWithPath: page))
        let pendingText = try #require(collector.documents(in: text).next())
        let pendingPage = try #require(collector.documents(in: page).next())
        guard case .textFile = pendingText, case .page = pendingPage else { Issue.record("read while listing"); return }
        // What is on disk when the worker loads it counts.
        try Data("Second version.".utf8).write(to: URL(fileURLWithPath: text))
        try FileManager.default.removeItem(atPath: page)
        #expect(collector.load(pendingText, warn: { _ in }).text == "Second version.")
        #expect(collector.load(pendingPage, warn: { _ in }).issue?.code == "unreadable_input")
    }
}
