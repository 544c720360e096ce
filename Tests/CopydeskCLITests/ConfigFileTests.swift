import Foundation
import Testing

struct ConfigFileTests {

    @Test func configChoosesPluginsAndOptions() throws {
        let scratch = try ScratchDirectory("config")
        defer { scratch.remove() }
        let config = try scratch.write("plugins: [lexical]\noptions:\n  lexical:\n    top: 2\n", to: "copydesk.yml")
        let result = try AnalyzeProcess.run(["--config", config, "--format", "json", AnalyzeProcess.fixture("wire.txt")])
        #expect(result.status == 0)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let plugins = try #require(record["plugins"] as? [String: Any])
        #expect(Array(plugins.keys) == ["lexical"])
        #expect(((plugins["lexical"] as? [String: Any])?["top_content_words"] as? [Any])?.count == 2)
    }

    @Test func aJSONConfigIsReadToo() throws {
        let scratch = try ScratchDirectory("config")
        defer { scratch.remove() }
        // YAML 1.2 reads JSON, so a configuration written by a script as JSON works as it is.
        let config = try scratch.write("{\"plugins\": [\"lexical\"], \"options\": {\"lexical\": {\"top\": 2}}}\n", to: "copydesk.json")
        let result = try AnalyzeProcess.run(["--config", config, "--format", "json", AnalyzeProcess.fixture("wire.txt")])
        #expect(result.status == 0)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let plugins = try #require(record["plugins"] as? [String: Any])
        #expect(Array(plugins.keys) == ["lexical"])
        #expect(((plugins["lexical"] as? [String: Any])?["top_content_words"] as? [Any])?.count == 2)
    }

    @Test func commandLineWinsOverConfig() throws {
        let scratch = try ScratchDirectory("config")
        defer { scratch.remove() }
        let config = try scratch.write("plugins: [lexical]\n", to: "copydesk.yml")
        let result = try AnalyzeProcess.run(["--config", config, "--plugins", "none", "--format", "json", AnalyzeProcess.fixture("wire.txt")])
        let record = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((record["plugins"] as? [String: Any])?.isEmpty == true)
    }

    @Test func unknownKeysListTheValidOnes() throws {
        let scratch = try ScratchDirectory("config")
        defer { scratch.remove() }
        let top = try scratch.write("plugin: [tone]\n", to: "unknown-key.yml")
        let result = try AnalyzeProcess.run(["--config", top, AnalyzeProcess.fixture("wire.txt")])
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown key 'plugin'") && result.stderr.contains("valid keys: plugins, language, options"))
        let option = try scratch.write("options:\n  lexical:\n    tpo: 3\n", to: "unknown-option.yml")
        let second = try AnalyzeProcess.run(["--config", option, "--plugins", "lexical", AnalyzeProcess.fixture("wire.txt")])
        #expect(second.status == 64 && second.stderr.contains("unknown option 'tpo'") && second.stderr.contains("valid keys: top"))
        let typed = try scratch.write("options:\n  lexical:\n    top: many\n", to: "wrong-type.yml")
        let third = try AnalyzeProcess.run(["--config", typed, "--plugins", "lexical", AnalyzeProcess.fixture("wire.txt")])
        #expect(third.status == 64 && third.stderr.contains("must be a number"))
    }

    @Test func missingConfigFileIsAnError() throws {
        let result = try AnalyzeProcess.run(["--config", "/nonexistent/copydesk.yml", AnalyzeProcess.fixture("wire.txt")])
        #expect(result.status == 64 && result.stderr.contains("no such configuration file"))
    }
}
