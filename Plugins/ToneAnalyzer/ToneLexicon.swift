import Copydesk

/// The tone lexicon: terms (one or more words) with a valence and a category, keyed by `TermHash`
/// so that a token is looked up without allocating a `String`.
///
/// Format (`Resources/lexicon.tsv`, and the user's `lexicon` option): one entry per line,
/// `term<TAB>valence[<TAB>category]`; `#` starts a comment line. See `Docs/plugins/tone.md`.
struct ToneLexicon: Sendable {
    /// What an entry does in the rules.
    enum Category: String, Sendable, CaseIterable {
        /// Plain polarity ("killed", "agreement").
        case sentiment
        /// Emotive wording editors watch ("slammed", "regime"); listed in `loaded_terms`.
        case loaded
        /// Evaluative, opinion wording ("disappointing", "welcome"); counts for subjectivity.
        case opinion
        /// Scales the next polar term up: the valence column is the added factor (0.3 → ×1.3).
        case intensifier
        /// Scales the next polar term down: the valence column is the (negative) added factor.
        case downtoner
        /// Flips and damps polar terms in the next three words ("not", "never", "no").
        case negation
        /// A verb of decrease: the nearby polar noun decides ("reduced deaths" is positive).
        case decrease
        /// A verb of increase: the nearby polar noun decides ("deaths rose" is negative).
        case increase
        /// A verb that remedies a negative noun near it ("compensate victims", "protects workers from
        /// abuse" are positive); with no negative noun, its own valence counts.
        case remedy
        /// A noun whose polarity shows only with a decrease or increase ("taxes", "profits").
        case target
        /// "but", "however": what precedes is damped, what follows weighs more.
        case contrast
        /// "although", "despite": the clause it opens is damped.
        case concession
        /// No polarity; blocks shorter entries inside it ("not only", "no doubt").
        case neutral
    }

    struct Entry: Sendable {
        var term: String
        var valence: Double
        var category: Category
    }

    /// What a key (a word's hash, or a chain of words) stands for, all in one slot of
    /// `ToneKeyTable` with the key, so that the scanner's lookup of a word reads one slot: the
    /// probes of this table mostly miss the cache, and separate tables for entries and lengths,
    /// then the entry list, missed it three times.
    struct KeyInfo: Sendable, Equatable {
        /// The entry whose words the key is, or -1 (a first word that is no entry by itself).
        var entry: Int32 = -1
        /// For a first word, the largest number of words of an entry starting with it (1 when
        /// none is longer).
        var longest: Int32 = 1
        /// The entry's valence and category (copies of `entries[entry]`'s).
        var valence = 0.0
        var category = Category.neutral
    }

    private(set) var entries: [Entry] = []
    private var keys = ToneKeyTable()
    /// The first words of all entries, for `mayStartEntry`: one test for a caller that looks at a
    /// word alone. The scanner reads `singleWordEntries` and `startingPairs` instead, which also
    /// turn away the common words that start an entry only before certain words.
    private var firstWords = TermFilter()
    /// The keys of the first two or more words of every multi-word entry (whole terms included):
    /// extending a chain of words stops as soon as no entry starts with it, without a probe of
    /// `index` (which mostly missed, in memory outside the cache) for each longer chain.
    private var multiWordPrefixes = TermFilter()
    /// The words that are an entry by themselves, and the first two words (`TermFilter.pairKey`) of every
    /// multi-word entry: a word in neither of these — most words, and "the", "a", "in", "at"
    /// before most words — starts no entry there, and is turned away without a probe of `keys`
    /// or hashing the next word's bytes into a chain.
    private var singleWordEntries = TermFilter()
    private var startingPairs = TermFilter()

    init() {}

    /// The entry of a key (a single word's hash, or a multi-word chain built with `TermHash`).
    @inline(__always)
    func entry(forKey key: UInt64) -> Int32? {
        guard let info = keys[key], info.entry >= 0 else { return nil }
        return info.entry
    }

    /// The largest word count of an entry starting with the word `hash` (1 when none is longer).
    @inline(__always)
    func longestEntry(startingWith hash: UInt64) -> Int { Int(keys[hash]?.longest ?? 1) }

    /// What a key stands for: its entry (if any, with valence and category) and, for a word, the
    /// longest entry starting with it; nil when neither.
    @inline(__always)
    func info(forKey key: UInt64) -> KeyInfo? { keys[key] }

    /// False when no entry starts with the word `hash` (then `entry(forKey: hash)` is nil and
    /// `longestEntry(startingWith: hash)` is 1); true for such words and a few others.
    @inline(__always)
    func mayStartEntry(_ hash: UInt64) -> Bool { firstWords.mayContain(hash) }

