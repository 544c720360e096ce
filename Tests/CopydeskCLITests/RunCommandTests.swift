import Foundation
import Testing

struct RunCommandTests {
    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func jsonRecordHasTheDocumentedShape() throws {
        let result = try AnalyzeProcess.run(["--format", "json", "--include", "sentences", AnalyzeProcess.fixture("wire.txt")])
        #expect(result.status == 0)
        let record = try Self.json(result.stdout)
        #expect(Set(record.keys) == ["schema_version", "id", "source", "language", "stats", "readability", "cleaning", "plugins", "errors", "sentences"])
        #expect(record["schema_version"] as? Int == 1)
        #expect(record["language"] as? String == "en")
        let stats = try #require(record["stats"] as? [String: Any])
        #expect(stats["sentences"] as? Int == 4)
        #expect(stats["paragraphs"] as? Int == 3)
        let readability = try #require(record["readability"] as? [String: Any])
        #expect(readability["flesch_reading_ease"] is Double)
        #expect(readability["smog"] is NSNull)
        #expect((readability["not_applicable"] as? [String: String])?["smog"]?.contains("30 sentences") == true)
        let sentences = try #require(record["sentences"] as? [[String: Any]])
        #expect(sentences.count == 4 && sentences[0]["text"] as? String == "Harbor Authority Names New Chief")
    }

    @Test func documentedFieldsAreEmitted() throws {
        // Docs/output.md lists the top-level and stats fields under "JSON record" (down to the
        // next section); each must appear in a record.
        let page = try String(contentsOf: AnalyzeProcess.packageRoot.appendingPathComponent("Docs/output.md"), encoding: .utf8)
        let section = try #require(page.range(of: "\n## JSON record\n"))
        let docs = page[section.upperBound...].components(separatedBy: "\n## ")[0]
        let result = try AnalyzeProcess.run(["--format", "json", AnalyzeProcess.fixture("wire.txt")])
        let record = try Self.json(result.stdout)
        let stats = try #require(record["stats"] as? [String: Any])
        let documented = docs.split(separator: "\n").filter { $0.hasPrefix("| `") }.compactMap { line -> String? in
            let parts = line.split(separator: "`")
            return parts.count > 1 ? String(parts[1]) : nil
        }
        #expect(!documented.isEmpty)
        for field in documented where !field.contains(".") {
            #expect(record[field] != nil || stats[field] != nil, "documented field \(field) is missing")
        }
    }

    /// Some built-in reports write their members by hand (for speed): each must still write
    /// exactly the output fields its plugin describes, no field dropped and none added.
    @Test func builtInReportsWriteTheFieldsTheirPluginsDescribe() throws {
        let record = try Self.json(try AnalyzeProcess.run(["--format", "json", AnalyzeProcess.fixture("wire.txt")]).stdout)
        let plugins = try #require(record["plugins"] as? [String: Any])
        for id in ["tone", "sources", "hedging", "lexical"] {
            let description = try AnalyzeProcess.run(["plugins", id]).stdout
            let fields = description.split(separator: "\n")
                .drop { !$0.hasPrefix("Output fields") }.dropFirst()
                .compactMap { line in line.hasPrefix("  ") ? line.split(separator: " ").first.map(String.init) : nil }
            let report = try #require(plugins[id] as? [String: Any], "no report for \(id)")
            #expect(!fields.isEmpty, "no output fields described for \(id)")
            #expect(Set(report.keys) == Set(fields), "\(id): report keys differ from its described output fields")
        }
    }

    @Test func jsonLinesInputKeepsIdsAndReportsBadLines() throws {
        let result = try AnalyzeProcess.run(["--format", "jsonl", "--plugins", "none", AnalyzeProcess.fixture("export.jsonl")])
        #expect(result.status == 1)
        let records = try result.stdout.split(separator: "\n").map { try Self.json(String($0)) }
        #expect(records.count == 4)
        #expect(records[0]["id"] as? String == "a1" && records[2]["id"] as? String == "7" && records[3]["id"] as? String == "a4")
        #expect((records[1]["id"] as? String)?.hasSuffix("export.jsonl:2") == true)
        let bad = try #require((records[1]["errors"] as? [[String: Any]])?.first)
        #expect(bad["code"] as? String == "invalid_json" && bad["line"] as? Int == 2)
        #expect(((records[2]["errors"] as? [[String: Any]])?.first?["code"] as? String) == "missing_text_field")
        #expect((records[0]["stats"] as? [String: Any])?["sentences"] as? Int == 2)
    }

