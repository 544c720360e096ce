/// Pulls the documents of one input one at a time, as `PendingDocument`s to be loaded by the
/// worker that takes them.
final class DocumentReader {
    private let nextDocument: () -> PendingDocument?
    private let canContinue: () -> Bool

    /// A reader that calls `next` until it returns nil; `canContinueWithoutWaiting` tells whether
    /// `next` would return without waiting for input (default: always).
    init(canContinueWithoutWaiting: @escaping () -> Bool = { true }, _ next: @escaping () -> PendingDocument?) {
        nextDocument = next
        canContinue = canContinueWithoutWaiting
    }

    /// A reader of exactly one document.
    convenience init(single document: PendingDocument) {
        var pending: PendingDocument? = document
        self.init { defer { pending = nil }; return pending }
    }

    /// The next document, or nil at the end.
    func next() -> PendingDocument? { nextDocument() }

    /// Whether `next()` returns without waiting for input (a pipe that has nothing yet would wait).
    var canContinueWithoutWaiting: Bool { canContinue() }
}
