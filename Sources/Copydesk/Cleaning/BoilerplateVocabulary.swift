import Synchronization

/// Phrases that mark web boilerplate, per language, as hashed word sequences.
/// File format (`Resources/boilerplate/<lang>.txt`): one phrase per line; a leading `!` marks a
/// strong cue (one is enough to drop a short block: "cookie", "subscribe"), a leading `@` a
/// photo-credit cue ("getty images", "via ap").
struct BoilerplateVocabulary: Sendable {
    enum Strength: UInt8, Sendable { case weak, strong, credit }
    /// Phrase hash (`TermHash` of the lowercase phrase) → strength.
    let phrases: TermTable<Strength>
    /// The longest phrase in words.
    let longest: Int
    /// Every word of a phrase of two or more words: a word outside this set ends any phrase, so
    /// most words need no multi-word hashing at all.
    let phraseWords: TermSet
    /// The text of every phrase and of every word of a phrase of two or more words: what the
    /// keys of `phrases` and `phraseWords` are hashes of.
    let spellings: [String]

    static func forLanguage(_ language: Language) -> BoilerplateVocabulary {
        cache.withLock { cache in
            if let found = cache[language] { return found }
            var table: [UInt64: Strength] = [:]
            var longest = 1
            var phraseWords: [UInt64] = []
            var spellings: [String] = []
            var files = ["boilerplate/en.txt"]
            if language != .english, EmbeddedResources.text("boilerplate/\(language.rawValue).txt") != nil {
                files.append("boilerplate/\(language.rawValue).txt")
            }
            for file in files {
                for entry in WordList.entries(file) {
                    var phrase = Substring(entry)
                    var strength = Strength.weak
                    if phrase.hasPrefix("!") { strength = .strong; phrase = phrase.dropFirst() }
                    else if phrase.hasPrefix("@") { strength = .credit; phrase = phrase.dropFirst() }
                    let words = phrase.split(separator: " ")
                    longest = max(longest, words.count)
                    if words.count > 1 {
                        phraseWords += words.map { TermHash.hash($0) }
                        spellings += words.map { String($0) }
                    }
                    let text = words.joined(separator: " ")
                    spellings.append(text)
                    table[TermHash.hash(text)] = strength
                }
            }
            let vocabulary = BoilerplateVocabulary(phrases: TermTable(table.map { ($0.key, $0.value) }), longest: longest,
                                                   phraseWords: TermSet(keys: phraseWords), spellings: spellings)
            cache[language] = vocabulary
            return vocabulary
        }
    }

    private static let cache = Mutex<[Language: BoilerplateVocabulary]>([:])
}
