/// The stop-word votes of `LanguageDetector`, one count per voting language (at most eight),
/// kept inline rather than in an array, so that detecting allocates nothing.
struct StopWordVotes {
    private var counts: (Int, Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0, 0)

    /// The votes of list `position`.
    subscript(position: Int) -> Int {
        precondition(position >= 0 && position < 8, "at most eight voting languages")
        return withUnsafeBytes(of: counts) { $0.load(fromByteOffset: position * MemoryLayout<Int>.stride, as: Int.self) }
    }

    /// One vote for each list whose bit is set in `lists` (bit `i`: list `i`).
    mutating func add(_ lists: UInt8) {
        var remaining = lists
        while remaining != 0 {
            let position = remaining.trailingZeroBitCount
            withUnsafeMutableBytes(of: &counts) { raw in
                let offset = position * MemoryLayout<Int>.stride
                raw.storeBytes(of: raw.load(fromByteOffset: offset, as: Int.self) + 1, toByteOffset: offset, as: Int.self)
            }
            remaining &= remaining - 1
        }
    }

    /// The first list with the most votes, when it has any.
    var best: Int? {
        var best = 0
        for position in 1..<8 where self[position] > self[best] { best = position }
        return self[best] > 0 ? best : nil
    }
}
