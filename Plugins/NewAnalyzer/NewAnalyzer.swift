import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory new-analyzer --id passive [--target TARGET]`:
/// writes a new analyzer file (and its test) into a package that depends on Copydesk, ready to
/// be listed in your `analyze` binary. The template is the tutorial's shape
/// (`Docs/writing-an-analyzer.md`): one type in one file, a description, options, a report.
@main
struct NewAnalyzer: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        guard let id = extractor.extractOption(named: "id").first else {
            throw Failure("usage: swift package --allow-writing-to-package-directory new-analyzer --id snake_case_id [--target TARGET]")
        }
        guard id.range(of: "^[a-z][a-z0-9_]*$", options: .regularExpression) != nil else {
            throw Failure("--id must be snake_case, e.g. passive_voice")
        }
        let typeName = id.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() + "Analyzer"
        let target = extractor.extractOption(named: "target").first ?? typeName
        let root = context.package.directoryURL
        let source = root.appending(path: "Sources/\(target)/\(typeName).swift")
        let test = root.appending(path: "Tests/\(target)Tests/\(typeName)Tests.swift")
        for file in [source, test] where FileManager.default.fileExists(atPath: file.path()) {
            throw Failure("\(file.path()) exists already; nothing was written")
        }
        try FileManager.default.createDirectory(at: source.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: test.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Self.analyzer(id: id, typeName: typeName).write(to: source, atomically: true, encoding: .utf8)
        try Self.tests(id: id, typeName: typeName, target: target).write(to: test, atomically: true, encoding: .utf8)
        print("""
        Wrote \(source.path()) and \(test.path()).
        Add to Package.swift if the targets are new:
            .target(name: "\(target)", dependencies: [.product(name: "Copydesk", package: "Copydesk")]),
            .testTarget(name: "\(target)Tests", dependencies: ["\(target)", .product(name: "Copydesk", package: "Copydesk")]),
        and list \(typeName).self in your binary: AnalyzeMain.run(analyzers: BuiltinAnalyzers.all + [\(typeName).self])
        """)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    static func analyzer(id: String, typeName: String) -> String {
        """
        import Copydesk

        /// `\(id)`: describe what it measures, and the rules it follows.
        public struct \(typeName): Analyzer {
            public static let description = AnalyzerDescription(
                id: "\(id)",
                name: "\(typeName.dropLast("Analyzer".count))",
                summary: "One sentence on what it measures.",
                version: "0.1.0",
                options: [AnalyzerOption(key: "minimum_length", summary: "Shortest word counted, in bytes.", type: .number, defaultValue: "1")],
                outputFields: [
                    OutputField("count", .integer, "Words counted."),
                    OutputField("per_sentence", .number, "count / sentences."),
                ]
            )

            /// The report of one document (keys become snake_case in JSON).
            public struct Report: Encodable, Sendable {
                public var count: Int
                public var perSentence: Double
            }

            private let minimumLength: Int

            public init(options: AnalyzerOptions) throws(AnalyzerError) {
                let value = options.number("minimum_length") ?? 1
                guard value >= 1 else { throw .invalidConfiguration("\(id): minimum_length must be at least 1") }
                minimumLength = Int(value)
            }

            public func analyze(_ document: AnalyzedDocument, context: AnalysisContext) throws(AnalyzerError) -> Report {
                // Work on byte ranges: hash words with TermHash instead of making Strings.
                let count = document.tokens.filter { $0.kind == .word && $0.range.length >= minimumLength }.count
                let sentences = max(1, document.sentences.count)
                return Report(count: count, perSentence: Double(count) / Double(sentences))
            }
        }

        """
    }

    static func tests(id: String, typeName: String, target: String) -> String {
        """
        import Copydesk
        import Testing
        import \(target)

        struct \(typeName)Tests {
            @Test func countsWords() throws {
                let analyzer = try \(typeName)(options: .none)
                let document = try CoreAnalysis().analyze(text: "One two three. Four.", language: .english)
                let report = try analyzer.analyze(document, context: AnalysisContext())
                #expect(report.count == 4)
                #expect(report.perSentence == 2)
            }
        }

        """
    }
}
