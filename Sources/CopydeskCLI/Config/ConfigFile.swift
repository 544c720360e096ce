import Copydesk
import Foundation
import Yams

/// `copydesk.yml`: defaults for a newsroom's runs, found in the working directory or given with
/// `--config`. Command-line options win over it. Every key is checked; an unknown key is an error
/// that lists the valid ones. See `Docs/configuration.md`.
///
/// ```yaml
/// plugins: [tone, sources, hedging]
/// language: en
/// options:
///   tone: { lexicon: house/tone.tsv, neutral_band: 0.1 }
///   hedging: { lexicon: house/hedges.tsv }
/// exec_plugins:
///   jargon_py: python3 Examples/ExecPlugin/jargon.py
/// exec_timeout: 20
/// exec_processes: 4
/// ```
struct ConfigFile {
    var plugins: [String]?
    var language: String?
    var options: [String: [String: AnalyzerOptionValue]] = [:]
    var execPlugins: [(name: String, command: String)] = []
    var execTimeout: Double?
    var execProcesses: Int?

    static let defaultName = "copydesk.yml"
    static let keys = ["plugins", "language", "options", "exec_plugins", "exec_timeout", "exec_processes"]

    struct Failure: Error, CustomStringConvertible { let description: String }

    /// The configuration at `path`, or at `copydesk.yml` in the working directory when `path` is nil
    /// (nil when there is none).
    static func load(_ path: String?) throws(Failure) -> ConfigFile? {
        let chosen = path ?? defaultName
        guard FileManager.default.fileExists(atPath: chosen) else {
            if path != nil { throw Failure(description: "\(chosen): no such configuration file") }
            return nil
        }
        guard let data = FileManager.default.contents(atPath: chosen), let text = String(data: data, encoding: .utf8) else {
            throw Failure(description: "\(chosen): cannot read it as UTF-8 text")
        }
        let base = URL(fileURLWithPath: chosen).deletingLastPathComponent()
        do {
            return try parse(text, name: chosen, baseDirectory: base)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "\(chosen): not valid YAML: \(error)")
        }
    }

    /// Parses YAML text; relative paths in `path` options resolve against `baseDirectory`.
    static func parse(_ text: String, name: String, baseDirectory: URL?) throws -> ConfigFile {
        var config = ConfigFile()
        guard let loaded = try Yams.load(yaml: text) else { return config }
        guard let root = loaded as? [String: Any] else { throw Failure(description: "\(name): the top level must be a mapping of \(keys.joined(separator: ", "))") }
        for key in root.keys.sorted() where !keys.contains(key) {
            throw Failure(description: "\(name): unknown key '\(key)'; valid keys: \(keys.joined(separator: ", "))")
        }
        if let plugins = root["plugins"] {
            if let list = plugins as? [Any] { config.plugins = list.map { "\($0)" } }
            else if let text = plugins as? String { config.plugins = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            else { throw Failure(description: "\(name): 'plugins' must be a list of plugin ids") }
        }
        if let language = root["language"] {
            guard let code = language as? String else { throw Failure(description: "\(name): 'language' must be a code such as en") }
            config.language = code
        }
        if let options = root["options"] {
            guard let byPlugin = options as? [String: Any] else { throw Failure(description: "\(name): 'options' must map plugin ids to their options") }
            for (plugin, values) in byPlugin {
                guard let mapping = values as? [String: Any] else { throw Failure(description: "\(name): options of '\(plugin)' must be a mapping") }
                var converted: [String: AnalyzerOptionValue] = [:]
                for (key, value) in mapping {
                    converted[key] = try optionValue(value, name: "\(name): options.\(plugin).\(key)", baseDirectory: baseDirectory, key: key)
                }
                config.options[plugin] = converted
            }
        }
        if let exec = root["exec_plugins"] {
            guard let mapping = exec as? [String: Any] else { throw Failure(description: "\(name): 'exec_plugins' must map names to commands") }
            for key in mapping.keys.sorted() {
                guard let command = mapping[key] as? String else { throw Failure(description: "\(name): exec_plugins.\(key) must be a command") }
                config.execPlugins.append((key, command))
            }
        }
        if let timeout = root["exec_timeout"] {
            guard let seconds = (timeout as? Double) ?? (timeout as? Int).map(Double.init), seconds > 0 else {
                throw Failure(description: "\(name): 'exec_timeout' must be a positive number of seconds")
            }
            config.execTimeout = seconds
        }
        if let processes = root["exec_processes"] {
            guard let count = processes as? Int, count >= 1 else {
                throw Failure(description: "\(name): 'exec_processes' must be a whole number of at least 1")
            }
            config.execProcesses = count
        }
        return config
    }

    private static func optionValue(_ value: Any, name: String, baseDirectory: URL?, key: String) throws -> AnalyzerOptionValue {
        switch value {
        case let flag as Bool: return .boolean(flag)
        case let number as Int: return .number(Double(number))
        case let number as Double: return .number(number)
        case let text as String:
            // Word-list paths are relative to the configuration file.
            if key.hasSuffix("lexicon") || key.hasSuffix("file") || key.hasSuffix("path"), let baseDirectory, !text.hasPrefix("/") {
                return .string(baseDirectory.appendingPathComponent(text).path)
            }
            return .string(text)
        case let list as [Any]: return .list(list.map { "\($0)" })
        default: throw Failure(description: "\(name): unsupported value \(value)")
        }
    }
}