    @Test func malformedAndNonObjectLinesSayWhichTheyAre() throws {
        let input = "{\"id\":\"ok\",\"text\":\"Fine.\"}\n{\"text\": \"unterminated}\n[1, 2]\n"
        let result = try AnalyzeProcess.run(["--format", "jsonl", "--plugins", "none", "--input-format", "jsonl", "-"], stdin: input)
        #expect(result.status == 1)
        let records = try result.stdout.split(separator: "\n").map { try Self.json(String($0)) }
        #expect(records.count == 3)
        func message(_ index: Int) -> String? { (records[index]["errors"] as? [[String: Any]])?.first?["message"] as? String }
        #expect(message(1)?.contains("not valid JSON") == true)
        #expect(message(2)?.contains("valid JSON but not an object") == true)
    }

    @Test func standardInputIsReadAsJSONLinesOrAPageByItsFirstLine() throws {
        let lines = "\n{\"id\":\"a\",\"text\":\"The mayor spoke.\"}\n{\"id\":\"b\",\"text\":\"Then she left.\"}\n"
        let sniffed = try AnalyzeProcess.run(["--format", "jsonl", "--plugins", "none", "-"], stdin: lines)
        let explicit = try AnalyzeProcess.run(["--format", "jsonl", "--plugins", "none", "--input-format", "jsonl", "-"], stdin: lines)
        #expect(sniffed.status == 0 && sniffed.stdout == explicit.stdout)
        #expect(try sniffed.stdout.split(separator: "\n").map { try Self.json(String($0))["id"] as? String } == ["a", "b"])

        let page = "<!DOCTYPE html><html><head><title>Budget</title></head><body><article><p>The mayor said the budget was fine, and the council agreed.</p></article></body></html>"
        let asPage = try AnalyzeProcess.run(["--format", "jsonl", "--plugins", "none"], stdin: page)
        let explicitPage = try AnalyzeProcess.run(["--format", "jsonl", "--plugins", "none", "--input-format", "html", "-"], stdin: page)
        #expect(asPage.status == 0 && asPage.stdout == explicitPage.stdout)
        #expect(!asPage.stdout.contains("DOCTYPE"))

        // Prose that happens to open with a brace stays one article.
        let prose = try AnalyzeProcess.run(["--format", "jsonl", "--plugins", "none", "-"], stdin: "{Braces} open this article.\nIt goes on.\n")
        #expect(prose.stdout.split(separator: "\n").count == 1)
        #expect(try (Self.json(prose.stdout)["stats"] as? [String: Any])?["sentences"] as? Int == 2)
    }

    @Test func problemsAreReportedInInputOrderWithTwoJobs() throws {
        // Workers load records in parallel; their messages still come out in input order.
        var lines: [String] = []
        for n in 1...60 { lines.append(n % 3 == 0 ? "{\"id\":\"\(n)\"}" : "{\"id\":\"\(n)\",\"text\":\"Line \(n) is fine.\"}") }
        let result = try AnalyzeProcess.run(["--format", "jsonl", "--plugins", "none", "--jobs", "2", "--input-format", "jsonl", "-"],
                                            stdin: lines.joined(separator: "\n") + "\n")
        let reported = result.stderr.split(separator: "\n").compactMap { line -> Int? in
            guard let range = line.range(of: "<stdin>:") else { return nil }
            return Int(line[range.upperBound...].prefix { $0.isNumber })
        }
        #expect(reported == Array(stride(from: 3, through: 60, by: 3)))
    }

