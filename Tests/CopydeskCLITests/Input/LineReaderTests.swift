import Foundation
import Testing
@testable import CopydeskCLI

struct LineReaderTests {
    private func lines(of text: String) throws -> [String] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("line-reader-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let reader = LineReader(handle: try FileHandle(forReadingFrom: url))
        var lines: [String] = []
        while let line = reader.withNextLine({ String(decoding: $0, as: UTF8.self) }) { lines.append(line) }
        return lines
    }

    /// Lines are lent without their line feed (and a carriage return before it); a last line
    /// without a line feed keeps what it has.
    @Test func lendsLinesWithoutTheirBreaks() throws {
        #expect(try lines(of: "a\nbc\r\n\n\r\nlast") == ["a", "bc", "", "", "last"])
        #expect(try lines(of: "one\n") == ["one"])
        #expect(try lines(of: "") == [])
        #expect(try lines(of: "\r") == ["\r"])
    }

    @Test func nextLineCopiesWhatIsLent() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("line-reader-\(UUID().uuidString).txt")
        try Data("x\r\ny".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let reader = LineReader(handle: try FileHandle(forReadingFrom: url))
        #expect(reader.nextLine() == Array("x".utf8))
        #expect(reader.nextLine() == Array("y".utf8))
        #expect(reader.nextLine() == nil)
    }
}
