import Testing
@testable import CopydeskCLI

struct TextDecoderTests {
    @Test func countsFromTheOriginalBuffer() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x61, 0xFF]
        #expect(TextDecoder.firstInvalidUTF8(bytes.dropFirst(3)) == 4)
    }

    /// Binary data without a NUL byte (random bytes, say) is refused by its control bytes; text
    /// in UTF-8 or a legacy 8-bit encoding, with tabs, line breaks, form feeds or escapes, is not.
    @Test func controlBytesMarkBinaryDataButNotText() throws {
        var generator = SystemRandomNumberGenerator()
        let random = (0..<4096).map { _ in UInt8.random(in: 1...255, using: &generator) }
        #expect(TextDecoder.binaryEvidence(random[...])?.contains("control characters") == true)
        #expect(throws: InputError.self) { try TextDecoder.decode(random, name: "noise.txt") }

        let latin1: [UInt8] = Array("Le caf".utf8) + [0xE9] + Array(" est ferm".utf8) + [0xE9] + Array(" \u{2014} d".utf8) + [0xE9, 0x6A, 0xE0]
        let text = Array(String(repeating: "Line one.\tTabbed.\r\nPage\u{0C}break \u{1B}[1mbold\u{1B}[0m\n", count: 50).utf8)
        for bytes in [latin1, text, Array("Four\u{01}stray\u{02}bytes\u{03}in a long enough text\u{04}".utf8) + Array(repeating: 0x61, count: 1000)] {
            #expect(TextDecoder.binaryEvidence(bytes[...]) == nil)
        }
        #expect(TextDecoder.binaryEvidence([0x61, 0x00, 0x62][...]) == "it contains NUL bytes")
        // Only the first 8 KB are judged.
        let lateNoise = Array(repeating: UInt8(0x61), count: 8192) + Array(repeating: UInt8(0x01), count: 100)
        #expect(TextDecoder.binaryEvidence(lateNoise[...]) == nil)
    }
}
