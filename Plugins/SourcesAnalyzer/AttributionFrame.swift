/// A cue with its speaker, found in one sentence, before quotations are linked to it.
struct AttributionFrame: Sendable {
    var cue: Range<Int>
    var cueEntry: SourcesLexicon.Cue
    var sentence: Int
    var speaker: SpeakerPhrase?
    var info: SpeakerInfo?
    /// Quotations linked to this frame (indices into the document's quotations).
    var quotes: [Int] = []
    /// The speaker is the subject of an earlier clause ("Harper described … and said …"): the frame is the cue alone.
    var sharedSpeaker = false
    /// First and last token of the frame (speaker and cue together).
    var first: Int { sharedSpeaker ? cue.lowerBound : min(cue.lowerBound, speaker?.written.lowerBound ?? Int.max) }
    var last: Int { sharedSpeaker ? cue.upperBound - 1 : max(cue.upperBound - 1, (speaker?.written.upperBound ?? 0) - 1) }
}
