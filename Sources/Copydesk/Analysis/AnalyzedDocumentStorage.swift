/// The columns of one `AnalyzedDocument`, held once: the document is copied into results and
/// handed to every analyzer, and a copy retains this one object instead of each column.
/// Immutable after `init`.
@usableFromInline
final class AnalyzedDocumentStorage: Sendable {
    @usableFromInline let document: Document
    @usableFromInline let readability: Readability
    @usableFromInline let quotations: [Quotation]
    @usableFromInline let tokenHashes: [UInt64]

    init(document: Document, readability: Readability, quotations: [Quotation], tokenHashes: [UInt64]) {
        self.document = document
        self.readability = readability
        self.quotations = quotations
        self.tokenHashes = tokenHashes
    }
}
