import Testing
@testable import CopydeskCLI

struct RunCommandBlankTextTests {
    /// The byte scan answers what `Character.isWhitespace` answers, for ASCII and Unicode white
    /// space, CR LF pairs and white space followed by a combining mark.
    @Test(arguments: [
        "", " ", "\n", "\r\n", " \t\r\n\u{0B}\u{0C}", "\u{3000}", " \u{A0}\u{2028}", "\u{85}", "x", "  x", "\n\nA.",
        " \u{301}", "\u{200B}", "\r\n\u{301}", " é", "\u{3000}x", "\t\t\t\t\t\t\t\t\t.",
    ])
    func agreesWithCharacterIsWhitespace(text: String) {
        #expect(RunCommand.isBlank(text) == text.allSatisfy(\.isWhitespace), "\(Array(text.unicodeScalars))")
    }
}
