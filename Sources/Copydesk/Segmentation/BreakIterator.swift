import CopydeskICU
import Synchronization

/// An ICU break iterator (word or sentence) behind Copydesk's C facade.
///
/// Not thread-safe: each task owns its own. Instances are cloned from a per-locale prototype
/// (about 0.2 µs) rather than opened anew (3–5 µs).
///
/// Borrowed text: after `forEachBoundary` returns, or after the caller of `bind(_:)` has read
/// the segments it needs with `nextWordSegments()`, ICU still holds a pointer to the text it was
/// given (unbinding would cost a second `ubrk_setUText` per call), but never reads it again:
/// every way to read boundaries binds its own text first, and binding and closing do not read
/// the text bound before. So the text may be freed as soon as the caller is done with it.
final class BreakIterator {
    enum Kind: Hashable, Sendable {
        case word, sentence

        var facade: cd_break_kind { self == .word ? CD_BREAK_WORD : CD_BREAK_SENTENCE }
    }

    private let handle: OpaquePointer
    private var offsets = [Int32](repeating: 0, count: 512)
    private var statuses = [Int32](repeating: 0, count: 512)
    /// The most word segments `nextWordSegments()` reads at once.
    static let wordSegmentCapacity = 512
    /// Where `nextWordSegments()` writes its batch (`wordSegmentCapacity` of each, freed in deinit).
    let wordSegmentStarts = UnsafeMutablePointer<Int32>.allocate(capacity: wordSegmentCapacity)
    let wordSegmentEnds = UnsafeMutablePointer<Int32>.allocate(capacity: wordSegmentCapacity)
    let wordSegmentStatuses = UnsafeMutablePointer<Int32>.allocate(capacity: wordSegmentCapacity)

    /// A new iterator of `kind` for `locale`, cloned from a cached prototype.
    init(kind: Kind, locale: String) throws(SegmentationError) {
        let prototype = try BreakIteratorPrototypes.shared.prototype(kind: kind, locale: locale)
        var status: Int32 = 0
        guard let clone = cd_break_clone(prototype.handle, &status) else {
            throw SegmentationError.icu(operation: "ubrk_clone", code: status)
        }
        handle = clone
    }

    deinit {
        cd_break_close(handle)
        wordSegmentStarts.deallocate()
        wordSegmentEnds.deallocate()
        wordSegmentStatuses.deallocate()
    }

    /// Points the iterator at `text`, borrowed until the next call binds other text (see the
    /// type's note on borrowed text: `text` may be freed once the caller has read what it needs).
    @inline(__always)
    func bind(_ text: UnsafeBufferPointer<UInt8>) throws(SegmentationError) {
        var status: Int32 = 0
        guard cd_break_set_utf8(handle, text.baseAddress, Int64(text.count), &status) == 0 else {
            throw SegmentationError.icu(operation: "binding the text (utext_open, ubrk_setUText)", code: status)
        }
    }

    /// Calls `body` with each boundary after the start of `text` (a UTF-8 byte offset relative
    /// to `text`) and the rule status of the segment it ends. `text` is borrowed for the call only
    /// (see the type's note on borrowed text).
    /// Inlined, so that `body` runs inside the loop over each batch instead of being called for
    /// each boundary.
    @inline(__always)
    func forEachBoundary(
        in text: UnsafeBufferPointer<UInt8>,
        _ body: (_ offset: Int32, _ status: Int32) -> Void
    ) throws(SegmentationError) {
        try bind(text)
        let capacity = Int32(offsets.count)
        offsets.withUnsafeMutableBufferPointer { offsetBuffer in
            statuses.withUnsafeMutableBufferPointer { statusBuffer in
                while true {
                    let count = cd_break_next_batch(handle, offsetBuffer.baseAddress, statusBuffer.baseAddress, capacity)
                    if count == 0 { break }
                    for i in 0..<Int(count) { body(offsetBuffer[i], statusBuffer[i]) }
                    if count < capacity { break }
                }
            }
        }
    }

    /// Calls `body` with each boundary after the start of `text`, as `forEachBoundary(in:_:)`
    /// does, without asking ICU for rule statuses (for callers that only need the offsets).
    @inline(__always)
    func forEachBoundaryOffset(
        in text: UnsafeBufferPointer<UInt8>,
        _ body: (_ offset: Int32) -> Void
    ) throws(SegmentationError) {
        try bind(text)
        let capacity = Int32(offsets.count)
        offsets.withUnsafeMutableBufferPointer { offsetBuffer in
            while true {
                let count = cd_break_next_batch(handle, offsetBuffer.baseAddress, nil, capacity)
                if count == 0 { break }
                for i in 0..<Int(count) { body(offsetBuffer[i]) }
                if count < capacity { break }
            }
        }
    }

    /// Reads the next word segments of the text bound with `bind(_:)` into `wordSegmentStarts`,
    /// `wordSegmentEnds` and `wordSegmentStatuses` (UTF-8 offsets relative to the bound text, and
    /// rule statuses), leaving out segments that start with an ASCII space, tab or line break.
    /// Returns how many it read: fewer than `wordSegmentCapacity` only at the end of the text.
    /// For a word iterator only (a sentence iterator reads none).
    @inline(__always)
    func nextWordSegments() -> Int {
        Int(cd_break_next_words(handle, wordSegmentStarts, wordSegmentEnds, wordSegmentStatuses, Int32(Self.wordSegmentCapacity)))
    }
}
