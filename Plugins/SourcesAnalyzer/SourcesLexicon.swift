import Copydesk

/// The word tables of the `sources` analyzer, built once from the embedded lists (`Resources/`).
/// All keys are `TermHash` hashes; multi-word entries chain words with `TermHash.separator`.
///
/// A class: it is shared by the analyzer, the extractor, the speaker finder and the report
/// builder of every document, and a reference is retained once where the struct's tables were
/// retained one by one on every copy.
final class SourcesLexicon: Sendable {
    /// One attribution cue. It holds no reference (its words are a range of the lexicon's
    /// `cueWords`), so frames copy it without reference counting.
    struct Cue: Sendable {
        /// The positions of the cue's word hashes in `SourcesLexicon.cueWords`.
        var words: Range<Int32>
        var type: CueType
        /// The speaker follows the cue ("according to X").
        var speakerRight: Bool
        /// Only when the speaker is a document ("the report found").
        var documentOnly: Bool
        /// Also a common noun ("claims", "reports"): needs an attached quotation or "that".
        var weak: Bool
        /// A framing phrase ("in a statement"): a cue only when the sentence has no verb cue.
        var frame: Bool
        /// Only with a linked quotation and a named speaker ("called the cuts “short-sighted”").
        var quoteOnly: Bool = false
    }

    /// Cues by the hash of their first word: the positions in `cueList` of those cues, longest first.
    let cues: TermTable<Range<Int32>>
    /// Every cue, those of a first word together.
    let cueList: [Cue]
    /// The word hashes of every cue, in order (`Cue.words`).
    let cueWords: [UInt64]
    /// A bit per 12-bit slice of a hash, set for the first words of cues: most words are ruled out
    /// by one bit test, without a probe of `cues`.
    private let cueStartBits: [UInt64]
    let anonymousHeads: TermSet
    let organizations: TermSet
    /// `TermHash` of the first word of each organization of several words ("white" of "white
    /// house"): a phrase whose first word is none of these is no such organization, and its
    /// phrase hash is not computed (`SpeakerFinder`).
    let organizationFirstWords: TermSet
    let documentHeads: TermSet
    let titles: TermSet

