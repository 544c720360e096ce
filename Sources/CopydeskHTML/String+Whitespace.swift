/// Whitespace helpers for text pulled out of markup.
extension String {
    /// The words (runs of characters that are not white space) joined by single spaces. ASCII
    /// text is split at its white-space bytes (in ASCII every character is one byte but CR LF,
    /// white space as both its bytes are); other text character by character.
    var collapsed: String {
        var text = self
        if let ascii = text.withUTF8({ Self.collapsedASCII($0) }) { return ascii }
        return split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    var trimmed: String { collapsed }

    /// `collapsed` of ASCII bytes; nil when a byte is not ASCII.
    static func collapsedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            if byte == 0x20 || byte &- 0x09 < 5 {
                pendingSpace = true
            } else {
                if pendingSpace && !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the text has a character that is not white space. A printable ASCII byte other
    /// than the space always lies in such a character (it starts one, or follows a non-space
    /// prefix such as U+0600), and in ASCII text every other byte is a character of its own (CR
    /// LF, one character, is white space as both its bytes are), so most texts are answered from
    /// their bytes; text with other characters is read character by character.
    var hasVisibleCharacter: Bool {
        var text = self
        let answer: Bool? = text.withUTF8 { bytes in
            var controls = false
            for byte in bytes {
                if byte > 0x20 && byte < 0x7F { return true }
                if byte >= 0x80 { return nil }
                if byte != 0x20 && byte &- 0x09 >= 5 { controls = true }
            }
            return controls
        }
        return answer ?? contains { !$0.isWhitespace }
    }
}
