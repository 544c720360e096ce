import ArgumentParser
import Copydesk

/// `analyze plugins [ID]`: lists the analyzers, or describes one.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the analyzer plugins, or describe one's options and output fields."
    )

    @Argument(help: "A plugin id to describe.")
    var id: String?

    func run() throws {
        let registry = CommandEnvironment.registry
        let output = OutputStream.standardOutput()
        defer { output.flush() }
        guard let id else {
            let width = (registry.ids.map(\.count).max() ?? 0) + 2
            for type in registry.types {
                let d = type.description
                output.write(TextSummary.padded(d.id, to: width) + TextSummary.padded(d.version, to: 8) + d.summary + "\n")
            }
            return
        }
        guard let type = registry.type(for: id) else {
            printError("analyze: " + registry.unknownPluginMessage(id))
            throw ExitCode(ExitStatus.usage)
        }
        let d = type.description
        var text = "\(d.id) \(d.version) — \(d.name)\n\(d.summary)\n"
        text += "requires core \(d.minimumCoreVersion) or later"
        text += d.requires.isEmpty ? "\n" : "; runs after: \(d.requires.joined(separator: ", "))\n"
        text += "\nOptions (config key under plugins.\(d.id), or --plugin-option \(d.id).KEY=VALUE):\n"
        if d.options.isEmpty { text += "  none\n" }
        for option in d.options {
            text += "  \(option.key) (\(option.type.rawValue))\(option.defaultValue.map { ", default \($0)" } ?? ""): \(option.summary)\n"
        }
        text += "\nOutput fields (under plugins.\(d.id)):\n"
        for field in d.outputFields { text += "  \(field.name) (\(field.kind.rawValue)): \(field.summary)\n" }
        output.write(text)
    }
}
