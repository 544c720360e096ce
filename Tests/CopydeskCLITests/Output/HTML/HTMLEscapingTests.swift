import Testing
@testable import CopydeskCLI

struct HTMLEscapingTests {
    @Test func markupCharactersBecomeReferences() {
        #expect(HTMLEscaping.escaped(#"<b>"Tom" & 'Jerry'</b>"#) == "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;")
        #expect(HTMLEscaping.escaped("Zürich — 東京 👍") == "Zürich — 東京 👍")
        #expect(HTMLEscaping.escaped("") == "")
    }

    /// Property: escaping the bytes gives what escaping scalar by scalar gives, for text mixing
    /// the five characters with ASCII, accents, CJK and emoji, in substrings too.
    @Test func bytesAgreeWithScalarByScalarEscaping() {
        func reference(_ text: Substring) -> String {
            var out = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                case "'": out += "&#39;"
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
        let pieces = ["a", "&", "<", ">", "\"", "'", "é", "東", "👍🏽", " ", "&amp;", "\u{0}"]
        var generator = SplitMix64(seed: 7)
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<Int(generator.next() % 12) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            #expect(HTMLEscaping.escaped(text) == reference(text[...]))
            let cut = text.dropFirst(1).dropLast(1)
            #expect(HTMLEscaping.escaped(cut) == reference(cut))
        }
    }

    @Test func underscoresBecomeSpaces() {
        #expect(HTMLEscaping.underscoresAsSpaces("anonymous_attribution") == "anonymous attribution")
        #expect(HTMLEscaping.underscoresAsSpaces("_a__b_") == " a  b ")
        #expect(HTMLEscaping.underscoresAsSpaces("cue") == "cue")
        #expect(HTMLEscaping.underscoresAsSpaces("über_größe") == "über größe")
    }

    @Test func classNamesKeepLettersAndDigitsOnly() {
        #expect(HTMLEscaping.className("hedging") == "hedging")
        #expect(HTMLEscaping.className("Loaded term") == "loaded-term")
        #expect(HTMLEscaping.className("anonymous_attribution") == "anonymous-attribution")
        #expect(HTMLEscaping.className("\"><script>") == "---script-")
        #expect(HTMLEscaping.className("") == "-")
    }
}
