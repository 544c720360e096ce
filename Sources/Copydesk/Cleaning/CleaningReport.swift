/// What cleaning dropped and kept: each block's label, so nothing is silently lost.
public struct CleaningReport: Sendable {
    /// One labelled block of the original text.
    public struct Block: Sendable, Equatable {
        /// The block's byte range in the original text.
        public var range: TextRange
        /// What the cleaner decided it is.
        public var label: BlockLabel
    }

    /// Every block in order, kept and dropped.
    public var blocks: [Block]

    public init(blocks: [Block]) { self.blocks = blocks }

    /// The dropped blocks.
    public var dropped: [Block] { blocks.filter { !$0.label.isKept } }
}
