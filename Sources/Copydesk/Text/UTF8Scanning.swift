/// Small helpers for reading scalars straight from UTF-8 bytes, so scanning code never needs a `String`.
public enum UTF8Scanning {
    /// The scalar starting at `offset` and its length in bytes. Invalid bytes decode as U+FFFD, length 1.
    @inlinable @inline(__always)
    public static func scalar(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        return scalarOutsideASCII(at: offset, in: bytes)
    }

    /// `scalar(at:in:)` of a lead byte outside ASCII, straight-line for each length: the bytes
    /// after the lead are read once `available` is known to cover them. Not inlined into
    /// callers, which mostly see ASCII.
    @usableFromInline
    static func scalarOutsideASCII(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[offset]
        let available = bytes.count &- offset
        let base = bytes.baseAddress! + offset
        if lead & 0xE0 == 0xC0 {
            guard available >= 2, base[1] & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            return (Unicode.Scalar(UInt32(lead & 0x1F) << 6 | UInt32(base[1] & 0x3F)) ?? "\u{FFFD}", 2)
        }
        if lead & 0xF0 == 0xE0 {
            guard available >= 3, base[1] & 0xC0 == 0x80, base[2] & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            let value = UInt32(lead & 0x0F) << 12 | UInt32(base[1] & 0x3F) << 6 | UInt32(base[2] & 0x3F)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 3)
        }
        if lead & 0xF8 == 0xF0 {
            guard available >= 4, base[1] & 0xC0 == 0x80, base[2] & 0xC0 == 0x80, base[3] & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            let value = UInt32(lead & 0x07) << 18 | UInt32(base[1] & 0x3F) << 12 | UInt32(base[2] & 0x3F) << 6 | UInt32(base[3] & 0x3F)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 4)
        }
        return ("\u{FFFD}", 1)
    }

    /// Whether `byte` is a lead byte E3–E9: of a three-byte scalar of U+3000–U+9FFF (CJK
    /// punctuation, kana, ideographs; see `cjkValue`).
    @inlinable @inline(__always)
    static func leadsCJK(_ byte: UInt8) -> Bool { byte &- 0xE3 < 7 }

    /// The value of the scalar at `offset` when it is one of U+3000–U+9FFF (lead bytes E3–E9,
    /// two continuation bytes, all before `end`): CJK punctuation, kana and ideographs, none of
    /// them cased (`ScalarTraits.isCaselessCJK`) and none white space but U+3000. Nil for any
    /// other scalar, which callers decode as usual. Answers these three-byte scalars, most of
    /// Chinese and Japanese text, without a call.
    @inlinable @inline(__always)
    static func cjkValue(at offset: Int, before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard offset &+ 3 <= end else { return nil }
        let lead = bytes[offset], second = bytes[offset &+ 1], third = bytes[offset &+ 2]
        guard leadsCJK(lead) else { return nil }
        guard (second ^ 0x80) | (third ^ 0x80) < 0x40 else { return nil }
        return UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
    }

    /// The offset where the scalar that ends just before `offset` starts.
    @inlinable
    public static func previousScalarStart(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = offset - 1
        while index > 0 && bytes[index] & 0xC0 == 0x80 && offset - index < 4 { index -= 1 }
        return index
    }

    /// White space, including no-break and other Unicode spaces, and invisible format characters
    /// (zero-width space, byte-order mark) that separate nothing visible.
    @inlinable @inline(__always)
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D)
        }
        // Fast answers without a property lookup: below U+2000 only U+0085, U+00A0 and U+1680 are
        // white space, and none of the dashes, quotes and bullets U+2010–U+2027 is.
        if scalar.value < 0x2000 { return scalar.value == 0x85 || scalar.value == 0xA0 || scalar.value == 0x1680 }
        if scalar.value >= 0x2010 && scalar.value <= 0x2027 { return false }
        // Above U+3000 (the ideographic space), only the byte-order mark: Unicode's White_Space
        // ends there (a test checks every scalar).
        if scalar.value > 0x3000 { return scalar.value == 0xFEFF }
        return ScalarTraits.of(scalar).contains(.whitespace) || scalar.value == 0x200B || scalar.value == 0x2060
    }

    /// Unicode's Alphabetic property (letters of every script, and ideographs), as
    /// `scalar.properties.isAlphabetic` gives it but read from a table computed once per
    /// process: use it in loops over every character, where the property itself costs ~60 ns.
    @inlinable @inline(__always)
    public static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return (scalar.value | 0x20) &- 0x61 < 26 }
        return ScalarTraits.of(scalar).contains(.alphabetic)
    }

    /// Whether `scalar` closes a quotation or a parenthetical ( " ' ” ’ » ) ] } ).
    @inlinable
    public static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x2019, 0x201D, 0xBB, 0x203A, 0x300D, 0x300F, 0xFF09: true
        default: false
        }
    }

    /// Whether `scalar` opens a quotation or a parenthetical ( " ' “ ‘ « ( [ { ¿ ¡ ).
    @inlinable
    public static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x2018, 0x201C, 0x201E, 0xAB, 0x2039, 0xBF, 0xA1, 0x300C, 0x300E, 0xFF08: true
        default: false
        }
    }

    /// The offset after leading white space in `range`.
    @inlinable
    public static func skipSpaces(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = start
        while index < end {
            let (scalar, length) = scalar(at: index, in: bytes)
            guard isSpace(scalar) else { break }
            index += length
        }
        return index
    }

    /// The offset before trailing white space in `range`.
    @inlinable
    public static func trimSpaces(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = end
        while index > start {
            let previous = previousScalarStart(before: index, in: bytes)
            guard isSpace(scalar(at: previous, in: bytes).scalar) else { break }
            index = previous
        }
        return index
    }

    /// Letters and digits (Unicode's alphabetic property or a numeric type), with an ASCII fast path.
    @inline(__always)
    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || (v >= 0x30 && v <= 0x39) }
        return !ScalarTraits.of(scalar).isDisjoint(with: [.alphabetic, .numeric])
    }

    /// The Unicode scalars of `bytes[start..<end]`: the bytes that are not UTF-8 continuation
    /// bytes, counted eight at a time.
    static func scalarCount(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= end {
                let chunk = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // Bit 7 of each byte: set for 10xxxxxx (bit 7 set, bit 6 — shifted up — clear).
                let continuation = chunk & ~(chunk << 1) & 0x8080_8080_8080_8080
                count += 8 - highBitCount(continuation)
                index += 8
            }
        }
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// The end of the run of ASCII letters and digits that starts at `start`, at most `end`
    /// (`start` itself when `bytes[start]` is none), read eight bytes at a time where eight
    /// bytes are readable.
    @inline(__always)
    static func asciiLetterOrDigitRunEnd(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = start
        while index < end {
            guard index + 8 <= bytes.count else {
                while index < end && isASCIILetterOrDigit(bytes[index]) { index += 1 }
                return index
            }
            let run = asciiLetterOrDigitPrefix(chunk(at: index, in: bytes))
            if run < 8 { return min(index + run, end) }
            index += 8
        }
        return end
    }

    /// How many of the eight bytes of `chunk` (little-endian), from the first, are ASCII letters
    /// or digits.
    @inline(__always)
    static func asciiLetterOrDigitPrefix(_ chunk: UInt64) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080
        let seven = chunk & 0x7F7F_7F7F_7F7F_7F7F   // no carry between bytes below
        let folded = seven | 0x2020_2020_2020_2020
        // Bit 7 of each byte: the byte is at least the range's lower bound and not past its upper one.
        let letters = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505)   // a–z after folding
        let digits = (seven &+ 0x5050_5050_5050_5050) & ~(seven &+ 0x4646_4646_4646_4646)       // 0–9
        let accepted = (letters | digits) & ~chunk & high
        return (~accepted & high).trailingZeroBitCount >> 3
    }

    /// ASCII letters and digits.
    @inline(__always)
    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (byte >= 0x30 && byte <= 0x39)
    }

    /// How many bytes of `flags` have bit 7 set, where no other bit is set: one multiply, as the
    /// baseline x86-64 target has no population-count instruction (`nonzeroBitCount` there is a
    /// dozen instructions).
    @inline(__always)
    static func highBitCount(_ flags: UInt64) -> Int {
        Int(truncatingIfNeeded: ((flags >> 7) &* 0x0101_0101_0101_0101) >> 56)
    }

    /// A mask of the low `count` bytes of a `UInt64` (`count` from 0 to 8).
    @inline(__always)
    static func lowBytesMask(_ count: Int) -> UInt64 {
        count >= 8 ? ~0 : (1 << UInt64(count &* 8)) &- 1
    }

    /// Bit 7 of each byte of `chunk` (eight ASCII bytes) set where the byte is A–Z (no carry
    /// between bytes below 0x80); shifted right by two, the bits that fold A–Z to a–z.
    @inline(__always)
    static func uppercaseBits(_ chunk: UInt64) -> UInt64 {
        (chunk &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(chunk &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080
    }

    /// Bit 7 of each byte of `chunk` (eight ASCII bytes) set where the byte is a–z.
    @inline(__always)
    static func lowercaseBits(_ chunk: UInt64) -> UInt64 {
        (chunk &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(chunk &+ 0x0505_0505_0505_0505) & 0x8080_8080_8080_8080
    }

    /// Whether one of the eight bytes of `v` is zero (exact).
    @inline(__always)
    static func hasZeroByte(_ v: UInt64) -> Bool { zeroByteBits(v) != 0 }

    /// The high bit of each byte of `v` that may be zero: set for every zero byte, and possibly
    /// for a byte of value 1 above one (a borrow), so the lowest set bit is exact and none is
    /// missed. For filters that may answer "maybe".
    @inline(__always)
    static func zeroByteBits(_ v: UInt64) -> UInt64 { (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 }

    /// Eight bytes at `offset` of `bytes` (which must hold them), in text order from the low byte.
    @inline(__always)
    static func chunk(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
    }

    /// Whether eight bytes may hold a line feed, a carriage return or the lead byte 0xE2 of
    /// U+2028/U+2029 (never false when one is there). Line feeds and carriage returns are found
    /// with every other byte below 0x0E (tabs and the like, rare in articles) in one test, in
    /// about half the instructions of a zero-byte test for each of them.
    @inline(__always)
    static func mayHoldLineBreak(_ chunk: UInt64) -> Bool {
        // Some bit set exactly when some byte is below 0x0E (the classic "has less" test: a borrow
        // can set a false bit only above a byte that is below 0x0E).
        let belowLineFeedEnd = (chunk &- 0x0E0E_0E0E_0E0E_0E0E) & ~chunk & 0x8080_8080_8080_8080
        return belowLineFeedEnd != 0 || hasZeroByte(chunk ^ 0xE2E2_E2E2_E2E2_E2E2)
    }
}
