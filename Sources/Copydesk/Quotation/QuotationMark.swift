/// One quotation mark found in the text.
struct QuotationMark {
    enum Family { case straight, curly, german, guillemet, reverseGuillemet, corner, whiteCorner, single }
    let family: Family
    let opens: Bool
    let closes: Bool
    let length: Int

    /// Whether a mark can start with `byte`: `"`, or the lead byte C2, E2 or E3 of every other
    /// mark `at` knows.
    @inline(__always)
    static func mayStart(with byte: UInt8) -> Bool {
        byte == 0x22 || byte == 0xC2 || byte == 0xE2 || byte == 0xE3
    }

    static func at(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>, paragraphStart: Int) -> QuotationMark? {
        let byte = bytes[index]
        if byte == 0x22 {
            let previous = index > paragraphStart ? bytes[index - 1] : 0x20
            let opensHere = previous == 0x20 || previous == 0x28 || previous == 0x5B || previous == 0x0A || previous == 0x09
                || previous == 0xA0 || previous == 0x2D || previous == 0x97 || previous == 0x94 || index == paragraphStart
            return QuotationMark(family: .straight, opens: opensHere, closes: !opensHere, length: 1)
        }
        // Every mark below is C2 AB, C2 BB, E2 80 xx or E3 80 xx: other characters (all of
        // Chinese and Japanese but their brackets) are passed over without decoding.
        switch byte {
        case 0xC2: break
        case 0xE2, 0xE3: guard index + 1 < bytes.count, bytes[index + 1] == 0x80 else { return nil }
        default: return nil
        }
        let (scalar, length) = UTF8Scanning.scalar(at: index, in: bytes)
        switch scalar.value {
        case 0x201C: // “ opens English quotes, closes German ones
            return QuotationMark(family: .curly, opens: true, closes: false, length: length)
        case 0x201D: return QuotationMark(family: .curly, opens: false, closes: true, length: length)
        case 0x201E: return QuotationMark(family: .german, opens: true, closes: false, length: length)
        case 0xAB: return QuotationMark(family: .guillemet, opens: true, closes: false, length: length)
        case 0xBB: return QuotationMark(family: .guillemet, opens: false, closes: true, length: length)
        case 0x300C: return QuotationMark(family: .corner, opens: true, closes: false, length: length)
        case 0x300D: return QuotationMark(family: .corner, opens: false, closes: true, length: length)
        case 0x300E: return QuotationMark(family: .whiteCorner, opens: true, closes: false, length: length)
        case 0x300F: return QuotationMark(family: .whiteCorner, opens: false, closes: true, length: length)
        case 0x2018:
            let previous = index > paragraphStart ? UTF8Scanning.scalar(at: UTF8Scanning.previousScalarStart(before: index, in: bytes), in: bytes).scalar : " "
            let opensHere = index == paragraphStart || UTF8Scanning.isSpace(previous) || UTF8Scanning.isOpener(previous)
            return QuotationMark(family: .single, opens: opensHere, closes: false, length: length)
        case 0x2019: return QuotationMark(family: .single, opens: false, closes: true, length: length)
        default: return nil
        }
    }

    /// Whether this ’ closes a nested single quotation.
    func closesSingle(in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Bool { closes }

    /// The next ’ after `start` that is not followed by a letter (an apostrophe is).
    static func findSingleClose(after start: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> (start: Int, end: Int)? {
        var index = start
        while index < end {
            if bytes[index] == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                let after = index + 3
                if after >= end { return (index, after) }
                let next = UTF8Scanning.scalar(at: after, in: bytes).scalar
                if !ScalarTraits.of(next).contains(.alphabetic) { return (index, after) }
            }
            index += 1
        }
        return nil
    }
}
