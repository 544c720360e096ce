import Testing
@testable import Copydesk

struct ScalarOffsetIndexTests {
    /// Property: for every scalar boundary of random mixed-script text, the index gives the
    /// number of scalars before it.
    @Test(arguments: 0..<20)
    func roundTripsOnRandomText(seed: Int) {
        var generator = SplitMix(seed: UInt64(seed))
        let alphabet: [Unicode.Scalar] = ["a", "Z", " ", "é", "ß", "’", "日", "本", "🇺", "🙂", "\n", "Ж", "ก"]
        var scalars: [Unicode.Scalar] = []
        for _ in 0..<(Int(generator.next() % 500) + 1) { scalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
        var text = String(String.UnicodeScalarView(scalars))
        text.withUTF8 { bytes in
            let index = ScalarOffsetIndex(utf8: bytes)
            var byteOffset = 0
            for (scalarOffset, scalar) in scalars.enumerated() {
                #expect(index.scalarOffset(byteOffset, in: bytes) == scalarOffset)
                byteOffset += UTF8.width(scalar)
            }
            #expect(index.scalarOffset(byteOffset, in: bytes) == scalars.count)
        }
    }

    @Test func asciiIsIdentity() {
        var text = "plain ascii"
        text.withUTF8 { #expect(ScalarOffsetIndex(utf8: $0).isIdentity) }
    }

    /// Property: one byte outside ASCII anywhere, in a full eight-byte chunk or the tail, is seen.
    @Test func anyNonASCIIByteIsSeen() {
        for length in 0..<20 {
            var plain = [UInt8](repeating: 0x61, count: length)
            plain.withUnsafeBufferPointer { #expect(ScalarOffsetIndex.isASCII($0)) }
            for position in 0..<length {
                plain[position] = 0xC3
                plain.withUnsafeBufferPointer { #expect(!ScalarOffsetIndex.isASCII($0), "\(length) \(position)") }
                plain[position] = 0x61
            }
        }
    }

    @Test func documentOffsetsMatchPythonStyleIndices() throws {
        let text = "Café “news” 日本 word"
        let document = try Document(text: text, segmenter: Segmenter())
        let word = try #require(document.tokens.last)
        let start = document.scalarOffset(word.range.start)
        #expect(Array(text.unicodeScalars)[start] == "w")
        #expect(document.scalarOffset(word.range.end) == text.unicodeScalars.count)
    }
}
