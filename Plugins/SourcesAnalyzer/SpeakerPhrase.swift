/// A speaker found next to a cue, as token indices.
struct SpeakerPhrase: Sendable {
    /// The noun phrase naming the speaker, without appositive.
    var core: Range<Int>
    /// Everything as written, including an appositive ("H.R. McMaster, Trump’s national-security adviser").
    var written: Range<Int>
    /// The appositive, if any.
    var appositive: Range<Int>?
    /// The head word ("official" in "a senior administration official").
    var head: Int
    /// The appositive is a relative clause ("who asked not to be named"): not a title.
    var relativeClause: Bool = false
}
