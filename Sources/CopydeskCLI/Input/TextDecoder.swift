/// Turns raw input bytes into text: validates UTF-8, strips a byte-order mark, rejects binary data.
enum TextDecoder {
    /// The decoded text, and the byte offset of the first invalid UTF-8 sequence when there was one
    /// (then invalid sequences were replaced with U+FFFD).
    static func decode(_ bytes: [UInt8], name: String) throws(InputError) -> (text: String, firstInvalidByte: Int?) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.prefix(8192).contains(0) { throw .binary(name) }
        if let invalid = firstInvalidUTF8(body) {
            return (String(decoding: body, as: UTF8.self), invalid)
        }
        return (String(decoding: body, as: UTF8.self), nil)
    }

    /// The offset (relative to the slice's start index, counted from the original buffer) of the first invalid byte.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = bytes.startIndex
        var consumed = 0
        // Track offsets by re-encoding the length of each decoded scalar.
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed = UTF8.width(scalar)
                offset += consumed
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}
