import Copydesk

/// Appends JSON string literals without creating intermediate strings.
enum JSONText {
    /// Appends `"…"` with the JSON escapes for `bytes` (UTF-8) to `output`. Runs of bytes that
    /// need no escape are found eight bytes at a time and copied at once.
    static func appendString(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        output.append(0x22)
        var runStart = 0
        var index = 0
        let count = bytes.count
        while index < count {
            if index + 8 <= count, !needsEscape(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte >= 0x20 && byte != 0x22 && byte != 0x5C {
                index += 1
                continue
            }
            if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            switch byte {
            case 0x22: output.append(0x5C); output.append(0x22)
            case 0x5C: output.append(0x5C); output.append(0x5C)
            case 0x0A: output.append(0x5C); output.append(0x6E)
            case 0x0D: output.append(0x5C); output.append(0x72)
            case 0x09: output.append(0x5C); output.append(0x74)
            default:
                let hex: StaticString = "0123456789abcdef"
                output.append(contentsOf: [0x5C, 0x75, 0x30, 0x30])
                output.append(hex.utf8Start[Int(byte >> 4)])
                output.append(hex.utf8Start[Int(byte & 0xF)])
            }
            index += 1
            runStart = index
        }
        if runStart < count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
        output.append(0x22)
    }

    /// Whether one of the eight bytes of `word` is `"`, a backslash or a control byte (below
    /// 0x20): the bytes a JSON string escapes. Exact, by the "has a zero byte" bit trick.
    @inline(__always)
    static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        let found = ((word &- ones &* 0x20) & ~word) | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        return found & (ones &* 0x80) != 0
    }

    /// Appends `"…"` for a string.
    static func appendString(_ text: String, to output: inout [UInt8]) {
        var copy = text
        copy.withUTF8 { appendString($0, to: &output) }
    }

    /// Appends an integer, without creating a string.
    static func appendInt(_ value: Int, to output: inout [UInt8]) {
        if value >= 0 && value < 10 { output.append(0x30 + UInt8(value)); return }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits, written backwards
        withUnsafeMutableBytes(of: &digits) { scratch in
            var magnitude = value.magnitude
            var index = scratch.count
            repeat {
                index -= 1
                scratch[index] = 0x30 + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude != 0
            if value < 0 { index -= 1; scratch[index] = 0x2D }
            output.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[index...]))
        }
    }

    /// Writes `value` as its `description` would when it has at most four decimals, is not an
    /// integer and lies within ±10¹¹ (then that text is the decimal itself, zeros trimmed); returns
    /// the length written to `target` (room for 32 bytes), or nil, writing nothing useful, for
    /// other values. Most numbers of a report are such ratios and scores; this skips the
    /// general shortest-digits algorithm and the string it makes.
    static func writeShortDecimal(_ value: Double, to target: UnsafeMutablePointer<UInt8>) -> Int? {
        let scaled = (value * 10_000).rounded()
        guard abs(scaled) < 1e15, scaled / 10_000 == value, abs(value) >= 1e-4 else { return nil }
        var units = UInt64(abs(scaled))
        var fraction = units % 10_000
        guard fraction != 0 else { return nil }  // an integer: written elsewhere
        units /= 10_000
        var length = 0
        if value < 0 { target[0] = 0x2D; length = 1 }
        // The whole part, backwards into place.
        var digits = 1
        var probe = units
        while probe >= 10 { probe /= 10; digits += 1 }
        for position in stride(from: length + digits - 1, through: length, by: -1) {
            target[position] = 0x30 + UInt8(units % 10)
            units /= 10
        }
        length += digits
        target[length] = 0x2E
        length += 1
        var places = 4
        while fraction % 10 == 0 { fraction /= 10; places -= 1 }
        for position in stride(from: length + places - 1, through: length, by: -1) {
            target[position] = 0x30 + UInt8(fraction % 10)
            fraction /= 10
        }
        return length + places
    }

    /// Appends `"start":S,"end":E`: the Unicode scalar offsets of `range`, converted by `scalarOffset`.
    static func appendOffsets(_ range: TextRange, _ scalarOffset: (Int32) -> Int, to output: inout [UInt8]) {
        output.append(contentsOf: #""start":"#.utf8)
        appendInt(scalarOffset(range.start), to: &output)
        output.append(contentsOf: #","end":"#.utf8)
        appendInt(scalarOffset(range.end), to: &output)
    }
}
