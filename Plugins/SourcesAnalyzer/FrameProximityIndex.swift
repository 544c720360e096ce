/// The frames nearest a quotation among the many frames of one sentence, found by binary search
/// instead of a walk over every frame of the sentence for every quotation (a document that is
/// one enormous sentence holds thousands of both, which made the walk quadratic).
///
/// It answers as `ReportBuilder`'s direct scan does. Of the frames given (those with a speaker)
/// that are not wholly inside the quotation, `best` is the one at the least distance, measured
/// `first - quote.upperBound` when the frame starts after `quote.upperBound` and
/// `quote.lowerBound - last` otherwise; `bestBefore` is the same among the frames whose cue ends
/// by the quotation's start. Ties go to the earlier frame.
struct FrameProximityIndex {
    /// A frame's index and the token positions the search reads.
    struct Candidate {
        var frame: Int
        var first: Int
        var last: Int
        var cueEnd: Int
    }

    /// The candidates ordered by first token (then frame).
    private let byFirst: [Candidate]
    /// Per position of `byFirst`: of the candidates up to it, the one reaching furthest (greatest
    /// last token, the earlier frame on ties).
    private let furthestByFirst: [Candidate]
    /// The candidates ordered by the end of their cue (then frame), and the furthest-reaching up to each.
    private let byCueEnd: [Candidate]
    private let furthestByCueEnd: [Candidate]

    init(candidates: [Candidate]) {
        byFirst = candidates.sorted { $0.first != $1.first ? $0.first < $1.first : $0.frame < $1.frame }
        byCueEnd = candidates.sorted { $0.cueEnd != $1.cueEnd ? $0.cueEnd < $1.cueEnd : $0.frame < $1.frame }
        furthestByFirst = Self.furthestPrefixes(byFirst)
        furthestByCueEnd = Self.furthestPrefixes(byCueEnd)
    }

    /// The nearest frame to the quotation's tokens `quote`, and the nearest whose cue precedes it,
    /// each with its distance.
    func nearest(to quote: Range<Int>) -> (best: (Int, Int)?, bestBefore: (Int, Int)?) {
        let start = quote.lowerBound, end = quote.upperBound
        var best: (Int, Int)? = nil
        // Frames starting after the quotation's end: the one starting first.
        let upToEnd = Self.count(byFirst) { $0.first <= end }
        if upToEnd < byFirst.count { best = (byFirst[upToEnd].frame, byFirst[upToEnd].first - end) }
        // Frames starting by the quotation's end are measured by their last token. One reaching
        // the quotation's end is not inside it, and reaches further than any that stops short;
        // without one, the rest are outside exactly when they start before the quotation.
        var reaching: Candidate? = nil
        if upToEnd > 0, furthestByFirst[upToEnd - 1].last >= end {
            reaching = furthestByFirst[upToEnd - 1]
        } else {
            let beforeStart = Self.count(byFirst) { $0.first < start }
            if beforeStart > 0 { reaching = furthestByFirst[beforeStart - 1] }
        }
        if let r = reaching {
            let distance = start - r.last
            if best == nil || distance < best!.1 || (distance == best!.1 && r.frame < best!.0) { best = (r.frame, distance) }
        }
        // A cue ending by the quotation's start: the frame starts before it, so is outside it.
        let cuesBefore = Self.count(byCueEnd) { $0.cueEnd <= start }
        let bestBefore = cuesBefore > 0 ? (furthestByCueEnd[cuesBefore - 1].frame, start - furthestByCueEnd[cuesBefore - 1].last) : nil
        return (best, bestBefore)
    }

    /// The length of the prefix of `sorted` whose elements satisfy `isInPrefix` (true for a prefix of it).
    private static func count(_ sorted: [Candidate], while isInPrefix: (Candidate) -> Bool) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if isInPrefix(sorted[mid]) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Per position: of `candidates` up to it, the one with the greatest last token (the earlier frame on ties).
    private static func furthestPrefixes(_ candidates: [Candidate]) -> [Candidate] {
        var result: [Candidate] = []
        result.reserveCapacity(candidates.count)
        for c in candidates {
            if let current = result.last, current.last > c.last || (current.last == c.last && current.frame < c.frame) {
                result.append(current)
            } else {
                result.append(c)
            }
        }
        return result
    }
}
