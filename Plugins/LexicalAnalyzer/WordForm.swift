/// One case-folded word form of a document, as the lexical pass tallies it: sixteen bytes, so
/// the forms of an article stay in a few cache lines.
struct WordForm: Equatable {
    /// How often the form occurs.
    var count: Int32
    /// The token index of its first occurrence (its text in `top_content_words`).
    var first: Int32
    /// How often it occurs in the current MATTR window.
    var inWindow: Int32 = 0
    /// Not a function word of the language.
    var isNotStopWord: Bool
    /// May be listed as a top content word: not a function word, and ideographic or of three
    /// letters or more.
    var isListable: Bool
}