    @Test func invalidLinesSayWhatIsWrongWithThem() throws {
        // Valid JSON nested deeper than the readers take is not "just" invalid: the message says so.
        let deep = "{\"id\":\"deep\",\"text\":\"Fine.\",\"meta\":" + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}"
        let input = deep + "\n{\"id\":\"cut\",\"text\":\"Fi\n"
        let result = try AnalyzeProcess.run(["--format", "jsonl", "--plugins", "none", "--input-format", "jsonl", "-"], stdin: input)
        let records = try result.stdout.split(separator: "\n").map { try Self.json(String($0)) }
        #expect(records.count == 2)
        func message(_ index: Int) -> String? { (records[index]["errors"] as? [[String: Any]])?.first?["message"] as? String }
        #expect(message(0)?.contains("not valid JSON: Too many nested arrays or dictionaries") == true)
        #expect(message(1)?.contains("not valid JSON: ") == true)
        #expect(result.stderr.contains("line 1: not valid JSON: Too many nested"))
    }

    @Test func csvHasAHeaderAndOneRowPerDocument() throws {
        let result = try AnalyzeProcess.run(["--format", "csv", "--plugins", "lexical", AnalyzeProcess.fixture("wire.txt"), AnalyzeProcess.fixture("export.jsonl")])
        let rows = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 1 + 5)
        let header = rows[0].split(separator: ",").map(String.init)
        #expect(Array(header.prefix(4)) == ["id", "source", "language", "errors"])
        #expect(header.contains("stats_words") && header.contains("readability_flesch_reading_ease") && header.contains("lexical_type_token_ratio"))
    }

    @Test func unknownPluginIsAUsageErrorWithSuggestions() throws {
        let result = try AnalyzeProcess.run(["--plugins", "lexcal", AnalyzeProcess.fixture("wire.txt")])
        #expect(result.status == 64)
        #expect(result.stderr.contains("did you mean 'lexical'") && result.stderr.contains("Available:"))
        #expect(result.stdout.isEmpty)
    }

    @Test func missingFilesAndEmptyInputsYieldRecords() throws {
        let result = try AnalyzeProcess.run(["--format", "jsonl", "--plugins", "none", "nope.txt", "-"], stdin: "  \n")
        #expect(result.status == 66)
        let records = try result.stdout.split(separator: "\n").map { try Self.json(String($0)) }
        #expect(records.count == 2)
        #expect(((records[1]["errors"] as? [[String: Any]])?.first?["code"] as? String) == "empty_input")
    }

    @Test func binaryInputIsRejectedClearly() throws {
        let scratch = try ScratchDirectory("binary")
        defer { scratch.remove() }
        let path = try scratch.write(Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10]), to: "archive.txt")
        let result = try AnalyzeProcess.run(["--format", "jsonl", path])
        #expect(result.status == 65 && result.stderr.contains("binary"))
        #expect(result.stdout.split(separator: "\n").count == 1)
    }

    /// Binary data without NUL bytes (here: bytes 1–255 shuffled) is refused too, not read as
    /// text full of replacement characters.
    @Test func binaryInputWithoutNULBytesIsRejectedClearly() throws {
        let scratch = try ScratchDirectory("noise")
        defer { scratch.remove() }
        var generator = SystemRandomNumberGenerator()
        let path = try scratch.write(Data((1...255).map { UInt8($0) }.shuffled(using: &generator)), to: "noise.txt")
        let result = try AnalyzeProcess.run(["--format", "jsonl", path])
        #expect(result.status == 65 && result.stderr.contains("binary") && result.stderr.contains("control characters"))
        #expect(result.stdout.contains(#""code":"binary_input""#))
    }

    /// A binary file named like a web page is refused, not parsed as a page of garbage.
    @Test func binaryFileNamedHTMLIsRejectedClearly() throws {
        let scratch = try ScratchDirectory("binary-page")
        defer { scratch.remove() }
        let path = try scratch.write(Data([0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E, 0x00, 0x00, 0xFF, 0x10]), to: "page.html")
        let result = try AnalyzeProcess.run(["--format", "jsonl", path])
        #expect(result.status == 65 && result.stderr.contains("binary"))
        #expect(result.stdout.contains(#""code":"binary_input""#))
        let clean = try AnalyzeProcess.run(["clean", path])
        #expect(clean.status == 65 && clean.stdout.isEmpty)
    }

    @Test func pluginsCommandListsAndDescribes() throws {
        let list = try AnalyzeProcess.run(["plugins"])
        #expect(list.status == 0 && list.stdout.contains("lexical"))
        let one = try AnalyzeProcess.run(["plugins", "lexical"])
        #expect(one.stdout.contains("type_token_ratio"))
    }

    @Test func textSummaryForAPerson() throws {
        let result = try AnalyzeProcess.run([AnalyzeProcess.fixture("wire.txt")])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Readability") && result.stdout.contains("reads as:"))
    }

    @Test func invalidUTF8InAJSONLinesRecordIsReplacedWithAWarning() throws {
        let scratch = try ScratchDirectory("invalid")
        defer { scratch.remove() }
        let path = try scratch.write(Data(#"{"id":"x","text":"caf"#.utf8 + [0xE9] + #" au lait."}"#.utf8 + [0x0A]), to: "export.jsonl")
        let lenient = try AnalyzeProcess.run(["--format", "jsonl", "--plugins", "none", path])
        #expect(lenient.status == 0 && lenient.stderr.contains("invalid UTF-8"))
        #expect((try Self.json(lenient.stdout.trimmingCharacters(in: .newlines))["stats"] as? [String: Any])?["words"] as? Int == 3)
        let strict = try AnalyzeProcess.run(["--format", "jsonl", "--plugins", "none", "--strict", path])
        #expect(strict.status == 65 && strict.stdout.contains("invalid_utf8"))
    }

    @Test func anUnpairedSurrogateEscapeIsReplacedWithAWarning() throws {
        let scratch = try ScratchDirectory("surrogate")
        defer { scratch.remove() }
        let path = try scratch.write(Data(#"{"id":"x","text":"A teaser cut inside an emoji \ud83d"}"#.utf8 + [0x0A]), to: "export.jsonl")
        let lenient = try AnalyzeProcess.run(["--format", "jsonl", "--plugins", "none", path])
        #expect(lenient.status == 0 && lenient.stderr.contains("unpaired surrogate escape at byte 47"))
        #expect((try Self.json(lenient.stdout.trimmingCharacters(in: .newlines))["stats"] as? [String: Any])?["words"] as? Int == 6)
        let strict = try AnalyzeProcess.run(["--format", "jsonl", "--plugins", "none", "--strict", path])
        #expect(strict.status == 65 && strict.stdout.contains("invalid_utf8"))
    }

    @Test func directoriesAreReadRecursivelyInSortedOrder() throws {
        let scratch = try ScratchDirectory("dir")
        defer { scratch.remove() }
        try scratch.write("Second one here.", to: "b/x.txt")
        try scratch.write("First one here.", to: "a.txt")
        try scratch.write("ignored", to: "c.pdf")
        let result = try AnalyzeProcess.run(["--format", "jsonl", "--plugins", "none", scratch.url.path])
        let ids = try result.stdout.split(separator: "\n").map { try Self.json(String($0))["id"] as? String ?? "" }
        #expect(ids.count == 2 && ids[0].hasSuffix("/a.txt") && ids[1].hasSuffix("/b/x.txt"))
    }

    @Test func gzipJSONLinesAreRead() throws {
        let scratch = try ScratchDirectory("gzip")
        defer { scratch.remove() }
        let plain = URL(fileURLWithPath: try scratch.write("{\"id\":\"g1\",\"text\":\"One sentence.\"}\n{\"id\":\"g2\",\"text\":\"Two. Three.\"}\n", to: "export.jsonl"))
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-f", plain.path]
        try gzip.run()
        gzip.waitUntilExit()
        let result = try AnalyzeProcess.run(["--format", "jsonl", "--plugins", "none", plain.path + ".gz"])
        #expect(result.status == 0)
        let ids = try result.stdout.split(separator: "\n").map { try Self.json(String($0))["id"] as? String ?? "" }
        #expect(ids == ["g1", "g2"])
        // Piped in, with or without --input-format jsonl: gzip's magic number says how to read it.
        let compressed = try Data(contentsOf: URL(fileURLWithPath: plain.path + ".gz"))
        for options in [[], ["--input-format", "jsonl"]] {
            let piped = try AnalyzeProcess.run(["--format", "jsonl", "--plugins", "none"] + options + ["-"], stdinBytes: compressed)
            #expect(piped.status == 0)
            #expect(try piped.stdout.split(separator: "\n").map { try Self.json(String($0))["id"] as? String ?? "" } == ["g1", "g2"])
        }
    }

    @Test func orderIsKeptWithSeveralJobsAndRelaxedWithUnordered() throws {
        let lines = (0..<300).map { index in
            let text = index % 7 == 0 ? String(repeating: "A long sentence about the council budget. ", count: 200) : "Short note \(index)."
            return "{\"id\":\"d\(index)\",\"text\":\"\(text)\"}"
        }.joined(separator: "\n") + "\n"
        let scratch = try ScratchDirectory("order")
        defer { scratch.remove() }
        let path = try scratch.write(lines, to: "export.jsonl")
        let ordered = try AnalyzeProcess.run(["--format", "jsonl", "--jobs", "2", "--plugins", "lexical", path])
        let orderedIDs = try ordered.stdout.split(separator: "\n").map { try Self.json(String($0))["id"] as? String ?? "" }
        #expect(orderedIDs == (0..<300).map { "d\($0)" })
        let unordered = try AnalyzeProcess.run(["--format", "jsonl", "--jobs", "2", "--unordered", "--plugins", "lexical", path])
        let unorderedIDs = try unordered.stdout.split(separator: "\n").map { try Self.json(String($0))["id"] as? String ?? "" }
        #expect(unordered.status == 0)
        #expect(Set(unorderedIDs) == Set(orderedIDs) && unorderedIDs.count == 300)
    }

    @Test func largeRecordsAreHandedOverInOrderWithSeveralJobs() throws {
        // With --include tokens a record is far larger than its text: a worker hands its records
        // over before its batch is done, and the order still holds.
        let sentence = "The council met on Tuesday and approved the budget for the new school year. "
        let lines = (0..<40).map { index in
            "{\"id\":\"big\(index)\",\"text\":\"" + String(repeating: sentence, count: index % 4 == 0 ? 500 : 20) + "\"}"
        }.joined(separator: "\n") + "\n"
        let scratch = try ScratchDirectory("large-records")
        defer { scratch.remove() }
        let path = try scratch.write(lines, to: "export.jsonl")
        let result = try AnalyzeProcess.run(["--format", "jsonl", "--jobs", "2", "--plugins", "none", "--include", "tokens", path])
        #expect(result.status == 0)
        let ids = try result.stdout.split(separator: "\n").map { try Self.json(String($0))["id"] as? String ?? "" }
        #expect(ids == (0..<40).map { "big\($0)" })
    }

    /// A JSON Lines pipe fed as articles arrive: each record is written as soon as its line has
    /// been analyzed, not when the input ends, and Ctrl-C while the input is awaited ends the run
    /// at once with what was done.
    @Test func recordsOfAPipeFedSlowlyComeOutBeforeItEndsAndCtrlCEndsTheWait() throws {
        let analyze = try RunningAnalyze(["--format", "jsonl", "--plugins", "none", "--jobs", "2", "--input-format", "jsonl", "-"])
        analyze.write("{\"id\":\"first\",\"text\":\"The council met on Tuesday.\"}\n")
        // The record comes while standard input is still open.
        #expect(analyze.firstOutputLine().contains("\"id\":\"first\""))
        let ended = analyze.interrupt()
        #expect(ended.status == 130)
        #expect(ended.stderr.contains("interrupted after 1 document;"))
    }

    /// Ctrl-C while `analyze` still waits for the first bytes of standard input (to tell what it
    /// holds) ends the run at once, and says that nothing was read.
    @Test func ctrlCBeforeAnyInputEndsTheRun() throws {
        let analyze = try RunningAnalyze(["--format", "jsonl"])
        Thread.sleep(forTimeInterval: 2)  // start-up takes milliseconds; then it waits for input
        let ended = analyze.interrupt()
        #expect(ended.status == 130)
        #expect(ended.stdout.isEmpty)
        #expect(ended.stderr.contains("interrupted before any document was read"))
    }
}
