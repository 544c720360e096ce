import Foundation
import Testing
@testable import Copydesk

struct JSONByteBufferTests {
    private func text(_ fill: (inout JSONByteBuffer) -> Void) -> String {
        var buffer = JSONByteBuffer(capacity: 1)
        defer { buffer.deallocate() }
        fill(&buffer)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    @Test(arguments: [0, 7, -7, 10, 1_000_000, Int.max, Int.min])
    func writesIntegersLikeTheStandardLibrary(value: Int) {
        #expect(text { $0.appendInteger(value) } == String(value))
    }

    @Test func writesUnsignedExtremes() {
        #expect(text { $0.appendInteger(UInt64.max) } == String(UInt64.max))
        #expect(text { $0.appendInteger(Int8.min) } == "-128")
    }

    /// Literals of every length up to past 32 bytes (word copies, then `memmove`) arrive whole.
    @Test func appendsLiteralsOfEveryLength() {
        let literals: [StaticString] = [
            "", "a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghijklmno", "abcdefghijklmnop",
            "abcdefghijklmnopq", "abcdefghijklmnopqrstuvwxyz01234", "abcdefghijklmnopqrstuvwxyz012345",
            "abcdefghijklmnopqrstuvwxyz0123456", #","average_syllables_per_word":"#,
        ]
        for literal in literals {
            #expect(text { $0.append(0x5B); $0.append(literal); $0.append(0x5D) } == "[\(literal)]")
        }
    }

    @Test func escapesStringsLikeJSONText() {
        let samples = ["", "plain", "q\"b\\s", "line\nfeed\ttab\rret", "\u{01}\u{1F}", "Zürich 東京 🙂"]
        for sample in samples {
            var expected: [UInt8] = []
            JSONText.appendString(sample, to: &expected)
            #expect(text { $0.appendString(sample) } == String(decoding: expected, as: UTF8.self))
        }
    }

    @Test func growsPastItsCapacity() {
        let long = String(repeating: "ab\"", count: 5_000)
        let written = text { buffer in
            for _ in 0..<3 { buffer.appendString(long); buffer.append(0x2C) }
            buffer.append("null")
        }
        #expect(written.count == 3 * (5_000 * 4 + 3) + 4)
        #expect(written.hasSuffix(",null"))
    }

    /// Property: strings long enough for the word-at-a-time copy, with escapes anywhere (inside a
    /// word, at its edges, in a row), come out as `JSONText` writes them.
    @Test func escapesLongStringsLikeJSONText() {
        let pieces = ["abcdefg", "h", "\"", "\\", "\n", "\u{7}", "é", "東京", "🙂", " ", "\u{1F}", "~"]
        var state: UInt64 = 0xDEAD_BEEF
        for _ in 0..<1_000 {
            var sample = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1
            for _ in 0..<Int(state >> 59) {
                state = state &* 6_364_136_223_846_793_005 &+ 1
                sample += pieces[Int(state >> 33) % pieces.count]
            }
            var expected: [UInt8] = []
            JSONText.appendString(sample, to: &expected)
            #expect(text { $0.appendString(sample) } == String(decoding: expected, as: UTF8.self), "sample \(sample)")
        }
    }

    @Test func findsTheBytesThatNeedAnEscapeInAWord() {
        func word(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) } }
        #expect(!JSONText.needsEscape(word(Array("abcdefgh".utf8))))
        #expect(!JSONText.needsEscape(word([0x20, 0x7F, 0x80, 0xFF, 0x21, 0x23, 0x5B, 0x5D])))
        for position in 0..<8 {
            for special: UInt8 in [0x22, 0x5C, 0x00, 0x0A, 0x1F] {
                var bytes = Array("abcdefgh".utf8)
                bytes[position] = special
                #expect(JSONText.needsEscape(word(bytes)), "byte \(special) at \(position)")
            }
        }
    }
}
