import Testing
@testable import Copydesk

struct UTF8ValidationTests {
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
        #expect(bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidByte(in: $0) } == reference(bytes[...]))
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
            #expect(bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidByte(in: $0) } == reference(bytes[...]), "bytes \(bytes)")
        }
    }

    @Test func validityIsTheStandardLibrarys() {
        for bytes: [UInt8] in [[], Array("ok é".utf8), [0x61, 0xC3], [0xED, 0xA0, 0x80], Array(repeating: 0x61, count: 17) + [0x80]] {
            #expect(UTF8Validation.isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "bytes \(bytes)")
        }
    }
}
