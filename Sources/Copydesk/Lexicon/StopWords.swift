import Synchronization

/// Function words of a language (`Resources/stopwords/<code>.txt`), by `TermHash`.
public enum StopWords {
    /// The stop-word hashes for `language` (English for undetermined; empty when there is no list).
    public static func forLanguage(_ language: Language, englishWhenUndetermined: Bool = true) -> TermSet {
        if language == .undetermined && !englishWhenUndetermined { return TermSet() }
        let code = language == .undetermined ? "en" : language.rawValue
        return cache.withLock { cache in
            if let found = cache[code] { return found }
            let set = TermSet(keys: spellings(code).map { TermHash.hash($0) })
            cache[code] = set
            return set
        }
    }

    /// The stop words of the list with language code `code`, as written in it.
    static func spellings(_ code: String) -> [String] {
        WordList.entries("stopwords/\(code).txt").map { String(WordList.fields($0)[0]) }
    }

    private static let cache = Mutex<[String: TermSet]>([:])
}
