import Copydesk
import CopydeskBuiltins
import Foundation
import Testing
@testable import CopydeskCLI

/// `--exec-processes`: copies of an out-of-process plugin, each used by one worker at a time.
struct ExecPluginCopiesTests {
    /// A plugin that answers every request with the process id of its shell.
    private static let pidReporter = #"while read line; do echo "{\"pid\":$$}"; done"#

    private func document() throws -> AnalyzedDocument {
        let pipeline = try Pipeline(registry: AnalyzerRegistry(BuiltinAnalyzers.all), requested: [])
        return try #require(pipeline.run(id: "a", source: "a", text: "A short text. Another one.", language: .english, core: CoreAnalysis()).document)
    }

    private func pid(_ result: Result<RawJSONReport, DocumentIssue>) throws -> Int {
        let reply = try result.get().bytes
        let object = try #require(try JSONSerialization.jsonObject(with: Data(reply)) as? [String: Any])
        return try #require(object["pid"] as? Int)
    }

    /// Requests in a row go to the copies in turn; with one copy, all to it.
    @Test func requestsInARowGoToTheCopiesInTurn() throws {
        let document = try document()
        let two = ExecPlugin(name: "pids", command: Self.pidReporter, timeout: 10, processes: 2)
        defer { two.stop() }
        let pids = try (0..<6).map { _ in try pid(two.analyze(document)) }
        #expect(Set(pids).count == 2)
        #expect(pids[0] != pids[1] && pids[0] == pids[2] && pids[1] == pids[3])
        let one = ExecPlugin(name: "pids", command: Self.pidReporter, timeout: 10)
        defer { one.stop() }
        #expect(Set(try (0..<4).map { _ in try pid(one.analyze(document)) }).count == 1)
    }

    /// Workers at once never share a copy: every request gets its own reply.
    @Test func concurrentRequestsAllGetReplies() async throws {
        let document = try document()
        let plugin = ExecPlugin(name: "pids", command: Self.pidReporter, timeout: 10, processes: 3)
        defer { plugin.stop() }
        let pids = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<24 { group.addTask { try self.pid(plugin.analyze(document)) } }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(pids.count == 24)
        #expect((1...3).contains(Set(pids).count))
    }

    /// End to end: the records are the same with copies, and the values are checked.
    @Test func recordsAreTheSameWithCopies() throws {
        let plugin = #"figures=while read line; do echo '{"ok":true}'; done"#
        let inputs = (0..<4).map { _ in AnalyzeProcess.fixture("wire.txt") }
        let one = try AnalyzeProcess.run(["--plugins", "lexical", "--format", "jsonl", "--jobs", "2", "--exec-plugin", plugin] + inputs)
        let two = try AnalyzeProcess.run(["--plugins", "lexical", "--format", "jsonl", "--jobs", "2", "--exec-processes", "2", "--exec-plugin", plugin] + inputs)
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdout == two.stdout && one.stdout.contains(#""figures":{"ok":true}"#))
        let zero = try AnalyzeProcess.run(["--exec-processes", "0", "--exec-plugin", plugin, AnalyzeProcess.fixture("wire.txt")])
        #expect(zero.status == 64 && zero.stderr.contains("--exec-processes must be at least 1"))
        let timeout = try AnalyzeProcess.run(["--exec-timeout", "0", "--exec-plugin", plugin, AnalyzeProcess.fixture("wire.txt")])
        #expect(timeout.status == 64 && timeout.stderr.contains("--exec-timeout must be a positive number"))
    }

    /// `exec_processes` in the configuration file: a whole number of at least 1.
    @Test func configurationTakesExecProcesses() throws {
        let scratch = try ScratchDirectory("config-exec")
        defer { scratch.remove() }
        let good = try scratch.write("exec_plugins:\n  figures: cat\nexec_processes: 2\nexec_timeout: 5\n", to: "good.yml")
        #expect(try ConfigFile.load(good)?.execProcesses == 2)
        for bad in ["0", "many", "1.5"] {
            let path = try scratch.write("exec_processes: \(bad)\n", to: "bad-\(bad).yml")
            #expect(throws: (any Error).self) { try ConfigFile.load(path) }
        }
    }

    /// The file's `exec_timeout` applies to a plugin given on the command line too, and the
    /// command line's `--exec-timeout` wins over it.
    @Test func timeoutsComeFromTheCommandLineThenTheFile() throws {
        let scratch = try ScratchDirectory("config-timeout")
        defer { scratch.remove() }
        let config = try scratch.write("exec_timeout: 0.5\n", to: "copydesk.yml")
        let slow = #"slow=while read line; do sleep 2; echo '{}'; done"#
        let fromFile = try AnalyzeProcess.run(["--config", config, "--plugins", "none", "--format", "jsonl", "--exec-plugin", slow, AnalyzeProcess.fixture("wire.txt")])
        #expect(fromFile.status == 1 && fromFile.stdout.contains("no reply within 0.5 s"))
        let fromFlag = try AnalyzeProcess.run(["--config", config, "--exec-timeout", "10", "--plugins", "none", "--format", "jsonl", "--exec-plugin", slow, AnalyzeProcess.fixture("wire.txt")])
        #expect(fromFlag.status == 0 && fromFlag.stdout.contains(#""slow":{}"#))
    }

    /// A plugin process holds only its own pipes: one started later does not inherit an earlier
    /// one's, which kept that one from seeing the end of its input when the run was over.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/fd")))
    func pluginsDoNotInheritEachOthersPipes() throws {
        let counter = #"while read line; do echo "{\"fds\":$(ls /proc/$$/fd | wc -l)}"; done"#
        let result = try AnalyzeProcess.run(["--plugins", "none", "--format", "jsonl", "--jobs", "1",
                                             "--exec-plugin", "first=" + counter, "--exec-plugin", "second=" + counter,
                                             AnalyzeProcess.fixture("wire.txt")])
        #expect(result.status == 0)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let plugins = try #require(record["plugins"] as? [String: [String: Int]])
        #expect(plugins["first"]?["fds"] != nil)
        #expect(plugins["first"]?["fds"] == plugins["second"]?["fds"])
    }
}
