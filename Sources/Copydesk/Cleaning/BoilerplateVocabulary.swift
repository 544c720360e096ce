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
            var reader = Reader()
            var files = ["boilerplate/en.txt"]
            if language != .english, EmbeddedResources.text("boilerplate/\(language.rawValue).txt") != nil {
                files.append("boilerplate/\(language.rawValue).txt")
            }
            for file in files {
                guard let text = EmbeddedResources.text(file) else { continue }
                WordList.forEachEntry(of: text) { reader.read($0) }
            }
            let vocabulary = BoilerplateVocabulary(phrases: reader.phrases, longest: reader.longest,
                                                   phraseWords: TermSet(keys: reader.phraseWords), spellings: reader.spellings)
            cache[language] = vocabulary
            return vocabulary
        }
    }

    /// Reads the entries of the lists, one after another, into the parts of a vocabulary.
    struct Reader {
        var phrases = TermTable<Strength>()
        var longest = 1
        var phraseWords: [UInt64] = []
        var spellings: [String] = []

        /// Reads one entry (a line of a list, as `WordList` gives it): from its bytes when it is
        /// ASCII with its words one space apart, else as text. A later phrase with the same
        /// hash replaces the strength of an earlier one.
        mutating func read(_ entry: UnsafeBufferPointer<UInt8>) {
            var from = 0
            var strength = Strength.weak
            if let first = entry.first, first == UInt8(ascii: "!") || first == UInt8(ascii: "@") {
                strength = first == UInt8(ascii: "!") ? .strong : .credit
                from = 1
            }
            let phrase = UnsafeBufferPointer(rebasing: entry[from...])
            var spaces = 0
            var plain = !phrase.isEmpty && phrase[0] != 0x20 && phrase[phrase.count - 1] != 0x20
            for (index, byte) in phrase.enumerated() where plain {
                if byte >= 0x80 || (byte == 0x20 && phrase[index - 1] == 0x20) { plain = false }
                if byte == 0x20 { spaces += 1 }
            }
            guard plain else { return read(String(decoding: entry, as: UTF8.self)) }
            longest = max(longest, spaces + 1)
            if spaces > 0 {
                var start = 0
                for index in 0...phrase.count where index == phrase.count || phrase[index] == 0x20 {
                    let word = UnsafeBufferPointer(rebasing: phrase[start..<index])
                    phraseWords.append(TermHash.hash(word))
                    spellings.append(String(decoding: word, as: UTF8.self))
                    start = index + 1
                }
            }
            spellings.append(String(decoding: phrase, as: UTF8.self))
            phrases[TermHash.hash(phrase)] = strength
        }

        /// Reads one entry as text: a leading `!` or `@` (as a `Character`), then words split at
        /// spaces.
        mutating func read(_ entry: String) {
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
            phrases[TermHash.hash(text)] = strength
        }
    }

    private static let cache = Mutex<[Language: BoilerplateVocabulary]>([:])
}
