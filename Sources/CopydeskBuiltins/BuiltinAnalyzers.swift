import Copydesk
import LexicalAnalyzer

/// The analyzers that ship with Copydesk, in the order `analyze plugins` lists them.
/// A custom binary passes `BuiltinAnalyzers.all + [MyAnalyzer.self]` to `CopydeskCLI`.
public enum BuiltinAnalyzers {
    /// Every built-in analyzer type.
    public static let all: [any Analyzer.Type] = [
        LexicalAnalyzer.self,
    ]
}
