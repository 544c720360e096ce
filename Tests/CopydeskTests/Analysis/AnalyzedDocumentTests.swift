import Testing
@testable import Copydesk

struct AnalyzedDocumentTests {
    /// Random text of ASCII and multi-byte scalars (two, three and four bytes), long enough for
    /// several of the scalar index's 64-byte blocks.
    static func mixedText(seed: Int) -> String {
        var generator = SplitMix(seed: UInt64(seed))
        let alphabet: [Unicode.Scalar] = ["a", "Z", " ", ".", "é", "ß", "’", "“", "日", "本", "🙂", "\n", "Ж", "ก", "x", "y"]
        var scalars: [Unicode.Scalar] = []
        for _ in 0..<(Int(generator.next() % 400) + 1) { scalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Property: at every byte offset of a text outside ASCII (scalar boundaries or not, up to the
    /// end), the scalar offset is the number of bytes before it that start a scalar.
    @Test(arguments: 0..<12)
    func scalarOffsetsAreTheDocumentsOutsideASCII(seed: Int) throws {
        let analyzed = try CoreAnalysis().analyze(text: Self.mixedText(seed: seed), language: .english)
        let document = analyzed.document
        #expect(!analyzed.storage.textIsASCII || document.text.utf8.allSatisfy { $0 < 0x80 })
        for offset in 0...document.byteCount {
            let starts = document.text.utf8.prefix(offset).count { $0 & 0xC0 != 0x80 }
            #expect(analyzed.scalarOffset(Int32(offset)) == starts, "offset \(offset)")
            #expect(document.scalarOffset(Int32(offset)) == starts, "offset \(offset)")
        }
        #expect(analyzed.scalarOffset(Int32(document.byteCount)) == document.text.unicodeScalars.count)
    }

    @Test func scalarOffsetsOfAnASCIITextAreByteOffsets() throws {
        let text = "The mayor said the plan would probably work, according to officials."
        let analyzed = try CoreAnalysis().analyze(text: text, language: .english)
        #expect(analyzed.storage.textIsASCII)
        for offset in 0...text.utf8.count { #expect(analyzed.scalarOffset(Int32(offset)) == offset) }
    }

    /// Property: the text of any range is its bytes decoded, a range that splits a scalar repaired
    /// as `String(decoding:as:)` repairs it; short ranges (small strings) and long ones alike.
    @Test(arguments: 0..<4)
    func stringsAreTheDocumentsForAnyRange(seed: Int) throws {
        let analyzed = try CoreAnalysis().analyze(text: Self.mixedText(seed: seed), language: .english)
        let document = analyzed.document
        let count = document.byteCount
        for start in stride(from: 0, through: count, by: 3) {
            for length in [0, 1, 2, 3, 5, 15, 16, 17, 40, 200] where start + length <= count {
                let range = TextRange(start: start, end: start + length)
                let string = analyzed.string(range)
                let decoded = String(decoding: Array(document.text.utf8)[start..<(start + length)], as: UTF8.self)
                #expect(Array(string.utf8) == Array(decoded.utf8), "range \(start)..<\(start + length)")
            }
        }
        for token in analyzed.tokens { #expect(analyzed.string(token) == document.string(token)) }
    }
}
