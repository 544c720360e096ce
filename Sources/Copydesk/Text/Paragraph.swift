/// One paragraph: its byte range and the sentences it holds.
public struct Paragraph: Hashable, Sendable {
    /// Where the paragraph is in the document's text, without surrounding white space.
    public var range: TextRange
    /// Indices into the document's sentences.
    public var sentences: Range<Int32>

    /// A paragraph over `range` holding `sentences`.
    @inlinable
    public init(range: TextRange, sentences: Range<Int32>) {
        self.range = range
        self.sentences = sentences
    }
}
