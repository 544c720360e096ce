/// What a speaker phrase refers to, before merging with earlier mentions.
struct SpeakerInfo: Sendable {
    enum Reference: Sendable, Equatable {
        /// A proper name; `surname` is the case-folded hash of its last word.
        case name(surname: UInt64)
        /// A definite role without a name ("the president"); `head` is the role noun's hash.
        case role(head: UInt64)
        /// "he" / "she".
        case personPronoun
        /// "they".
        case pluralPronoun
        /// "it".
        case thingPronoun
        /// "I", "we", "you": not resolved.
        case otherPronoun
        /// "one of the officials": the most recent source with that head noun.
        case partitive(head: UInt64)
        /// Anything else, merged by its text.
        case phrase
    }
    var type: SourceType
    var name: String
    var title: String?
    var reference: Reference
    /// False when the head is an unlisted common noun (a guess).
    var known: Bool = true
    /// The words from after the determiner to the head, lower-cased: merges "a report by the
    /// planning office" with "the report".
    var key: String? = nil
    /// Hash of the head noun ("official"), for role and partitive references.
    var headHash: UInt64 = 0
}
