import ArgumentParser

/// The `analyze` executable's root command.
public struct CopydeskCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Measure news articles: readability, sourcing, hedging and tone.",
        discussion: ExitStatus.help,
        subcommands: [SegmentCommand.self],
        defaultSubcommand: SegmentCommand.self
    )

    public init() {}
}
