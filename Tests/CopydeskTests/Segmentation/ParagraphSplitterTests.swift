import Testing
@testable import Copydesk

struct ParagraphSplitterTests {
    static func paragraphs(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { bytes in
            ParagraphSplitter.paragraphs(in: bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.offsets]), as: UTF8.self) }
        }
    }

    @Test func blankLinesSeparateParagraphs() {
        #expect(Self.paragraphs("One.\n\nTwo.\r\n\r\nThree.\n \n\u{00A0}\nFour.") == ["One.", "Two.", "Three.", "Four."])
    }

    @Test func shortLinesEndTheirParagraph() {
        #expect(Self.paragraphs("X\nThis website uses cookies.\nAccept Cookies") == ["X", "This website uses cookies.", "Accept Cookies"])
    }

    @Test func listItemsStaySeparate() {
        let text = "- first item of a list that is quite long indeed\n- second item of a list that is long too"
        #expect(Self.paragraphs(text).count == 2)
    }

    @Test func wrappedLinesJoin() {
        let text = "The company said on Tuesday that it would close three plants\nand cut about 2,000 jobs by the end of the year, citing\nweak demand."
        #expect(Self.paragraphs(text).count == 1)
    }

    /// Wrap widths are in characters: 89 characters in 119 bytes still wrap. A lone line needs no
    /// count (it is its own paragraph), so only blocks of several lines are counted.
    @Test func wrapWidthsCountCharactersNotBytes() {
        let line = Array(repeating: "Café à l’étage", count: 6).joined(separator: " ")
        #expect(line.count <= ParagraphSplitter.maximumWrapWidth && line.utf8.count > ParagraphSplitter.maximumWrapWidth)
        #expect(Self.paragraphs("\(line)\nsuite.") == ["\(line)\nsuite."])
        #expect(Self.paragraphs("\(line)\n\nsuite.") == [line, "suite."])
    }

    @Test func emptyInput() {
        #expect(Self.paragraphs("").isEmpty)
        #expect(Self.paragraphs("\n\n  \n").isEmpty)
    }
}
