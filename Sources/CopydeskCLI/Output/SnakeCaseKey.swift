import Copydesk

/// Converts ASCII coding keys to snake_case byte by byte, with the same word rules as
/// `JSONEncoder.KeyEncodingStrategy.convertToSnakeCase` (`perThousandWords` → `per_thousand_words`,
/// `myURLValue` → `my_url_value`), without creating strings.
enum SnakeCaseKey {
    /// Appends the snake_case form of `key` to `output`. Returns `false`, appending nothing,
    /// when `key` is not ASCII (the caller then converts it as a `String`).
    static func append(_ key: String, to output: inout [UInt8]) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            convert(bytes) { output.append($0) }
            return true
        }
    }

    /// Appends `"snake_case_key"` for the UTF-8 `key` to `buffer` — the quoted JSON string, with
    /// no escape needed. Returns `false`, appending nothing, when `key` holds a byte that is not
    /// printable ASCII or needs a JSON escape (the caller then takes the general path).
    static func appendQuoted(_ key: UnsafeBufferPointer<UInt8>, to buffer: inout JSONByteBuffer) -> Bool {
        buffer.reserve(2 * key.count + 2)
        let start = buffer.base + buffer.count
        var out = start
        out.pointee = 0x22
        out += 1
        var plain = true  // lowercase letters, digits and underscores only: copied as they are
        for byte in key {
            guard byte >= 0x20 && byte < 0x80 && byte != 0x22 && byte != 0x5C else { return false }
            if plain && !(isLower(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F) { plain = false }
            out.pointee = byte
            out += 1
        }
        if !plain {
            out = start + 1
            convert(key) { byte in
                out.pointee = byte
                out += 1
            }
        }
        out.pointee = 0x22
        out += 1
        buffer.count += out - start
        return true
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    /// Emits the snake_case bytes of the ASCII `key`: at most one underscore per byte more.
    @inline(__always)
    private static func convert(_ key: UnsafeBufferPointer<UInt8>, emit: (UInt8) -> Void) {
        let end = key.count
        guard end > 0 else { return }
        var wroteWord = false
        func word(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            if wroteWord { emit(0x5F) }
            wroteWord = true
            for byte in key[range] { emit(isUpper(byte) ? byte | 0x20 : byte) }
        }
        var wordStart = 0
        var search = 1
        while let upper = (search..<end).first(where: { isUpper(key[$0]) }) {
            word(wordStart..<upper)
            search = upper
            guard let lower = (search..<end).first(where: { isLower(key[$0]) }) else {
                wordStart = search
                break
            }
            if lower == upper + 1 {
                wordStart = upper
            } else {
                word(upper..<(lower - 1))
                wordStart = lower - 1
            }
            search = lower + 1
        }
        word(wordStart..<end)
    }
}
