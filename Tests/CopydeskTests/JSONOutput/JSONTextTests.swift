import Foundation
import Testing
@testable import Copydesk

struct JSONTextTests {
    private func literal(_ text: String) -> String {
        var out: [UInt8] = []
        JSONText.appendString(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func escapesQuotesBackslashesAndControls() {
        #expect(literal(#"say "hi" \ bye"#) == #""say \"hi\" \\ bye""#)
        #expect(literal("a\nb\tc\rd") == #""a\nb\tc\rd""#)
        #expect(literal("\u{01}x\u{1F}") == #""\u0001x\u001f""#)
        #expect(literal("") == #""""#)
        #expect(literal("\"") == #""\"""#)
        #expect(literal("Zürich – 東京 🙂") == "\"Zürich – 東京 🙂\"")
    }

    /// Property: whatever the string, the literal parses back to it.
    @Test func roundTripsRandomStrings() throws {
        let pieces = ["a", "\"", "\\", "\n", "\u{0}", "\u{7F}", "é", "東", "🙂", " ", "\u{2028}", "\t"]
        var state: UInt64 = 7
        for _ in 0..<500 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1
            for _ in 0..<Int(state >> 60) {
                state = state &* 6_364_136_223_846_793_005 &+ 1
                text += pieces[Int(state >> 33) % pieces.count]
            }
            let parsed = try JSONSerialization.jsonObject(with: Data(literal(text).utf8), options: .fragmentsAllowed) as? String
            #expect(parsed == text)
        }
    }

    /// Every length up to 40 bytes, with one byte that needs an escape at every position (and
    /// none): the word-at-a-time paths, the padded tail word included, agree with escaping byte
    /// by byte.
    @Test func escapesEveryLengthAndPositionLikeByteByByte() {
        func reference(_ bytes: [UInt8]) -> String {
            var out = "\""
            for byte in bytes {
                switch byte {
                case 0x22: out += "\\\""
                case 0x5C: out += "\\\\"
                case 0x0A: out += "\\n"
                case 0x0D: out += "\\r"
                case 0x09: out += "\\t"
                case 0..<0x20: out += String(format: "\\u%04x", byte)
                default: out += String(UnicodeScalar(byte))
                }
            }
            return out + "\""
        }
        for length in 0...40 {
            for special: UInt8 in [0x22, 0x5C, 0x0A, 0x01, 0x1F] {
                for position in -1..<length {
                    var bytes = (0..<length).map { UInt8(0x61 + $0 % 26) }
                    if position >= 0 { bytes[position] = special }
                    var out: [UInt8] = []
                    bytes.withUnsafeBufferPointer { JSONText.appendString($0, to: &out) }
                    #expect(String(decoding: out, as: UTF8.self) == reference(bytes), "length \(length), position \(position)")
                }
            }
        }
    }

    /// `rounded(_:)` and `isSmallInteger(_:)` answer what `rounded()` does, bit for bit (the
    /// sign of zero included), at the edges and on random values of every magnitude.
    @Test func roundsLikeTheStandardLibrary() {
        func check(_ value: Double) {
            let ours = JSONText.rounded(value), theirs = value.rounded()
            #expect(ours.bitPattern == theirs.bitPattern || (ours.isNaN && theirs.isNaN), "\(value)")
            #expect(JSONText.isSmallInteger(value) == (value == value.rounded() && abs(value) < 1e15), "\(value)")
        }
        let twoTo52 = 4_503_599_627_370_496.0
        let edges: [Double] = [0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
                               1e-300, -1e-300, 0.1, -0.1, twoTo52, -twoTo52, twoTo52 - 0.5, -(twoTo52 - 0.5), twoTo52 + 2,
                               1e15, -1e15, 1e15 - 0.5, 9.5e18, 1e300, .infinity, -.infinity, .nan,
                               .leastNonzeroMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude]
        for value in edges { check(value); check(value.nextUp); check(value.nextDown) }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<100_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let value = Double(bitPattern: state)
            check(value)
            check(Double(Int64(bitPattern: state) >> 20) / 4)  // quarters: exact halves
        }
    }

    @Test func loadsShortRunsPaddedWithSpaces() {
        let bytes: [UInt8] = Array("abcdefg".utf8)
        for count in 2...7 {
            let word = bytes.withUnsafeBufferPointer { JSONText.loadShort($0.baseAddress!, count: count) }
            let expected = bytes.prefix(count) + [UInt8](repeating: 0x20, count: 8 - count)
            #expect(withUnsafeBytes(of: word.littleEndian) { Array($0) } == Array(expected))
        }
    }

    @Test(arguments: [0, 9, 10, -1, -10, 1_234_567, Int.max, Int.min])
    func writesIntegersLikeTheStandardLibrary(value: Int) {
        var out: [UInt8] = [0x5B]
        JSONText.appendInt(value, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "[" + String(value))
    }

    /// Every digit count, at both ends (the digits are counted first, then written in pairs).
    @Test func writesIntegersOfEveryLength() {
        var values: [Int64] = [Int64.max, Int64.min, Int64.min + 1]
        var power: Int64 = 1
        for _ in 0..<19 {
            values += [power - 1, power, power + 1, -(power - 1), -power, -(power + 1), power * 5 + 42]
            if power <= Int64.max / 10 { power *= 10 }
        }
        var bytes = [UInt8](repeating: 0, count: 32)
        for value in values {
            let length = bytes.withUnsafeMutableBufferPointer { JSONText.writeInteger(value, to: $0.baseAddress!) }
            #expect(String(decoding: bytes.prefix(length), as: UTF8.self) == String(value))
        }
        for value: UInt64 in [.max, .max - 1, 10_000_000_000_000_000_000, 9_999_999_999_999_999_999] {
            let length = bytes.withUnsafeMutableBufferPointer { JSONText.writeInteger(value, to: $0.baseAddress!) }
            #expect(String(decoding: bytes.prefix(length), as: UTF8.self) == String(value))
        }
    }

