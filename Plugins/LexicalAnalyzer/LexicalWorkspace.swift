import Copydesk

/// The buffers of the lexical pass, kept from one document to the next so that their storage is
/// allocated once per worker rather than once per document (most articles are short, and then
/// allocating and clearing them was most of the analyzer's own cost).
///
/// A workspace serves one document at a time (a `WorkspacePool` hands it to one caller); each
/// buffer is emptied before the document fills it, so no result depends on an earlier document.
final class LexicalWorkspace: ReusableWorkspace, @unchecked Sendable {
    /// Form ids by key.
    var index = FormIndex()
    /// Storage for the forms, in order of first occurrence: a document's are the first
    /// `index.count`.
    var forms: [WordForm] = []

    /// Whether the buffers grew past what is worth keeping (a very long document): such a workspace
    /// is dropped rather than pooled.
    var isOversized: Bool { index.capacity > Self.slotLimit || forms.count > Self.slotLimit }

    /// Index slots beyond this (documents of some half a million tokens) are not kept.
    static let slotLimit = 1 << 20
}
