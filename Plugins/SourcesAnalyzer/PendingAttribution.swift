/// One attribution before sources are resolved: a frame with its linked quotations, or a
/// quotation linked to no frame (which may continue the speaker of an earlier frame).
struct PendingAttribution: Sendable {
    /// The frame, or -1 for an unlinked quotation.
    var frame: Int32
    /// For an unlinked quotation: the quotation, and the frame whose speaker it continues (or -1).
    var quote: Int32
    var continues: Int32
    var mixed: Bool
    /// Where the attribution starts (its first token), the order of the records.
    var order: Int
}
