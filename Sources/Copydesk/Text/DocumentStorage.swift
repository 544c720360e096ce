/// The columns of one `Document`, held once: copying a document (into an `AnalyzedDocument`, a
/// result, an output queue) retains this one object instead of each of its arrays and strings.
/// Immutable after `init`.
@usableFromInline
final class DocumentStorage: Sendable {
    @usableFromInline let id: String
    /// Contiguous UTF-8.
    @usableFromInline let text: String
    @usableFromInline let language: Language
    @usableFromInline let segmentation: Segmentation
    @usableFromInline let paragraphLabels: [BlockLabel]
    @usableFromInline let cleaning: CleaningReport?
    let scalarIndex: ScalarOffsetIndex

    init(id: String, text: String, language: Language, segmentation: Segmentation,
         paragraphLabels: [BlockLabel], cleaning: CleaningReport?, scalarIndex: ScalarOffsetIndex) {
        self.id = id
        self.text = text
        self.language = language
        self.segmentation = segmentation
        self.paragraphLabels = paragraphLabels
        self.cleaning = cleaning
        self.scalarIndex = scalarIndex
    }
}
