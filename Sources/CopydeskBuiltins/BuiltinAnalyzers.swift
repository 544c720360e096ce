import Copydesk
import HedgingAnalyzer
import LexicalAnalyzer
import SourcesAnalyzer
import ToneAnalyzer

/// The analyzers that ship with Copydesk, in the order `analyze plugins` lists them.
/// A custom binary passes `BuiltinAnalyzers.all + [MyAnalyzer.self]` to `CopydeskCLI`.
public enum BuiltinAnalyzers {
    /// Every built-in analyzer type.
    public static let all: [any Analyzer.Type] = [
        ToneAnalyzer.self,
        SourcesAnalyzer.self,
        HedgingAnalyzer.self,
        LexicalAnalyzer.self,
    ]
}
