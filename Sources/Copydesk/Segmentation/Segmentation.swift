/// The result of segmenting one text: paragraphs, sentences and tokens as byte ranges.
public struct Segmentation: Sendable {
    /// Paragraphs in order.
    public var paragraphs: [Paragraph]
    /// Sentences in order; each lies inside one paragraph.
    public var sentences: [Sentence]
    /// Tokens in order, without white space.
    public var tokens: [Token] {
        didSet { tokenHashes = [] }   // no longer the hashes of these tokens
    }
    /// `TermHash.hash` of each token's bytes, indexed like `tokens`, when the segmenter computed
    /// them while tokenizing; empty otherwise (then `TokenHasher` computes them).
    var tokenHashes: [UInt64]

    /// A segmentation of the given parts.
    public init(paragraphs: [Paragraph], sentences: [Sentence], tokens: [Token]) {
        self.init(paragraphs: paragraphs, sentences: sentences, tokens: tokens, tokenHashes: [])
    }

    /// A segmentation of the given parts, with the hashes of the tokens (`TermHash.hash` of
    /// each token's bytes, indexed like `tokens`, or empty).
    init(paragraphs: [Paragraph], sentences: [Sentence], tokens: [Token], tokenHashes: [UInt64]) {
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.tokens = tokens
        self.tokenHashes = tokenHashes
    }

    /// An empty segmentation.
    public static let empty = Segmentation(paragraphs: [], sentences: [], tokens: [])
}

extension Segmentation {
    /// Only the paragraphs where `keep` is true, with their sentences and tokens, re-indexed.
    public func keeping(paragraphs keep: [Bool]) -> Segmentation {
        var newParagraphs: [Paragraph] = []
        var newSentences: [Sentence] = []
        var newTokens: [Token] = []
        let hashed = tokenHashes.count == tokens.count
        var newHashes: [UInt64] = []
        newParagraphs.reserveCapacity(paragraphs.count)
        newSentences.reserveCapacity(sentences.count)
        newTokens.reserveCapacity(tokens.count)
        if hashed { newHashes.reserveCapacity(tokens.count) }
        for (index, paragraph) in paragraphs.enumerated() where keep[index] {
            let firstSentence = Int32(newSentences.count)
            for sentenceIndex in paragraph.sentences {
                let sentence = sentences[Int(sentenceIndex)]
                let firstToken = Int32(newTokens.count)
                let range = Int(sentence.tokens.lowerBound)..<Int(sentence.tokens.upperBound)
                newTokens.append(contentsOf: tokens[range])
                if hashed { newHashes.append(contentsOf: tokenHashes[range]) }
                newSentences.append(Sentence(range: sentence.range, paragraph: Int32(newParagraphs.count),
                                             tokens: firstToken..<Int32(newTokens.count)))
            }
            newParagraphs.append(Paragraph(range: paragraph.range, sentences: firstSentence..<Int32(newSentences.count)))
        }
        return Segmentation(paragraphs: newParagraphs, sentences: newSentences, tokens: newTokens, tokenHashes: newHashes)
    }
}
