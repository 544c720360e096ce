import Foundation
import Testing

struct SegmentCommandTests {
    @Test func goldenSentences() throws {
        let result = try AnalyzeProcess.run(["segment", AnalyzeProcess.fixture("wire.txt")])
        let expected = try String(contentsOfFile: AnalyzeProcess.fixture("wire.sentences.txt"), encoding: .utf8)
        #expect(result.status == 0)
        #expect(result.stdout == expected)
        #expect(result.stderr.isEmpty)
    }

    @Test func jsonlOffsetsAreScalarOffsets() throws {
        let text = "Café “news”. Next one."
        let result = try AnalyzeProcess.run(["segment", "--format", "jsonl"], stdin: text)
        let lines = result.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(lines.count == 2)
        let scalars = Array(text.unicodeScalars)
        for line in lines {
            let start = line["start"] as! Int, end = line["end"] as! Int
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == line["text"] as! String)
            #expect(line["kind"] as? String == "sentence")
        }
    }

    @Test func wordsAndParagraphs() throws {
        let words = try AnalyzeProcess.run(["segment", "--unit", "word"], stdin: "Don't stop-gap 3.5!")
        #expect(words.stdout == "Don't\nstop\n-\ngap\n3.5\n!\n")
        let paragraphs = try AnalyzeProcess.run(["segment", "--unit", "paragraph"], stdin: "One\ntwo.\n\nThree.")
        #expect(paragraphs.stdout == "One\ntwo.\nThree.\n")
    }

    @Test func badInputs() throws {
        let missing = try AnalyzeProcess.run(["segment", "no/such/file.txt"])
        #expect(missing.status == 66 && missing.stderr.contains("no such file") && missing.stdout.isEmpty)
        let directory = try AnalyzeProcess.run(["segment", "Tests"])
        #expect(directory.status == 66 && directory.stderr.contains("is a directory"))
        let empty = try AnalyzeProcess.run(["segment"], stdin: "")
        #expect(empty.status == 0 && empty.stdout.isEmpty)
    }

    @Test func invalidUTF8WarnsOrFailsWhenStrict() throws {
        let scratch = try ScratchDirectory("invalid")
        defer { scratch.remove() }
        let path = try scratch.write(Data([0x41, 0x42, 0xFF, 0x43, 0x2E]), to: "article.txt")
        let lenient = try AnalyzeProcess.run(["segment", path])
        #expect(lenient.status == 0 && lenient.stderr.contains("invalid UTF-8 at byte 2") && lenient.stdout == "AB\u{FFFD}C.\n")
        let strict = try AnalyzeProcess.run(["segment", "--strict", path])
        #expect(strict.status == 65 && strict.stdout.isEmpty)
    }

    @Test func syllableColumn() throws {
        let result = try AnalyzeProcess.run(["segment", "--unit", "word", "--syllables", "--lang", "en"], stdin: "Every business idea.")
        #expect(result.stdout == "Every\t3\nbusiness\t2\nidea\t3\n.\t0\n")
        let misuse = try AnalyzeProcess.run(["segment", "--syllables"], stdin: "x")
        #expect(misuse.status == 64)
    }

    /// An export of two articles (one with a non-ASCII character before a sentence), a broken
    /// line and a record without text.
    private func export(in scratch: ScratchDirectory) throws -> String {
        let lines = [#"{"id": "a", "text": "Café opens. It is busy.", "lang": "en"}"#, #"{"id": "b", "text": "One sentence."}"#,
                     "{not json", #"{"id": "c"}"#]
        return try scratch.write(lines.joined(separator: "\n") + "\n", to: "export.jsonl")
    }

    /// JSON Lines are segmented record by record, each record's segments under its id.
    @Test func segmentsEachRecordOfJSONLines() throws {
        let scratch = try ScratchDirectory("segment-jsonl")
        defer { scratch.remove() }
        let path = try export(in: scratch)
        let result = try AnalyzeProcess.run(["segment", path])
        #expect(result.status == 1)
        let sections = result.stdout.components(separatedBy: "== ").dropFirst()
        #expect(Array(sections.prefix(2)) == ["a\nCafé opens.\nIt is busy.\n\n", "b\nOne sentence.\n\n"])
        #expect(sections.dropFirst(2).first?.hasPrefix("\(path):3\nerror: line 3: not valid JSON") == true)
        #expect(sections.last == "c\nerror: line 4: no \"text\" field (set --text-field)\n\n")
        #expect(result.stderr.contains("line 3") && result.stderr.contains("line 4"))
    }

    /// In jsonl each segment carries its record's id, with offsets into the record's text; a record
    /// that cannot be read gives one line with its errors. Standard input is told by its start.
    @Test func jsonlSegmentsCarryTheirRecordsID() throws {
        let scratch = try ScratchDirectory("segment-jsonl-ids")
        defer { scratch.remove() }
        let path = try export(in: scratch)
        let result = try AnalyzeProcess.run(["segment", "--format", "jsonl", path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(lines.map { $0["id"] as? String } == ["a", "a", "b", "\(path):3", "c"])
        #expect(lines[1]["text"] as? String == "It is busy." && lines[1]["start"] as? Int == 12 && lines[1]["end"] as? Int == 23)
        #expect(((lines[3]["errors"] as? [[String: Any]])?.first?["code"] as? String) == "invalid_json")
        #expect(((lines[4]["errors"] as? [[String: Any]])?.first?["code"] as? String) == "missing_text_field")
        let fromStdin = try AnalyzeProcess.run(["segment", "--format", "jsonl"], stdin: try String(contentsOfFile: path, encoding: .utf8))
        #expect(fromStdin.stdout == result.stdout.replacingOccurrences(of: path, with: "<stdin>"))
    }

    /// A web page is segmented as the article extracted from it (what `analyze clean` prints),
    /// not as its markup; on standard input it is told by its start.
    @Test func segmentsTheArticleOfAWebPage() throws {
        let scratch = try ScratchDirectory("segment-page")
        defer { scratch.remove() }
        let page = "<!DOCTYPE html><html><head><title>Budget vote</title></head><body><nav>Home | World</nav><article><p>The mayor said the budget was fine. The council agreed on Tuesday.</p></article><footer>Share this article</footer></body></html>"
        let path = try scratch.write(page, to: "story.html")
        let result = try AnalyzeProcess.run(["segment", path])
        #expect(result.status == 0)
        #expect(result.stdout == "Budget vote\nThe mayor said the budget was fine.\nThe council agreed on Tuesday.\n")
        #expect(try AnalyzeProcess.run(["segment"], stdin: page).stdout == result.stdout)
        #expect(try AnalyzeProcess.run(["segment", "--input-format", "text", path]).stdout.contains("<nav>"))
    }
}
