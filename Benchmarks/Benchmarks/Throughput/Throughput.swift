import Benchmark
import Copydesk
import CopydeskBuiltins
import Foundation

// Throughput of each Copydesk stage over the same bytes, with the raw ICU floor in the same run.
//
// Every benchmark iteration is one full pass over a corpus. Besides wall clock, each reports
// three custom metrics computed from that pass: "MB/s ×100" (10^6 bytes of UTF-8 input per
// second, times 100 so two decimals survive the integer metric), "docs/s" and "words/s"
// (words as counted by Copydesk's readability counts over the whole, uncleaned text).
//
// Corpora: "generated" (deterministic, ~4 MB, built in code) always; "real" when
// COPYDESK_BENCH_CORPUS names a JSON Lines file with a `text` field.

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident] + Fixture.customMetrics,
        warmupIterations: 1,
        maxDuration: .seconds(5),
        maxIterations: 10
    )
    var fixtures: [@Sendable () -> Fixture] = [{ Fixture.generated }]
    if Fixture.realPath != nil { fixtures.append({ Fixture.real! }) }
    let corpusNames = ["generated"] + (Fixture.realPath != nil ? ["real"] : [])

    for (name, fixture) in zip(corpusNames, fixtures) {
        // (a) ICU word + sentence iteration and nothing else.
        Benchmark("\(name): ICU floor (word+sentence)") { benchmark in
            let f = fixture()
            let floor = try BreakIterationFloor(language: .english)
            try f.measure(benchmark) {
                for bytes in f.utf8 {
                    blackHole(try bytes.withUnsafeBufferPointer { try floor.countBoundaries($0) })
                }
            }
        }
        // (b) Segmentation: tokens, sentences (with Copydesk's rules), paragraphs.
        Benchmark("\(name): segmentation") { benchmark in
            let f = fixture()
            let segmenter = try Segmenter(language: .english)
            try f.measure(benchmark) {
                for bytes in f.utf8 {
                    blackHole(try bytes.withUnsafeBufferPointer { try segmenter.segment($0) })
                }
            }
        }
        // (c) Core analysis: segmentation + readability + quotations.
        Benchmark("\(name): core (segment+readability+quotes)") { benchmark in
            let f = fixture()
            let core = CoreAnalysis()
            try f.measure(benchmark) {
                for text in f.texts { blackHole(try core.analyze(text: text, language: .english)) }
            }
        }
        // (d) Core analysis with the news cleaner (the CLI's default).
        Benchmark("\(name): core + NewsCleaner") { benchmark in
            let f = fixture()
            let core = CoreAnalysis(cleaner: NewsCleaner())
            try f.measure(benchmark) {
                for text in f.texts { blackHole(try core.analyze(text: text, language: .english)) }
            }
        }
        // (e) Each built-in plugin alone, on documents analyzed beforehand.
        for type in BuiltinAnalyzers.all {
            let id = type.description.id
            Benchmark("\(name): plugin \(id) (pre-analyzed)") { benchmark in
                let f = fixture()
                let analyzer = try type.init(options: .none)
                let analyzed = f.analyzed
                try f.measure(benchmark) {
                    for document in analyzed { blackHole(try analyzer.analyze(document, context: AnalysisContext())) }
                }
            }
        }
        // (f) The whole pipeline as the CLI runs it: language detection, NewsCleaner, core, all plugins.
        Benchmark("\(name): whole pipeline (all plugins)") { benchmark in
            let f = fixture()
            let registry = try AnalyzerRegistry(BuiltinAnalyzers.all)
            let pipeline = try Pipeline(registry: registry, requested: registry.ids)
            let core = CoreAnalysis(cleaner: NewsCleaner())
            f.measure(benchmark) {
                for (index, text) in f.texts.enumerated() {
                    blackHole(pipeline.run(id: String(index), source: name, text: text, language: nil, core: core))
                }
            }
        }
    }
}

/// A corpus held in memory, with its byte, document and word counts and its documents analyzed
/// once (for the plugin benchmarks). Built lazily, outside the measured part.
final class Fixture: Sendable {
    static let customMetrics: [BenchmarkMetric] = [
        .custom("MB/s ×100", polarity: .prefersLarger, useScalingFactor: false),
        .custom("docs/s", polarity: .prefersLarger, useScalingFactor: false),
        .custom("words/s", polarity: .prefersLarger, useScalingFactor: false),
    ]

    static let realPath: String? = {
        guard let path = ProcessInfo.processInfo.environment["COPYDESK_BENCH_CORPUS"], !path.isEmpty else { return nil }
        return path
    }()

    static let generated = Fixture(texts: GeneratedCorpus.make())
    static let real: Fixture? = realPath.map { Fixture(texts: loadJSONL($0)) }

    let texts: [String]
    let utf8: [[UInt8]]
    let bytes: Int
    let words: Int
    let analyzed: [AnalyzedDocument]

    init(texts: [String]) {
        self.texts = texts
        utf8 = texts.map { Array($0.utf8) }
        bytes = utf8.reduce(0) { $0 + $1.count }
        let core = CoreAnalysis()
        analyzed = texts.map { try! core.analyze(text: $0, language: .english) }
        words = analyzed.reduce(0) { $0 + $1.readability.counts.words }
        let line = "corpus: \(texts.count) documents, \(bytes) bytes, \(words) words\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Reads a JSON Lines file once, keeping each record's `text` (records without one are skipped).
    static func loadJSONL(_ path: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            fatalError("COPYDESK_BENCH_CORPUS: cannot read \(path)")
        }
        var texts: [String] = []
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = object["text"] as? String else { continue }
            texts.append(text)
        }
        return texts
    }

    /// Times one pass of `body` and reports it as MB/s, docs/s and words/s.
    func measure(_ benchmark: Benchmark, _ body: () throws -> Void) rethrows {
        let clock = ContinuousClock()
        benchmark.startMeasurement()
        let start = clock.now
        try body()
        let elapsed = clock.now - start
        benchmark.stopMeasurement()
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        guard seconds > 0 else { return }
        benchmark.measurement(Self.customMetrics[0], Int((Double(bytes) / 1e6 / seconds * 100).rounded()))
        benchmark.measurement(Self.customMetrics[1], Int((Double(texts.count) / seconds).rounded()))
        benchmark.measurement(Self.customMetrics[2], Int((Double(words) / seconds).rounded()))
    }
}
