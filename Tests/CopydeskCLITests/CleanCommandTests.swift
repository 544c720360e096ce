import Foundation
import Testing

/// `analyze clean`, end to end on a scraped article written for these tests.
struct CleanCommandTests {
    let fixture = AnalyzeProcess.fixture("scraped-article.txt")

    @Test func printsTheKeptTextWithTitleAndDek() throws {
        let result = try AnalyzeProcess.run(["clean", fixture])
        #expect(result.status == 0)
        let text = result.stdout
        #expect(text.hasPrefix("Coat Drive Breaks Its Own Record\n\nOrganizers say"))
        #expect(text.contains("The Riverside winter coat drive collected"))
        #expect(text.hasSuffix("before the end of December.\n"))
        for dropped in ["Lena Ortiz", "By Sam Price", "Share on Facebook", "Advertisement", "cookies", "Accept all"] {
            #expect(!text.contains(dropped), "\(dropped)")
        }
    }

    @Test func bodyOnlyLeavesOutTitleAndDek() throws {
        let result = try AnalyzeProcess.run(["clean", "--body-only", fixture])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("The Riverside winter coat drive"))
        #expect(!result.stdout.contains("Coat Drive Breaks"))
    }

    @Test func jsonLabelsEveryBlock() throws {
        let result = try AnalyzeProcess.run(["clean", "--format", "json", fixture])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let blocks = object["blocks"] as! [[String: Any]]
        func label(startingWith prefix: String) -> String? {
            blocks.first { ($0["text"] as! String).hasPrefix(prefix) }?["label"] as? String
        }
        #expect(label(startingWith: "Coat Drive") == "title")
        #expect(label(startingWith: "Organizers say") == "dek")
        #expect(label(startingWith: "By Sam Price") == "byline")
        #expect(label(startingWith: "Volunteers sort donated coats at the Riverside depot on Saturday. Lena") == "credit")
        #expect(blocks.first?["label"] as? String == "caption")
        #expect(label(startingWith: "The Riverside winter") == "body")
        #expect(label(startingWith: "Advertisement") == "boilerplate")
        #expect(label(startingWith: "We use cookies") == "boilerplate")
        #expect(blocks.allSatisfy { ($0["kept"] as! Bool) == ["body", "title", "dek"].contains($0["label"] as! String) })
    }

    @Test func readsStandardInput() throws {
        let text = try String(contentsOfFile: fixture, encoding: .utf8)
        let fromStdin = try AnalyzeProcess.run(["clean", "-"], stdin: text)
        let fromFile = try AnalyzeProcess.run(["clean", fixture])
        #expect(fromStdin.stdout == fromFile.stdout)
    }

    @Test func tellsAPageOnStandardInputByItsStart() throws {
        let page = "<!DOCTYPE html><html><head><title>Budget</title></head><body><nav>Home | World</nav><article><p>The mayor said the budget was fine, and the council agreed.</p></article></body></html>"
        let sniffed = try AnalyzeProcess.run(["clean"], stdin: page)
        let explicit = try AnalyzeProcess.run(["clean", "--input-format", "html", "-"], stdin: page)
        #expect(sniffed.status == 0 && sniffed.stdout == explicit.stdout)
        #expect(!sniffed.stdout.contains("<"))
    }

    @Test func missingFileIsAnInputError() throws {
        let result = try AnalyzeProcess.run(["clean", "no-such-article.txt"])
        #expect(result.status == 66)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no-such-article.txt"))
    }

    /// A JSON Lines export: the scraped article, a short one, a broken line, a blank line and a
    /// record without text.
    private func export(in scratch: ScratchDirectory, textField: String = "text", idField: String = "id") throws -> (path: String, article: String) {
        let article = try String(contentsOfFile: fixture, encoding: .utf8)
        func record(_ id: String, _ text: String) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: [idField: id, textField: text, "lang": "en"]), as: UTF8.self)
        }
        let lines = [try record("coat-drive", article), try record("short", "The council met on Tuesday. It agreed."), "{not json", "",
                     #"{"\#(idField)": "no-text"}"#]
        return (try scratch.write(lines.joined(separator: "\n") + "\n", to: "export.jsonl"), article)
    }

    /// Each record of a JSON Lines file is cleaned on its own, under a line with its id; a record
    /// that cannot be read says why, and the run exits 1.
    @Test func cleansEachRecordOfJSONLines() throws {
        let scratch = try ScratchDirectory("clean-jsonl")
        defer { scratch.remove() }
        let (path, article) = try export(in: scratch)
        let result = try AnalyzeProcess.run(["clean", path])
        #expect(result.status == 1)
        let single = try AnalyzeProcess.run(["clean", "-"], stdin: article)
        let sections = result.stdout.components(separatedBy: "== ").dropFirst()
        #expect(sections.map { $0.prefix { $0 != "\n" } } == ["coat-drive", "short", "\(path):3", "no-text"])
        #expect(sections.first == "coat-drive\n" + single.stdout + "\n")
        #expect(sections.dropFirst().first == "short\nThe council met on Tuesday. It agreed.\n\n")
        #expect(sections.dropFirst(2).first?.contains("error: line 3: not valid JSON") == true)
        #expect(sections.last?.contains("error: line 5: no \"text\" field") == true)
        #expect(result.stderr.contains("line 3") && result.stderr.contains("line 5"))
        #expect(!result.stderr.contains("docs/s"), "progress only on a terminal")
    }

    /// JSON format: exactly one line per record, in order, with its id, source, blocks and errors.
    @Test func jsonGivesOneLinePerRecord() throws {
        let scratch = try ScratchDirectory("clean-jsonl-json")
        defer { scratch.remove() }
        let (path, _) = try export(in: scratch, textField: "body", idField: "slug")
        let result = try AnalyzeProcess.run(["clean", "--format", "json", "--text-field", "body", "--id-field", "slug", path])
        #expect(result.status == 1)
        let records = try result.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(records.map { $0["id"] as? String } == ["coat-drive", "short", "\(path):3", "no-text"])
        #expect(records.map { $0["source"] as? String } == [1, 2, 3, 5].map { "\(path):\($0)" })
        let blocks = records[0]["blocks"] as! [[String: Any]]
        #expect(blocks.contains { $0["label"] as? String == "boilerplate" && ($0["text"] as! String).contains("cookies") })
        #expect(records[0]["language"] as? String == "en" && (records[0]["errors"] as! [Any]).isEmpty)
        #expect(((records[2]["errors"] as! [[String: Any]]).first?["code"] as? String) == "invalid_json")
        #expect(((records[3]["errors"] as! [[String: Any]]).first?["code"] as? String) == "missing_text_field")
        #expect((records[3]["blocks"] as! [Any]).isEmpty && records[3]["language"] is NSNull)
    }

    /// JSON Lines on standard input are told by their first line, and read as from a file.
    @Test func tellsJSONLinesOnStandardInputByTheirStart() throws {
        let scratch = try ScratchDirectory("clean-jsonl-stdin")
        defer { scratch.remove() }
        let (path, _) = try export(in: scratch)
        let fromFile = try AnalyzeProcess.run(["clean", "--format", "json", path])
        let fromStdin = try AnalyzeProcess.run(["clean", "--format", "json"], stdin: try String(contentsOfFile: path, encoding: .utf8))
        #expect(fromStdin.status == 1)
        #expect(fromStdin.stdout == fromFile.stdout.replacingOccurrences(of: path, with: "<stdin>"))
    }

    @Test func missingJSONLinesFileIsAnInputError() throws {
        let result = try AnalyzeProcess.run(["clean", "no-such-export.jsonl"])
        #expect(result.status == 66)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no-such-export.jsonl"))
    }

    /// A folder (searched recursively, in sorted order), and a missing path beside it: one record
    /// per document — text file, web page, each JSON Lines record — and one for the missing path;
    /// the worst exit status wins (66).
    @Test func cleansAFolderDocumentByDocument() throws {
        let scratch = try ScratchDirectory("clean-folder")
        defer { scratch.remove() }
        let article = try String(contentsOfFile: fixture, encoding: .utf8)
        try scratch.write(article, to: "archive/a.txt")
        try scratch.write("<html><head><title>Budget vote</title></head><body><nav>Home | World</nav><article><p>The mayor said the budget was fine, and the council agreed on Tuesday.</p></article></body></html>", to: "archive/b.html")
        try scratch.write(#"{"id": "wire-1", "text": "The council met on Tuesday. It agreed."}"# + "\n", to: "archive/sub/c.jsonl")
        try scratch.write("not an article", to: "archive/notes.csv")
        let folder = scratch.path("archive")
        let result = try AnalyzeProcess.run(["clean", "--format", "json", folder, scratch.path("missing.txt")])
        #expect(result.status == 66)
        let records = try result.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(records.map { $0["id"] as? String } == ["\(folder)/a.txt", "\(folder)/b.html", "wire-1", scratch.path("missing.txt")])
        #expect((records[1]["page"] as? [String: Any])?["title"] as? String == "Budget vote")
        #expect(((records[3]["errors"] as? [[String: Any]])?.first?["code"] as? String) == "unreadable_input")
        let single = try AnalyzeProcess.run(["clean", fixture])
        let text = try AnalyzeProcess.run(["clean", folder])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("== \(folder)/a.txt\n" + single.stdout + "\n== \(folder)/b.html\n"))
    }

    /// A binary file among the inputs gets an error record, and the exit status 65.
    @Test func aBinaryFileAmongSeveralIsAnErrorRecord() throws {
        let scratch = try ScratchDirectory("clean-binary")
        defer { scratch.remove() }
        let binary = try scratch.write(Data([0, 1, 2, 0x62, 0x69, 0x6E]), to: "blob.txt")
        let result = try AnalyzeProcess.run(["clean", fixture, binary])
        #expect(result.status == 65)
        #expect(result.stdout.contains("== \(binary)\nerror: ") && result.stdout.hasPrefix("== \(fixture)\n"))
        #expect(result.stderr.contains("blob.txt"))
    }

    /// An archive fed through a pipe: each record's output comes while the input is still open,
    /// and Ctrl-C while more is awaited ends the run with what was done, saying how far it got.
    @Test func recordsOfAPipeComeOutAsTheyArriveAndCtrlCEndsTheRun() throws {
        let clean = try RunningAnalyze(["clean", "--format", "json", "--input-format", "jsonl", "-"])
        clean.write("{\"id\":\"first\",\"text\":\"The council met on Tuesday. It agreed.\"}\n")
        #expect(clean.firstOutputLine().contains("\"id\":\"first\""))
        let ended = clean.interrupt()
        #expect(ended.status == 130)
        #expect(ended.stderr.contains("interrupted after 1 document; the last one read was <stdin>:1"))
    }

    /// An empty article gives the same keys as any other, with nothing in them.
    @Test func anEmptyArticleKeepsTheKeys() throws {
        let result = try AnalyzeProcess.run(["clean", "--format", "json", "-"], stdin: "")
        #expect(result.status == 0)
        #expect(result.stdout == #"{"language":null,"page":null,"blocks":[]}"# + "\n")
    }
}
