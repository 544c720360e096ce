import Copydesk
import Testing
@testable import HedgingAnalyzer

/// Plain ASCII cue lines are read from their bytes, other lines (and every line of a text with a
/// carriage return) by the general reading: both give the same cues and the same errors.
@Suite("Cue line reading")
struct CueLineReadingTests {
    static func summary(_ lines: [CueLine]) -> [String] {
        lines.map { "\($0.category.map(\.rawValue) ?? "none")|\($0.rule.rawValue)|\($0.slots)" }
    }

    /// The text read the general way: a carriage return (trimmed from the last, blank line) sends
    /// every line there.
    static func general(_ text: String) -> String { text + "\r" }

    static func error(_ text: String) -> String? {
        do {
            _ = try CueLine.parse(text, source: "test")
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test("ASCII lines and the general reading give the same cues")
    func sameCues() throws {
        let text = """
            # comment
              {would|it would} {seem|appear}\tepistemic\t
            so-called\tunverified
            suggest~ that \t epistemic \tsuggest
            {some|many|} {critics|--experts|a-b-c} x-\tvague_quantifier\tpeople
            in fact\tnone
            Reportedly\tunverified\talways\textra
            worry~ {|about}\tepistemic

            """
        let fast = try CueLine.parse(text, source: "test")
        #expect(fast.count == 7)
        #expect(Self.summary(fast) == Self.summary(try CueLine.parse(Self.general(text), source: "test")))
        // Tokens are hashed as the general reading hashes the expanded words.
        let suggest = try #require(fast.first { $0.rule == .suggest })
        #expect(suggest.slots == [["suggest", "suggests", "suggested", "suggesting"].map { [TermHash.hash($0)] }, [[TermHash.hash("that")]]])
    }

    @Test("Mistakes in ASCII lines get the general reading's errors")
    func errors() {
        let cases = ["allegedly\n", "foo\tweird\n", "x\tepistemic\tsometimes\n", "{a|b\tepistemic\n", "{|}\tepistemic\n",
                     "ok\tepistemic\n~\tepistemic\n", "\tepistemic\n", "a\t\n", "a\tEpistemic\n",
                     "{a|b|c|d|e|f|g|h|i|j} {a|b|c|d|e|f|g|h|i|j} {a|b|c|d|e|f|g|h|i|j} {a|b|c|d|e|f|g|h|i|j} {a|b|c|d|e|f|g|h|i|j}\tepistemic\n"]
        for text in cases {
            let message = Self.error(text)
            #expect(message != nil, "\(text)")
            #expect(message == Self.error(Self.general(text)), "\(text)")
        }
        #expect(Self.error("ok\tepistemic\nfoo\tweird\n")?.contains("line 2: unknown category 'weird'") == true)
    }

    @Test("Lines with other characters are read the general way")
    func otherCharacters() throws {
        let lines = try CueLine.parse("caf\u{E9} {s\u{FB}r|certain}\tbooster\nplain\tepistemic\n", source: "test")
        #expect(lines.count == 2)
        #expect(lines[0].slots == [[[TermHash.hash("caf\u{E9}")]], [[TermHash.hash("s\u{FB}r")], [TermHash.hash("certain")]]])
    }
}
