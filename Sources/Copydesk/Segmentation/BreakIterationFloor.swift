/// ICU word and sentence iteration and nothing else — the raw floor that benchmarks compare
/// Copydesk's throughput with. Not thread-safe: one per task.
public final class BreakIterationFloor {
    private let words: BreakIterator
    private let sentences: BreakIterator

    /// Iterators for `language`, cloned like a `Segmenter`'s.
    public init(language: Language = .english) throws(SegmentationError) {
        words = try BreakIterator(kind: .word, locale: language.icuLocale)
        sentences = try BreakIterator(kind: .sentence, locale: language.icuLocale)
    }

    /// Iterates every word and sentence boundary of `text`; returns how many there were.
    public func countBoundaries(_ text: UnsafeBufferPointer<UInt8>) throws(SegmentationError) -> Int {
        var count = 0
        try words.forEachBoundary(in: text) { _, _ in count += 1 }
        try sentences.forEachBoundary(in: text) { _, _ in count += 1 }
        return count
    }
}