    // The word lists below are instance properties of the one shared lexicon, not statics:
    // each use of a static called `swift_once` (a function call per test of a word).
    let determiners = SourcesLexicon.hashes(["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my"])
    /// Possessive determiners: start a speaker phrase ("its latest budget") but are not "the".
    let possessiveDeterminers = SourcesLexicon.hashes(["its", "his", "her", "their", "our", "my"])
    /// Coordinators joining a second cue to the first clause's subject ("described … and said").
    let coordinators = SourcesLexicon.hashes(["and", "but"])
    /// Adverbs of place after a speaker ("an official there said").
    let locatives = SourcesLexicon.hashes(["there", "here"])
    /// Participle cues that take the subject of the clause before the comma ("…, adding that …").
    let participleCues = SourcesLexicon.hashes(["adding", "saying", "noting", "arguing", "insisting", "explaining", "warning"])
    /// Counting words of a partitive speaker ("one of the officials").
    let quantifiers = SourcesLexicon.hashes(["one", "two", "three", "four", "five", "some", "several", "many", "most", "none",
                                     "each", "either", "neither", "all", "both", "few", "another"])
    /// Cues that mean a request, not speech, before "for" ("asked for a trial", "argued for holding firm").
    let requestCues = SourcesLexicon.hashes(["asked", "asks", "argued", "argues", "called", "calls", "calling", "urged"])
    let `for` = TermHash.hash("for")
    let of = TermHash.hash("of")
    let indefinite = SourcesLexicon.hashes(["a", "an"])
    /// Words allowed between a speaker and its cue ("McMaster once said", "has also noted").
    let skippable = SourcesLexicon.hashes(["also", "once", "later", "has", "had", "have", "previously", "then", "further",
                                   "would", "will", "reportedly", "recently", "earlier", "repeatedly", "again",
                                   "quickly", "simply", "frequently", "often", "last", "week", "month", "year",
                                   "had", "has", "publicly", "privately", "flatly", "separately", "subsequently", "there", "here"])
    /// Adverbs that open a sentence in news copy and are never a first name: capitalized before a
    /// name they are not part of it ("Later Jones said", "Earlier Ruiz told reporters"). Words that
    /// are also names ("Will", "Rather", "Soon", "Frank") are left out on purpose.
    let openingAdverbs = SourcesLexicon.hashes(["later", "earlier", "previously", "recently", "separately", "subsequently",
                                        "afterwards", "afterward", "eventually", "finally", "initially", "ultimately",
                                        "now", "again", "also", "once", "still", "instead", "similarly", "likewise",
                                        "additionally", "moreover", "furthermore", "nevertheless", "nonetheless",
                                        "therefore", "thus", "indeed", "otherwise", "publicly", "privately",
                                        "reportedly", "repeatedly", "frequently", "often", "sometimes", "usually",
                                        "typically", "currently", "perhaps", "clearly", "notably", "importantly",
                                        "interestingly", "specifically", "elsewhere", "accordingly", "consequently",
                                        "already", "shortly", "tonight", "tomorrow"])
    /// Words that end a speaker phrase.
    let boundaries = SourcesLexicon.hashes(["that", "which", "who", "whom", "because", "but", "while", "when", "where", "if",
                                    "although", "though", "since", "so", "and", "or", "as", "than", "to", "in", "on",
                                    "at", "by", "from", "into", "about", "after", "before", "during", "is", "was",
                                    "are", "were", "be", "been", "not", "it's", "what", "how", "why", "yet", "also",
                                    "once", "said", "says", "told", "has", "had", "have", "will", "would", "can",
                                    "could", "should", "may", "might", "must", "do", "does", "did", "last", "today",
                                    "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                    "sunday", "however", "meanwhile", "there", "here", "this", "speaking", "whose",
                                    "whether", "unless", "until", "against", "over", "under", "through", "like",
                                    "among", "across", "via", "without", "despite", "including", "toward", "towards",
                                    "upon", "within", "nor", "then", "instead", "did", "didn't", "does", "do"])
    /// Prepositions that may join two parts of a speaker ("a spokesman for the ministry").
    let joiners = SourcesLexicon.hashes(["of", "for", "at", "with", "from", "by"])
    let relatives = SourcesLexicon.hashes(["who", "whose", "which", "whom", "where", "when", "that"])
    let pronouns = SourcesLexicon.hashes(["he", "she", "they", "it", "i", "we", "you"])
    let personPronouns = SourcesLexicon.hashes(["he", "she"])
    let the = TermHash.hash("the")
    let to = TermHash.hash("to")
    let that = TermHash.hash("that")
    let familiar = TermHash.hash("familiar")
    let with = TermHash.hash("with")
    /// Words after "claimed"/"added" that make it not a speech verb.
    let nonSpeechObjects = SourcesLexicon.hashes(["responsibility", "lives", "life", "victory", "title", "seat", "credit", "to", "up", "value"])
    /// Words before a quotation marking a title of a work, not speech.
    let workNouns = SourcesLexicon.hashes(["book", "film", "movie", "novel", "memoir", "song", "album", "titled", "entitled",
                                   "called", "dubbed", "show", "series", "play", "article", "essay", "op-ed", "column",
                                   "headline", "documentary", "poem", "podcast", "episode", "painting", "opera", "report"])

    static let shared = SourcesLexicon()

