import Copydesk
import Foundation

/// `hedging`: hedges, weasel words, unverified claims and boosters — where copy is vague,
/// unattributed or unverified, and where it overclaims. See `Docs/plugins/hedging.md`.
///
/// Cues come from `Resources/<language>/cues.tsv` (plus the user's `lexicon` file) and are matched in
/// one pass over the tokens with a trie keyed by token hashes; context rules (`HedgingRules.swift`)
/// keep out the month "May", permission "may", "about the plan", "appeared on television" and
/// the like. Cues inside direct quotations are marked `in_quote` and counted apart.
public struct HedgingAnalyzer: Analyzer {
    public static let description = AnalyzerDescription(
        id: "hedging",
        name: "Hedging",
        summary: "Hedges, weasel words, anonymous attribution, unverified claims and boosters, with the writer's own cues counted apart from quoted ones.",
        version: "1.0.0",
        options: [
            AnalyzerOption(key: "lexicon", summary: "A file of extra cues: PATTERN<TAB>CATEGORY[<TAB>RULE] per line (see Docs/plugins/hedging.md).", type: .path),
        ],
        outputFields: [
            OutputField("cues", .array, "Hedge cues in order: {text, start, end (Unicode scalar offsets), category, sentence, in_quote}."),
            OutputField("count", .integer, "Hedge cues (boosters excluded)."),
            OutputField("writer_count", .integer, "Hedge cues outside direct quotations: the writer's own."),
            OutputField("quoted_count", .integer, "Hedge cues inside direct quotations."),
            OutputField("per_1000_words", .number, "Writer's hedge cues per 1,000 words."),
            OutputField("hedged_sentences", .array, "Indices of sentences holding at least one hedge cue."),
            OutputField("hedged_sentence_share", .number, "Hedged sentences / sentences."),
            OutputField("by_category", .object, "Hedge cues per category: epistemic, approximator, vague_quantifier, anonymous_attribution, unverified, hedged_prediction, open_question."),
            OutputField("boosters", .object, "Boosters (clearly, undoubtedly, in fact): {count, writer_count, cues}."),
            OutputField("hedge_booster_ratio", .number, "Hedge cues / boosters; null when there is no booster."),
        ]
    )

    /// One cue found in the text.
    public struct Cue: JSONWritable, Sendable, Equatable {
        /// The text as written.
        public var text: String
        /// Unicode scalar offsets of the cue.
        public var start: Int
        public var end: Int
        public var category: HedgeCategory
        /// Index of the sentence holding it.
        public var sentence: Int
        /// Whether it is inside a direct quotation.
        public var inQuote: Bool

        enum CodingKeys: String, CodingKey {
            case text, start, end, category, sentence
            case inQuote = "in_quote"
        }

        public func writeJSON(to json: inout JSONWriter) throws {
            json.beginObject()
            json.key("text"); json.string(text)
            json.key("start"); json.integer(start)
            json.key("end"); json.integer(end)
            json.key("category"); json.string(category.rawValue)
            json.key("sentence"); json.integer(sentence)
            json.key("in_quote"); json.bool(inQuote)
            json.endObject()
        }
    }

    /// Hedge cues per category.
    public struct CategoryCounts: JSONWritable, Sendable, Equatable {
        public var epistemic = 0
        public var approximator = 0
        public var vagueQuantifier = 0
        public var anonymousAttribution = 0
        public var unverified = 0
        public var hedgedPrediction = 0
        public var openQuestion = 0

        public subscript(category: HedgeCategory) -> Int {
            get {
                switch category {
                case .epistemic: epistemic
                case .approximator: approximator
                case .vagueQuantifier: vagueQuantifier
                case .anonymousAttribution: anonymousAttribution
                case .unverified: unverified
                case .hedgedPrediction: hedgedPrediction
                case .openQuestion: openQuestion
                case .booster: 0
                }
            }
            set {
                switch category {
                case .epistemic: epistemic = newValue
                case .approximator: approximator = newValue
                case .vagueQuantifier: vagueQuantifier = newValue
                case .anonymousAttribution: anonymousAttribution = newValue
                case .unverified: unverified = newValue
                case .hedgedPrediction: hedgedPrediction = newValue
                case .openQuestion: openQuestion = newValue
                case .booster: break
                }
            }
        }

