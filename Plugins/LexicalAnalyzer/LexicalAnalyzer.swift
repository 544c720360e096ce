import Copydesk

/// `lexical`: vocabulary richness and the most frequent content words.
///
/// - `type_token_ratio`: distinct word forms (case-folded) / words.
/// - `moving_average_ttr`: the mean type/token ratio over windows of 50 words (MATTR), which,
///   unlike the plain ratio, does not fall as articles get longer.
/// - `lexical_density`: share of words that are not function words (the language's stop-word list).
/// - `top_content_words`: the ten most frequent non-stop words of three or more letters.
public struct LexicalAnalyzer: Analyzer {
    public static let description = AnalyzerDescription(
        id: "lexical",
        name: "Lexical richness",
        summary: "Vocabulary richness (type/token ratio, MATTR), lexical density and the most frequent content words.",
        version: "1.0.0",
        options: [AnalyzerOption(key: "top", summary: "How many content words to list.", type: .number, defaultValue: "10")],
        outputFields: [
            OutputField("words", .integer, "Words counted (word tokens, not numbers)."),
            OutputField("distinct_words", .integer, "Distinct case-folded word forms."),
            OutputField("type_token_ratio", .number, "distinct_words / words."),
            OutputField("moving_average_ttr", .number, "Mean type/token ratio over 50-word windows (equals type_token_ratio for shorter texts)."),
            OutputField("lexical_density", .number, "Share of words not in the language's function-word list."),
            OutputField("top_content_words", .array, "The most frequent content words: {word, count}."),
        ]
    )

    /// The report of one document. `Encodable` is synthesized; the fast path (`JSONWritable`)
    /// writes the same bytes.
    public struct Report: JSONWritable, Sendable, Equatable {
        public var words: Int
        public var distinctWords: Int
        public var typeTokenRatio: Double
        public var movingAverageTtr: Double
        public var lexicalDensity: Double
        public var topContentWords: [WordCount]

        /// Keys in snake_case as written, in output order: the same with or without the
        /// encoder's `convertToSnakeCase`, which then has nothing to convert.
        enum CodingKeys: String, CodingKey {
            case words
            case distinctWords = "distinct_words"
            case typeTokenRatio = "type_token_ratio"
            case movingAverageTtr = "moving_average_ttr"
            case lexicalDensity = "lexical_density"
            case topContentWords = "top_content_words"
        }

        public func writeJSON(to json: inout JSONWriter) throws {
            json.beginObject()
            json.key("words"); json.integer(words)
            json.key("distinct_words"); json.integer(distinctWords)
            json.key("type_token_ratio"); try json.number(typeTokenRatio)
            json.key("moving_average_ttr"); try json.number(movingAverageTtr)
            json.key("lexical_density"); try json.number(lexicalDensity)
            json.key("top_content_words"); try json.array(topContentWords)
            json.endObject()
        }
    }

    /// A word and how often it occurs.
    public struct WordCount: JSONWritable, Sendable, Equatable {
        public var word: String
        public var count: Int

        enum CodingKeys: String, CodingKey {
            case word, count
        }

        public func writeJSON(to json: inout JSONWriter) throws {
            json.beginObject()
            json.key("word"); json.string(word)
            json.key("count"); json.integer(count)
            json.endObject()
        }
    }

    private let top: Int

    public init(options: AnalyzerOptions) throws(AnalyzerError) {
        let top = options.number("top") ?? 10
        guard top >= 0, top <= 1000 else { throw .invalidConfiguration("lexical: 'top' must be between 0 and 1000") }
        self.top = Int(top)
    }

    public func analyze(_ document: AnalyzedDocument, context: AnalysisContext) throws(AnalyzerError) -> Report {
        let stopWords = StopWords.forLanguage(document.language)
        // Each word as the dense id of its case-folded form, and per form: how often it occurs,
        // where it first occurs, whether it is a content word.
        let tokens = document.tokens
        // Room for half the tokens (punctuation included) as distinct forms: news text stays below,
        // so the table rarely grows (a rehash per doubling cost more than the larger table). Ids do
        // not depend on the table's layout.
        var ids = TermTable<Int32>(minimumCapacity: tokens.count / 2)
        var sequence: [Int32] = []
        sequence.reserveCapacity(tokens.count)
        var forms: [(count: Int, first: Int, content: Bool)] = []
        // Per form, whether it is not a stop word: looked up once, when the form first occurs.
        var formIsNotStopWord: [Bool] = []
        var content = 0
        let hashes = document.tokenHashes
        for index in tokens.indices {
            let token = tokens[index]
            guard token.kind == .word || token.kind == .ideographic else { continue }
            let hash = hashes[index]
            // A lookup first: storing goes through `subscript(_:default:)`, whose default is a
            // closure allocated per call, so only new forms pay for it.
            if let id = ids[hash] {
                forms[Int(id)].count += 1
                if formIsNotStopWord[Int(id)] { content += 1 }
                sequence.append(id)
            } else {
                let isContent = !stopWords.contains(hash)
                if isContent { content += 1 }
                let id = Int32(forms.count)
                ids[hash] = id
                forms.append((1, index, isContent && (token.kind == .ideographic || token.range.length >= 3)))
                formIsNotStopWord.append(isContent)
                sequence.append(id)
            }
        }
        let topWords = Self.topContentForms(forms, top: top).map { form in
            WordCount(word: document.string(tokens[form.first]).lowercased(), count: form.count)
        }
        return Report(
            words: sequence.count,
            distinctWords: forms.count,
            typeTokenRatio: Self.rounded(sequence.isEmpty ? 0 : Double(forms.count) / Double(sequence.count)),
            movingAverageTtr: Self.rounded(Self.mattr(sequence, window: 50, distinct: forms.count)),
            lexicalDensity: Self.rounded(sequence.isEmpty ? 0 : Double(content) / Double(sequence.count)),
            topContentWords: topWords
        )
    }

    /// The `top` content forms that occur most often, ties broken by the earlier first occurrence —
    /// the head of the fully sorted list, kept in a short sorted array instead of sorting every form.
    /// `forms` are in order of first occurrence, so a form never ranks before an earlier one with
    /// the same count.
    static func topContentForms(_ forms: [(count: Int, first: Int, content: Bool)], top: Int) -> [(count: Int, first: Int)] {
        var best: [(count: Int, first: Int)] = []
        guard top > 0 else { return best }
        best.reserveCapacity(top + 1)
        for form in forms where form.content {
            if best.count == top, best[top - 1].count >= form.count { continue }
            var position = best.count
            while position > 0, best[position - 1].count < form.count { position -= 1 }
            best.insert((form.count, form.first), at: position)
            if best.count > top { best.removeLast() }
        }
        return best
    }

    /// Moving-average type/token ratio in one pass with a sliding window of counts, over words
    /// given as dense form ids (`0..<distinct`).
    static func mattr(_ sequence: [Int32], window: Int, distinct: Int) -> Double {
        guard !sequence.isEmpty else { return 0 }
        guard sequence.count > window else { return Double(distinct) / Double(sequence.count) }
        var counts = [Int32](repeating: 0, count: distinct)
        var inWindow = 0
        var total = 0.0
        for (index, id) in sequence.enumerated() {
            if counts[Int(id)] == 0 { inWindow += 1 }
            counts[Int(id)] += 1
            if index >= window {
                let leaving = Int(sequence[index - window])
                counts[leaving] -= 1
                if counts[leaving] == 0 { inWindow -= 1 }
            }
            if index >= window - 1 { total += Double(inWindow) / Double(window) }
        }
        return total / Double(sequence.count - window + 1)
    }

    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
