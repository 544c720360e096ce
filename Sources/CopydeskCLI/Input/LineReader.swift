import CZlib
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file or standard input line by line in chunks of at most 1 MB — gzip-compressed when
/// asked — so a JSON Lines export of any size is read in constant memory. A pipe's lines are
/// handed out as they arrive: a read takes what the pipe holds instead of waiting for a full chunk.
final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    /// The most bytes one read takes: up to 1 MB of a file (no more than it holds), 64 KB of a
    /// pipe (what a pipe holds).
    private let chunkSize: Int
    /// Where each read lands before it is appended (or inflated) to `buffer`.
    private var chunk: [UInt8] = []
    /// Whether the handle is a regular file, whose reads never wait for a writer.
    private let isRegularFile: Bool
    /// Raised while a read waits for input that has not arrived.
    private let idleSignal: InputIdleSignal?
    private var inflater: GzipInflater?
    /// A read or decompression error met at the end of the readable part, for one error record.
    var error: String?

    /// Bytes already taken from a gzip-compressed handle, inflated before anything else is read.
    private var compressedReadAhead: [UInt8] = []

    /// A reader of `handle`, gzip-compressed when `gzip`; `readAhead` holds bytes already taken
    /// from the handle (compressed too when `gzip`), which come first.
    /// A read that has to wait for input raises `idleSignal` while it waits.
    init(handle: FileHandle, gzip: Bool = false, readAhead: [UInt8] = [], idleSignal: InputIdleSignal? = nil) {
        self.handle = handle
        self.inflater = gzip ? GzipInflater() : nil
        self.idleSignal = idleSignal
        var status = stat()
        isRegularFile = fstat(handle.fileDescriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
        chunkSize = isRegularFile ? min(1 << 20, max(1, Int(status.st_size) + 1)) : 1 << 16
        if gzip { compressedReadAhead = readAhead } else { buffer = readAhead }
    }

    /// Whether the next line can be had without waiting for input: one is in the buffer, the
    /// input has ended or is a regular file, or the pipe has bytes waiting.
    var canReadWithoutWaiting: Bool {
        if finished || isRegularFile || nextNewline() != nil || !compressedReadAhead.isEmpty { return true }
        return inputIsReady(handle.fileDescriptor)
    }

    /// Reads what the handle holds, up to `chunkSize` bytes, into `chunk`: the number of bytes,
    /// 0 at the end (or when Ctrl-C ended a wait for input), nil after a read error (in `error`).
    private func readChunk() -> Int? {
        if chunk.count < chunkSize { chunk = [UInt8](repeating: 0, count: chunkSize) }
        let descriptor = handle.fileDescriptor
        let count = if let idleSignal, !isRegularFile, !inputIsReady(descriptor) {
            idleSignal.waiting {
                waitForInput(descriptor, unless: { idleSignal.stopRequested }) ? readAvailable(descriptor) : 0
            }
        } else {
            readAvailable(descriptor)
        }
        if count < 0 {
            error = "read failed: " + String(cString: strerror(errno))
            return nil
        }
        return count
    }

    /// One `read` of `descriptor` into `chunk` (repeated when a signal interrupts it).
    private func readAvailable(_ descriptor: Int32) -> Int {
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, chunkSize) }
            if count >= 0 || errno != EINTR { return count }
        }
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
            let data: ArraySlice<UInt8>
            if compressedReadAhead.isEmpty {
                guard let count = readChunk() else {
                    finished = true
                    continue
                }
                data = chunk[..<count]
            } else {
                data = compressedReadAhead[...]
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
