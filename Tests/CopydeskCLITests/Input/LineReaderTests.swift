import Foundation
import Synchronization
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

    /// A pipe's lines come as they are written: the reader does not wait for a full chunk or
    /// for the writer to close, and says when the next line would have to wait.
    @Test func readsAPipeAsItIsWritten() throws {
        let pipe = Pipe()
        let reader = LineReader(handle: pipe.fileHandleForReading)
        pipe.fileHandleForWriting.write(Data("first\nsecond\n".utf8))
        #expect(reader.nextLine() == Array("first".utf8))
        #expect(reader.canReadWithoutWaiting)
        #expect(reader.nextLine() == Array("second".utf8))
        #expect(!reader.canReadWithoutWaiting)
        pipe.fileHandleForWriting.write(Data("third".utf8))
        #expect(reader.canReadWithoutWaiting)
        try pipe.fileHandleForWriting.close()
        #expect(reader.nextLine() == Array("third".utf8))
        #expect(reader.nextLine() == nil)
    }

    /// A read that has to wait raises the idle signal (after calling its handler, which the run
    /// uses to flush its output), and gives up when the run is stopped.
    @Test func waitingRaisesTheIdleSignalAndStopEndsIt() throws {
        let pipe = Pipe()
        let stop = FlagBox()
        let signal = InputIdleSignal(stop: stop)
        let calls = Mutex(0)
        signal.onIdle {
            calls.withLock { $0 += 1 }
            stop.value.store(true, ordering: .relaxed)  // as Ctrl-C would, while the reader waits
        }
        let reader = LineReader(handle: pipe.fileHandleForReading, idleSignal: signal)
        pipe.fileHandleForWriting.write(Data("ready\n".utf8))
        #expect(reader.nextLine() == Array("ready".utf8))
        #expect(calls.withLock { $0 } == 0)
        #expect(reader.nextLine() == nil)  // nothing more was written: it waited, then was stopped
        #expect(calls.withLock { $0 } == 1)
        #expect(!signal.isIdle)
        #expect(reader.error == nil)
    }
}
