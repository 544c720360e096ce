import Testing
@testable import Copydesk

/// `dropTeaserRuns` goes past the blocks a failed start skipped instead of starting again one
/// block later (linear time on a long run of short lines); it decides what the earlier version,
/// which started again at every block, decided.
struct NewsCleanerTeaserRunsTests {
    typealias Class = NewsCleaner.Class

    /// Random texts rich in the shapes the rule reads: short lines, headlines, summaries, kept prose.
    static func randomText(_ generator: inout SplitMix) -> (classes: [Class], features: [BlockFeatures]) {
        let count = Int.random(in: 1...40, using: &generator)
        let kinds: [Class] = [.good, .good, .bad, .short]
        let classes = (0..<count).map { _ in kinds.randomElement(using: &generator)! }
        let features = (0..<count).map { _ -> BlockFeatures in
            var f = BlockFeatures()
            f.words = [2, 5, 7, 12, 20, 30, 50].randomElement(using: &generator)!
            f.letterWords = f.words
            f.endsLikeSentence = Bool.random(using: &generator)
            f.endsWithQuestion = f.endsLikeSentence && Int.random(in: 0...5, using: &generator) == 0
            f.looksLikeByline = Int.random(in: 0...9, using: &generator) == 0
            return f
        }
        return (classes, features)
    }

    @Test func decidesAsStartingAgainAtEveryBlock() {
        var generator = SplitMix(seed: 3)
        var dropped = 0
        for _ in 0..<5_000 {
            let (classes, features) = Self.randomText(&generator)
            let result = NewsCleaner.dropTeaserRuns(classes, features)
            #expect(result == Self.reference(classes, features), "\(classes)")
            dropped += zip(result, classes).filter { $0 != $1 }.count
        }
        #expect(dropped > 0)   // the texts do hold teaser runs
    }

    /// The earlier version, kept as the reference.
    static func reference(_ classes: [Class], _ features: [BlockFeatures]) -> [Class] {
        func isKept(_ index: Int) -> Bool {
            let f = features[index]
            return classes[index] == .good && !f.looksLikeDateline && !(f.looksLikeByline && f.effectiveWords <= 12)
        }
        func isHeadline(_ index: Int) -> Bool {
            let f = features[index]
            return f.effectiveWords >= 1 && f.effectiveWords <= 16 && (!f.endsLikeSentence || f.endsWithQuestion)
        }
        func isSummary(_ index: Int) -> Bool {
            let f = features[index]
            return f.effectiveWords >= 8 && f.effectiveWords <= 40 && f.endsLikeSentence
        }
        var result = classes
        var start = 0
        while start < classes.count {
            var next = start
            var pairs: [Int] = []
            while true {
                var headline = next
                while headline < classes.count && !isKept(headline) && features[headline].effectiveWords <= 6 { headline += 1 }
                guard headline + 1 < classes.count, isHeadline(headline), isSummary(headline + 1) else { break }
                pairs.append(headline)
                next = headline + 2
            }
            if pairs.count >= NewsCleaner.teaserRun, let first = pairs.first,
               first == 0 || !isKept(first - 1) || next >= classes.count || !isKept(next) {
                for headline in pairs { result[headline] = .bad; result[headline + 1] = .bad }
                start = next
            } else {
                start += 1
            }
        }
        return result
    }
}
