#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Copydesk

/// Reads JSON from UTF-8 bytes, strictly by RFC 8259, one token at a time: the scanner under
/// `JSONLineObject` (input records) and `ReportValue` (reports read back for people). Strings are
/// checked in words of eight bytes and decoded with their escapes; an unpaired surrogate escape
/// decodes as U+FFFD and `firstUnpairedSurrogate` says where the first one was. Numbers are
/// returned as written. Each method returns nil or false, with the position undefined, when
/// the bytes at the position are not what it reads.
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// Whether the last string `skipString` checked holds an escape.
    var sawEscape = false
    /// Where the first unpaired surrogate escape of a decoded string is, if any.
    var firstUnpairedSurrogate: Int?
    /// Nesting deeper than this is refused (`JSONLineObject` leaves such a line to
    /// `JSONSerialization`).
    static let maximumDepth = 512

    var atEnd: Bool { index >= bytes.count }

    func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func take(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        index += 1
        return true
    }

    mutating func skipSpace() {
        while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    mutating func literal(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for k in 0..<count where bytes[index + k] != text.utf8Start[k] { return false }
        index += count
        return true
    }

    /// Checks the value at `index` and moves past it without decoding it.
    mutating func skipValue(depth: Int) -> Bool {
        switch peek() {
        case 0x22?: return skipString()
        case 0x7B?, 0x5B?: return skipNested(depth: depth + 1)
        case 0x74?: return literal("true")
        case 0x66?: return literal("false")
        case 0x6E?: return literal("null")
        default: return skipNumber()
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    mutating func number() -> String? {
        let start = index
        guard skipNumber() else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    /// Checks a number at `index` (as `number()` reads it) and moves past it, without making
    /// a string of it.
    mutating func skipNumber() -> Bool {
        _ = take(0x2D)
        guard let first = peek(), first >= 0x30 && first <= 0x39 else { return false }
        index += 1
        if first != 0x30 { skipDigits() }
        if take(0x2E) { guard skipDigits() > 0 else { return false } }
        if let e = peek(), e == 0x65 || e == 0x45 {
            index += 1
            if !take(0x2B) { _ = take(0x2D) }
            guard skipDigits() > 0 else { return false }
        }
        return true
    }

    @discardableResult
    mutating func skipDigits() -> Int {
        let start = index
        while let byte = peek(), byte >= 0x30 && byte <= 0x39 { index += 1 }
        return index - start
    }

    /// A string at `index`, decoded: checked by `skipString`, then copied, escapes resolved.
    mutating func string() -> String? {
        let start = index
        guard skipString() else { return nil }
        let body = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(index - 1)])
        guard sawEscape else { return String(decoding: body, as: UTF8.self) }
        // Decoded straight into the string's storage (never longer than the escaped form),
        // runs between escapes copied at once.
        var unpaired: Int?
        defer {
            if let unpaired, firstUnpairedSurrogate == nil { firstUnpairedSurrogate = start + 1 + unpaired }
        }
        return String(unsafeUninitializedCapacity: body.count) { decoded in
            var length = 0
            func copy(_ range: Range<Int>) {
                guard !range.isEmpty else { return }
                (decoded.baseAddress! + length).update(from: body.baseAddress! + range.lowerBound, count: range.count)
                length += range.count
            }
            func put(_ byte: UInt8) {
                decoded[length] = byte
                length += 1
            }
            func hex(_ at: Int) -> UInt32 {
                body[at..<(at + 4)].reduce(0) { value, byte in
                    value << 4 | UInt32(byte <= 0x39 ? byte - 0x30 : (byte | 0x20) - 0x61 + 10)
                }
            }
            var k = 0
            while k < body.count {
                let runStart = k
                if let escape = memchr(body.baseAddress! + k, 0x5C, body.count - k) {
                    k = body.baseAddress!.distance(to: escape.assumingMemoryBound(to: UInt8.self))
                } else {
                    k = body.count
                }
                copy(runStart..<k)
                guard k < body.count else { break }
                let escaped = body[k + 1]
                k += 2
                switch escaped {
                case 0x62: put(0x08)
                case 0x66: put(0x0C)
                case 0x6E: put(0x0A)
                case 0x72: put(0x0D)
                case 0x74: put(0x09)
                case 0x75:
                    var scalar = hex(k)
                    k += 4
                    if scalar >= 0xD800 && scalar <= 0xDFFF {
                        // Every `\u` has four hex digits (checked by skipString).
                        let low = k + 6 <= body.count && body[k] == 0x5C && body[k + 1] == 0x75 ? hex(k + 2) : 0
                        if scalar <= 0xDBFF && low >= 0xDC00 && low <= 0xDFFF {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                            k += 6
                        } else {
                            unpaired = unpaired ?? k - 6
                            scalar = 0xFFFD
                        }
                    }
                    for byte in UTF8.encode(Unicode.Scalar(scalar)!)! { put(byte) }
                default: put(escaped)  // " \\ /
                }
            }
            return length
        }
    }

    /// Checks a string at `index` (escapes and surrogate pairs included) and moves past it.
    mutating func skipString() -> Bool {
        guard take(0x22) else { return false }
        sawEscape = false
        while true {
            skipPlainBytes()
            guard let byte = peek() else { return false }
            index += 1
            switch byte {
            case 0x22:
                return true
            case 0x5C:
                sawEscape = true
                guard let escaped = peek() else { return false }
                index += 1
                switch escaped {
                case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: break
                case 0x75:
                    // Any four hex digits: an unpaired surrogate is decoded as U+FFFD.
                    guard hex4() != nil else { return false }
                default:
                    return false
                }
            default:
                return false  // a control byte
            }
        }
    }

    /// Moves past string bytes that are not `"`, a backslash or a control byte — eight at a time
    /// while a whole word has none.
    mutating func skipPlainBytes() {
        guard let base = bytes.baseAddress else { return }
        while index + 8 <= bytes.count,
              !JSONText.needsEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
            index += 8
        }
        while index < bytes.count {
            let byte = base[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return }
            index += 1
        }
    }

    mutating func hex4() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// Checks an object or array at `index` and moves past it.
    mutating func skipNested(depth: Int) -> Bool {
        guard depth <= Self.maximumDepth else { return false }
        if take(0x5B) {
            skipSpace()
            if take(0x5D) { return true }
            repeat {
                skipSpace()
                guard skipValue(depth: depth) else { return false }
                skipSpace()
            } while take(0x2C)
            return take(0x5D)
        }
        guard take(0x7B) else { return false }
        skipSpace()
        if take(0x7D) { return true }
        repeat {
            skipSpace()
            guard skipString() else { return false }
            skipSpace()
            guard take(0x3A) else { return false }
            skipSpace()
            guard skipValue(depth: depth) else { return false }
            skipSpace()
        } while take(0x2C)
        return take(0x7D)
    }
}
