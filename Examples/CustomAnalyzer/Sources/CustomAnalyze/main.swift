import CopydeskBuiltins
import CopydeskCLI
import JargonAnalyzer

await AnalyzeMain.run(analyzers: BuiltinAnalyzers.all + [JargonAnalyzer.self])
