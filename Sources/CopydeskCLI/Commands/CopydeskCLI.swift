import Copydesk

/// The `analyze` command as a library: a custom binary is
///
/// ```swift
/// import CopydeskBuiltins
/// import CopydeskCLI
/// await AnalyzeMain.run(analyzers: BuiltinAnalyzers.all + [MyAnalyzer.self])
/// ```
public enum AnalyzeMain {
    /// Parses the command line and runs `analyze` with `analyzers` available as plugins.
    public static func run(analyzers: [any Analyzer.Type]) async {
        let registry: AnalyzerRegistry
        do {
            registry = try AnalyzerRegistry(analyzers)
        } catch {
            printError("analyze: \(error)")
            exit(ExitStatus.usage)
        }
        await CommandEnvironment.$registry.withValue(registry) {
            await CopydeskCommand.main()
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
