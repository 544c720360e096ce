/// What analyzers see: the segmented document with its readability statistics and quotations.
public struct AnalyzedDocument: Sendable {
    /// All columns, in one object so that a copy of the analyzed document is one retain.
    @usableFromInline let storage: AnalyzedDocumentStorage

    /// The segmented text.
    @inlinable public var document: Document { storage.document }
    /// Counts and readability formulas.
    @inlinable public var readability: Readability { storage.readability }
    /// Direct quotations, in order (see `QuotationFinder`).
    @inlinable public var quotations: [Quotation] { storage.quotations }
    /// `TermHash.hash` of each token's UTF-8 bytes, indexed like `tokens` (every kind, punctuation
    /// included), computed once per document: look a token up with `tokenHashes[index]` instead of
    /// hashing its bytes again. The hash of the whole token: an analyzer that drops a suffix (a
    /// possessive ’s) hashes that shorter slice itself.
    @inlinable public var tokenHashes: [UInt64] { storage.tokenHashes }

    /// Analyzes the core facts of `document` (and hashes its tokens, unless the segmenter did).
    public init(document: Document, readability: Readability, quotations: [Quotation]) {
        let segmentation = document.storage.segmentation
        let tokenHashes = segmentation.tokenHashes.count == segmentation.tokens.count
            ? segmentation.tokenHashes : TokenHasher.hashes(of: document)
        storage = AnalyzedDocumentStorage(document: document, readability: readability, quotations: quotations,
                                          tokenHashes: tokenHashes,
                                          textIsASCII: document.storage.scalarIndex.isIdentity)
    }

    /// The document's identifier.
    @inlinable
    public var id: String { storage.document.id }
    /// The text.
    @inlinable
    public var text: String { storage.document.text }
    /// The language.
    @inlinable
    public var language: Language { storage.document.language }
    /// Paragraphs in order.
    @inlinable
    public var paragraphs: [Paragraph] { storage.document.paragraphs }
    /// Sentences in order.
    @inlinable
    public var sentences: [Sentence] { storage.document.sentences }
    /// Tokens in order.
    @inlinable
    public var tokens: [Token] { storage.document.tokens }

    /// Calls `body` with the text's UTF-8 bytes.
    @inlinable
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try storage.document.withUTF8(body)
    }

    /// The text of a range or token (allocates: for output, not hot paths).
    public func string(_ range: TextRange) -> String { document.string(range) }
    public func string(_ token: Token) -> String { document.string(token.range) }

    /// The Unicode scalar offset of a byte offset, for output. Inlinable: in an ASCII text (most
    /// English ones) it is the byte offset, without a call.
    @inlinable
    public func scalarOffset(_ byteOffset: Int32) -> Int {
        storage.textIsASCII ? Int(byteOffset) : scalarOffsetOutsideASCII(byteOffset)
    }

    /// `scalarOffset(_:)` in a text that is not all ASCII (the document's scalar index).
    @usableFromInline
    func scalarOffsetOutsideASCII(_ byteOffset: Int32) -> Int { storage.document.scalarOffset(byteOffset) }

    /// The index of the quotation whose content contains `byteOffset`, if any (binary search).
    public func quotationIndex(containing byteOffset: Int32) -> Int? {
        let quotations = storage.quotations
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
        quotationIndex(containing: storage.document.tokens[tokenIndex].range.start) != nil
    }

    /// The index of the sentence that contains `byteOffset`, if any (binary search).
    public func sentenceIndex(containing byteOffset: Int32) -> Int? {
        let sentences = storage.document.sentences
        var low = 0, high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].range.end <= byteOffset { low = mid + 1 } else { high = mid }
        }
        guard low < sentences.count, sentences[low].range.start <= byteOffset else { return nil }
        return low
    }
}
