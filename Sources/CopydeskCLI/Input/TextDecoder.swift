import Copydesk

/// Turns raw input bytes into text: validates UTF-8, strips a byte-order mark, rejects binary data.
enum TextDecoder {
    /// The decoded text, and the byte offset of the first invalid UTF-8 sequence when there was one
    /// (then invalid sequences were replaced with U+FFFD).
    static func decode(_ bytes: [UInt8], name: String) throws(InputError) -> (text: String, firstInvalidByte: Int?) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let evidence = binaryEvidence(body) { throw .binary(name, evidence) }
        if let invalid = firstInvalidUTF8(body) {
            return (String(decoding: body, as: UTF8.self), invalid)
        }
        return (String(decoding: body, as: UTF8.self), nil)
    }

    /// Why `bytes` look like binary data rather than text, judged on their first 8 KB, or nil: a
    /// NUL byte, or control bytes (other than tab, line feed, vertical tab, form feed, carriage
    /// return and escape) making up more than 1 % of them, at least four — as executables,
    /// images and compressed or random data do, and text in any 8-bit encoding does not.
    static func binaryEvidence(_ bytes: ArraySlice<UInt8>) -> String? {
        let sample = bytes.prefix(8192)
        var controls = 0
        for byte in sample where byte < 0x20 {
            switch byte {
            case 0: return "it contains NUL bytes"
            case 0x09...0x0D, 0x1B: continue
            default: controls += 1
            }
        }
        guard controls >= 4, controls * 100 > sample.count else { return nil }
        return "\(controls) of its first \(sample.count) bytes are control characters"
    }

    /// The offset (relative to the slice's start index, counted from the original buffer) of the
    /// first invalid byte (see `UTF8Validation.firstInvalidByte(in:)`).
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            firstInvalidUTF8(buffer).map { bytes.startIndex + $0 }
        }
    }

    /// The offset of the first invalid byte of `bytes`, or nil when they are well-formed UTF-8.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        UTF8Validation.firstInvalidByte(in: bytes)
    }
}
