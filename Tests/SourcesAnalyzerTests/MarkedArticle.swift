import Copydesk
@testable import SourcesAnalyzer

/// A test article with its expected attributions marked in the text: `{cue}` around each
/// attribution cue and `⟨…⟩` around each quotation's content (inside its quotation marks).
/// `speakers` gives, in order, the expected source of each `⟨…⟩`.
struct MarkedArticle {
    let text: String
    /// Expected cue spans (Unicode scalar offsets).
    let cues: [Range<Int>]
    /// Expected quotation content spans with their source.
    let quotes: [(span: Range<Int>, speaker: String)]
    let distinctSources: Int

    init(_ marked: String, speakers: [String], distinctSources: Int) {
        var text = String.UnicodeScalarView()
        var cues: [Range<Int>] = [], quoteSpans: [Range<Int>] = []
        var cueStart = 0, quoteStart = 0, offset = 0
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "{": cueStart = offset
            case "}": cues.append(cueStart..<offset)
            case "⟨": quoteStart = offset
            case "⟩": quoteSpans.append(quoteStart..<offset)
            default:
                text.append(scalar)
                offset += 1
            }
        }
        precondition(quoteSpans.count == speakers.count, "one speaker per marked quotation")
        self.text = String(text)
        self.cues = cues
        self.quotes = Array(zip(quoteSpans, speakers))
        self.distinctSources = distinctSources
    }

    /// Scores of a report against the marks.
    struct Scores {
        var cueF1: Double
        var quoteF1: Double
        var speakerAccuracy: Double
    }

    func analyze() throws -> SourcesReport {
        let document = try CoreAnalysis().analyze(text: text, language: .english)
        return try SourcesAnalyzer(options: .none).analyze(document, context: AnalysisContext())
    }

    func score(_ report: SourcesReport) -> Scores {
        let predictedCues = report.attributions.compactMap { $0.cue.map { $0.start..<$0.end } }
        let cueMatches = Self.match(gold: cues, predicted: predictedCues) { $0.overlaps($1) }
        let predictedQuotes = report.attributions.flatMap { record in record.quoteParts.map { ($0.start..<$0.end, record.source) } }
        let quoteMatches = Self.match(gold: quotes.map(\.span), predicted: predictedQuotes.map(\.0)) { gold, predicted in
            let overlap = max(0, min(gold.upperBound, predicted.upperBound) - max(gold.lowerBound, predicted.lowerBound))
            return Double(overlap) >= 0.3 * Double(max(gold.count, predicted.count))
        }
        var right = 0
        for (g, p) in quoteMatches where Self.sameSource(predictedQuotes[p].1, quotes[g].speaker) { right += 1 }
        return Scores(cueF1: Self.f1(matched: cueMatches.count, gold: cues.count, predicted: predictedCues.count),
                      quoteF1: Self.f1(matched: quoteMatches.count, gold: quotes.count, predicted: predictedQuotes.count),
                      speakerAccuracy: quoteMatches.isEmpty ? 1 : Double(right) / Double(quoteMatches.count))
    }

    static func sameSource(_ predicted: String?, _ gold: String) -> Bool {
        guard let predicted else { return false }
        let strip = { (s: String) in s.lowercased().replacingOccurrences(of: "the ", with: "").replacingOccurrences(of: "a ", with: "") }
        return strip(predicted) == strip(gold)
    }

    /// Greedy one-to-one matching: pairs (gold index, predicted index).
    static func match(gold: [Range<Int>], predicted: [Range<Int>], _ matches: (Range<Int>, Range<Int>) -> Bool) -> [(Int, Int)] {
        var used = Set<Int>(), pairs: [(Int, Int)] = []
        for (g, span) in gold.enumerated() {
            if let p = predicted.indices.first(where: { !used.contains($0) && matches(span, predicted[$0]) }) {
                used.insert(p)
                pairs.append((g, p))
            }
        }
        return pairs
    }

    static func f1(matched: Int, gold: Int, predicted: Int) -> Double {
        if gold == 0 && predicted == 0 { return 1 }
        guard matched > 0 else { return 0 }
        let precision = Double(matched) / Double(predicted), recall = Double(matched) / Double(gold)
        return 2 * precision * recall / (precision + recall)
    }
}
