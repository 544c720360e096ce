/// The stop-word votes of `LanguageDetector`, one count per voting language (at most eight),
/// kept inline rather than in an array, so that detecting allocates nothing.
struct StopWordVotes {
    /// Counted lane by lane: a SIMD vector written at a variable lane went through memory and
    /// stalled the next whole-vector read, once per stop word.
    private var counts = InlineArray<8, Int>(repeating: 0)

    /// The votes of list `position`.
    subscript(position: Int) -> Int {
        precondition(position >= 0 && position < 8, "at most eight voting languages")
        return counts[position]
    }

    /// One vote for each list whose bit is set in `lists` (bit `i`: list `i`).
    mutating func add(_ lists: UInt8) {
        var remaining = lists
        while remaining != 0 {
            counts[remaining.trailingZeroBitCount] += 1
            remaining &= remaining - 1
        }
    }

    /// The first list with the most votes, when it has any.
    var best: Int? {
        var best = 0
        for position in 1..<8 where counts[position] > counts[best] { best = position }
        return counts[best] > 0 ? best : nil
    }
}
