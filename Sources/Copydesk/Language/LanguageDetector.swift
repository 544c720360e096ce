/// Guesses a text's language from its script, then — for Latin and Cyrillic text — from a vote
/// of frequent function words.
///
/// Detected: English, German, French, Spanish, Italian, Portuguese and Dutch (Latin script, by
/// stop words), Russian (Cyrillic), Japanese (kana), Chinese (Han without kana), Korean, Thai,
/// Khmer, Arabic, Hebrew, Greek and Hindi (by script). Latin text where fewer than 8% of the
/// words are stop words of the best list (another Latin-script language) is undetermined —
/// unless it has fewer than 30 words, too few to tell, which read as English — and text with no
/// letters is undetermined. A single letter followed by a period is an initial or part of an
/// abbreviation ("U.S.", "J. Smith"), not a word: it does not vote (Dutch "u" and French "a"
/// would otherwise outvote English in "The U.S. says U.S. troops…").
public struct LanguageDetector: Sendable {
    /// Languages decided by their stop-word lists.
    public static let votingLanguages: [Language] = [.english, .german, .french, .spanish, .italian, .portuguese, .dutch]
    /// A detector with the embedded stop-word lists (parsed once per process, when a text is
    /// first detected: a run whose documents all name their language never reads them).
    public init() {}

    /// For each stop word of any list, a bit per list (bit `i`: `votingLanguages[i]`) that has it,
    /// so that a word is looked up once, not once per list; and the longest stop word of any
    /// list, in UTF-8 bytes: a longer ASCII word is no stop word (case folding never lengthens a
    /// spelling into ASCII), so it is counted without a lookup.
    private static let lists: (table: TermTable<UInt8>, longest: Int) = {
        var table = TermTable<UInt8>()
        var longest = 0
        for (position, language) in votingLanguages.enumerated() {
            StopWords.forEachSpelling(language.rawValue) { spelling in
                let key = TermHash.hash(spelling)
                table[key] = (table[key] ?? 0) | UInt8(1 << position)
                longest = max(longest, spelling.count)
            }
        }
        return (table, longest)
    }()

    /// The language of `text`, reading at most its first 20,000 bytes.
    ///
    /// One pass: an ASCII word's `TermHash` is computed as its letters are read, so the word is
    /// not read twice; a word with other bytes is hashed when it ends.
    public func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> Language {
        let limit = min(bytes.count, 20_000)
        let lists = Self.lists
        var scripts = ScriptCounts()
        var votes = StopWordVotes()
        var index = 0
        // The word being read: where it starts (-1: between words), whether its bytes so far are
        // all ASCII and, while they are, their `TermHash`.
        var wordStart = -1
        var wordIsASCII = true
        var wordHash = TermHash.empty
        var wordsSeen = 0
        var asciiLetters = 0
        while index < limit {
            let byte = bytes[index]
            if byte < 0x80 {
                // ASCII: a letter or, inside a word, an apostrophe extends the word (both Latin).
                // `byte | 0x20` lowercases a letter and leaves the apostrophe (0x27) as it is:
                // the byte `TermHash` folds each to.
                if Self.isASCIILetter(byte) || (byte == 0x27 && wordStart >= 0) {
                    if wordStart < 0 { wordStart = index; wordIsASCII = true; wordHash = TermHash.empty }
                    // The whole run of ASCII letters and apostrophes (inside a word now) in one
                    // tight loop, hashed as it is read.
                    var hash = wordHash
                    var next = index
                    repeat {
                        hash = (hash ^ UInt64(bytes[next] | 0x20)) &* TermHash.prime
                        next &+= 1
                    } while next < limit && (Self.isASCIILetter(bytes[next]) || bytes[next] == 0x27)
                    asciiLetters &+= next &- index
                    wordHash = hash
                    index = next
                    continue
                } else if wordStart >= 0 {
                    closeWord(bytes, from: wordStart, to: index, limit: limit, asciiHash: wordIsASCII ? wordHash : nil, lists: lists,
                              votes: &votes, wordsSeen: &wordsSeen)
                    wordStart = -1
                }
                index += 1
                continue
            }
            let (scalar, length) = UTF8Scanning.scalar(at: index, in: bytes)
            if ScalarTraits.of(scalar).contains(.alphabetic) || (wordStart >= 0 && scalar == "\u{2019}") {
                if wordStart < 0 { wordStart = index }
                wordIsASCII = false
                scripts.add(scalar)
            } else if wordStart >= 0 {
                closeWord(bytes, from: wordStart, to: index, limit: limit, asciiHash: wordIsASCII ? wordHash : nil, lists: lists,
                          votes: &votes, wordsSeen: &wordsSeen)
                wordStart = -1
            }
            index += length
        }
        if wordStart >= 0 {
            closeWord(bytes, from: wordStart, to: limit, limit: limit, asciiHash: wordIsASCII ? wordHash : nil, lists: lists,
                      votes: &votes, wordsSeen: &wordsSeen)
        }
        scripts.latin += asciiLetters
        switch scripts.dominant {
        case .latin:
            // A Latin-script language without a list (Czech, Polish, Turkish…) matches few stop
            // words of any list: undetermined, rather than a wrong guess.
            // Too few words to tell (a headline, a caption) reads as English.
            guard let best = votes.best, votes[best] * 100 >= wordsSeen * 8 else { return wordsSeen < 30 ? .english : .undetermined }
            return Self.votingLanguages[best]
        case .script(let language): return language
        case .none: return .undetermined
        }
    }

    /// Whether `byte` is an ASCII letter.
    @inline(__always)
    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26
    }

    /// Counts the word `start..<end` (unless it is an initial) and its stop-word votes;
    /// `asciiHash` is its `TermHash` when all its bytes are ASCII (nil: hash them here).
    @inline(__always)
    private func closeWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, limit: Int, asciiHash: UInt64?,
                           lists: (table: TermTable<UInt8>, longest: Int),
                           votes: inout StopWordVotes, wordsSeen: inout Int) {
        if end < limit, bytes[end] == 0x2E, UTF8Scanning.scalar(at: start, in: bytes).length == end - start {
            return  // an initial: "U." of "U.S.", "J." of "J. Smith"
        }
        wordsSeen += 1
        let key: UInt64
        if let asciiHash {
            guard end - start <= lists.longest else { return }
            key = asciiHash
        } else {
            key = TermHash.hash(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
        if let bits = lists.table[key] { votes.add(bits) }
    }

    /// The language of a string.
    public func detect(_ text: String) -> Language {
        var copy = text
        return copy.withUTF8 { detect($0) }
    }
}