    /// False when no entry starts with the words of `key` (a chain of two or more words built
    /// with `TermHash`): then neither it nor any longer chain is an entry.
    @inline(__always)
    func mayContinueEntry(_ key: UInt64) -> Bool { multiWordPrefixes.mayContain(key) }

    /// False when the word `hash` is no entry by itself; true when it is, and for a few others.
    @inline(__always)
    func mayBeSingleWordEntry(_ hash: UInt64) -> Bool { singleWordEntries.mayContain(hash) }

    /// False when no entry of two or more words starts with the words `first` and `second`
    /// (their hashes); true when one does, and for a few other pairs.
    @inline(__always)
    func mayStartMultiWordEntry(_ first: UInt64, _ second: UInt64) -> Bool {
        startingPairs.mayContain(TermFilter.pairKey(first, second))
    }

    /// Adds `term`, replacing an existing entry with the same words.
    mutating func add(term: String, valence: Double, category: Category) {
        add(words: Self.words(of: term), valence: valence, category: category)
    }

    /// Adds the entry of a term already split by `words(of:)`.
    private mutating func add(words: [String], valence: Double, category: Category) {
        guard !words.isEmpty else { return }
        let normalized = words.count == 1 ? words[0] : words.joined(separator: " ")
        let key = TermHash.hash(normalized)
        let firstHash = words.count == 1 ? key : TermHash.hash(words[0])
        if words.count > 1 {
            // The keys of the chains of the first two, three, … words: each continues the one before
            // with a separator and the next word, as hashing the words joined by spaces does.
            var chain = firstHash
            for word in words.dropFirst() {
                var copy = word
                chain = copy.withUTF8 { TermHash.combine(TermHash.separator(chain), $0) }
                multiWordPrefixes.insert(chain)
            }
        }
        add(term: normalized, key: key, firstHash: firstHash, secondHash: words.count > 1 ? TermHash.hash(words[1]) : nil,
            wordCount: words.count, valence: valence, category: category)
    }

    /// Adds the entry of the normalized term `term` (lowercased words joined by single spaces)
    /// from its hashes: `key` of the whole term, `firstHash` and `secondHash` of its first two
    /// words (`secondHash` nil for a single word). The caller has added the chains of its first
    /// two, three, … words to `multiWordPrefixes`.
    private mutating func add(term: String, key: UInt64, firstHash: UInt64, secondHash: UInt64?, wordCount: Int,
                              valence: Double, category: Category) {
        firstWords.insert(firstHash)
        if let secondHash {
            startingPairs.insert(TermFilter.pairKey(firstHash, secondHash))
        } else {
            singleWordEntries.insert(key)
        }
        let entry = Entry(term: term, valence: valence, category: category)
        var info = keys[key] ?? KeyInfo()
        if info.entry >= 0 {
            entries[Int(info.entry)] = entry
        } else {
            info.entry = Int32(entries.count)
            entries.append(entry)
        }
        info.valence = valence
        info.category = category
        keys[key] = info
        if wordCount > 1 {
            var firstInfo = keys[firstHash] ?? KeyInfo()
            firstInfo.longest = max(firstInfo.longest, Int32(wordCount))
            keys[firstHash] = firstInfo
        }
    }

