import Copydesk

/// What the commands of one `analyze` binary work with: its analyzers. Bound once at start-up
/// with a task-local value, so a custom binary passes its own list and nothing global mutates.
enum CommandEnvironment {
    @TaskLocal static var registry: AnalyzerRegistry = try! AnalyzerRegistry([])
}
