import Foundation
import Testing
@testable import CopydeskCLI

struct StandardInputTests {
    /// A `StandardInput` over a pipe that already holds `text` and is closed.
    private func input(_ text: String) throws -> StandardInput {
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data(text.utf8))
        try pipe.fileHandleForWriting.close()
        return StandardInput(handle: pipe.fileHandleForReading)
    }

    @Test(arguments: [
        ("{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\"}\n", InputFormat.jsonl),
        ("\n  \r\n\t{ \"text\": \"after blank lines\"}", .jsonl),
        ("{}\n", .jsonl),
        ("{\"text\": \"broken line\n", .jsonl),           // meant as JSON Lines: its record says what is wrong
        ("\u{FEFF}{\"text\":\"after a byte order mark\"}", .jsonl),
        ("{curly} is how this article starts.\nThen prose.", .text),
        ("{", .text),
        ("The mayor said the budget was fine.\n{\"text\":\"not the first line\"}", .text),
        ("<!DOCTYPE html>\n<html><body><p>Text.</p></body></html>", .html),
        ("  <HTML lang=\"en\"><body>Text.</body></HTML>", .html),
        ("<p>A fragment is not a page.</p>", .text),
        ("<!-- a comment first -->\n<html>", .text),
        ("", .text),
        ("\n\n", .text),
    ])
    func tellsTheFormatFromTheFirstLine(_ sample: (String, InputFormat)) throws {
        #expect(try input(sample.0).sniffFormat() == sample.1)
    }

    @Test func givesBackEveryByteItReadAhead() throws {
        let text = "\n{\"id\":\"a\",\"text\":\"One.\"}\n" + String(repeating: "{\"id\":\"n\",\"text\":\"More.\"}\n", count: 5_000)
        let pipe = Pipe()
        let standardInput = StandardInput(handle: pipe.fileHandleForReading)
        let writer = Thread {
            pipe.fileHandleForWriting.write(Data(text.utf8))
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        #expect(standardInput.sniffFormat() == .jsonl)
        let reader = LineReader(handle: pipe.fileHandleForReading, readAhead: standardInput.takeReadAhead())
        var lines: [String] = []
        while let line = reader.nextLine() { lines.append(String(decoding: line, as: UTF8.self)) }
        #expect(lines.joined(separator: "\n") + "\n" == text)
        #expect(standardInput.takeReadAhead().isEmpty)
    }

    @Test func gzipIsReadAsCompressedJSONLines() throws {
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data([0x1F, 0x8B, 0x08, 0x00]))
        try pipe.fileHandleForWriting.close()
        let standardInput = StandardInput(handle: pipe.fileHandleForReading)
        #expect(standardInput.sniffFormat() == .jsonl)
        #expect(standardInput.isGzip)
        #expect(standardInput.takeReadAhead() == [0x1F, 0x8B, 0x08, 0x00])
        #expect(try !input("{\"text\":\"plain\"}").isGzip)
    }

    @Test func waitsForTheStartOfTheFirstLine() {
        // Cut before the byte that decides: not yet known.
        #expect(StandardInput.format(ofFirstLine: Array("  {".utf8)[...], complete: false) == nil)
        #expect(StandardInput.format(ofFirstLine: Array("<!DOC".utf8)[...], complete: false) == nil)
        #expect(StandardInput.format(ofFirstLine: Array("<!DOC".utf8)[...], complete: true) == .text)
        #expect(StandardInput.format(ofFirstLine: Array("{ \"".utf8)[...], complete: false) == .jsonl)
    }

    @Test func findsTheFirstLineWithText() {
        #expect(StandardInput.firstNonBlankLine(Array("\n \r\nab\ncd".utf8)) == 4..<6)
        #expect(StandardInput.firstNonBlankLine(Array(" \n\t".utf8)) == nil)
        #expect(StandardInput.firstNonBlankLine(Array("x".utf8)) == 0..<1)
    }
}
