import Copydesk
import Foundation

/// `tone`: how positive, negative, loaded and subjective an article reads.
///
/// Lexicon-based and rule-driven (see `Docs/plugins/tone.md`):
/// - each polar term of the lexicon contributes its valence, scaled by a preceding intensifier or
///   downtoner, flipped and damped by a negation in the three words before it, damped before a
///   contrast ("but") and in a concessive clause ("although …"), weighted up after a contrast;
/// - verbs of decrease and increase take the polarity of the nearby noun ("crime fell" is positive,
///   "profits fell" negative);
/// - capitalized names that contain sentiment words ("Justice Department") are skipped;
/// - a sentence's score is its sum s mapped to s / √(s² + 8), in (-1, 1); the document's score is
///   the mean of its sentences' scores, so a long article does not saturate.
public struct ToneAnalyzer: Analyzer {
    public static let description = AnalyzerDescription(
        id: "tone",
        name: "Tone",
        summary: "Polarity score and label, writer's voice vs. quoted speech, loaded terms, subjectivity and the words that drove the score.",
        version: "1.0.0",
        options: [
            AnalyzerOption(key: "lexicon", summary: "A TSV file of entries (term<TAB>valence[<TAB>category]) added to or overriding the built-in lexicon.", type: .path),
            AnalyzerOption(key: "neutral_band", summary: "Scores with an absolute value below this are labelled neutral.", type: .number, defaultValue: "0.05"),
        ],
        outputFields: [
            OutputField("score", .number, "Document polarity in [-1, 1]: the mean of the sentence scores."),
            OutputField("label", .string, "negative, neutral or positive (|score| < neutral_band is neutral)."),
            OutputField("narrative_score", .number, "Polarity of the writer's own voice (words outside quotations), in [-1, 1]."),
            OutputField("quoted_score", .number, "Polarity of quoted speech in [-1, 1]; null when the document quotes nothing."),
            OutputField("subjectivity", .number, "Share of words that are evaluative (opinion, loaded, polar or intensifying terms), in [0, 1]."),
            OutputField("polar_terms", .integer, "Polar terms counted (after the rules)."),
            OutputField("sentences", .array, "Per sentence: {index, start, end, score} (scalar offsets)."),
            OutputField("loaded_terms", .array, "Emotive words editors watch: {text, start, end, category, quoted} (scalar offsets)."),
            OutputField("drivers", .array, "The terms that drove the score most: {term, contribution, count}."),
        ]
    )

    /// The report of one document. `Encodable` is synthesized; the fast path (`JSONWritable`)
    /// writes the same bytes.
    public struct Report: JSONWritable, Sendable, Equatable {
        public var score: Double
        public var label: String
        public var narrativeScore: Double
        /// null when the document quotes nothing (a stable key).
        @NullWhenAbsent public var quotedScore: Double? = nil
        public var subjectivity: Double
        public var polarTerms: Int
        public var sentences: [SentenceTone]
        public var loadedTerms: [LoadedTerm]
        public var drivers: [Driver]

        /// Keys in snake_case as written, in output order: the same with or without the
        /// encoder's `convertToSnakeCase`, which then has nothing to convert.
        enum CodingKeys: String, CodingKey {
            case score, label
            case narrativeScore = "narrative_score"
            case quotedScore = "quoted_score"
            case subjectivity
            case polarTerms = "polar_terms"
            case sentences
            case loadedTerms = "loaded_terms"
            case drivers
        }

        public func writeJSON(to json: inout JSONWriter) throws {
            json.beginObject()
            json.key("score"); try json.number(score)
            json.key("label"); json.string(label)
            json.key("narrative_score"); try json.number(narrativeScore)
            json.key("quoted_score"); try json.number(quotedScore)
            json.key("subjectivity"); try json.number(subjectivity)
            json.key("polar_terms"); json.integer(polarTerms)
            json.key("sentences"); try json.array(sentences)
            json.key("loaded_terms"); try json.array(loadedTerms)
            json.key("drivers"); try json.array(drivers)
            json.endObject()
        }
    }