    /// Adds every entry of a TSV text; `source` names it in error messages. Lines end with a line
    /// feed or a carriage return and line feed (a file saved on Windows).
    mutating func add(tsv text: String, source: String) throws(AnalyzerError) {
        // A first file is read into a table sized for its lines at once, not grown from eight
        // slots by doubling (lookups do not depend on the table's size).
        if keys.isEmpty {
            var lines = 1
            var copy = text
            copy.withUTF8 { bytes in
                for byte in bytes where byte == 0x0A { lines += 1 }
            }
            keys = ToneKeyTable(minimumCapacity: lines)
            entries.reserveCapacity(lines)
        }
        // Lines are cut at line-feed bytes, not Characters: "\r\n" is one Character, which a
        // split on "\n" would not break. Both ends are scalar boundaries, so the slices are valid.
        // A plain ASCII line is read from its bytes, any other by the general parser.
        var copy = text
        let failure: AnalyzerError? = copy.withUTF8 { bytes in
            var lineNumber = 0
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                lineNumber += 1
                let contentEnd = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
                let line = UnsafeBufferPointer(rebasing: bytes[start..<contentEnd])
                if !addASCII(line) {
                    let utf8 = text.utf8
                    let lineStart = utf8.index(utf8.startIndex, offsetBy: start)
                    let lineEnd = utf8.index(lineStart, offsetBy: contentEnd - start)
                    do throws(AnalyzerError) {
                        try add(line: text[lineStart..<lineEnd], number: lineNumber, source: source)
                    } catch {
                        return error
                    }
                }
                start = end + 1
            }
            return nil
        }
        if let failure { throw failure }
    }

    /// Adds the entry of one line (without its line break), if any, by the general parser, which
    /// words the errors.
    private mutating func add(line: Substring, number: Int, source: String) throws(AnalyzerError) {
        let trimmed = Self.trimmed(line)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            .map { Self.trimmed($0) }
        func fail(_ why: String) -> AnalyzerError {
            .invalidConfiguration("tone: \(source) line \(number): \(why) (expected 'term<TAB>valence[<TAB>category]', got '\(trimmed)')")
        }
        guard fields.count == 2 || fields.count == 3 else { throw fail("expected 2 or 3 TAB-separated fields, found \(fields.count)") }
        let words = Self.words(of: fields[0])
        guard !words.isEmpty else { throw fail("empty term") }
        guard let valence = Double(fields[1]), valence.isFinite, (-4...4).contains(valence) else {
            throw fail("valence must be a number from -4 to 4")
        }
        var category = Category.sentiment
        if fields.count == 3, !fields[2].isEmpty {
            guard let parsed = Category(rawValue: fields[2].lowercased()) else {
                throw fail("unknown category '\(fields[2])'; valid: \(Category.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            category = parsed
        }
        add(words: words, valence: valence, category: category)
    }

    /// Reads a line of ASCII bytes as the general parser reads it (in ASCII every byte is a
    /// Character, blanks are space and tab, lowercasing is A–Z to a–z) and adds its entry,
    /// hashing the words from the bytes; true when the line is done (an entry or a blank or
    /// comment line), false for a line with other bytes or an error: the general parser's.
    private mutating func addASCII(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        // One pass over the bytes: all ASCII, where the first non-blank is, where the first two
        // TABs are and how many there are.
        var firstTab = 0, secondTab = 0, tabs = 0
        var firstNonBlank = -1
        for index in 0..<line.count {
            let byte = line[index]
            if byte >= 0x80 { return false }
            if byte == 0x09 {
                if tabs == 0 { firstTab = index } else if tabs == 1 { secondTab = index }
                tabs += 1
            } else if byte != 0x20 && firstNonBlank < 0 {
                firstNonBlank = index
            }
        }
        // A blank or comment line.
        if firstNonBlank < 0 || line[firstNonBlank] == UInt8(ascii: "#") { return true }
        // Two or three fields, else the general parser words the error.
        guard tabs == 1 || tabs == 2 else { return false }
        let fieldCount = tabs + 1
        // A field without the blanks around it.
        func trimmed(_ start: Int, _ end: Int) -> (start: Int, end: Int) {
            var low = start, high = end
            while low < high, line[low] == 0x20 { low += 1 }
            while high > low, line[high - 1] == 0x20 { high -= 1 }
            return (low, high)
        }
        let term = trimmed(0, firstTab)
        let valenceField = trimmed(firstTab + 1, tabs == 1 ? line.count : secondTab)
        let categoryField = tabs == 2 ? trimmed(secondTab + 1, line.count) : (start: 0, end: 0)
        func bytes(_ field: (start: Int, end: Int)) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: line[field.start..<field.end])
        }
        guard let valence = Self.number(bytes(valenceField)), valence.isFinite, (-4...4).contains(valence) else { return false }
        var category = Category.sentiment
        if fieldCount == 3, categoryField.end > categoryField.start {
            guard let parsed = Self.category(lowercasing: bytes(categoryField)) else { return false }
            category = parsed
        }
        // The term: its words (runs of bytes between blanks and hyphens) lowercased, joined by
        // single spaces, written straight into the string; where its first two words end.
        var wordCount = 0, firstEnd = 0, secondEnd = 0
        var normalized = String(unsafeUninitializedCapacity: term.end - term.start) { buffer in
            var length = 0
            var inWord = false
            for index in term.start..<term.end {
                let byte = line[index]
                if byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: "-") {
                    if inWord {
                        inWord = false
                        wordCount += 1
                        if wordCount == 1 { firstEnd = length } else if wordCount == 2 { secondEnd = length }
                    }
                    continue
                }
                if !inWord && length > 0 {
                    buffer[length] = 0x20
                    length += 1
                }
                inWord = true
                buffer[length] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                length += 1
            }
            if inWord {
                wordCount += 1
                if wordCount == 1 { firstEnd = length } else if wordCount == 2 { secondEnd = length }
            }
            return length
        }
        guard wordCount > 0 else { return false }
        // The hashes, from the term's bytes: the key of each chain of the first two, three, …
        // words continues the one before with a separator and the next word, as hashing the
        // words joined by spaces does; the last chain is the whole term's key.
        var firstHash: UInt64 = 0, secondHash: UInt64 = 0, key: UInt64 = 0
        normalized.withUTF8 { bytes in
            firstHash = TermHash.hash(UnsafeBufferPointer(rebasing: bytes[..<firstEnd]))
            key = firstHash
            guard wordCount > 1 else { return }
            secondHash = TermHash.hash(UnsafeBufferPointer(rebasing: bytes[(firstEnd + 1)..<secondEnd]))
            var start = firstEnd + 1
            for index in start...bytes.count where index == bytes.count || bytes[index] == 0x20 {
                key = TermHash.combine(TermHash.separator(key), UnsafeBufferPointer(rebasing: bytes[start..<index]))
                multiWordPrefixes.insert(key)
                start = index + 1
            }
        }
        add(term: normalized, key: key, firstHash: firstHash, secondHash: wordCount > 1 ? secondHash : nil,
            wordCount: wordCount, valence: valence, category: category)
        return true
    }

    /// The category named by ASCII `bytes` in any case, or nil.
    private static func category(lowercasing bytes: UnsafeBufferPointer<UInt8>) -> Category? {
        for (name, category) in categoryNames where name.count == bytes.count {
            if zip(name, bytes).allSatisfy({ $0 == ($1 >= 0x41 && $1 <= 0x5A ? $1 | 0x20 : $1) }) { return category }
        }
        return nil
    }

    /// Each category with the UTF-8 bytes of its name, listed once (`allCases` makes an array at
    /// every use).
    private static let categoryNames: [(name: [UInt8], category: Category)] = Category.allCases.map { (Array($0.rawValue.utf8), $0) }

    /// The number `Double(_:)` reads from ASCII `bytes`. A plain decimal (an optional sign, at
    /// most fifteen digits, at most one point) is worked out here: its digits as an integer
    /// divided by a power of ten, both exact in a `Double`, is the correctly rounded value, as
    /// `Double(_:)` gives it. Other text goes to `Double(_:)`.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var digits = 0, fractionDigits = 0
        var mantissa: Int64 = 0
        var point = false
        var plain = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                mantissa = mantissa * 10 + Int64(byte - 0x30)
                digits += 1
                if point { fractionDigits += 1 }
            } else if byte == UInt8(ascii: "."), !point {
                point = true
            } else {
                plain = false
                break
            }
            if digits > 15 {
                plain = false
                break
            }
            index += 1
        }
        // A leading point (".5") or no digit at all: for `Double(_:)`.
        guard plain, digits > 0, bytes[negative || bytes[0] == UInt8(ascii: "+") ? 1 : 0] != UInt8(ascii: ".") else {
            return Double(String(decoding: bytes, as: UTF8.self))
        }
        var powerOfTen = 1.0
        for _ in 0..<fractionDigits { powerOfTen *= 10 }
        let magnitude = Double(mantissa) / powerOfTen
        return negative ? -magnitude : magnitude
    }

    /// The lowercased words of a term: hyphens and white space separate words; the typographic
    /// apostrophe is written `'`.
    static func words(of term: String) -> [String] {
        term.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\t" || $0 == "\u{2010}" })
            .map { word in word.contains(Character("\u{2019}")) ? String(word.map { $0 == "\u{2019}" ? "'" : $0 }) : String(word) }
    }

    /// `text` without leading and trailing spaces and tabs.
    static func trimmed(_ text: Substring) -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }
        guard let first = text.firstIndex(where: { !isBlank($0) }), let last = text.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(text[first...last])
    }

    /// The built-in lexicon (`Resources/lexicon.tsv`), parsed once.
    static let builtIn: Result<ToneLexicon, AnalyzerError> = {
        var lexicon = ToneLexicon()
        guard let text = EmbeddedResources.text("lexicon.tsv") else {
            return .failure(.invalidConfiguration("tone: the built-in lexicon is missing"))
        }
        do throws(AnalyzerError) {
            try lexicon.add(tsv: text, source: "built-in lexicon.tsv")
        } catch {
            return .failure(error)
        }
        return .success(lexicon)
    }()
}
