import Testing
@testable import Copydesk

struct UTF8ScanningTests {
    /// Property: counting eight bytes at a time gives the scalar count of every slice.
    @Test func scalarCountAgreesWithTheScalars() {
        let text = "Ab café — naïve “quotes” 東京 🇫🇷 plain ASCII text that runs on\nand on ÄÖÜ ß"
        var copy = text
        copy.withUTF8 { bytes in
            let starts = Set(text.unicodeScalars.indices.map { text.utf8.distance(from: text.startIndex, to: $0) } + [bytes.count])
            for start in starts.sorted() {
                for end in starts.sorted() where end >= start {
                    let expected = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).unicodeScalars.count
                    #expect(UTF8Scanning.scalarCount(from: start, to: end, in: bytes) == expected)
                }
            }
        }
    }

    /// `scalar(at:in:)` decodes what the standard library decodes from valid text.
    @Test func scalarDecodesValidText() {
        var text = "Ab café — naïve “quotes” 東京 🇫🇷 \u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}\u{D7FF}\u{E000}"
        let expected = Array(text.unicodeScalars)
        let decoded = text.withUTF8 { bytes in
            var scalars: [Unicode.Scalar] = []
            var offset = 0
            while offset < bytes.count {
                let (scalar, length) = UTF8Scanning.scalar(at: offset, in: bytes)
                scalars.append(scalar)
                offset += length
            }
            return scalars
        }
        #expect(decoded == expected)
    }

    /// `cjkValue` answers exactly the scalars U+3000–U+9FFF, with their values, and nothing
    /// cut off by `end` or with a byte that does not continue the lead.
    @Test func cjkValueAnswersExactlyTheThreeByteCJKRange() {
        var answered = 0
        for value in UInt32(0x80)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var text = String(Character(scalar)) + "x"
            text.withUTF8 { bytes in
                let length = bytes.count - 1
                let found = UTF8Scanning.cjkValue(at: 0, before: length, in: bytes)
                #expect(found == ((0x3000...0x9FFF).contains(value) ? value : nil), "U+\(String(value, radix: 16))")
                if found != nil {
                    answered += 1
                    #expect(UTF8Scanning.cjkValue(at: 0, before: length - 1, in: bytes) == nil)
                }
            }
        }
        #expect(answered == 0x7000)
        for broken: [UInt8] in [[0xE3, 0x41, 0x80], [0xE3, 0x80, 0x41], [0xE9, 0xC0, 0x80], [0xE5, 0x80, 0xFF]] {
            broken.withUnsafeBufferPointer { bytes in #expect(UTF8Scanning.cjkValue(at: 0, before: 3, in: bytes) == nil) }
        }
    }

    /// Invalid and cut-off bytes: the documented rule (U+FFFD of length 1, except a complete
    /// sequence for a surrogate or a value past U+10FFFF, which is U+FFFD of its length), on
    /// every lead byte followed by bytes from each range, cut off after each length.
    @Test func scalarFollowsItsRuleOnInvalidBytes() {
        func reference(_ bytes: [UInt8]) -> (UInt32, Int) {
            let lead = bytes[0]
            if lead < 0x80 { return (UInt32(lead), 1) }
            var value: UInt32
            let length: Int
            if lead & 0xE0 == 0xC0 { value = UInt32(lead & 0x1F); length = 2 }
            else if lead & 0xF0 == 0xE0 { value = UInt32(lead & 0x0F); length = 3 }
            else if lead & 0xF8 == 0xF0 { value = UInt32(lead & 0x07); length = 4 }
            else { return (0xFFFD, 1) }
            guard length <= bytes.count else { return (0xFFFD, 1) }
            for k in 1..<length {
                guard bytes[k] & 0xC0 == 0x80 else { return (0xFFFD, 1) }
                value = (value << 6) | UInt32(bytes[k] & 0x3F)
            }
            return (Unicode.Scalar(value)?.value ?? 0xFFFD, length)
        }
        let followers: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xE3, 0xFF]
        var mismatches = 0
        for lead in UInt8(0x80)...0xFF {
            for a in followers {
                for b in followers {
                    for c in followers {
                        let full = [lead, a, b, c]
                        for count in 1...4 {
                            let bytes = Array(full.prefix(count))
                            let found = bytes.withUnsafeBufferPointer { UTF8Scanning.scalar(at: 0, in: $0) }
                            let expected = reference(bytes)
                            if found.scalar.value != expected.0 || found.length != expected.1 { mismatches += 1 }
                        }
                    }
                }
            }
        }
        #expect(mismatches == 0)
    }

    @Test func mayHoldLineBreakNeverMissesOne() {
        func chunk(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) } }
        let plain: [UInt8] = Array("abcdefgh".utf8)
        #expect(!UTF8Scanning.mayHoldLineBreak(chunk(plain)))
        for breakByte: UInt8 in [0x0A, 0x0D, 0xE2] {
            for position in 0..<8 {
                var bytes = plain
                bytes[position] = breakByte
                #expect(UTF8Scanning.mayHoldLineBreak(chunk(bytes)))
            }
        }
    }

    /// Property: the ASCII fast path and the table agree with Unicode's Alphabetic property.
    @Test func isAlphabeticAgreesWithUnicodeProperties() {
        for value in Array(UInt32(0)..<0x3100) + Array(UInt32(0x4E00)..<0x5000) + Array(UInt32(0x1F300)..<0x1F400) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(UTF8Scanning.isAlphabetic(scalar) == scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
        }
    }

    /// Property: the ASCII fast path agrees with Unicode's properties.
    @Test func letterOrDigitAgreesWithUnicodeProperties() {
        for value in UInt32(0)..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            #expect(UTF8Scanning.isLetterOrDigit(scalar) == expected, "U+\(String(value, radix: 16))")
        }
    }

    /// Property: the fast answers agree with Unicode's white-space property for every scalar.
    @Test func isSpaceAgreesWithUnicodeWhiteSpace() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = scalar.properties.isWhitespace || value == 0x200B || value == 0xFEFF || value == 0x2060
            if UTF8Scanning.isSpace(scalar) != expected { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty)
    }

    /// Property: the run of ASCII letters and digits found eight bytes at a time ends where a
    /// byte-by-byte scan ends it, from every start, with every limit.
    @Test func asciiLetterOrDigitRunEndsWhereTheBytesSay() {
        var text = "Wordsmith2024 café AZaz09@[`{/: x Überlong1234567890abcdefXYZ-end"
        text.withUTF8 { bytes in
            for start in 0..<bytes.count {
                for end in start...bytes.count {
                    var expected = start
                    while expected < end && UTF8Scanning.isASCIILetterOrDigit(bytes[expected]) { expected += 1 }
                    #expect(UTF8Scanning.asciiLetterOrDigitRunEnd(from: start, to: end, in: bytes) == expected, "\(start)..<\(end)")
                }
            }
        }
        for byte in 0...255 {
            let scalar = Unicode.Scalar(UInt8(byte))
            let expected = byte < 0x80 && (scalar.properties.isAlphabetic || (0x30...0x39).contains(byte))
            #expect(UTF8Scanning.isASCIILetterOrDigit(UInt8(byte)) == expected)
        }
    }

    @Test func highBitCountCountsTheFlaggedBytes() {
        #expect(UTF8Scanning.highBitCount(0) == 0)
        #expect(UTF8Scanning.highBitCount(0x8080_8080_8080_8080) == 8)
        for mask in [UInt64(0x80), 0x8000_0000_0000_0000, 0x0080_0080_8000_0080, 0x8000_8000_0080_8080] {
            #expect(UTF8Scanning.highBitCount(mask) == mask.nonzeroBitCount)
        }
    }
}
