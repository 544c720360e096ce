import CopydeskBuiltins
import CopydeskCLI

await AnalyzeMain.run(analyzers: BuiltinAnalyzers.all)
