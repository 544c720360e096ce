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

    /// The text of a range or token (allocates: for output, not hot paths). The same string as
    /// `Document.string(_:)`, a range that splits a scalar repaired the same way.
    public func string(_ range: TextRange) -> String {
        withUTF8 { text in
            let bytes = UnsafeBufferPointer(rebasing: text[range.offsets])
            // Copied into the string's own storage: a short ASCII range (most cues and names)
            // becomes a small string without a validation pass, a longer one is validated once
            // (which also finds whether it is ASCII). `String(decoding:as:)` validated, then
            // scanned the bytes for ASCII again.
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(bytes))
                return bytes.count
            }
        }
    }
    public func string(_ token: Token) -> String { string(token.range) }

    /// The Unicode scalar offset of a byte offset, for output. Inlinable: in an ASCII text (most
    /// English ones) it is the byte offset, without a call.
    @inlinable
    public func scalarOffset(_ byteOffset: Int32) -> Int {
        storage.textIsASCII ? Int(byteOffset) : scalarOffsetOutsideASCII(byteOffset)
    }

    /// `scalarOffset(_:)` in a text that is not all ASCII: the scalars before the index's
    /// checkpoint at or below `byteOffset`, plus those from the checkpoint on, counted eight bytes
    /// at a time (the bytes that are not UTF-8 continuation bytes, `10xxxxxx`).
    @usableFromInline
    func scalarOffsetOutsideASCII(_ byteOffset: Int32) -> Int {
        let checkpoints = storage.document.storage.scalarIndex.checkpoints
        let offset = Int(byteOffset)
        let block = offset >> ScalarOffsetIndex.shift
        let blockStart = block << ScalarOffsetIndex.shift
        return withUTF8 { text in
            // `offset` is at most the text's length (a range's end), so it lies in the text
            // or at its end, and `checkpoints` has an entry for every block start up to the end
            // (`checkpoints[block]` is bounds-checked all the same).
            precondition(offset <= text.count, "byte offset past the end of the text")
            return Int(checkpoints[block]) + Self.scalarCount(UnsafeBufferPointer(rebasing: text[blockStart..<offset]))
        }
    }

    /// The number of scalars that start in `bytes` (its bytes that are not continuation bytes),
    /// for the at most 63 bytes after a checkpoint. Eight bytes at a time: a continuation byte has
    /// its top bit set and the next one clear, and `(word & ~(word << 1)) >> 7` has a 1 in the low
    /// bit of each such byte's lane. The lanes are summed at the end, by a multiplication whose
    /// top byte adds them up (`bytes` is shorter than 256, so neither a lane nor the sum
    /// overflows): the target may lack a population-count instruction.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        assert(bytes.count < 256, "lanes of the count would overflow")
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let lowBits: UInt64 = 0x0101_0101_0101_0101
        @inline(__always) func continuationLanes(_ word: UInt64) -> UInt64 { (word & ~(word << 1)) >> 7 & lowBits }
        var lanes: UInt64 = 0
        var index = 0
        while index + 8 <= bytes.count {
            lanes &+= continuationLanes(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        let rest = bytes.count - index
        if rest > 0 {
            if bytes.count >= 8 {
                // The eight bytes that end with the buffer, its last `rest` ones kept: on a
                // little-endian machine, the top bytes of the word.
                let last = raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
                lanes &+= continuationLanes(last.littleEndian >> UInt64(64 - 8 * rest))
            } else {
                for byte in bytes where byte & 0xC0 == 0x80 { lanes &+= 1 }
            }
        }
        return bytes.count - Int(truncatingIfNeeded: (lanes &* lowBits) >> 56)
    }

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