    init() {
        // The cues of each first word in file order, the first words in order of first use.
        var groups: [UInt64: [(words: [UInt64], cue: Cue)]] = [:]
        var firstWords: [UInt64] = []
        for entry in Self.entries("cues.txt") {
            let fields = entry.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters() }
            guard let phrase = fields.first, fields.count >= 2, let type = CueType(rawValue: fields[1]) else { continue }
            let flags = fields.count > 2 ? fields[2] : ""
            let words = phrase.split(separator: " ").map { TermHash.hash($0) }
            if groups[words[0]] == nil { firstWords.append(words[0]) }
            groups[words[0], default: []].append((words, Cue(words: 0..<0, type: type, speakerRight: flags == "right",
                                                             documentOnly: flags == "document", weak: flags == "weak",
                                                             frame: flags == "frame", quoteOnly: flags == "quote")))
        }
        var cueList: [Cue] = [], cueWords: [UInt64] = [], table: [(UInt64, Range<Int32>)] = []
        for first in firstWords {
            let start = Int32(cueList.count)
            // Longest first; cues of as many words keep their file order.
            let group = groups[first]!.enumerated().sorted { ($0.element.words.count, $1.offset) > ($1.element.words.count, $0.offset) }
            for (_, entry) in group {
                var cue = entry.cue
                cue.words = Int32(cueWords.count)..<Int32(cueWords.count + entry.words.count)
                cueWords.append(contentsOf: entry.words)
                cueList.append(cue)
            }
            table.append((first, start..<Int32(cueList.count)))
        }
        self.cues = TermTable(table)
        self.cueList = cueList
        self.cueWords = cueWords
        var bits = [UInt64](repeating: 0, count: 64)
        for key in firstWords { bits[Self.cueBit(key) >> 6] |= 1 << UInt64(Self.cueBit(key) & 63) }
        cueStartBits = bits
        anonymousHeads = Self.phraseHashes("anonymous.txt")
        let organizationEntries = Self.entries("organizations.txt")
        organizations = TermSet(keys: organizationEntries.map { Self.phraseHash($0) })
        organizationFirstWords = TermSet(keys: organizationEntries.compactMap { entry in
            let words = entry.split(separator: " ")
            return words.count > 1 ? TermHash.hash(words[0]) : nil
        })
        documentHeads = Self.phraseHashes("documents.txt")
        titles = Self.phraseHashes("titles.txt")
    }

    /// The positions in `cueList` of the cues starting with the word of hash `hash` (longest
    /// first), if any.
    @inline(__always)
    func cues(startingWith hash: UInt64) -> Range<Int32>? {
        let bit = Self.cueBit(hash)
        guard cueStartBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        return cues[hash]
    }

    /// Whether a cue may start with the word of hash `hash`: false rules it out (one bit test);
    /// true for the first word of every cue and a few others (`cues(startingWith:)` tells).
    @inline(__always)
    func mayStartCue(_ hash: UInt64) -> Bool {
        let bit = Self.cueBit(hash)
        return cueStartBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The first token of `range` that may start a cue: a word outside quotations that
    /// `mayStartCue(_:)` lets through; `range.upperBound` when there is none. `traits` and
    /// `hashes` are the view's columns, read as plain memory (most words are ruled out here).
    func firstPossibleCue(in range: Range<Int>, traits: UnsafeBufferPointer<TokenTraits>, hashes: UnsafeBufferPointer<UInt64>) -> Int {
        precondition(range.lowerBound >= 0 && range.upperBound <= traits.count && range.upperBound <= hashes.count, "a token of the columns")
        return cueStartBits.withUnsafeBufferPointer { filter in
            // Without a branch on the token's kind: the filter bit of every token is read (a
            // punctuation token's hash is in the column too), and only a token whose bit is set
            // has its traits read, to be "a word outside quotations". The loop branches on a
            // filter hit, rare but for the cue words (words and punctuation alternate
            // unpredictably, and a test of the kind was mispredicted at each change).
            var i = range.lowerBound
            while i < range.upperBound {
                let bit = Self.cueBit(hashes[i])
                if filter[bit >> 6] >> UInt64(bit & 63) & 1 != 0 {
                    let trait = traits[i]
                    if trait.has(TokenTraits.Bit.word), trait.quote < 0 { return i }
                }
                i += 1
            }
            return i
        }
    }

    @inline(__always)
    func isCueStart(_ hash: UInt64) -> Bool {
        let bit = Self.cueBit(hash)
        return cueStartBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 && cues.contains(hash)
    }

    /// The filter bit of a hash: its top 12 bits after a multiplicative mix.
    @inline(__always)
    private static func cueBit(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: ((hash ^ (hash >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 52)
    }

    /// The hash of a phrase: words chained with the separator (a single word hashes as itself).
    static func phraseHash<S: StringProtocol>(_ phrase: S) -> UInt64 {
        var hash: UInt64? = nil
        for word in phrase.split(separator: " ") {
            hash = hash.map { TermHash.separator($0) }.map { seed in
                var copy = String(word)
                return copy.withUTF8 { TermHash.combine(seed, $0) }
            } ?? TermHash.hash(word)
        }
        return hash ?? TermHash.empty
    }

    /// The hash of the words in `bytes`, as `phraseHash(_:)` gives for the same text, without
    /// creating a `String`; nil unless the text is ASCII (then call `phraseHash(_:)`: a space
    /// followed by a combining mark is not a separate `Character` there, so bytes cannot decide).
    static func asciiPhraseHash(bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var hash: UInt64? = nil
        var index = 0
        let count = bytes.count
        while index < count {
            guard bytes[index] != 0x20 else { index += 1; continue }       // words split on spaces, none empty
            var end = index
            while end < count, bytes[end] != 0x20 { end += 1 }
            let word = UnsafeBufferPointer(rebasing: bytes[index..<end])
            hash = hash.map { TermHash.combine(TermHash.separator($0), word) } ?? TermHash.hash(word)
            index = end
        }
        return hash ?? TermHash.empty
    }

    /// Hash sets are `TermSet`s: a lookup is a probe of the already-mixed hash, not a SipHash of it.
    private static func hashes(_ words: [String]) -> TermSet { TermSet(keys: words.map { TermHash.hash($0) }) }

    private static func phraseHashes(_ path: String) -> TermSet { TermSet(keys: entries(path).map { phraseHash($0) }) }

    private static func entries(_ path: String) -> [String] {
        guard let text = EmbeddedResources.text(path) else { return [] }
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters() }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}

extension StringProtocol {
    /// The text without surrounding white space.
    func trimmingCharacters() -> String {
        var start = startIndex, end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[start..<end])
    }
}
