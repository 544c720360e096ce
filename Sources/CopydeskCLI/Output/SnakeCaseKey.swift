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
            append(bytes, to: &output)
            return true
        }
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    private static func append(_ key: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        let end = key.count
        guard end > 0 else { return }
        var wroteWord = false
        func word(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            if wroteWord { output.append(0x5F) }
            wroteWord = true
            for byte in key[range] { output.append(isUpper(byte) ? byte | 0x20 : byte) }
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
