/// A half-open range of UTF-8 byte offsets into a document's text.
///
/// Offsets are 32-bit, like ICU's: a single document is limited to 2 GiB.
public struct TextRange: Hashable, Sendable, BitwiseCopyable {
    /// The first byte of the range.
    public var start: Int32
    /// The byte after the last one.
    public var end: Int32

    /// A range from `start` up to, not including, `end`.
    @inlinable
    public init(start: Int32, end: Int32) {
        self.start = start
        self.end = end
    }

    /// A range from `start` up to, not including, `end`.
    @inlinable
    public init(start: Int, end: Int) {
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: end)
    }

    /// The number of bytes in the range.
    @inlinable
    public var length: Int { Int(end - start) }

    /// True when the range holds no byte.
    @inlinable
    public var isEmpty: Bool { end <= start }

    /// The range as Swift `Int` offsets.
    @inlinable
    public var offsets: Range<Int> { Int(start)..<Int(end) }
}
