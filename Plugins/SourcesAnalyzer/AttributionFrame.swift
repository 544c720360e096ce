/// A cue with its speaker, found in one sentence, before quotations are linked to it.
struct AttributionFrame: Sendable {
    var cue: Range<Int>
    var cueEntry: SourcesLexicon.Cue
    var sentence: Int
    var speaker: SpeakerPhrase?
    var info: SpeakerInfo?
    /// The first and last quotation linked to this frame (indices into the document's quotations,
    /// -1 for none); the workspace's `nextQuote` chains each linked quotation to the next, in order.
    var firstQuote: Int32 = -1
    var lastQuote: Int32 = -1
    /// A linked quotation is a fragment inside a paraphrase.
    var mixed = false
    /// The source the speaker was resolved to, -1 until resolved (or when it was not).
    var source: Int32 = -1
    /// The speaker is the subject of an earlier clause ("Harper described … and said …"): the frame is the cue alone.
    var sharedSpeaker = false
    /// Whether a quotation is linked to the frame.
    var hasQuotes: Bool { firstQuote >= 0 }
    /// First and last token of the frame (speaker and cue together).
    var first: Int { sharedSpeaker ? cue.lowerBound : min(cue.lowerBound, speaker?.written.lowerBound ?? Int.max) }
    var last: Int { sharedSpeaker ? cue.upperBound - 1 : max(cue.upperBound - 1, (speaker?.written.upperBound ?? 0) - 1) }
}
