import Synchronization

/// Function words of a language (`Resources/stopwords/<code>.txt`), by `TermHash`.
public enum StopWords {
    /// The stop-word hashes for `language` (English for undetermined; empty when there is no list).
    public static func forLanguage(_ language: Language, englishWhenUndetermined: Bool = true) -> TermSet {
        if language == .undetermined && !englishWhenUndetermined { return TermSet() }
        let code = language == .undetermined ? "en" : language.rawValue
        return cache.withLock { cache in
            if let found = cache[code] { return found }
            let set = WordList.hashes("stopwords/\(code).txt")
            cache[code] = set
            return set
        }
    }

    /// The stop words of the list with language code `code`, as written in it.
    static func spellings(_ code: String) -> [String] {
        WordList.firstFields("stopwords/\(code).txt")
    }

    /// Calls `body` with the UTF-8 bytes of each stop word of the list with language code `code`,
    /// as written in it (the words of `spellings(_:)`, without making strings of them).
    static func forEachSpelling(_ code: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        WordList.forEachFirstField("stopwords/\(code).txt", body)
    }

    private static let cache = Mutex<[String: TermSet]>([:])
}