    /// The score of one sentence.
    public struct SentenceTone: JSONWritable, Sendable, Equatable {
        public var index: Int
        public var start: Int
        public var end: Int
        public var score: Double

        enum CodingKeys: String, CodingKey {
            case index, start, end, score
        }

        public func writeJSON(to json: inout JSONWriter) throws {
            json.beginObject()
            json.key("index"); json.integer(index)
            json.key("start"); json.integer(start)
            json.key("end"); json.integer(end)
            json.key("score"); try json.number(score)
            json.endObject()
        }
    }

    /// One occurrence of a loaded term.
    public struct LoadedTerm: JSONWritable, Sendable, Equatable {
        public var text: String
        public var start: Int
        public var end: Int
        public var category: String
        public var quoted: Bool

        enum CodingKeys: String, CodingKey {
            case text, start, end, category, quoted
        }

        public func writeJSON(to json: inout JSONWriter) throws {
            json.beginObject()
            json.key("text"); json.string(text)
            json.key("start"); json.integer(start)
            json.key("end"); json.integer(end)
            json.key("category"); json.string(category)
            json.key("quoted"); json.bool(quoted)
            json.endObject()
        }
    }

    /// A term and its total contribution to the sentence sums.
    public struct Driver: JSONWritable, Sendable, Equatable {
        public var term: String
        public var contribution: Double
        public var count: Int

        enum CodingKeys: String, CodingKey {
            case term, contribution, count
        }

        public func writeJSON(to json: inout JSONWriter) throws {
            json.beginObject()
            json.key("term"); json.string(term)
            json.key("contribution"); try json.number(contribution)
            json.key("count"); json.integer(count)
            json.endObject()
        }
    }

    let lexicon: ToneLexicon
    let neutralBand: Double
    /// Scan buffers, one per concurrent caller, reused from document to document.
    private let workspaces = WorkspacePool<ToneWorkspace>()

    /// Sentence sums s map to s / √(s² + alpha).
    static let alpha = 8.0
    /// How many drivers to list.
    static let driverCount = 10

