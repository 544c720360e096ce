import Copydesk
import Foundation
import Testing
@testable import ToneAnalyzer

/// Plain ASCII lines are read byte by byte, other lines by the general parser: both read the
/// same entries and word the same errors.
@Suite("Tone lexicon parsing")
struct ToneLexiconParsingTests {
    static func lexicon(_ text: String) throws -> ToneLexicon {
        var lexicon = ToneLexicon()
        try lexicon.add(tsv: text, source: "test")
        return lexicon
    }

    static func summary(_ lexicon: ToneLexicon) -> [String] {
        lexicon.entries.map { entry in
            let info = lexicon.info(forKey: TermHash.hash(entry.term))
            let first = lexicon.longestEntry(startingWith: TermHash.hash(ToneLexicon.words(of: entry.term)[0]))
            return "\(entry.term)|\(entry.valence)|\(entry.category)|\(info?.entry ?? -2)|\(first)"
        }
    }

    static func error(_ text: String) -> String? {
        do {
            _ = try lexicon(text)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test("ASCII lines and the same lines through the general parser give the same lexicon")
    func sameEntries() throws {
        let ascii = "# comment\n\n  Slammed \t -2.5\tLOADED\nWell-Being\t1.5\nnot\t0\tnegation\nNOT  only\t0\tneutral\nbeyond the  pale\t-1\tloaded\n   \t\n"
        // A no-break space (trimmed, not ASCII) sends every line but blank ones to the general parser.
        let general = ascii.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty || $0.allSatisfy({ $0 == " " || $0 == "\t" }) ? String($0) : "\u{A0}" + $0 }
            .joined(separator: "\n")
        let fast = try Self.lexicon(ascii)
        #expect(Self.summary(fast) == Self.summary(try Self.lexicon(general)))
        #expect(Self.summary(fast) == [
            "slammed|-2.5|loaded|0|1", "well being|1.5|sentiment|1|2", "not|0.0|negation|2|2",
            "not only|0.0|neutral|3|2", "beyond the pale|-1.0|loaded|4|3",
        ])
        #expect(fast.mayContinueEntry(TermHash.hash("beyond the")) && fast.mayContinueEntry(TermHash.hash("well being")))
    }

    @Test("Malformed ASCII lines get the general parser's errors")
    func errors() {
        let cases = ["word\n", "a\tb\tc\td\n", "\t1\n", "word\tbig\n", "word\t5\n", "word\t1\tshiny\n", "ok\t1\n-\t1\n"]
        for text in cases {
            let message = Self.error(text)
            #expect(message != nil, "\(text)")
            // The same line led by a no-break space is read by the general parser only.
            #expect(message == Self.error("\u{A0}" + text), "\(text)")
        }
        #expect(Self.error("ok\t1\n-\t1\n")?.contains("line 2: empty term") == true)
        #expect(Self.error("word\t1\tshiny\n")?.contains("unknown category 'shiny'") == true)
    }

    @Test("A lexicon saved with Windows line endings reads as with line feeds, line numbers included")
    func windowsLineEndings() throws {
        let unix = "# mine\nzorblax\t3\nfrimp out\t-2\tloaded\n\u{A0}\u{E9}tonnant\t1\n"
        let windows = unix.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(windows.utf8.count == unix.utf8.count + 4)
        #expect(Self.summary(try Self.lexicon(windows)) == Self.summary(try Self.lexicon(unix)))
        #expect(Self.summary(try Self.lexicon(unix)).count == 3)
        #expect(Self.error("ok\t1\r\nword\t9\r\n")?.contains("line 2: valence") == true)
    }

    @Test("Valences read from bytes are the numbers Double(_:) reads, to the bit")
    func valences() throws {
        var cases = ["0", "-0", "+0", "1", "-1", "+2.5", "0.3", "-0.35", "3.14159", "4", "4.0", "5.", "-.5", ".5", "-", "+", ".",
                     "", "1.2.3", "1e2", "0x1p2", "inf", "nan", "1_0", " 1", "123456789012345", "1234567890123456",
                     "0.1234567890123456789", "-3.999999999999999", "00012.50"]
        let text = try #require(EmbeddedResources.text("lexicon.tsv"))
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count > 1 { cases.append(fields[1].trimmingCharacters(in: .whitespaces)) }
        }
        for text in cases {
            var copy = text
            let read = copy.withUTF8 { ToneLexicon.number($0) }
            #expect(read?.bitPattern == Double(text)?.bitPattern, "\(text)")
        }
    }

    @Test("The built-in lexicon is all plain ASCII lines")
    func builtInReadsTheSame() throws {
        let built = try ToneLexicon.builtIn.get()
        #expect(built.entries.count >= 1500)
        let text = try #require(EmbeddedResources.text("lexicon.tsv"))
        #expect(text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D })
    }
}
