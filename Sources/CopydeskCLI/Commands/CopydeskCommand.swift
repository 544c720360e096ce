import ArgumentParser

/// The `analyze` executable's root command; `run` is the default subcommand, so
/// `analyze --plugins tone article.txt` analyzes an article.
struct CopydeskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Measure news articles: readability, sourcing, hedging and tone.",
        discussion: ExitStatus.help,
        version: "copydesk \(CopydeskVersionText.value)",
        subcommands: [RunCommand.self, SegmentCommand.self, CleanCommand.self, PluginsCommand.self],
        defaultSubcommand: RunCommand.self
    )
}

import Copydesk
