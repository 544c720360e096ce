#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
/// The C library's `read`, which `LineReader` calls on standard input and files.
let systemRead = Glibc.read
#elseif canImport(Musl)
import Musl
private let systemWrite = Musl.write
let systemRead = Musl.read
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
let systemRead = Darwin.read
#endif

/// Whether `descriptor` can be read without blocking (its end counts), waiting for at most
/// `milliseconds`.
func inputIsReady(_ descriptor: Int32, waiting milliseconds: Int32 = 0) -> Bool {
    var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&request, 1, milliseconds) != 0
}

/// Waits until `descriptor` can be read, in short steps so that `stopped` (Ctrl-C) is noticed
/// within a tenth of a second. False when it stopped waiting because `stopped` said so.
func waitForInput(_ descriptor: Int32, unless stopped: () -> Bool) -> Bool {
    while !inputIsReady(descriptor, waiting: 100) {
        if stopped() { return false }
    }
    return true
}

/// Buffered writing to standard output (data only) and unbuffered writing to standard error
/// (warnings, progress).
final class OutputStream {
    private var buffer: [UInt8] = []
    private let descriptor: Int32
    private(set) var failed = false

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 16)
    }

    static func standardOutput() -> OutputStream { OutputStream(descriptor: 1) }

    func write(_ text: String) {
        var copy = text
        copy.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= 1 << 16 { flush() }
    }

    func write(byte: UInt8) {
        buffer.append(byte)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Appends `bytes`; 64 KB or more are written at once, without a copy into the buffer.
    func write(bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.count >= 1 << 16 {
            flush()
            writeAll(UnsafeRawBufferPointer(bytes))
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes `raw` to the descriptor, all of it unless writing fails (`failed`).
    private func writeAll(_ raw: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < raw.count && !failed {
            let written = systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                failed = true
                return
            }
            offset += written
        }
    }

    deinit { flush() }
}

/// Writes a line to standard error at once.
func printError(_ message: String) {
    var line = message
    if !line.hasSuffix("\n") { line += "\n" }
    line.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(2, bytes.baseAddress! + offset, bytes.count - offset)
            if written <= 0 { if errno == EINTR { continue }; return }
            offset += written
        }
    }
}