        enum CodingKeys: String, CodingKey {
            case epistemic, approximator, unverified
            case vagueQuantifier = "vague_quantifier"
            case anonymousAttribution = "anonymous_attribution"
            case hedgedPrediction = "hedged_prediction"
            case openQuestion = "open_question"
        }

        public func writeJSON(to json: inout JSONWriter) throws {
            json.beginObject()
            json.key("epistemic"); json.integer(epistemic)
            json.key("approximator"); json.integer(approximator)
            json.key("unverified"); json.integer(unverified)
            json.key("vague_quantifier"); json.integer(vagueQuantifier)
            json.key("anonymous_attribution"); json.integer(anonymousAttribution)
            json.key("hedged_prediction"); json.integer(hedgedPrediction)
            json.key("open_question"); json.integer(openQuestion)
            json.endObject()
        }
    }

    /// Boosters: overclaiming, reported apart from hedges.
    public struct Boosters: JSONWritable, Sendable, Equatable {
        public var count: Int
        public var writerCount: Int
        public var cues: [Cue]

        enum CodingKeys: String, CodingKey {
            case count, cues
            case writerCount = "writer_count"
        }

        public func writeJSON(to json: inout JSONWriter) throws {
            json.beginObject()
            json.key("count"); json.integer(count)
            json.key("cues"); try json.array(cues)
            json.key("writer_count"); json.integer(writerCount)
            json.endObject()
        }
    }

    /// The report of one document. Keys are written out in snake_case so that they are the same
    /// with or without the encoder's `convertToSnakeCase` (which would turn `per1000Words` into
    /// `per1000_words`). `Encodable` is synthesized; the fast path (`JSONWritable`) writes the
    /// same bytes.
    public struct Report: JSONWritable, Sendable, Equatable {
        public var cues: [Cue]
        public var count: Int
        public var writerCount: Int
        public var quotedCount: Int
        public var per1000Words: Double
        public var hedgedSentences: [Int]
        public var hedgedSentenceShare: Double
        public var byCategory: CategoryCounts
        public var boosters: Boosters
        /// null when there is no booster (a stable key).
        @NullWhenAbsent public var hedgeBoosterRatio: Double? = nil

        /// In output order.
        enum CodingKeys: String, CodingKey {
            case cues, count
            case writerCount = "writer_count"
            case quotedCount = "quoted_count"
            case per1000Words = "per_1000_words"
            case hedgedSentences = "hedged_sentences"
            case hedgedSentenceShare = "hedged_sentence_share"
            case byCategory = "by_category"
            case boosters
            case hedgeBoosterRatio = "hedge_booster_ratio"
        }

        public func writeJSON(to json: inout JSONWriter) throws {
            json.beginObject()
            json.key("cues"); try json.array(cues)
            json.key("count"); json.integer(count)
            json.key("writer_count"); json.integer(writerCount)
            json.key("quoted_count"); json.integer(quotedCount)
            json.key("per_1000_words"); try json.number(per1000Words)
            json.key("hedged_sentences"); json.array(hedgedSentences)
            json.key("hedged_sentence_share"); try json.number(hedgedSentenceShare)
            json.key("by_category"); try json.value(byCategory)
            json.key("boosters"); try json.value(boosters)
            json.key("hedge_booster_ratio"); try json.number(hedgeBoosterRatio)
            json.endObject()
        }
    }

    /// Cue tables by language, `matchers[i]` for `languages[i]`, the user's cues added to each; an
    /// undetermined language reads the English ones. A short list searched by comparing codes:
    /// per document that costs less than hashing the code for a dictionary.
    private let languages: [Language]
    private let matchers: [Matcher]
    /// For languages without built-in cues: the user's cues only.
    private let fallback: Matcher

    /// Languages with built-in cue files.
    static let builtInLanguages: [String] = EmbeddedResources.paths.compactMap { path in
        path.hasSuffix("/cues.tsv") ? String(path.dropLast("/cues.tsv".count)) : nil
    }

