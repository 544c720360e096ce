import Foundation
import Testing
@testable import CopydeskCLI

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
}
