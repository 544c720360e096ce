import Copydesk
import Foundation
import Testing
@testable import HedgingAnalyzer

/// Analyzes `text` as English with the built-in cues (and `options`).
func hedging(_ text: String, options: AnalyzerOptions = .none) throws -> HedgingAnalyzer.Report {
    let document = try CoreAnalysis().analyze(text: text, language: .english)
    return try HedgingAnalyzer(options: options).analyze(document, context: AnalysisContext())
}

/// The cues of `text` as (text, category), boosters last.
func found(_ text: String) throws -> [String] {
    let report = try hedging(text)
    return (report.cues + report.boosters.cues).map { "\($0.text.lowercased())|\($0.category.rawValue)" }
}

@Suite struct SentenceLevelQuality {
    struct Score: CustomStringConvertible {
        var tp = 0, fp = 0, fn = 0
        var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
        var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        mutating func add(predicted: Bool, gold: Bool) {
            if predicted && gold { tp += 1 } else if predicted { fp += 1 } else if gold { fn += 1 }
        }
        var description: String { String(format: "P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", precision, recall, f1, tp, fp, fn) }
    }

    static let weaselCategories: Set<HedgeCategory> = [.vagueQuantifier, .anonymousAttribution]

    @Test func labelledSetIsLargeAndBalanced() {
        #expect(labelledSentences.count >= 60)
        #expect(labelledSentences.count { $0.1 == .plain } >= 25)
    }

    @Test(arguments: [("first", labelledSentences), ("second", moreSentences), ("blind", blindSentences), ("conll-style", conllStyleSentences), ("conll-style blind", conllStyleBlindSentences)])
    func epistemicAndWeaselF1(_ name: String, _ sentences: [(String, Label)]) throws {
        var epistemic = Score(), withWeasels = Score()
        var errors: [String] = []
        for (sentence, label) in sentences {
            let report = try hedging(sentence)
            let uncertain = report.cues.contains { !Self.weaselCategories.contains($0.category) }
            let any = !report.cues.isEmpty
            epistemic.add(predicted: uncertain, gold: label == .uncertain)
            withWeasels.add(predicted: any, gold: label != .plain)
            if any != (label != .plain) || uncertain != (label == .uncertain) && label != .weasel {
                errors.append("\(label) \(sentence) -> \(report.cues.map { "\($0.text)/\($0.category.rawValue)" })")
            }
        }
        print("hedging \(name) set (\(sentences.count)) epistemic:", epistemic)
        print("hedging \(name) set with weasels:", withWeasels)
        for error in errors { print("  miss:", error) }
        #expect(epistemic.f1 >= 0.82)
        #expect(withWeasels.f1 >= 0.70)
    }

    /// A news article with the writer's cues marked ⟦…⟧ (quoted ones are not marked: they are
    /// counted apart). Cue-level precision and recall of the writer's cues.
    @Test(arguments: [("stadium", newsArticle)] + heldOutArticles)
    func writerCuesOnNewsArticle(_ name: String, _ marked: String) throws {
        var text = ""
        var expected: [Range<Int>] = []
        var open = 0
        var scalars = 0
        for scalar in marked.unicodeScalars {
            if scalar == "⟦" { open = scalars; continue }
            if scalar == "⟧" { expected.append(open..<scalars); continue }
            text.unicodeScalars.append(scalar)
            scalars += 1
        }
        let report = try hedging(text)
        let writer = report.cues.filter { !$0.inQuote }.map { $0.start..<$0.end }
        // A found cue is right when it lies inside a marked span, give or take an auxiliary ("is
        // expected to" for a marked "expected to"); "a budget that officials" for a marked "officials
        // said" is wrong. A marked span is found when a cue overlaps it.
        func inside(_ cue: Range<Int>) -> Bool {
            expected.contains { $0.overlaps(cue) && max(0, $0.lowerBound - cue.lowerBound) + max(0, cue.upperBound - $0.upperBound) <= 5 }
        }
        let hits = writer.filter(inside).count
        let recalled = expected.filter { cue in writer.contains { $0.overlaps(cue) } }.count
        let precision = writer.isEmpty ? 1 : Double(hits) / Double(writer.count)
        let recall = expected.isEmpty ? 1 : Double(recalled) / Double(expected.count)
        let chars = Array(text.unicodeScalars)
        func show(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(chars[r])) }
        print(String(format: "hedging writer cues (%@): P %.3f R %.3f (%d found, %d expected)", name, precision, recall, writer.count, expected.count))
        for cue in writer where !inside(cue) { print("  extra:", show(cue)) }
        for cue in expected where !writer.contains(where: { $0.overlaps(cue) }) { print("  missed:", show(cue)) }
        #expect(precision >= 0.85)
        #expect(recall >= 0.80)
        #expect(report.quotedCount >= 1)
    }
}

let newsArticle = """
City council delays vote on stadium deal

The city council on Tuesday postponed a vote on the new stadium, a project that ⟦could⟧ cost taxpayers ⟦as much as⟧ $400 million, after ⟦officials said⟧ the financing plan was not ready.

The deal, ⟦reportedly⟧ negotiated in private over ⟦roughly⟧ six months, would give the team a 30-year lease. ⟦Critics argue⟧ the public share is too large, and ⟦some economists⟧ say stadiums rarely pay for themselves.

"This may be the worst deal the city has ever signed," said council member Ana Ruiz, who voted against an earlier version in May. "It is clearly a giveaway."

The team's owner, Mark Feld, ⟦allegedly⟧ threatened to move the franchise if the council refused. A spokesman for Feld denied that. ⟦It is unclear⟧ ⟦whether⟧ the owner could legally break the current lease, which runs until 2029.

The stadium is ⟦expected to⟧ open in 2028. ⟦A senior city official⟧ said the council ⟦would likely⟧ vote again in June. Supporters may attend the hearing, and residents may submit written comments until May 20.

⟦About⟧ 3,000 people turned out for a rally in support of the project on Saturday. Mayor Lee appeared on local radio to defend the plan and spoke about the jobs it would create.

There is ⟦no evidence⟧ that the earlier stadium raised property values, according to a 2021 study by the university. The study ⟦suggests⟧ the benefits ⟦were largely⟧ limited to the surrounding blocks.
"""