    /// Built-in cue lines by language, parsed once.
    private static let builtInLines: [String: [CueLine]] = {
        var result: [String: [CueLine]] = [:]
        for code in builtInLanguages {
            guard let text = EmbeddedResources.text("\(code)/cues.tsv") else { continue }
            // The built-in files are tested; a mistake in them is a programming error.
            result[code] = (try? CueLine.parse(text, source: "\(code)/cues.tsv")) ?? []
        }
        return result
    }()

    public init(options: AnalyzerOptions) throws(AnalyzerError) {
        var userLines: [CueLine] = []
        if let path = options.string("lexicon") {
            userLines = try Self.readLexicon(path)
        }
        guard !userLines.isEmpty else {
            (languages, matchers) = Self.builtInMatchers
            fallback = Matcher(lines: [], lists: RuleLists())
            return
        }
        (languages, matchers) = Self.matchers { code, lines in Matcher(lines: lines + userLines, lists: RuleLists(code: code)) }
        self.fallback = Matcher(lines: userLines, lists: RuleLists())
    }

    /// The built-in tables, built once for every run without a user lexicon.
    private static let builtInMatchers: (languages: [Language], matchers: [Matcher]) = matchers { code, lines in
        Matcher(lines: lines, lists: RuleLists(code: code))
    }

    /// A matcher made by `make` for each language with built-in cues, from its code and cue
    /// lines; the English one also for an undetermined language.
    private static func matchers(_ make: (String, [CueLine]) -> Matcher) -> (languages: [Language], matchers: [Matcher]) {
        var languages: [Language] = [], matchers: [Matcher] = []
        for (code, lines) in builtInLines.sorted(by: { $0.key < $1.key }) {
            let matcher = make(code, lines)
            languages.append(Language(rawValue: code))
            matchers.append(matcher)
            if code == "en" {
                languages.append(.undetermined)
                matchers.append(matcher)
            }
        }
        return (languages, matchers)
    }

    /// The cue lines of a user's lexicon file.
    static func readLexicon(_ path: String) throws(AnalyzerError) -> [CueLine] {
        let expanded = (path as NSString).expandingTildeInPath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: expanded, isDirectory: &isDirectory) else {
            throw .invalidConfiguration("hedging: lexicon file '\(path)' does not exist")
        }
        guard !isDirectory.boolValue else { throw .invalidConfiguration("hedging: lexicon '\(path)' is a directory, not a file") }
        guard let data = FileManager.default.contents(atPath: expanded) else {
            throw .invalidConfiguration("hedging: cannot read lexicon file '\(path)'")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalidConfiguration("hedging: lexicon file '\(path)' is not UTF-8 text")
        }
        return try CueLine.parse(text.replacingOccurrences(of: "\r\n", with: "\n"), source: "lexicon '\(path)'")
    }

    public func analyze(_ document: AnalyzedDocument, context: AnalysisContext) throws(AnalyzerError) -> Report {
        let language = document.language
        let matcher = languages.firstIndex(of: language).map { matchers[$0] } ?? fallback
        var cues: [Cue] = []
        var boosterCues: [Cue] = []
        var byCategory = CategoryCounts()
        var hedgedSentences: [Int] = []
        // Each cue made as it is found: no list of the matches in between.
        matcher.forEachCue(in: document) { match in
            let range = TextRange(start: Int(document.tokens[match.start].range.start), end: Int(document.tokens[match.end - 1].range.end))
            let cue = Cue(
                text: document.string(range),
                start: document.scalarOffset(range.start),
                end: document.scalarOffset(range.end),
                category: match.category,
                sentence: match.sentence,
                inQuote: document.isQuoted(tokenIndex: match.start)
            )
            if match.category == .booster {
                boosterCues.append(cue)
            } else {
                // Room for a few at the first: a list grown one by one reallocated at the
                // second cue and again at the third (a news article has about two).
                if cues.isEmpty { cues.reserveCapacity(Self.initialCapacity) }
                cues.append(cue)
                byCategory[match.category] += 1
                if hedgedSentences.last != match.sentence {
                    if hedgedSentences.isEmpty { hedgedSentences.reserveCapacity(Self.initialCapacity) }
                    hedgedSentences.append(match.sentence)
                }
            }
        }
        let quoted = cues.count { $0.inQuote }
        let words = document.readability.counts.words
        return Report(
            cues: cues,
            count: cues.count,
            writerCount: cues.count - quoted,
            quotedCount: quoted,
            per1000Words: words == 0 ? 0 : Self.rounded(Double(cues.count - quoted) * 1000 / Double(words)),
            hedgedSentences: hedgedSentences,
            hedgedSentenceShare: document.sentences.isEmpty ? 0 : Self.rounded(Double(hedgedSentences.count) / Double(document.sentences.count)),
            byCategory: byCategory,
            boosters: Boosters(count: boosterCues.count, writerCount: boosterCues.count { !$0.inQuote }, cues: boosterCues),
            hedgeBoosterRatio: boosterCues.isEmpty ? nil : Self.rounded(Double(cues.count) / Double(boosterCues.count))
        )
    }

    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    /// The room a document's list of cues (and of hedged sentences) gets at its first entry.
    static let initialCapacity = 4
}

