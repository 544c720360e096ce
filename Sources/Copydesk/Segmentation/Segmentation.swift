/// The result of segmenting one text: paragraphs, sentences and tokens as byte ranges.
public struct Segmentation: Sendable {
    /// Paragraphs in order.
    public var paragraphs: [Paragraph]
    /// Sentences in order; each lies inside one paragraph.
    public var sentences: [Sentence]
    /// Tokens in order, without white space.
    public var tokens: [Token]

    /// A segmentation of the given parts.
    public init(paragraphs: [Paragraph], sentences: [Sentence], tokens: [Token]) {
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.tokens = tokens
    }

    /// An empty segmentation.
    public static let empty = Segmentation(paragraphs: [], sentences: [], tokens: [])
}
