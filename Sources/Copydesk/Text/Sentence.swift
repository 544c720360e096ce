/// One sentence: its byte range, the paragraph it belongs to and the tokens it holds.
public struct Sentence: Hashable, Sendable {
    /// Where the sentence is in the document's text, without surrounding white space.
    public var range: TextRange
    /// Index of the paragraph that holds the sentence.
    public var paragraph: Int32
    /// Indices into the document's tokens.
    public var tokens: Range<Int32>

    /// A sentence over `range` in paragraph `paragraph`, holding `tokens`.
    @inlinable
    public init(range: TextRange, paragraph: Int32, tokens: Range<Int32>) {
        self.range = range
        self.paragraph = paragraph
        self.tokens = tokens
    }
}
