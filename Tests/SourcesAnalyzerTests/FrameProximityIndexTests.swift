import Testing
@testable import SourcesAnalyzer

/// `FrameProximityIndex` finds the frames the direct scan over a sentence's frames found, on random
/// frames and quotations (ties included: positions are drawn from a short range).
@Suite struct FrameProximityIndexTests {
    typealias Candidate = FrameProximityIndex.Candidate

    /// The reference: `ReportBuilder`'s walk over every frame, in frame order.
    private func scan(_ candidates: [Candidate], quote: Range<Int>) -> (best: (Int, Int)?, bestBefore: (Int, Int)?) {
        var best: (Int, Int)? = nil, bestBefore: (Int, Int)? = nil
        for c in candidates {
            guard !(c.first >= quote.lowerBound && c.last < quote.upperBound) else { continue }
            let distance = c.first > quote.upperBound ? c.first - quote.upperBound : quote.lowerBound - c.last
            if best == nil || distance < best!.1 { best = (c.frame, distance) }
            if c.cueEnd <= quote.lowerBound, bestBefore == nil || distance < bestBefore!.1 { bestBefore = (c.frame, distance) }
        }
        return (best, bestBefore)
    }

    @Test func answersAsTheDirectScan() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<300 {
            let span = 10 + round % 90
            var candidates: [Candidate] = []
            var frame = Int.random(in: 0..<5, using: &generator)
            for _ in 0..<Int.random(in: 0..<60, using: &generator) {
                // A cue of one to three tokens, a speaker before or after it, or none (a shared speaker).
                let cue = Int.random(in: 0..<span, using: &generator)
                let cueEnd = cue + Int.random(in: 1...3, using: &generator)
                var first = cue, last = cueEnd - 1
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: first = max(0, cue - Int.random(in: 1...6, using: &generator))
                case 1: last = cueEnd - 1 + Int.random(in: 1...6, using: &generator)
                default: break
                }
                candidates.append(Candidate(frame: frame, first: first, last: last, cueEnd: cueEnd))
                frame += Int.random(in: 1...2, using: &generator)
            }
            let index = FrameProximityIndex(candidates: candidates)
            for _ in 0..<50 {
                let start = Int.random(in: 0..<span, using: &generator)
                let quote = start..<(start + Int.random(in: 1...12, using: &generator))
                let fast = index.nearest(to: quote), direct = scan(candidates, quote: quote)
                #expect(fast.best?.0 == direct.best?.0 && fast.best?.1 == direct.best?.1, "best for \(quote) in \(candidates)")
                #expect(fast.bestBefore?.0 == direct.bestBefore?.0 && fast.bestBefore?.1 == direct.bestBefore?.1, "bestBefore for \(quote) in \(candidates)")
            }
        }
    }
}