    /// The one- and two-digit values and their neighbours, in integer types of every width and
    /// sign (the generic writer's sign and width handling).
    @Test func writesTwoDigitIntegersOfEveryType() {
        var bytes = [UInt8](repeating: 0, count: 32)
        func check(_ value: some BinaryInteger) {
            let length = bytes.withUnsafeMutableBufferPointer { JSONText.writeInteger(value, to: $0.baseAddress!) }
            #expect(String(decoding: bytes.prefix(length), as: UTF8.self) == String(value), "\(type(of: value)) \(value)")
        }
        for value in -101...101 {
            check(value)
            check(Int32(value))
            check(Int8(value))
            if value >= 0 { check(UInt8(value)); check(UInt64(value)) }
        }
        check(Int8.min)
        check(UInt8.max)
    }

    /// The values that records and reports write most (offsets, counts, indexes): every value
    /// of up to five digits, and the values next to each power of ten up to 10⁸.
    @Test func writesShortIntegersWithTheirDigitCount() {
        var bytes = [UInt8](repeating: 0, count: 32)
        var values = Array(0..<100_000)
        for power in [100_000, 1_000_000, 10_000_000, 100_000_000] { values += [power - 1, power, power + 1, -power, -(power - 1)] }
        let wrong = values.filter { value in
            let length = bytes.withUnsafeMutableBufferPointer { JSONText.writeInteger(value, to: $0.baseAddress!) }
            return String(decoding: bytes.prefix(length), as: UTF8.self) != String(value)
        }
        #expect(wrong.isEmpty, "written wrong: \(wrong.prefix(5))")
    }

    /// Magnitudes beyond 64 bits take the general path.
    @Test func writesWideIntegers() {
        var bytes = [UInt8](repeating: 0, count: 32)
        for value: Int128 in [Int128(Int64.min) * 10, Int128(UInt64.max) + 1, 123] {
            let length = bytes.withUnsafeMutableBufferPointer { JSONText.writeInteger(value, to: $0.baseAddress!) }
            #expect(String(decoding: bytes.prefix(length), as: UTF8.self) == String(value))
        }
    }

    private func shortDecimal(_ value: Double) -> String? {
        var bytes = [UInt8](repeating: 0, count: 32)
        guard let length = bytes.withUnsafeMutableBufferPointer({ JSONText.writeShortDecimal(value, to: $0.baseAddress!) }) else { return nil }
        return String(decoding: bytes.prefix(length), as: UTF8.self)
    }

    @Test(arguments: [0.5, -0.4685, 0.0001, -0.0001, 21.33, 1.72, 99_999_999_999.9999, 0.1 + 0.2, 5e-5, 3.0, 1e11 + 0.5, -0.0, 1.0 / 3,
                      0.125, -12.3, 0.05, 7.001, 0.0012, 1234.567, -0.01, 10.1])
    func writesShortDecimalsAsTheirDescription(value: Double) {
        if let text = shortDecimal(value) { #expect(text == value.description) }
    }

    /// Property: on random values with up to four decimals (taken) and arbitrary ones (mostly
    /// left to `description`), what is written is `description`.
    @Test func shortDecimalsAgreeWithDescriptionOnRandomValues() {
        var state: UInt64 = 0x5DEE_CE66_D1CE_4E5B
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        var taken = 0
        for round in 0..<20_000 {
            let unit = Double(next()) / Double(1 << 53)
            let scale = [1.0, 10, 1000, 1e6, 1e10, 0.01][round % 6]
            let value = round % 2 == 0 ? ((unit - 0.5) * 2 * scale * 10_000).rounded() / 10_000 : (unit - 0.5) * scale
            if let text = shortDecimal(value) {
                taken += 1
                #expect(text == value.description, "value \(value)")
            }
        }
        #expect(taken > 5_000)
    }

    /// Property: `writeDecimal(tenThousandths:)` of a rounded scaled value writes what
    /// `writeShortDecimal` writes for the quotient, and declines the same integers.
    @Test func decimalsFromTenThousandthsAgreeWithShortDecimals() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        var bytes = [UInt8](repeating: 0, count: 32)
        var written = 0
        for round in 0..<20_000 {
            let unit = Double(next()) / Double(1 << 53)
            let scale = [1.0, 10, 1000, 1e6, 1e10, 0.01, 1e-4, 9e10][round % 8]
            let scaled = JSONText.rounded((unit - 0.5) * 2 * scale * 10_000)
            guard abs(scaled) < 1e15 else { continue }
            let direct = bytes.withUnsafeMutableBufferPointer { JSONText.writeDecimal(tenThousandths: scaled, to: $0.baseAddress!) }
                .map { String(decoding: bytes.prefix($0), as: UTF8.self) }
            let expected = shortDecimal(scaled / 10_000)
            #expect(direct == expected, "scaled \(scaled)")
            if direct != nil { written += 1 }
        }
        for scaled in [0.0, -0.0, 1, -1, 10_000, -20_000, 12_345, 999_999_999_999_999, -999_999_999_999_999] {
            let direct = bytes.withUnsafeMutableBufferPointer { JSONText.writeDecimal(tenThousandths: scaled, to: $0.baseAddress!) }
                .map { String(decoding: bytes.prefix($0), as: UTF8.self) }
            #expect(direct == shortDecimal(scaled / 10_000), "scaled \(scaled)")
        }
        #expect(written > 10_000)
    }
}
