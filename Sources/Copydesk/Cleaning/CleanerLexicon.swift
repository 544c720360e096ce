import Synchronization

/// Every word list the news cleaner checks a word against, for one language, merged into one
/// table: a single lookup of a word's `TermHash` answers whether it is a stop word, a date word,
/// part of a boilerplate phrase, a one-word boilerplate phrase, a byline word, a comment action
/// or a photo-credit label.
struct CleanerLexicon: Sendable {
    /// What a word is to the cleaner.
    struct Classes: OptionSet, Sendable {
        let rawValue: UInt16
        /// In the language's stop-word list.
        static let stopWord = Classes(rawValue: 1 << 0)
        /// In the date and time words (`Resources/dates/en.txt`).
        static let dateWord = Classes(rawValue: 1 << 1)
        /// A word of a boilerplate phrase of two or more words.
        static let phraseWord = Classes(rawValue: 1 << 2)
        /// A weak boilerplate phrase on its own.
        static let weakPhrase = Classes(rawValue: 1 << 3)
        /// A strong boilerplate phrase on its own.
        static let strongPhrase = Classes(rawValue: 1 << 4)
        /// A photo-credit phrase on its own.
        static let creditPhrase = Classes(rawValue: 1 << 5)
        /// "By" in a byline, in the languages of the stop lists.
        static let bylineWord = Classes(rawValue: 1 << 6)
        /// A comment link: "Reply", "Report".
        static let commentAction = Classes(rawValue: 1 << 7)
        /// A photo-credit label when a colon follows: "Photo", "Foto".
        static let creditLabel = Classes(rawValue: 1 << 8)
    }

    /// The boilerplate phrases (for phrases of two or more words).
    let vocabulary: BoilerplateVocabulary
    /// Whether the language has a stop-word list.
    let hasStopList: Bool
    private let classes: TermTable<Classes>

    /// The classes of the word whose `TermHash` is `hash` (empty for a word in no list).
    @inline(__always)
    func classes(of hash: UInt64) -> Classes { classes[hash] ?? [] }

    /// Merges the lists; `vocabulary.phrases` keys of any length count as one-word phrases, so
    /// the answer for a hash is exactly what a lookup in the phrase table gives.
    init(vocabulary: BoilerplateVocabulary, stopWords: TermSet, dateWords: TermSet, bylineWords: TermSet,
         commentActions: TermSet, creditLabels: TermSet) {
        self.vocabulary = vocabulary
        self.hasStopList = !stopWords.isEmpty
        var table = TermTable<Classes>(minimumCapacity: stopWords.count + vocabulary.phrases.count + dateWords.count)
        func add(_ set: TermSet, _ member: Classes) {
            for (key, _) in set.entries { table[key] = (table[key] ?? []).union(member) }
        }
        add(stopWords, .stopWord)
        add(dateWords, .dateWord)
        add(vocabulary.phraseWords, .phraseWord)
        add(bylineWords, .bylineWord)
        add(commentActions, .commentAction)
        add(creditLabels, .creditLabel)
        for (key, strength) in vocabulary.phrases.entries {
            let member: Classes = switch strength {
            case .weak: .weakPhrase
            case .strong: .strongPhrase
            case .credit: .creditPhrase
            }
            table[key] = (table[key] ?? []).union(member)
        }
        classes = table
    }

    /// The news cleaner's lexicon for `language` (built once per language and process).
    static func forLanguage(_ language: Language) -> CleanerLexicon {
        if let found = cache.withLock({ $0[language] }) { return found }
        let lexicon = CleanerLexicon(vocabulary: BoilerplateVocabulary.forLanguage(language),
                                     stopWords: StopWords.forLanguage(language, englishWhenUndetermined: false),
                                     dateWords: NewsCleaner.dateWords, bylineWords: NewsCleaner.bylineWords,
                                     commentActions: NewsCleaner.commentActions, creditLabels: NewsCleaner.creditLabels)
        return cache.withLock { cache in
            if let found = cache[language] { return found }
            cache[language] = lexicon
            return lexicon
        }
    }

    private static let cache = Mutex<[Language: CleanerLexicon]>([:])
}
