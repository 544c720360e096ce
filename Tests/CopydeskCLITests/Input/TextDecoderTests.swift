import Testing
@testable import CopydeskCLI

struct TextDecoderTests {
    /// The standard library's decoder: the offset of the first invalid sequence.
    private func reference(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = bytes.startIndex
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    @Test(arguments: [
        [UInt8](), Array("plain ASCII text, longer than one word".utf8), Array("é 漢字 🙂 mixed, then ASCII again".utf8),
        [0x41, 0x80], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5],
        Array("abcdefgh".utf8) + [0xE2, 0x82], Array("abcdefghij".utf8) + [0xFF] + Array("klmnopqrstu".utf8),
    ])
    func findsTheSameOffsetAsTheStandardLibrary(bytes: [UInt8]) {
        #expect(TextDecoder.firstInvalidUTF8(bytes[...]) == reference(bytes[...]))
    }

    @Test func countsFromTheOriginalBuffer() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x61, 0xFF]
        #expect(TextDecoder.firstInvalidUTF8(bytes.dropFirst(3)) == 4)
    }

    /// Property: on random mixes of ASCII, valid multi-byte sequences and stray bytes, the offset
    /// is the standard library's.
    @Test func agreesWithTheStandardLibraryOnRandomBytes() {
        let pieces: [[UInt8]] = [
            Array("abcdefgh".utf8), [0x20], Array("é".utf8), Array("漢".utf8), Array("🙂".utf8), [0x80], [0xC3], [0xE2, 0x82],
            [0xF0, 0x9F], [0xED, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF], [0xC1, 0xBF], [0xFE],
        ]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<(next() % 12) {
                let piece = pieces[next() % pieces.count]
                // Mostly well-formed pieces, so that an error is often far in.
                bytes += next() % 4 == 0 ? piece : pieces[next() % 5]
            }
            #expect(TextDecoder.firstInvalidUTF8(bytes[...]) == reference(bytes[...]), "bytes \(bytes)")
        }
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
