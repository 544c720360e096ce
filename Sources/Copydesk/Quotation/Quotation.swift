/// A direct quotation: text between quotation marks, possibly running over several paragraphs.
public struct Quotation: Hashable, Sendable {
    /// From the opening mark to the closing mark, inclusive.
    public var range: TextRange
    /// The quoted words, without the outer marks.
    public var content: TextRange
    /// The paragraphs it spans (first and last index).
    public var paragraphs: ClosedRange<Int32>
    /// False when no closing mark was found (the quote ran to the end of its paragraph and the next
    /// paragraph did not continue it).
    public var isClosed: Bool

    public init(range: TextRange, content: TextRange, paragraphs: ClosedRange<Int32>, isClosed: Bool) {
        self.range = range
        self.content = content
        self.paragraphs = paragraphs
        self.isClosed = isClosed
    }
}
