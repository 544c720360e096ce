import Testing
@testable import Copydesk

/// `dropTeaserRuns` goes past the blocks a failed start skipped instead of starting again one
/// block later (linear time on a long run of short lines), and works out the run of pairs from
/// each block once (linear time on a long run of pairs with kept prose on both sides); it
/// decides what the earlier version, which started again at every block and walked the run of
/// pairs from there, decided.
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

    /// Random texts made of long runs of headline-and-summary pairs: kept prose around and between
    /// them, short lines (dates, bylines) inside them, headlines that end with a question mark and
    /// could be summaries too.
    static func randomRuns(_ generator: inout SplitMix) -> (classes: [Class], features: [BlockFeatures]) {
        var classes: [Class] = [], features: [BlockFeatures] = []
        func append(_ kind: Class, words: Int, endsLikeSentence: Bool, question: Bool = false, byline: Bool = false) {
            var f = BlockFeatures()
            f.words = words
            f.letterWords = words
            f.endsLikeSentence = endsLikeSentence
            f.endsWithQuestion = question
            f.looksLikeByline = byline
            classes.append(kind)
            features.append(f)
        }
        let kinds: [Class] = [.good, .good, .good, .bad, .short]
        for _ in 0..<Int.random(in: 1...6, using: &generator) {
            switch Int.random(in: 0...3, using: &generator) {
            case 0:
                append(kinds.randomElement(using: &generator)!, words: Int.random(in: 20...80, using: &generator), endsLikeSentence: true)
            case 1:
                append(kinds.randomElement(using: &generator)!, words: Int.random(in: 1...6, using: &generator),
                       endsLikeSentence: Bool.random(using: &generator), byline: Bool.random(using: &generator))
            default:
                for _ in 0..<Int.random(in: 0...30, using: &generator) {
                    let question = Int.random(in: 0...4, using: &generator) == 0
                    append(kinds.randomElement(using: &generator)!, words: Int.random(in: question ? 8...16 : 1...18, using: &generator),
                           endsLikeSentence: question || Int.random(in: 0...9, using: &generator) == 0, question: question)
                    if Int.random(in: 0...5, using: &generator) == 0 {
                        append(kinds.randomElement(using: &generator)!, words: Int.random(in: 1...7, using: &generator),
                               endsLikeSentence: Bool.random(using: &generator), byline: Bool.random(using: &generator))
                    }
                    append(kinds.randomElement(using: &generator)!, words: Int.random(in: 6...42, using: &generator),
                           endsLikeSentence: Int.random(in: 0...9, using: &generator) != 0)
                }
            }
        }
        return (classes, features)
    }

    @Test func decidesAsStartingAgainAtEveryBlockOnLongRunsOfPairs() {
        var generator = SplitMix(seed: 8)
        var dropped = 0, keptRuns = 0
        for _ in 0..<3_000 {
            let (classes, features) = Self.randomRuns(&generator)
            let result = NewsCleaner.dropTeaserRuns(classes, features)
            #expect(result == Self.reference(classes, features), "\(classes) \(features.map(\.words))")
            dropped += zip(result, classes).filter { $0 != $1 }.count
            if result == classes && classes.count >= 2 * NewsCleaner.teaserRun { keptRuns += 1 }
        }
        #expect(dropped > 0 && keptRuns > 0)   // runs dropped, and runs kept between prose
    }

    /// A run of 300 pairs between kept paragraphs is kept whole; at the end of the kept text it is
    /// dropped whole.
    @Test func keepsALongRunBetweenProseAndDropsItAtTheEdge() {
        func text(proseAfter: Bool) -> (classes: [Class], features: [BlockFeatures]) {
            var classes: [Class] = [.good], features: [BlockFeatures] = []
            var prose = BlockFeatures()
            prose.words = 60; prose.letterWords = 60; prose.endsLikeSentence = true
            features.append(prose)
            for _ in 0..<300 {
                var headline = BlockFeatures(), summary = BlockFeatures()
                headline.words = 7; headline.letterWords = 7
                summary.words = 15; summary.letterWords = 15; summary.endsLikeSentence = true
                classes += [.good, .good]
                features += [headline, summary]
            }
            if proseAfter { classes.append(.good); features.append(prose) }
            return (classes, features)
        }
        let between = text(proseAfter: true)
        #expect(NewsCleaner.dropTeaserRuns(between.classes, between.features) == between.classes)
        let atEdge = text(proseAfter: false)
        #expect(NewsCleaner.dropTeaserRuns(atEdge.classes, atEdge.features) == [.good] + Array(repeating: .bad, count: 600))
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