    public init(options: AnalyzerOptions) throws(AnalyzerError) {
        var lexicon = try ToneLexicon.builtIn.get()
        if let path = options.string("lexicon") {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .invalidConfiguration("tone: cannot read lexicon file '\(path)'")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw .invalidConfiguration("tone: lexicon file '\(path)' is not UTF-8 text")
            }
            try lexicon.add(tsv: text, source: "lexicon '\(path)'")
        }
        let band = options.number("neutral_band") ?? 0.05
        guard band >= 0, band < 1 else { throw .invalidConfiguration("tone: 'neutral_band' must be from 0 up to (not including) 1") }
        self.lexicon = lexicon
        self.neutralBand = band
    }

    public func analyze(_ document: AnalyzedDocument, context: AnalysisContext) throws(AnalyzerError) -> Report {
        // The arrays the scanner reads, taken out before the closure: capturing the document
        // copied it (some twenty references retained and released).
        let sentences = document.sentences, quotations = document.quotations
        let tokens = document.tokens, tokenHashes = document.tokenHashes
        // The bytes through `String.withUTF8`, specialized here: the core's generic `withUTF8`
        // looked the type of its result up at run time per document.
        // The report is made before the workspace goes back to the pool, which then takes back
        // the storage of the scan's sentence list.
        var text = document.text
        return text.withUTF8 { bytes in
            workspaces.withWorkspace { workspace in
                var scan = ToneScanner.withScanner(sentences: sentences, quotations: quotations, tokens: tokens, tokenHashes: tokenHashes, bytes: bytes) {
                    $0.run(lexicon: lexicon, workspace: workspace)
                }
                let report = report(&scan, document: document)
                workspace.reclaim(from: &scan)
                return report
            }
        }
    }

    /// Maps a sentence sum into (-1, 1).
    static func squash(_ sum: Double) -> Double {
        sum == 0 ? 0 : sum / (sum * sum + alpha).squareRoot()
    }

    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    func label(for score: Double) -> String {
        if abs(score) < neutralBand { return "neutral" }
        return score > 0 ? "positive" : "negative"
    }

    /// The `driverCount` drivers with the largest totals (by size; equal sizes by term), their
    /// contributions rounded. Terms are made only for the totals at least as large as the last
    /// one listed: the others cannot be listed, and making a term copied a string (and joined
    /// two, for a shifter). Ranking those few gives the order ranking all of them gave.
    func rankedDrivers(_ totals: [ToneScanner.KeyedTotal]) -> [Driver] {
        guard !totals.isEmpty else { return [] }
        let cutoff = totals.count > Self.driverCount ? Self.listedSize(totals) : 0
        var listed = 0
        for item in totals where abs(item.total.sum) >= cutoff { listed += 1 }
        var drivers: [Driver] = []
        drivers.reserveCapacity(listed)
        for item in totals where abs(item.total.sum) >= cutoff {
            drivers.append(Driver(term: ToneScanner.Result.driverTerm(item.key, entries: lexicon.entries),
                                  contribution: item.total.sum, count: item.total.count))
        }
        drivers.sort { a, b in
            let x = abs(a.contribution), y = abs(b.contribution)
            return x != y ? x > y : a.term < b.term
        }
        if drivers.count > Self.driverCount { drivers.removeSubrange(Self.driverCount...) }
        for index in drivers.indices { drivers[index].contribution = Self.rounded(drivers[index].contribution) }
        return drivers
    }

    /// The `driverCount`-th largest size of the totals (more than `driverCount` of them, none zero).
    static func listedSize(_ totals: [ToneScanner.KeyedTotal]) -> Double {
        // The largest sizes so far, in decreasing order (-1: none yet).
        withUnsafeTemporaryAllocation(of: Double.self, capacity: driverCount) { largest in
            largest.initialize(repeating: -1)
            let last = driverCount - 1
            for item in totals {
                let size = abs(item.total.sum)
                guard size > largest[last] else { continue }
                var index = last
                while index > 0 && largest[index - 1] < size {
                    largest[index] = largest[index - 1]
                    index -= 1
                }
                largest[index] = size
            }
            return largest[last]
        }
    }

    private func report(_ scan: inout ToneScanner.Result, document: AnalyzedDocument) -> Report {
        var sentences: [SentenceTone] = []
        sentences.reserveCapacity(scan.sentenceSums.count)
        var total = 0.0
        var narrativeTotal = 0.0, narrativeCount = 0
        var quotedTotal = 0.0, quotedCount = 0
        let documentSentences = document.sentences
        for (index, sums) in scan.sentenceSums.enumerated() {
            let score = Self.squash(sums.narrative + sums.quoted)
            total += score
            let range = documentSentences[index].range
            sentences.append(SentenceTone(index: index, start: document.scalarOffset(range.start),
                                          end: document.scalarOffset(range.end), score: Self.rounded(score)))
            if sums.hasNarrativeWords { narrativeTotal += Self.squash(sums.narrative); narrativeCount += 1 }
            if sums.hasQuotedWords { quotedTotal += Self.squash(sums.quoted); quotedCount += 1 }
        }
        let score = sentences.isEmpty ? 0 : total / Double(sentences.count)
        let words = max(document.readability.counts.words, scan.words)
        let loaded = scan.loaded.map { hit in
            LoadedTerm(text: document.string(hit.range), start: document.scalarOffset(hit.range.start),
                       end: document.scalarOffset(hit.range.end), category: hit.category, quoted: hit.quoted)
        }
        let drivers = rankedDrivers(scan.drivers)
        return Report(
            score: Self.rounded(score),
            label: label(for: Self.rounded(score)),
            narrativeScore: Self.rounded(narrativeCount == 0 ? 0 : narrativeTotal / Double(narrativeCount)),
            quotedScore: quotedCount == 0 ? nil : Self.rounded(quotedTotal / Double(quotedCount)),
            subjectivity: Self.rounded(words == 0 ? 0 : min(1, Double(scan.evaluative) / Double(words))),
            polarTerms: scan.polarTerms,
            sentences: sentences,
            loadedTerms: loaded,
            drivers: drivers
        )
    }
}
