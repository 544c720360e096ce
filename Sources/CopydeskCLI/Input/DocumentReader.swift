/// Pulls the documents of one input one at a time.
final class DocumentReader {
    private let nextDocument: () -> InputDocument?

    /// A reader that calls `next` until it returns nil.
    init(_ next: @escaping () -> InputDocument?) { nextDocument = next }

    /// A reader of exactly one document.
    convenience init(single document: InputDocument) {
        var pending: InputDocument? = document
        self.init { defer { pending = nil }; return pending }
    }

    /// The next document, or nil at the end.
    func next() -> InputDocument? { nextDocument() }
}
