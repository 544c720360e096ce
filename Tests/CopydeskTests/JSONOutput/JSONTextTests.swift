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

    @Test(arguments: [0, 9, 10, -1, -10, 1_234_567, Int.max, Int.min])
    func writesIntegersLikeTheStandardLibrary(value: Int) {
        var out: [UInt8] = [0x5B]
        JSONText.appendInt(value, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "[" + String(value))
    }

    private func shortDecimal(_ value: Double) -> String? {
        var bytes = [UInt8](repeating: 0, count: 32)
        guard let length = bytes.withUnsafeMutableBufferPointer({ JSONText.writeShortDecimal(value, to: $0.baseAddress!) }) else { return nil }
        return String(decoding: bytes.prefix(length), as: UTF8.self)
    }

    @Test(arguments: [0.5, -0.4685, 0.0001, -0.0001, 21.33, 1.72, 99_999_999_999.9999, 0.1 + 0.2, 5e-5, 3.0, 1e11 + 0.5, -0.0, 1.0 / 3])
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
}
