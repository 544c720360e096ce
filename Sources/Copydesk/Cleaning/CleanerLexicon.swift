import Synchronization

/// Every word list the news cleaner checks a word against, for one language, merged into one
/// table: a single lookup of a word's `TermHash` answers whether it is a stop word, a date word,
/// part of a boilerplate phrase, a one-word boilerplate phrase, a byline word, a comment action
/// or a photo-credit label. The table keeps each key beside its classes and stays at most a
/// third full, so a lookup — made for every word of every block — mostly reads one slot.
///
/// Most words of a text are in no list. A word of ASCII letters, digits and apostrophes is
/// first checked against a small filter of the lists' spellings (`mayContainASCIIWord`), which
/// stays in the cache and turns most of them away before their hash is computed and the
/// table, which would miss, is probed.
///
/// A class, so that handing the lexicon to each document's cleaning retains one reference
/// rather than each of its tables.
final class CleanerLexicon: Sendable {
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
    private struct Slot: Sendable {
        var key: UInt64 = 0
        var classes: Classes = []   // empty: a free slot (every entry has a class)
    }
    private let slots: [Slot]
    private let shift: UInt64
    /// Every spelling of the lists that `TermHash` folds to ASCII letters, digits and apostrophes.
    private let asciiWords: ASCIIWordFilter
    /// Those spellings of at most eight bytes, with their hashes and classes.
    private let shortASCIIWords: ShortASCIIWordTable

    /// False only when the word `bytes[start..<end]`, made of ASCII letters, digits and
    /// apostrophes only, is in no list: its `classes(of:)` are then empty. True for the words
    /// of the lists in any case, and for a few others.
    @inline(__always)
    func mayContainASCIIWord(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        asciiWords.mayContain(from: start, to: end, in: bytes)
    }

    /// `mayContainASCIIWord(from:to:in:)` for a word of `length` bytes whose
    /// `ASCIIWordFilter.foldedPrefix` is `prefix`.
    @inline(__always)
    func mayContainASCIIWord(prefix: UInt64, length: Int) -> Bool {
        asciiWords.mayContain(prefix: prefix, length: length)
    }

    /// The `TermHash` and the `classes(of:)` of a word of one to eight ASCII letters, digits and
    /// apostrophes whose `ASCIIWordFilter.foldedPrefix` is `prefix`, when it is spelled as a word
    /// of the lists (in any case); nil otherwise (its hash must then be looked up).
    @inline(__always)
    func shortASCIIWord(prefix: UInt64) -> (hash: UInt64, classes: Classes)? {
        guard let entry = shortASCIIWords.entry(for: prefix) else { return nil }
        return (entry.hash, entry.classes)
    }

    /// The lowercase ASCII letters, the digits and the apostrophe — the bytes of an ASCII word
    /// as `TermHash` folds them — each with the hash of it alone.
    private static let asciiWordCharacters = "abcdefghijklmnopqrstuvwxyz0123456789'".unicodeScalars.map {
        (scalar: $0, key: TermHash.hash(String(Character($0))))
    }

    /// `spelling` as `TermHash` folds it, when each of its scalars folds to an ASCII letter, digit
    /// or apostrophe ("Don’t" → "don't"); nil otherwise (no ASCII word of a text hashes like it).
    /// A scalar outside ASCII is matched by the hash of it alone.
    static func asciiFold(_ spelling: String) -> String? {
        var folded = String.UnicodeScalarView()
        for scalar in spelling.unicodeScalars {
            let value = scalar.value
            if value >= 0x41 && value <= 0x5A {
                folded.append(Unicode.Scalar(UInt8(value | 0x20)))
            } else if value < 0x80 {
                guard UTF8Scanning.isASCIILetterOrDigit(UInt8(value)) || value == 0x27 else { return nil }
                folded.append(scalar)
            } else {
                let key = TermHash.hash(String(Character(scalar)))
                guard let match = asciiWordCharacters.first(where: { $0.key == key }) else { return nil }
                folded.append(match.scalar)
            }
        }
        return String(folded)
    }

