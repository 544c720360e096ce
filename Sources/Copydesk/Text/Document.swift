/// One article, segmented: the text stored once as UTF-8, with paragraphs, sentences and
/// tokens as byte ranges into it.
///
/// Offsets inside the model are UTF-8 byte offsets; `scalarOffset(_:)` converts them in O(1)
/// to the Unicode scalar offsets that output uses.
public struct Document: Sendable {
    /// The caller's identifier (a file name, a JSON Lines record id).
    public let id: String
    /// The text, stored once. Its UTF-8 view is contiguous.
    public let text: String
    /// The language the document was segmented as.
    public let language: Language
    /// Paragraphs, sentences and tokens.
    public let segmentation: Segmentation
    private let scalarIndex: ScalarOffsetIndex

    /// Segments `text` with `segmenter` (whose language is the document's).
    public init(id: String = "", text: String, segmenter: Segmenter) throws(SegmentationError) {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        self.id = id
        self.text = contiguous
        self.language = segmenter.language
        self.segmentation = try contiguous.withUTF8 { bytes in Result { () throws(SegmentationError) in try segmenter.segment(bytes) } }.get()
        self.scalarIndex = contiguous.withUTF8 { ScalarOffsetIndex(utf8: $0) }
    }

    /// Paragraphs in order.
    public var paragraphs: [Paragraph] { segmentation.paragraphs }
    /// Sentences in order.
    public var sentences: [Sentence] { segmentation.sentences }
    /// Tokens in order, without white space.
    public var tokens: [Token] { segmentation.tokens }

    /// Calls `body` with the text's UTF-8 bytes, borrowed for the call.
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return try copy.withUTF8(body)
    }

    /// The text of `range` as a new string (for output, not for hot paths).
    public func string(_ range: TextRange) -> String {
        withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[range.offsets]), as: UTF8.self) }
    }

    /// The text of a token.
    public func string(_ token: Token) -> String { string(token.range) }

    /// The Unicode scalar offset of a UTF-8 byte offset.
    public func scalarOffset(_ byteOffset: Int32) -> Int {
        if scalarIndex.isIdentity { return Int(byteOffset) }
        return withUTF8 { scalarIndex.scalarOffset(Int(byteOffset), in: $0) }
    }

    /// The UTF-8 length of the text.
    public var byteCount: Int { text.utf8.count }
}
