/// A cue with its speaker, found in one sentence, before quotations are linked to it.
struct AttributionFrame: Sendable {
    var cue: Range<Int>
    var cueEntry: SourcesLexicon.Cue
    var sentence: Int
    var speaker: SpeakerPhrase?
    var info: SpeakerInfo?
    /// Quotations linked to this frame (indices into the document's quotations).
    var quotes: [Int] = []
    /// First and last token of the frame (speaker and cue together).
    var first: Int { min(cue.lowerBound, speaker?.written.lowerBound ?? Int.max) }
    var last: Int { max(cue.upperBound - 1, (speaker?.written.upperBound ?? 0) - 1) }
}
