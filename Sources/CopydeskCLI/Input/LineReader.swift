import CZlib
import Foundation

/// Reads a file or standard input line by line in fixed-size chunks — gzip-compressed when asked —
/// so a JSON Lines export of any size is read in constant memory.
final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    private let chunkSize = 1 << 20
    private var inflater: GzipInflater?
    /// A read or decompression error met at the end of the readable part, for one error record.
    var error: String?

    /// Bytes already taken from a gzip-compressed handle, inflated before anything else is read.
    private var compressedReadAhead: [UInt8] = []

    /// A reader of `handle`, gzip-compressed when `gzip`; `readAhead` holds bytes already taken
    /// from the handle (compressed too when `gzip`), which come first.
    init(handle: FileHandle, gzip: Bool = false, readAhead: [UInt8] = []) {
        self.handle = handle
        self.inflater = gzip ? GzipInflater() : nil
        if gzip { compressedReadAhead = readAhead } else { buffer = readAhead }
    }

    /// The index of the next line feed from `position` (`memchr`: many bytes per step).
    private func nextNewline() -> Int? {
        buffer.withUnsafeBufferPointer { bytes in
            guard position < bytes.count, let base = bytes.baseAddress,
                  let found = memchr(base + position, 0x0A, bytes.count - position) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// The next line without its line break, or nil at the end.
    func nextLine() -> [UInt8]? {
        withNextLine { Array($0) }
    }

    /// Calls `body` with the next line without its line break, borrowed from the reader's
    /// buffer for the call (no copy of its own); nil at the end.
    func withNextLine<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        while true {
            if let newline = nextNewline() {
                let start = position
                let end = newline > start && buffer[newline - 1] == 0x0D ? newline - 1 : newline
                position = newline + 1
                return buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
            }
            if finished {
                guard position < buffer.count else { return nil }
                let start = position
                position = buffer.count
                return buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start...])) }
            }
            if position > 0 {
                buffer.removeFirst(position)
                position = 0
            }
            let data: Data
            if compressedReadAhead.isEmpty {
                data = handle.readData(ofLength: chunkSize)
            } else {
                data = Data(compressedReadAhead)
                compressedReadAhead = []
            }
            if data.isEmpty {
                finished = true
                if let inflater, !inflater.ended { error = "gzip stream is truncated" }
            } else if let inflater {
                do { try inflater.inflate(Array(data), into: &buffer) } catch {
                    self.error = "\(error)"
                    finished = true
                }
            } else {
                buffer.append(contentsOf: data)
            }
        }
    }
}
