/// Pulls the documents of one input one at a time, as `PendingDocument`s to be loaded by the
/// worker that takes them.
final class DocumentReader {
    private let nextDocument: () -> PendingDocument?

    /// A reader that calls `next` until it returns nil.
    init(_ next: @escaping () -> PendingDocument?) { nextDocument = next }

    /// A reader of exactly one document.
    convenience init(single document: PendingDocument) {
        var pending: PendingDocument? = document
        self.init { defer { pending = nil }; return pending }
    }

    /// The next document, or nil at the end.
    func next() -> PendingDocument? { nextDocument() }
}
