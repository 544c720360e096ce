/// One article, segmented: the text stored once as UTF-8, with paragraphs, sentences and
/// tokens as byte ranges into it.
///
/// Offsets inside the model are UTF-8 byte offsets; `scalarOffset(_:)` converts them in O(1)
/// to the Unicode scalar offsets that output uses.
public struct Document: Sendable {
    /// All columns, in one object so that a copy of the document is one retain.
    @usableFromInline let storage: DocumentStorage

    /// The caller's identifier (a file name, a JSON Lines record id).
    @inlinable public var id: String { storage.id }
    /// The text, stored once. Its UTF-8 view is contiguous.
    @inlinable public var text: String { storage.text }
    /// The language the document was segmented as.
    @inlinable public var language: Language { storage.language }
    /// Paragraphs, sentences and tokens of the article text (after cleaning, when a cleaner ran).
    @inlinable public var segmentation: Segmentation { storage.segmentation }
    /// The label of each kept paragraph (body, title or dek); all `.body` without a cleaner.
    @inlinable public var paragraphLabels: [BlockLabel] { storage.paragraphLabels }
    /// What the cleaner kept and dropped, with ranges into the full text; nil without a cleaner.
    @inlinable public var cleaning: CleaningReport? { storage.cleaning }

    /// Segments `text` with `segmenter` (whose language is the document's). With a `cleaner`,
    /// paragraphs it labels as boilerplate, captions, credits, bylines or datelines are left out
    /// of the segmentation (and reported in `cleaning`); offsets stay offsets into `text`.
    /// (`cleaner` is borrowed: a caller passing its stored cleaner does not copy the existential.)
    public init(id: String = "", text: String, segmenter: Segmenter, cleaner: borrowing (any Cleaner)? = nil) throws(SegmentationError) {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let language = segmenter.language
        let segmentation: Segmentation
        let paragraphLabels: [BlockLabel]
        let cleaning: CleaningReport?
        if let cleaner = copy cleaner {
            // The cleaner labels the paragraphs first, so only the kept ones are tokenized and split.
            let (paragraphs, labels, kept) = try contiguous.withUTF8 { bytes in
                Result { () throws(SegmentationError) in
                    guard bytes.count < Int(Int32.max) else { throw .textTooLong(bytes: bytes.count) }
                    let paragraphs = bytes.isEmpty ? [] : segmenter.paragraphs(in: bytes)
                    let labels = cleaner.labels(for: paragraphs, in: bytes, language: language)
                    return (paragraphs, labels, try segmenter.segment(bytes, paragraphs: paragraphs, keep: labels.lazy.map(\.isKept)))
                }
            }.get()
            cleaning = CleaningReport(blocks: zip(paragraphs, labels).map { CleaningReport.Block(range: $0, label: $1) })
            segmentation = kept
            paragraphLabels = labels.allSatisfy(\.isKept) ? labels : labels.filter(\.isKept)
        } else {
            let full = try contiguous.withUTF8 { bytes in Result { () throws(SegmentationError) in try segmenter.segment(bytes) } }.get()
            cleaning = nil
            segmentation = full
            // Not `Array(repeating:count:)`, whose unspecialized allocation looks the array's
            // storage type up in the runtime's generic metadata cache per call.
            paragraphLabels = Array(repeatElement(BlockLabel.body, count: full.paragraphs.count))
        }
        let scalarIndex = contiguous.withUTF8 { ScalarOffsetIndex(utf8: $0) }
        storage = DocumentStorage(id: id, text: contiguous, language: language, segmentation: segmentation,
                                  paragraphLabels: paragraphLabels, cleaning: cleaning, scalarIndex: scalarIndex)
    }

    /// Paragraphs in order.
    @inlinable
    public var paragraphs: [Paragraph] { storage.segmentation.paragraphs }
    /// Sentences in order.
    @inlinable
    public var sentences: [Sentence] { storage.segmentation.sentences }
    /// Tokens in order, without white space.
    @inlinable
    public var tokens: [Token] { storage.segmentation.tokens }

    /// Calls `body` with the text's UTF-8 bytes, borrowed for the call.
    @inlinable
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try storage.text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = storage.text
        return try copy.withUTF8(body)
    }

    /// The text of `range` as a new string (for output, not for hot paths).
    public func string(_ range: TextRange) -> String {
        withUTF8 { text in
            let bytes = UnsafeBufferPointer(rebasing: text[range.offsets])
            // Copied into the string's own storage: a short ASCII range (most cues and names)
            // becomes a small string without a validation pass, a longer one is validated once
            // (which also finds whether it is ASCII), and a range that splits a scalar is repaired
            // as `String(decoding:as:)` repairs it. `String(decoding:as:)` validated, then scanned
            // the bytes for ASCII again.
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(bytes))
                return bytes.count
            }
        }
    }

    /// The text of a token.
    public func string(_ token: Token) -> String { string(token.range) }

    /// The Unicode scalar offset of a UTF-8 byte offset.
    public func scalarOffset(_ byteOffset: Int32) -> Int {
        let index = storage.scalarIndex
        if index.isIdentity { return Int(byteOffset) }
        return withUTF8 { index.scalarOffset(Int(byteOffset), in: $0) }
    }

    /// The UTF-8 length of the text.
    public var byteCount: Int { storage.text.utf8.count }
}
