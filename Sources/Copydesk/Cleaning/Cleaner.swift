/// A pipeline stage that labels the blocks of a text before segmentation, so that cookie
/// banners, captions and share prompts do not count as article text. Pluggable like analyzers:
/// `CoreAnalysis` takes any cleaner.
public protocol Cleaner: Sendable {
    /// A snake_case id for the cleaner.
    var id: String { get }

    /// One label per block, for the blocks (`ParagraphSplitter` paragraphs) of `bytes`.
    func labels(for blocks: [TextRange], in bytes: UnsafeBufferPointer<UInt8>, language: Language) -> [BlockLabel]

    /// The cleaner to use on text an HTML extractor already took out of a page (by default, this one).
    func forExtractedText() -> any Cleaner
}

extension Cleaner {
    public func forExtractedText() -> any Cleaner { self }
}
