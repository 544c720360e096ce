import Synchronization

/// The word lists one language's sentence splitting uses: abbreviations, words that usually
/// start sentences, month names. Built once per language from the embedded lists.
public struct SentenceRules: Sendable {
    /// Abbreviations by the `TermHash` of their lowercase form with the final period ("u.s.").
    public let abbreviations: TermTable<AbbreviationClass>
    /// Words that usually start a sentence ("the", "he", "but"), by `TermHash`.
    public let sentenceStarters: TermSet
    /// Month names, by `TermHash`.
    public let months: TermSet
    /// Whether a small number followed by a period can be an ordinal inside a sentence
    /// ("am 12. Juni", "der 3. Platz"), as in German.
    public let periodMarksOrdinals: Bool

    /// Rules from explicit lists (for tests and custom languages).
    public init(abbreviations: [String: AbbreviationClass], sentenceStarters: [String], months: [String], periodMarksOrdinals: Bool = false) {
        var table: [UInt64: AbbreviationClass] = [:]
        for (word, kind) in abbreviations { table[TermHash.hash(word)] = kind }
        self.abbreviations = TermTable(table.map { ($0.key, $0.value) })
        self.sentenceStarters = TermSet(keys: sentenceStarters.map { TermHash.hash($0) })
        self.months = TermSet(keys: months.map { TermHash.hash($0) })
        self.periodMarksOrdinals = periodMarksOrdinals
    }

    /// The rules for `language`, from the embedded lists (English lists for undetermined text).
    public static func forLanguage(_ language: Language) -> SentenceRules {
        cache.withLock { cache in
            if let found = cache[language] { return found }
            let rules = load(language)
            cache[language] = rules
            return rules
        }
    }

    private static let cache = Mutex<[Language: SentenceRules]>([:])

    private static func load(_ language: Language) -> SentenceRules {
        let code = EmbeddedResources.text("abbreviations/\(language.rawValue).txt") == nil ? "en" : language.rawValue
        var abbreviations: [String: AbbreviationClass] = [:]
        // English titles and initials appear in every language's news; the language's own list wins.
        var files = ["abbreviations/en.txt"]
        if code != "en" { files.append("abbreviations/\(code).txt") }
        for file in files {
            for entry in WordList.entries(file) {
                let fields = WordList.fields(entry)
                guard fields.count >= 2, let kind = AbbreviationClass(rawValue: String(fields[1])) else { continue }
                if code != "en" && file == "abbreviations/en.txt" && kind != .title { continue }
                abbreviations[String(fields[0])] = kind
            }
        }
        return SentenceRules(
            abbreviations: abbreviations,
            sentenceStarters: WordList.entries("sentence-starters/\(code).txt"),
            months: WordList.entries("months/\(code).txt"),
            periodMarksOrdinals: code == "de"
        )
    }
}
