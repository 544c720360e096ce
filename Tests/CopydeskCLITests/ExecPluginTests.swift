import Foundation
import Testing

/// The out-of-process plugin protocol, end to end through the built binary.
struct ExecPluginTests {
    static var hasPython: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") }

    static func records(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test(.enabled(if: hasPython)) func pythonExamplePluginReportsUnderItsName() throws {
        let result = try AnalyzeProcess.run(["--plugins", "none", "--format", "jsonl", "--exec-plugin",
                                             "figures=python3 Examples/ExecPlugin/figures.py", AnalyzeProcess.fixture("wire.txt")])
        #expect(result.status == 0)
        let record = try #require(try Self.records(result.stdout).first)
        let figures = try #require((record["plugins"] as? [String: Any])?["figures"] as? [String: Any])
        #expect(figures["figures"] as? Int == 2)   // "52" and "5" in "Jan. 5"
        #expect(figures["first_figure"] as? String == "5")
    }

    @Test func malformedRepliesCrashesAndHangsBecomeErrorEntries() throws {
        let script = "read a; echo notjson; read b; exit 3"
        let result = try AnalyzeProcess.run(["--plugins", "lexical", "--format", "jsonl", "--jobs", "1", "--exec-plugin", "bad=\(script)",
                                             AnalyzeProcess.fixture("wire.txt"), AnalyzeProcess.fixture("wire.txt"), AnalyzeProcess.fixture("wire.txt")])
        #expect(result.status == 1)
        let records = try Self.records(result.stdout)
        #expect(records.count == 3)
        let messages = records.map { (($0["errors"] as? [[String: Any]])?.first?["message"] as? String) ?? "" }
        #expect(messages[0].contains("not a JSON object"))
        #expect(messages[1].contains("exited without a reply"))
        // Restarted for the third document, which again gets a malformed reply.
        #expect(messages[2].contains("not a JSON object"))
        // The built-in plugins' results are kept.
        #expect(records.allSatisfy { ($0["plugins"] as? [String: Any])?["lexical"] != nil })

        let hang = try AnalyzeProcess.run(["--plugins", "none", "--format", "jsonl", "--exec-timeout", "0.5", "--exec-plugin", "slow=sleep 30",
                                           AnalyzeProcess.fixture("wire.txt")])
        #expect(hang.status == 1)
        #expect(hang.stdout.contains("no reply within 0.5 s"))
    }

    @Test func csvKeepsEachReplyWholeInItsOwnColumn() throws {
        // The first reply is a JSON object, the second is not: an empty cell and an error.
        let script = "read a; echo '{\"n\": 1, \"note\": \"a, b\"}'; read b; echo oops; read c"
        let result = try AnalyzeProcess.run(["--plugins", "none", "--format", "csv", "--jobs", "1", "--exec-plugin", "echo=\(script)",
                                             AnalyzeProcess.fixture("wire.txt"), AnalyzeProcess.fixture("wire.txt")])
        let rows = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 3)
        #expect(rows[0].hasSuffix(",echo_json"))
        #expect(rows[1].hasSuffix(",\"{\"\"n\"\": 1, \"\"note\"\": \"\"a, b\"\"}\""))
        #expect(rows[2].hasSuffix(","))
        #expect(rows[2].contains("not a JSON object"))
    }

    @Test func badExecPluginArgumentsAreUsageErrors() throws {
        let result = try AnalyzeProcess.run(["--exec-plugin", "no-equals-sign", AnalyzeProcess.fixture("wire.txt")])
        #expect(result.status == 64)
        let taken = try AnalyzeProcess.run(["--exec-plugin", "tone=cat", AnalyzeProcess.fixture("wire.txt")])
        #expect(taken.status == 64 && taken.stderr.contains("already taken"))
    }
}
