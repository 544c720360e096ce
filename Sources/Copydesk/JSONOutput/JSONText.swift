/// The JSON formatting of strings and numbers — the one implementation behind `JSONWriter`, the
/// command line's records and every other JSON that Copydesk writes — without creating
/// intermediate strings. Package API: analyzers write through `JSONWriter`.
@usableFromInline
package enum JSONText {
    /// Appends `"…"` with the JSON escapes for `bytes` (UTF-8) to `output` (`writeString`).
    package static func appendString(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        appendWritten(upTo: worstCaseStringLength(bytes.count), to: &output) { writeString(bytes, to: $0) }
    }

    /// The most bytes `writeString` writes for `count` input bytes: quotes, and six per byte.
    @inlinable
    package static func worstCaseStringLength(_ count: Int) -> Int { count * 6 + 2 }

    /// Writes `"…"` with the JSON escapes for UTF-8 `bytes` to `target`, which has room for
    /// `worstCaseStringLength(bytes.count)` bytes; returns the length written. Runs of bytes
    /// that need no escape are copied eight bytes at a time.
    @usableFromInline
    package static func writeString(_ bytes: UnsafeBufferPointer<UInt8>, to target: UnsafeMutablePointer<UInt8>) -> Int {
        var out = target
        out.pointee = 0x22
        out += 1
        guard let start = bytes.baseAddress else {
            out.pointee = 0x22
            return out + 1 - target
        }
        let end = bytes.count
        var index = 0
        while index < end {
            // Whole words while none of their bytes needs an escape, then up to a word's worth
            // of bytes one at a time.
            while index + 8 <= end {
                let word = UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self)
                if needsEscape(word) { break }
                UnsafeMutableRawPointer(out).storeBytes(of: word, as: UInt64.self)
                out += 8
                index += 8
            }
            // The last two to seven bytes, as one word padded with spaces: stored whole when
            // none needs an escape (the room reserved for escapes holds the padding).
            if end - index >= 2 && end - index < 8 {
                let tail = loadShort(start + index, count: end - index)
                if !needsEscape(tail) {
                    UnsafeMutableRawPointer(out).storeBytes(of: tail.littleEndian, as: UInt64.self)
                    out += end - index
                    break
                }
            }
            let stop = min(index + 8, end)
            while index < stop {
                let byte = start[index]
                index += 1
                if byte >= 0x20 && byte != 0x22 && byte != 0x5C {
                    out.pointee = byte
                    out += 1
                    continue
                }
                out.pointee = 0x5C
                switch byte {
                case 0x22: out[1] = 0x22; out += 2
                case 0x5C: out[1] = 0x5C; out += 2
                case 0x0A: out[1] = 0x6E; out += 2
                case 0x0D: out[1] = 0x72; out += 2
                case 0x09: out[1] = 0x74; out += 2
                default:
                    let hex: StaticString = "0123456789abcdef"
                    out[1] = 0x75; out[2] = 0x30; out[3] = 0x30
                    out[4] = hex.utf8Start[Int(byte >> 4)]
                    out[5] = hex.utf8Start[Int(byte & 0xF)]
                    out += 6
                }
            }
        }
        out.pointee = 0x22
        return out + 1 - target
    }

    /// The `count` (2 to 7) bytes at `source` as the low bytes of a word, the others spaces:
    /// two overlapping loads of half (or a quarter of) a word, never reading past the source.
    @inlinable @inline(__always)
    package static func loadShort(_ source: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        let from = UnsafeRawPointer(source)
        let bytes: UInt64
        if count >= 4 {
            let head = UInt64(UInt32(littleEndian: from.loadUnaligned(as: UInt32.self)))
            let tail = UInt64(UInt32(littleEndian: from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
            bytes = head | tail << (8 * (count - 4))
        } else {
            let head = UInt64(UInt16(littleEndian: from.loadUnaligned(as: UInt16.self)))
            let tail = UInt64(UInt16(littleEndian: from.loadUnaligned(fromByteOffset: count - 2, as: UInt16.self)))
            bytes = head | tail << (8 * (count - 2))
        }
        let spaces: UInt64 = 0x2020_2020_2020_2020
        return bytes | spaces << (8 * count)
    }

    /// Whether one of the eight bytes of `word` is `"`, a backslash or a control byte (below
    /// 0x20): the bytes a JSON string escapes. Exact, by the "has a zero byte" bit trick.
    @inlinable @inline(__always)
    package static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        let found = ((word &- ones &* 0x20) & ~word) | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        return found & (ones &* 0x80) != 0
    }

    /// Appends `"…"` for a string.
    package static func appendString(_ text: String, to output: inout [UInt8]) {
        var copy = text
        copy.withUTF8 { appendString($0, to: &output) }
    }

    /// Appends an integer, without creating a string (`writeInteger`).
    package static func appendInt(_ value: Int, to output: inout [UInt8]) {
        appendWritten(upTo: 21, to: &output) { writeInteger(value, to: $0) }
    }

    /// Writes `value` in decimal to `target` (room for 21 bytes); returns the length written.
    /// The digits go straight into place, two at a time from a table of pairs.
    @inlinable
    package static func writeInteger(_ value: some BinaryInteger, to target: UnsafeMutablePointer<UInt8>) -> Int {
        if value >= 0 && value < 10 {  // counts and indexes are often one digit
            target.pointee = 0x30 + UInt8(truncatingIfNeeded: value)
            return 1
        }
        guard let magnitude = UInt64(exactly: value.magnitude) else { return writeWideInteger(value, to: target) }
        var out = target
        if value < 0 { out.pointee = 0x2D; out += 1 }
        var digits = 1
        var bound: UInt64 = 10
        while digits < 20 && magnitude >= bound {
            digits += 1
            bound &*= 10
        }
        var rest = magnitude
        var position = out + digits
        while rest >= 100 {
            let pair = Int(truncatingIfNeeded: rest % 100)
            rest /= 100
            position -= 2
            writePair(pair, to: position)
        }
        if rest >= 10 {
            writePair(Int(truncatingIfNeeded: rest), to: position - 2)
        } else {
            position[-1] = 0x30 + UInt8(truncatingIfNeeded: rest)
        }
        return out - target + digits
    }

    /// Writes the two digits of `pair` (0 to 99) to `target`.
    @inlinable @inline(__always)
    static func writePair(_ pair: Int, to target: UnsafeMutablePointer<UInt8>) {
        let pairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
        let digits = UnsafeRawPointer(pairs.utf8Start + pair &* 2).loadUnaligned(as: UInt16.self)
        UnsafeMutableRawPointer(target).storeBytes(of: digits, as: UInt16.self)
    }

    /// `writeInteger` for a value whose magnitude does not fit 64 bits (up to 21 bytes).
    @usableFromInline
    static func writeWideInteger(_ value: some BinaryInteger, to target: UnsafeMutablePointer<UInt8>) -> Int {
        var magnitude = value.magnitude
        var digits: [UInt8] = []
        repeat {
            digits.append(0x30 + UInt8(truncatingIfNeeded: magnitude % 10))
            magnitude /= 10
        } while magnitude != 0
        if value < 0 { digits.append(0x2D) }
        for (index, byte) in digits.reversed().enumerated() { target[index] = byte }
        return digits.count
    }

    /// Appends what `write` puts into room for `limit` bytes at the end of `output`.
    private static func appendWritten(upTo limit: Int, to output: inout [UInt8], _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        let old = output.count
        output.append(contentsOf: repeatElement(0, count: limit))
        let written = output.withUnsafeMutableBufferPointer { write($0.baseAddress! + old) }
        output.removeLast(limit - written)
    }

    /// Writes `value` as its `description` would when it has at most four decimals, is not an
    /// integer and lies within ±10¹¹ (then that text is the decimal itself, zeros trimmed); returns
    /// the length written to `target` (room for 32 bytes), or nil, writing nothing useful, for
    /// other values. Most numbers of a report are such ratios and scores; this skips the
    /// general shortest-digits algorithm and the string it makes.
    @usableFromInline
    package static func writeShortDecimal(_ value: Double, to target: UnsafeMutablePointer<UInt8>) -> Int? {
        let scaled = rounded(value * 10_000)
        guard abs(scaled) < 1e15, scaled / 10_000 == value, abs(value) >= 1e-4 else { return nil }
        return writeDecimal(tenThousandths: scaled, to: target)
    }

    /// Writes `scaled / 10⁴` — `scaled` integral and below 10¹⁵ in magnitude — as its decimal
    /// with up to four places, trailing zeros dropped: what `writeShortDecimal` writes for that
    /// quotient, without dividing and scaling back. Returns the length written to `target` (room
    /// for 32 bytes), or nil, writing nothing useful, when the quotient is an integer.
    @usableFromInline
    package static func writeDecimal(tenThousandths scaled: Double, to target: UnsafeMutablePointer<UInt8>) -> Int? {
        let units = UInt64(abs(scaled))
        let fraction = Int(truncatingIfNeeded: units % 10_000)
        guard fraction != 0 else { return nil }  // an integer: written elsewhere
        var out = target
        if scaled < 0 { out.pointee = 0x2D; out += 1 }
        out += writeInteger(units / 10_000, to: out)
        out.pointee = 0x2E
        // All four places, then the length without trailing zeros.
        let high = fraction / 100, low = fraction % 100
        writePair(high, to: out + 1)
        writePair(low, to: out + 3)
        let places = low != 0 ? (low % 10 != 0 ? 4 : 3) : (high % 10 != 0 ? 2 : 1)
        return out + 1 + places - target
    }

    /// `value.rounded()` (to nearest, halves away from zero), computed by truncation to an
    /// integer and back instead of a call to the C library's `round`, which is what `rounded()`
    /// costs where the baseline instruction set has no rounding instruction. Exact: below 2⁵²
    /// the fraction `value - truncated` is representable; from 2⁵² on every value is integral.
    @inlinable @inline(__always)
    package static func rounded(_ value: Double) -> Double {
        guard abs(value) < 4_503_599_627_370_496 else { return value }  // 2⁵², infinities, NaN
        let truncated = Double(Int64(value))
        let fraction = value - truncated
        if fraction >= 0.5 { return truncated + 1 }
        if fraction <= -0.5 { return truncated - 1 }
        return Double(signOf: value, magnitudeOf: truncated)  // keeps -0.0 for small negatives
    }

    /// Whether `value` is an integer below 10¹⁵ in magnitude: `value == value.rounded() &&
    /// abs(value) < 1e15`, without the call to `round`.
    @inlinable @inline(__always)
    package static func isSmallInteger(_ value: Double) -> Bool {
        abs(value) < 1e15 && Double(Int64(value)) == value
    }

    /// Appends `"start":S,"end":E`: the Unicode scalar offsets of `range`, converted by `scalarOffset`.
    package static func appendOffsets(_ range: TextRange, _ scalarOffset: (Int32) -> Int, to output: inout [UInt8]) {
        output.append(contentsOf: #""start":"#.utf8)
        appendInt(scalarOffset(range.start), to: &output)
        output.append(contentsOf: #","end":"#.utf8)
        appendInt(scalarOffset(range.end), to: &output)
    }
}
