import Testing
@testable import CopydeskCLI

struct HTMLEscapingTests {
    @Test func markupCharactersBecomeReferences() {
        #expect(HTMLEscaping.escaped(#"<b>"Tom" & 'Jerry'</b>"#) == "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;")
        #expect(HTMLEscaping.escaped("Zürich — 東京 👍") == "Zürich — 東京 👍")
        #expect(HTMLEscaping.escaped("") == "")
    }

    @Test func classNamesKeepLettersAndDigitsOnly() {
        #expect(HTMLEscaping.className("hedging") == "hedging")
        #expect(HTMLEscaping.className("Loaded term") == "loaded-term")
        #expect(HTMLEscaping.className("anonymous_attribution") == "anonymous-attribution")
        #expect(HTMLEscaping.className("\"><script>") == "---script-")
        #expect(HTMLEscaping.className("") == "-")
    }
}