    /// The classes of the word whose `TermHash` is `hash` (empty for a word in no list).
    @inline(__always)
    func classes(of hash: UInt64) -> Classes {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = Self.home(hash, shift)
            while true {
                let slot = slots[index]
                if slot.classes.isEmpty || slot.key == hash { return slot.classes }
                index = (index + 1) & mask
            }
        }
    }

    @inline(__always)
    private static func home(_ hash: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Calls `body` with the UTF-8 bytes of `text`.
    private static func withBytes(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var copy = text
        copy.withUTF8 { body($0) }
    }

    /// Merges the lists, given as written (each is hashed here, and its ASCII spellings go into the
    /// filter); `vocabulary.phrases` keys of any length count as one-word phrases, so the answer
    /// for a hash is exactly what a lookup in the phrase table gives.
    ///
    /// The stop words come as UTF-8 bytes, handed to the closure that `stopWords` calls (as
    /// `StopWords.forEachSpelling` reads them from their list, with no string made); a spelling
    /// of ASCII letters, digits and apostrophes goes into the filter and the short-word table
    /// from its bytes.
    init(vocabulary: BoilerplateVocabulary, stopWords: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void, dateWords: [String],
         bylineWords: [String], commentActions: [String], creditLabels: [String]) {
        self.vocabulary = vocabulary
        // Room for a stop list of a few hundred words without growing.
        var table = TermTable<Classes>(minimumCapacity: 256 + vocabulary.phrases.count + dateWords.count)
        var filter = ASCIIWordFilter()
        // The short folded spellings: their prefixes and hashes, in the order of the lists.
        var shortSpellings: [(prefix: UInt64, hash: UInt64)] = []
        /// Adds the folded spelling `folded` (ASCII letters, digits and apostrophes, in any case;
        /// not empty) to the filter and, when short, to the short spellings.
        func addFolded(_ folded: UnsafeBufferPointer<UInt8>) {
            filter.insert(from: 0, to: folded.count, in: folded)
            if folded.count <= 8 {
                shortSpellings.append((ASCIIWordFilter.foldedPrefix(from: 0, to: folded.count, in: folded), TermHash.hash(folded)))
            }
        }
        func fold(_ spelling: UnsafeBufferPointer<UInt8>) {
            guard !spelling.isEmpty else { return }
            if spelling.allSatisfy({ UTF8Scanning.isASCIILetterOrDigit($0) || $0 == 0x27 }) {
                // Already folded as far as the filter, the table and `TermHash` see it.
                addFolded(spelling)
            } else if let folded = Self.asciiFold(String(decoding: spelling, as: UTF8.self)), !folded.isEmpty {
                Self.withBytes(folded) { addFolded($0) }
            }
        }
        func add(_ spelling: UnsafeBufferPointer<UInt8>, _ member: Classes) {
            let key = TermHash.hash(spelling)
            table[key] = (table[key] ?? []).union(member)
            fold(spelling)
        }
        func add(_ spellings: [String], _ member: Classes) {
            for spelling in spellings { Self.withBytes(spelling) { add($0, member) } }
        }
        func add(_ set: TermSet, _ member: Classes) {
            for (key, _) in set.entries { table[key] = (table[key] ?? []).union(member) }
        }
        var stopWordCount = 0
        stopWords { spelling in
            add(spelling, .stopWord)
            stopWordCount += 1
        }
        self.hasStopList = stopWordCount > 0
        add(dateWords, .dateWord)
        add(bylineWords, .bylineWord)
        add(commentActions, .commentAction)
        add(creditLabels, .creditLabel)
        // The vocabulary's keys are hashes of its spellings (both made in one pass over its files).
        for spelling in vocabulary.spellings { Self.withBytes(spelling) { fold($0) } }
        add(vocabulary.phraseWords, .phraseWord)
        for (key, strength) in vocabulary.phrases.entries {
            let member: Classes = switch strength {
            case .weak: .weakPhrase
            case .strong: .strongPhrase
            case .credit: .creditPhrase
            }
            table[key] = (table[key] ?? []).union(member)
        }
        let entries = table.entries
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 3 { bits += 1 }
        var slots = [Slot](repeating: Slot(), count: 1 << bits)
        let shift = 64 - bits
        for (key, classes) in entries {
            var index = Self.home(key, shift)
            while !slots[index].classes.isEmpty { index = (index + 1) & (slots.count - 1) }
            slots[index] = Slot(key: key, classes: classes)
        }
        self.slots = slots
        self.shift = shift
        self.asciiWords = filter
        // A text's word spelled as a short folded spelling has that spelling's hash, so the
        // classes the table gives it (a spelling found twice is one entry of the table).
        self.shortASCIIWords = ShortASCIIWordTable(shortSpellings.map { spelling in
            ShortASCIIWordTable.Entry(prefix: spelling.prefix, hash: spelling.hash, classes: table[spelling.hash] ?? [])
        })
    }

    /// The news cleaner's lexicon for `language` (built once per language and process).
    static func forLanguage(_ language: Language) -> CleanerLexicon {
        // Most documents are English: theirs is at hand without a lock or a dictionary look-up.
        if language == .english { return english }
        return cached(language)
    }

    /// The English lexicon, built on first use.
    private static let english = cached(.english)

    private static func cached(_ language: Language) -> CleanerLexicon {
        if let found = cache.withLock({ $0[language] }) { return found }
        let lexicon = CleanerLexicon(vocabulary: BoilerplateVocabulary.forLanguage(language),
                                     stopWords: { body in
                                         if language != .undetermined { StopWords.forEachSpelling(language.rawValue, body) }
                                     },
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
