/// A report read back from its JSON for the formats people read (`text`, `html`): a small tree
/// with object members in the order they were written, without Foundation's objects (which took
/// about forty times the JSON's size, so a long document's report needed gigabytes).
///
/// Reads RFC 8259 JSON strictly; nesting is limited to `maximumDepth`. An unpaired surrogate
/// escape becomes U+FFFD.
indirect enum ReportValue: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([ReportValue])
    case object([Member])

    /// One member of an object.
    struct Member: Equatable {
        let key: String
        let value: ReportValue
    }

    /// Deeper nesting is refused: Copydesk's reports nest a few levels, and the reader recurses.
    static let maximumDepth = 128

    /// The value of `bytes`, or nil when they are not one JSON value.
    static func parse(_ bytes: some Collection<UInt8>) -> ReportValue? {
        let copy = Array(bytes)
        return copy.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer)
            reader.skipSpace()
            guard let value = reader.value(depth: 0) else { return nil }
            reader.skipSpace()
            return reader.index == buffer.count ? value : nil
        }
    }

    /// The member `key` of an object (the last one of that name); nil for other values.
    subscript(key: String) -> ReportValue? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// The recursive-descent reader over the bytes.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func literal(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != text.utf8Start[offset] { return false }
            index += count
            return true
        }

        mutating func value(depth: Int) -> ReportValue? {
            guard depth < ReportValue.maximumDepth, index < bytes.count else { return nil }
            switch bytes[index] {
            case 0x7B: return object(depth: depth)
            case 0x5B: return array(depth: depth)
            case 0x22: return string().map(ReportValue.string)
            case 0x74: return literal("true") ? .bool(true) : nil
            case 0x66: return literal("false") ? .bool(false) : nil
            case 0x6E: return literal("null") ? .null : nil
            default: return number().map(ReportValue.number)
            }
        }

        mutating func object(depth: Int) -> ReportValue? {
            index += 1
            var members: [Member] = []
            skipSpace()
            if take(0x7D) { return .object(members) }
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == 0x22, let key = string() else { return nil }
                skipSpace()
                guard take(0x3A) else { return nil }
                skipSpace()
                guard let value = value(depth: depth + 1) else { return nil }
                members.append(Member(key: key, value: value))
                skipSpace()
                if take(0x2C) { continue }
                return take(0x7D) ? .object(members) : nil
            }
        }

        mutating func array(depth: Int) -> ReportValue? {
            index += 1
            var items: [ReportValue] = []
            skipSpace()
            if take(0x5D) { return .array(items) }
            while true {
                skipSpace()
                guard let item = value(depth: depth + 1) else { return nil }
                items.append(item)
                skipSpace()
                if take(0x2C) { continue }
                return take(0x5D) ? .array(items) : nil
            }
        }

        /// A number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
        mutating func number() -> Double? {
            let start = index
            _ = take(0x2D)
            if take(0x30) {
                // a leading zero stands alone
            } else if digits() == 0 {
                return nil
            }
            if take(0x2E), digits() == 0 { return nil }
            if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
                index += 1
                if !take(0x2B) { _ = take(0x2D) }
                if digits() == 0 { return nil }
            }
            return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
        }

        mutating func digits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
            return index - start
        }

        /// A string at `index` (its opening quote), decoded.
        mutating func string() -> String? {
            index += 1
            var decoded: [UInt8] = []
            var pendingHigh: UInt32?   // a high surrogate escape waiting for its low half
            func flushPending(_ decoded: inout [UInt8]) {
                if pendingHigh != nil { decoded += [0xEF, 0xBF, 0xBD]; pendingHigh = nil }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x22 {
                    index += 1
                    flushPending(&decoded)
                    return String(decoding: decoded, as: UTF8.self)
                }
                if byte < 0x20 { return nil }
                if byte != 0x5C {
                    flushPending(&decoded)
                    decoded.append(byte)
                    index += 1
                    continue
                }
                guard index + 1 < bytes.count else { return nil }
                let escape = bytes[index + 1]
                index += 2
                if escape == 0x75 {
                    guard index + 4 <= bytes.count, let unit = hex(at: index) else { return nil }
                    index += 4
                    if unit >= 0xD800 && unit <= 0xDBFF {
                        flushPending(&decoded)
                        pendingHigh = unit
                        continue
                    }
                    var scalar = unit
                    if unit >= 0xDC00 && unit <= 0xDFFF {
                        if let high = pendingHigh {
                            scalar = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)
                            pendingHigh = nil
                        } else {
                            scalar = 0xFFFD
                        }
                    } else {
                        flushPending(&decoded)
                    }
                    decoded += String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8
                    continue
                }
                flushPending(&decoded)
                switch escape {
                case 0x22, 0x5C, 0x2F: decoded.append(escape)
                case 0x62: decoded.append(0x08)
                case 0x66: decoded.append(0x0C)
                case 0x6E: decoded.append(0x0A)
                case 0x72: decoded.append(0x0D)
                case 0x74: decoded.append(0x09)
                default: return nil
                }
            }
            return nil
        }

        func hex(at start: Int) -> UInt32? {
            var value: UInt32 = 0
            for offset in 0..<4 {
                let byte = bytes[start + offset]
                let digit: UInt32
                switch byte {
                case 0x30...0x39: digit = UInt32(byte - 0x30)
                case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
                default: return nil
                }
                value = value << 4 | digit
            }
            return value
        }
    }
}
