/// What analyzers see: the segmented document with its readability statistics and quotations.
public struct AnalyzedDocument: Sendable {
    /// The segmented text.
    public let document: Document
    /// Counts and readability formulas.
    public let readability: Readability
    /// Direct quotations, in order (see `QuotationFinder`).
    public let quotations: [Quotation]
    /// `TermHash.hash` of each token's UTF-8 bytes, indexed like `tokens` (every kind, punctuation
    /// included), computed once per document: look a token up with `tokenHashes[index]` instead of
    /// hashing its bytes again. The hash of the whole token: an analyzer that drops a suffix (a
    /// possessive ’s) hashes that shorter slice itself.
    public let tokenHashes: [UInt64]

    /// Analyzes the core facts of `document` (and hashes its tokens).
    public init(document: Document, readability: Readability, quotations: [Quotation]) {
        self.document = document
        self.readability = readability
        self.quotations = quotations
        self.tokenHashes = TokenHasher.hashes(of: document)
    }

    /// The document's identifier.
    @inlinable
    public var id: String { document.id }
    /// The text.
    @inlinable
    public var text: String { document.text }
    /// The language.
    @inlinable
    public var language: Language { document.language }
    /// Paragraphs in order.
    @inlinable
    public var paragraphs: [Paragraph] { document.paragraphs }
    /// Sentences in order.
    @inlinable
    public var sentences: [Sentence] { document.sentences }
    /// Tokens in order.
    @inlinable
    public var tokens: [Token] { document.tokens }

    /// Calls `body` with the text's UTF-8 bytes.
    @inlinable
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try document.withUTF8(body)
    }

    /// The text of a range or token (allocates: for output, not hot paths).
    public func string(_ range: TextRange) -> String { document.string(range) }
    public func string(_ token: Token) -> String { document.string(token.range) }

    /// The Unicode scalar offset of a byte offset, for output.
    public func scalarOffset(_ byteOffset: Int32) -> Int { document.scalarOffset(byteOffset) }

    /// The index of the quotation whose content contains `byteOffset`, if any (binary search).
    public func quotationIndex(containing byteOffset: Int32) -> Int? {
        var low = 0, high = quotations.count
        while low < high {
            let mid = (low + high) / 2
            if quotations[mid].range.end <= byteOffset { low = mid + 1 } else { high = mid }
        }
        guard low < quotations.count else { return nil }
        let quote = quotations[low]
        return quote.content.start <= byteOffset && byteOffset < quote.content.end ? low : nil
    }

    /// Whether the token at `tokenIndex` is inside a direct quotation.
    public func isQuoted(tokenIndex: Int) -> Bool {
        quotationIndex(containing: tokens[tokenIndex].range.start) != nil
    }

    /// The index of the sentence that contains `byteOffset`, if any (binary search).
    public func sentenceIndex(containing byteOffset: Int32) -> Int? {
        var low = 0, high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].range.end <= byteOffset { low = mid + 1 } else { high = mid }
        }
        guard low < sentences.count, sentences[low].range.start <= byteOffset else { return nil }
        return low
    }
}
