/// The columns of one `AnalyzedDocument`, held once: the document is copied into results and
/// handed to every analyzer, and a copy retains this one object instead of each column.
/// Immutable after `init`.
@usableFromInline
final class AnalyzedDocumentStorage: Sendable {
    @usableFromInline let document: Document
    @usableFromInline let readability: Readability
    @usableFromInline let quotations: [Quotation]
    @usableFromInline let tokenHashes: [UInt64]
    /// Whether every byte of the text is ASCII, so that scalar offsets are byte offsets (read by
    /// the inlined `AnalyzedDocument.scalarOffset(_:)` without a call).
    @usableFromInline let textIsASCII: Bool

    init(document: Document, readability: Readability, quotations: [Quotation], tokenHashes: [UInt64],
         textIsASCII: Bool) {
        self.document = document
        self.readability = readability
        self.quotations = quotations
        self.tokenHashes = tokenHashes
        self.textIsASCII = textIsASCII
    }
}
