import CZlib

/// Streaming gzip decompression with zlib (multi-member files included).
final class GzipInflater {
    private var stream = z_stream()
    private(set) var ended = false
    private var ready = false

    struct Failure: Error, CustomStringConvertible { let description: String }

    init() {
        ready = inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
    }

    deinit { if ready { inflateEnd(&stream) } }

    func inflate(_ input: [UInt8], into output: inout [UInt8]) throws {
        guard ready else { throw Failure(description: "zlib could not start") }
        var input = input
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        try input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = uInt(inputBuffer.count)
            while stream.avail_in > 0 {
                if ended {
                    // Another gzip member follows.
                    inflateReset(&stream)
                    ended = false
                }
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                output.append(contentsOf: chunk[0..<produced])
                if status == Z_STREAM_END { ended = true; continue }
                guard status == Z_OK || status == Z_BUF_ERROR else {
                    throw Failure(description: "invalid gzip data (zlib error \(status))")
                }
                if status == Z_BUF_ERROR && produced == 0 { break }
            }
        }
    }
}
