/// Measurements of one block that the news cleaner decides on (in the spirit of jusText).
struct BlockFeatures {
    /// Words: runs of letters and digits.
    var words = 0
    /// Words in the language's stop-word list.
    var stopWords = 0
    /// Words that start with a capital letter.
    var capitalized = 0
    /// Words of letters only (for the capital share).
    var letterWords = 0
    /// Space bytes (0x20), which case folding keeps: blocks with different counts differ.
    var spaceBytes = 0
    /// Unicode scalars, spaces excluded.
    var characters = 0
    /// Boilerplate phrases found (`Resources/boilerplate/<lang>.txt`).
    var boilerplateHits = 0
    /// Strong boilerplate phrases found (cookie, consent, subscribe…), marked `!` in the list.
    var strongHits = 0
    /// Photo-credit phrases found (getty images, ap photo, via ap…), marked `@` in the list.
    var creditHits = 0
    /// The word count when the last photo-credit phrase ended (a credit ends its caption).
    var lastCreditAtWord = 0
    /// Link-like tokens: URLs, e-mail addresses, @handles, and separators | • » ›.
    var linkish = 0
    /// Ideographic characters (Chinese, Japanese), which have no spaces to count words by.
    var ideographs = 0
    /// The last visible character is sentence-final punctuation (. ! ? … or a closing quote after one).
    var endsLikeSentence = false
    /// The last visible character is a colon: the block introduces what follows (a list, a quote).
    var endsWithColon = false
    /// The last visible character is a question mark (or a closing quote after one).
    var endsWithQuestion = false
    /// Starts with "By " and a capitalized name (or "ByName", as scrapers glue it).
    var looksLikeByline = false
    /// Sentence-final punctuation followed by a space: more than zero means several sentences.
    var innerSentenceEnds = 0
    /// Starts like a news dateline: a capitalized place in capitals and a dash ("RIVERTON —",
    /// "LONDON (Reuters) -"), so the block is the lede, not a dek.
    var startsWithDateline = false
    /// The first word is a comment link: "Reply", "Report" (`NewsCleaner.commentActions`).
    var startsWithCommentAction = false
    /// Characters that mark program code or command lines: ; { } ( ) = < > [ ] $ # ` \ _
    var codeMarks = 0
    /// Starts like a line of code or a shell session: "$ ", "// ", "#include", "}".
    var startsLikeCode = false
    /// Starts with a backlink mark and a space, as entries of a list of references or notes do:
    /// "^ Smith, John (2004).", "↑ «Title»".
    var startsWithBacklink = false
    /// Words that are numbers.
    var numbers = 0
    /// An earlier block of the text has the same text, case-folded (`NewsCleaner.markRepeats`).
    var isRepeat = false
    /// How many blocks of the text have this block's text, case-folded, this one included.
    var occurrences = 1
    /// Words of date and time lines (`Resources/dates/<lang>.txt`): months, weekdays, "updated", "pm".
    var dateWords = 0

    /// A short line made only of dates and times: "21 Nov 2017, 9:45pm", "Updated Tuesday 3 March".
    var looksLikeDateline: Bool { words > 0 && words <= 12 && numbers >= 1 && numbers + dateWords == words && !endsLikeSentence }

    /// An unpunctuated line that still reads like a clause of prose — several words, mostly
    /// lowercase, with function words: a list item or a subheading of an article, not a menu entry.
    var readsLikeClause: Bool { letterWords >= 6 && capitalShare < 0.5 && stopShare >= 0.2 }

    /// A line of program code or a command line: dense code punctuation, or a prompt or comment
    /// marker at its start, and not a sentence of prose.
    var looksLikeCode: Bool {
        characters > 0 && (codeMarks * 10 >= characters || startsLikeCode) && !(letterWords >= 8 && stopShare >= 0.3 && codeMarks * 20 < characters)
    }

    /// Stop words among words of letters (numbers do not dilute it).
    var stopShare: Double { letterWords == 0 ? 0 : Double(stopWords) / Double(letterWords) }
    var capitalShare: Double { letterWords == 0 ? 0 : Double(capitalized) / Double(letterWords) }
    /// Words, with every two ideographs counted as one word.
    var effectiveWords: Int { words + ideographs / 2 }
}