/// The cue trie and rule lists of one language, and the pass over a document's tokens.
///
/// A class: the analyzer picks one per document, and taking a reference retains it once where
/// copying the struct retained the trie and each of its some thirty word lists.
final class Matcher: Sendable {
    let trie: CueTrie
    let lists: RuleLists
    /// Room for the matches at one token: the trie's depth (at least one).
    private let candidateCapacity: Int

    init(lines: [CueLine], lists: RuleLists) {
        var trie = CueTrie()
        trie.insert(lines)
        self.trie = trie
        self.lists = lists
        candidateCapacity = max(trie.depth, 1)
    }

    /// A cue as token indices.
    struct Match: Equatable {
        var start: Int
        var end: Int
        var category: HedgeCategory
        var sentence: Int
    }

    /// Calls `body` with each cue of `document`, in order, not overlapping.
    func forEachCue(in document: AnalyzedDocument, _ body: (Match) -> Void) {
        let tokens = document.tokens
        guard !tokens.isEmpty else { return }
        // Trie nodes with entries reached from the current token, reused for every token: on
        // the stack, not an array allocated per document.
        let hashes = document.tokenHashes, sentences = document.sentences
        hashes.withUnsafeBufferPointer { hashes in
            withUnsafeTemporaryAllocation(of: CueTrie.Candidate.self, capacity: candidateCapacity) { candidates in
                // One context for the document (its word lists are copied once, not per sentence),
                // narrowed to each sentence in turn.
                var context = RuleContext(tokens: tokens, hashes: hashes, low: 0, high: 0, lists: lists)
                for (sentenceIndex, sentence) in sentences.enumerated() {
                    let low = Int(sentence.tokens.lowerBound), high = Int(sentence.tokens.upperBound)
                    context.low = low
                    context.high = high
                    var index = low
                    var lastEnd = low
                    while index < high {
                        // Most tokens start no cue: test the trie's filters (on the hashes) before
                        // anything else, the token's kind only then.
                        guard trie.mayMatch(hashes, at: index, limit: high), tokens[index].kind != .punctuation else { index += 1; continue }
                        let found = trie.matches(hashes, from: index, limit: high, into: candidates)
                        var advanced = false
                        search: for candidate in candidates[..<found] {
                            for entryIndex in trie.entryIndices(at: candidate.node) {
                                let entry = trie.entry(entryIndex)
                                guard let accepted = context.apply(entry.rule, start: index, end: candidate.end, category: entry.category) else { continue }
                                if let category = accepted.category {
                                    body(Match(start: max(accepted.start, lastEnd), end: accepted.end, category: category, sentence: sentenceIndex))
                                }
                                index = max(accepted.end, index + 1)
                                lastEnd = index
                                advanced = true
                                break search
                            }
                        }
                        if !advanced { index += 1 }
                    }
                }
            }
        }
    }
}
