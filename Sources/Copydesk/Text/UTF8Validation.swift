/// Whether bytes are well-formed UTF-8, and where they stop being so, without making a string
/// of them: the input reader checks every record, the HTML reader every page.
package enum UTF8Validation {
    /// The offset of the first invalid byte of `bytes`, or nil when they are well-formed UTF-8:
    /// the start of the first sequence that is not well-formed (Unicode table 3-7), as the
    /// standard library's decoder reports it. Runs of ASCII are checked eight bytes at a time.
    package static func firstInvalidByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count,
               UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let lead = base[index]
            if lead < 0x80 { index += 1; continue }
            // The allowed range of the second byte, and how many continuation bytes follow it.
            let second: ClosedRange<UInt8>, more: Int
            switch lead {
            case 0xC2...0xDF: second = 0x80...0xBF; more = 0
            case 0xE0: second = 0xA0...0xBF; more = 1
            case 0xE1...0xEC, 0xEE...0xEF: second = 0x80...0xBF; more = 1
            case 0xED: second = 0x80...0x9F; more = 1
            case 0xF0: second = 0x90...0xBF; more = 2
            case 0xF1...0xF3: second = 0x80...0xBF; more = 2
            case 0xF4: second = 0x80...0x8F; more = 2
            default: return index
            }
            guard index + 1 < count, second.contains(base[index + 1]) else { return index }
            for k in 0..<more {
                guard index + 2 + k < count, base[index + 2 + k] & 0xC0 == 0x80 else { return index }
            }
            index += 2 + more
        }
        return nil
    }

    /// Whether `bytes` are well-formed UTF-8 (as `String(validating:as:)` decides, without the
    /// copy it makes).
    package static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { firstInvalidByte(in: $0) == nil }
    }
}
