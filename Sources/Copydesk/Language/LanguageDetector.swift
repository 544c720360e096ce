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
    private let stopWords: [(Language, TermSet)]

    /// A detector with the embedded stop-word lists (parsed once per process).
    public init() {
        stopWords = Self.lists
    }

    private static let lists: [(Language, TermSet)] = votingLanguages.map { ($0, StopWords.forLanguage($0)) }

    /// The language of `text`, reading at most its first 20,000 bytes.
    public func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> Language {
        let limit = min(bytes.count, 20_000)
        var scripts = ScriptCounts()
        var votes = [Int](repeating: 0, count: stopWords.count)
        var index = 0
        var wordStart = -1
        var wordsSeen = 0
        func closeWord(at end: Int) {
            guard wordStart >= 0 else { return }
            if end < limit, bytes[end] == 0x2E, UTF8Scanning.scalar(at: wordStart, in: bytes).length == end - wordStart {
                wordStart = -1  // an initial: "U." of "U.S.", "J." of "J. Smith"
                return
            }
            let hash = TermHash.hash(UnsafeBufferPointer(rebasing: bytes[wordStart..<end]))
            for (position, list) in stopWords.enumerated() where list.1.contains(hash) { votes[position] += 1 }
            wordStart = -1
            wordsSeen += 1
        }
        while index < limit {
            let (scalar, length) = UTF8Scanning.scalar(at: index, in: bytes)
            let isLetter = scalar.value < 0x80
                ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
                : scalar.properties.isAlphabetic
            if isLetter || (wordStart >= 0 && (scalar == "'" || scalar == "\u{2019}")) {
                if wordStart < 0 { wordStart = index }
                scripts.add(scalar)
            } else {
                closeWord(at: index)
            }
            index += length
        }
        closeWord(at: limit)
        switch scripts.dominant {
        case .latin:
            // A Latin-script language without a list (Czech, Polish, Turkish…) matches few stop
            // words of any list: undetermined, rather than a wrong guess.
            // Too few words to tell (a headline, a caption) reads as English.
            guard let best = votes.indices.max(by: { votes[$0] < votes[$1] }), votes[best] > 0,
                  votes[best] * 100 >= wordsSeen * 8 else { return wordsSeen < 30 ? .english : .undetermined }
            return stopWords[best].0
        case .script(let language): return language
        case .none: return .undetermined
        }
    }

    /// The language of a string.
    public func detect(_ text: String) -> Language {
        var copy = text
        return copy.withUTF8 { detect($0) }
    }
}
