import Testing
@testable import CopydeskCLI

struct JSONReaderTests {
    /// Runs `body` with a reader over `text`'s bytes.
    private func reading<Result>(_ text: String, _ body: (inout JSONReader) -> Result) -> Result {
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            var reader = JSONReader(bytes: bytes)
            return body(&reader)
        }
    }

    @Test func stringsAreDecodedWithTheirEscapes() {
        #expect(reading(#""plain""#) { $0.string() } == "plain")
        #expect(reading(#""a\"b\\c\/d\n\u00e9\ud83d\udc4d""#) { $0.string() } == "a\"b\\c/d\né👍")
        #expect(reading(#""cut \ud83d""#) { reader in (reader.string(), reader.firstUnpairedSurrogate) } == ("cut \u{FFFD}", 5))
        for bad in [#""open"#, #""\x""#, "\"\u{1}\"", #""\u12""#, "plain"] {
            #expect(reading(bad) { $0.string() } == nil, "\(bad)")
        }
    }

    @Test func numbersAreReturnedAsWritten() {
        #expect(reading("-12.50e+3,") { $0.number() } == "-12.50e+3")
        #expect(reading("0") { $0.number() } == "0")
        for bad in ["-", "1.", ".5", "1e", "+1"] {
            #expect(reading(bad) { $0.number() } == nil, "\(bad)")
        }
    }

    /// `skipNumber` accepts and moves past what `number` returns, and refuses what it refuses.
    @Test func numbersAreSkippedAsTheyAreRead() {
        for text in ["-12.50e+3,", "0", "0.5]", "1E-7", "-0", "007", "-", "1.", ".5", "1e", "+1", "12x"] {
            let read = reading(text) { reader in (reader.number(), reader.index) }
            let skipped = reading(text) { reader in (reader.skipNumber(), reader.index) }
            #expect(skipped.0 == (read.0 != nil), "\(text)")
            if read.0 != nil { #expect(skipped.1 == read.1, "\(text)") }
        }
    }

    /// Values are checked while skipped, nesting included, up to `maximumDepth`.
    @Test func valuesAreSkippedAfterACheck() {
        #expect(reading(#"{"a": [1, true, null, {"b": "c"}]} tail"#) { reader in (reader.skipValue(depth: 0), reader.index) } == (true, 34))
        #expect(reading(#"{"a": [1, tru]}"#) { $0.skipValue(depth: 0) } == false)
        let depth = JSONReader.maximumDepth
        #expect(reading(String(repeating: "[", count: depth) + String(repeating: "]", count: depth)) { $0.skipValue(depth: 0) })
        #expect(!reading(String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)) { $0.skipValue(depth: 0) })
    }
}
