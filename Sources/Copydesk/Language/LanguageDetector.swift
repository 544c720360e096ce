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
    /// For each stop word of any list, a bit per list (bit `i`: `votingLanguages[i]`) that has it,
    /// so that a word is looked up once, not once per list.
    private let stopWordLists: TermTable<UInt8>

    /// A detector with the embedded stop-word lists (parsed once per process).
    public init() {
        stopWordLists = Self.lists
    }

    private static let lists: TermTable<UInt8> = {
        var table = TermTable<UInt8>()
        for (position, language) in votingLanguages.enumerated() {
            for entry in StopWords.forLanguage(language).entries {
                table[entry.key] = table[entry.key, default: 0] | UInt8(1 << position)
            }
        }
        return table
    }()

    /// The language of `text`, reading at most its first 20,000 bytes.
    public func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> Language {
        let limit = min(bytes.count, 20_000)
        var scripts = ScriptCounts()
        var votes = StopWordVotes()
        var index = 0
        var wordStart = -1
        var wordsSeen = 0
        while index < limit {
            let byte = bytes[index]
            if byte < 0x80 {
                // ASCII: a letter or, inside a word, an apostrophe extends the word (both Latin).
                if ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || (byte == 0x27 && wordStart >= 0) {
                    if wordStart < 0 { wordStart = index }
                    scripts.latin += 1
                } else if wordStart >= 0 {
                    closeWord(bytes, from: wordStart, to: index, limit: limit, votes: &votes, wordsSeen: &wordsSeen)
                    wordStart = -1
                }
                index += 1
                continue
            }
            let (scalar, length) = UTF8Scanning.scalar(at: index, in: bytes)
            if scalar.properties.isAlphabetic || (wordStart >= 0 && scalar == "\u{2019}") {
                if wordStart < 0 { wordStart = index }
                scripts.add(scalar)
            } else if wordStart >= 0 {
                closeWord(bytes, from: wordStart, to: index, limit: limit, votes: &votes, wordsSeen: &wordsSeen)
                wordStart = -1
            }
            index += length
        }
        if wordStart >= 0 { closeWord(bytes, from: wordStart, to: limit, limit: limit, votes: &votes, wordsSeen: &wordsSeen) }
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

    /// Counts the word `start..<end` (unless it is an initial) and its stop-word votes.
    @inline(__always)
    private func closeWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, limit: Int,
                           votes: inout StopWordVotes, wordsSeen: inout Int) {
        if end < limit, bytes[end] == 0x2E, UTF8Scanning.scalar(at: start, in: bytes).length == end - start {
            return  // an initial: "U." of "U.S.", "J." of "J. Smith"
        }
        wordsSeen += 1
        if let lists = stopWordLists[TermHash.hash(UnsafeBufferPointer(rebasing: bytes[start..<end]))] {
            votes.add(lists)
        }
    }

    /// The language of a string.
    public func detect(_ text: String) -> Language {
        var copy = text
        return copy.withUTF8 { detect($0) }
    }
}
