import Foundation
import Testing
@testable import CopydeskCLI

struct InputFileTests {
    /// Files of every size come back whole: empty, short, around the first read's size, large.
    @Test(arguments: [0, 1, 4_095, 65_536, 65_537, 1_000_003])
    func readsWholeFiles(size: Int) throws {
        let scratch = try ScratchDirectory("inputfile")
        defer { scratch.remove() }
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let path = try scratch.write(Data(bytes), to: "f.bin")
        #expect(try InputFile.read(path) == bytes)
    }

    /// A pipe is read to its end, however its writer splits what it writes.
    @Test func readsAPipeToItsEnd() throws {
        let scratch = try ScratchDirectory("inputfile-pipe")
        defer { scratch.remove() }
        let path = scratch.path("pipe")
        #expect(mkfifo(path, 0o600) == 0)
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0) }
        let writer = Thread {
            guard let handle = FileHandle(forWritingAtPath: path) else { return }
            for start in stride(from: 0, to: bytes.count, by: 30_000) {
                handle.write(Data(bytes[start..<min(start + 30_000, bytes.count)]))
            }
            try? handle.close()
        }
        writer.start()
        #expect(try InputFile.read(path) == bytes)
    }

    @Test func failuresSayWhy() throws {
        let scratch = try ScratchDirectory("inputfile-errors")
        defer { scratch.remove() }
        #expect(throws: InputError.self) { try InputFile.read(scratch.path("missing.txt")) }
        do {
            _ = try InputFile.read(scratch.path("missing.txt"))
        } catch {
            #expect(error.message == "\(scratch.path("missing.txt")): no such file")
        }
        do {
            _ = try InputFile.read(scratch.url.path)
        } catch {
            #expect(error.message.hasPrefix("\(scratch.url.path): is a directory"))
        }
        let file = try scratch.write("x", to: "file.txt")
        do {
            _ = try InputFile.read(file + "/below")
        } catch {
            #expect(error.message == "\(file)/below: no such file")
        }
    }
}
