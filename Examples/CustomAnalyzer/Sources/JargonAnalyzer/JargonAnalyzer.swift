import Copydesk

/// `jargon`: newsroom jargon, clichés and buzzwords — words an editor would cut.
///
/// Terms are one or more words ("amid", "in the wake of"), matched case-insensitively,
/// longest first, within a clause (a comma or a full stop ends a phrase; a hyphen does not,
/// so "double-down" matches "double down"). A document's words are hashed with `TermHash`
/// straight from its UTF-8 bytes: no `String` is created per token.
public struct JargonAnalyzer: Analyzer {
    public static let description = AnalyzerDescription(
        id: "jargon",
        name: "Jargon",
        summary: "Newsroom jargon, clichés and buzzwords: how many, per 1,000 words, and where.",
        version: "1.0.0",
        minimumCoreVersion: "0.1.0",
        options: [
            AnalyzerOption(key: "extra_terms", summary: "More terms to flag, each 'term' or 'category:term' (jargon, cliche, buzzword).", type: .list),
            AnalyzerOption(key: "skip_quotes", summary: "Ignore terms inside direct quotations.", type: .boolean, defaultValue: "false"),
        ],
        outputFields: [
            OutputField("count", .integer, "Terms found."),
            OutputField("per_1000_words", .number, "Terms per 1,000 words."),
            OutputField("terms", .array, "Each term found: {text, start, end, category} (scalar offsets)."),
        ]
    )

    /// The report of one document. Keys become snake_case in JSON (`per1000Words` → `per_1000_words`).
    public struct Report: Encodable, Sendable, Equatable {
        public var count: Int
        public var per1000Words: Double
        public var terms: [Term]

        enum CodingKeys: String, CodingKey {
            case count, terms
            case per1000Words = "per_1000_words"   // the encoder would write "per1000_words"
        }
    }

    /// One term found in the text.
    public struct Term: Encodable, Sendable, Equatable {
        /// The words as written in the document.
        public var text: String
        /// Unicode scalar offsets of the first character and of the one after the last.
        public var start: Int
        public var end: Int
        public var category: Category
    }

    /// What kind of term it is.
    public enum Category: String, Encodable, Sendable, CaseIterable {
        /// Newsroom shorthand readers don't use ("amid", "slammed", "sources say").
        case jargon
        /// Worn-out phrases ("in the wake of", "at this point in time").
        case cliche
        /// Corporate and political buzzwords ("stakeholders", "going forward").
        case buzzword
    }

    /// The built-in list: `category: term` per line. Edit it freely; it is parsed once.
    static let builtInList = """
        jargon: amid
        jargon: slammed
        jargon: blasted
        jargon: sources say
        jargon: sources said
        jargon: probe
        jargon: eyes
        jargon: mull
        jargon: mulls
        jargon: vows
        jargon: embattled
        jargon: beleaguered
        jargon: pushback
        jargon: double down
        jargon: doubled down
        jargon: doubles down
        cliche: in the wake of
        cliche: at this point in time
        cliche: at the end of the day
        cliche: unprecedented
        cliche: sent shockwaves
        cliche: only time will tell
        cliche: tip of the iceberg
        cliche: perfect storm
        cliche: calm before the storm
        cliche: a far cry from
        cliche: war of words
        cliche: heated debate
        cliche: last-ditch
        cliche: tight-knit community
        buzzword: going forward
        buzzword: stakeholders
        buzzword: stakeholder
        buzzword: leverage
        buzzword: synergy
        buzzword: paradigm shift
        buzzword: game changer
        buzzword: robust
        buzzword: streamline
        buzzword: best practices
        buzzword: moving forward
        """

    /// The terms, keyed by the `TermHash` of their words joined by single spaces.
    struct Table: Sendable {
        var categories: [UInt64: Category] = [:]
        /// For each first word, the most words an entry starting with it has.
        var longest: [UInt64: Int] = [:]

        mutating func add(_ term: some StringProtocol, _ category: Category) {
            let words = term.split(whereSeparator: { $0.isWhitespace || $0 == "-" })
            guard let first = words.first else { return }
            categories[TermHash.hash(words.joined(separator: " "))] = category
            let firstHash = TermHash.hash(first)
            longest[firstHash] = max(longest[firstHash] ?? 0, words.count)
        }

        /// Adds `category: term` (or a bare `term`, as `defaultCategory`).
        mutating func add(line: some StringProtocol, defaultCategory: Category) throws(AnalyzerError) {
            guard let colon = line.firstIndex(of: ":") else { add(line, defaultCategory); return }
            let name = String(line[..<colon].filter { !$0.isWhitespace }).lowercased()
            guard let category = Category(rawValue: name) else {
                let valid = Category.allCases.map(\.rawValue).joined(separator: ", ")
                throw .invalidConfiguration("jargon: unknown category '\(name)' in '\(line)'; valid: \(valid)")
            }
            add(line[line.index(after: colon)...], category)
        }

        static let builtIn: Table = {
            var table = Table()
            for line in builtInList.split(separator: "\n") {
                try! table.add(line: line, defaultCategory: .jargon)
            }
            return table
        }()
    }

    let table: Table
    let skipQuotes: Bool

    public init(options: AnalyzerOptions) throws(AnalyzerError) {
        var table = Table.builtIn
        for line in options.list("extra_terms") ?? [] {
            try table.add(line: line, defaultCategory: .jargon)
        }
        self.table = table
        self.skipQuotes = options.boolean("skip_quotes") ?? false
    }

    public func analyze(_ document: AnalyzedDocument, context: AnalysisContext) throws(AnalyzerError) -> Report {
        var found: [(range: TextRange, category: Category)] = []
        var words = 0
        document.withUTF8 { bytes in
            let tokens = document.tokens
            // The word tokens of the current clause: a phrase never spans punctuation.
            var clause: [Int] = []
            func matchClause() {
                var position = 0
                while position < clause.count {
                    let first = tokens[clause[position]]
                    var key = TermHash.hash(UnsafeBufferPointer(rebasing: bytes[first.range.offsets]))
                    let most = min(table.longest[key] ?? 0, clause.count - position)
                    var match: (words: Int, category: Category)?
                    var length = 1
                    while length <= most {
                        if let category = table.categories[key] { match = (length, category) }
                        guard length < most else { break }
                        let next = tokens[clause[position + length]]
                        key = TermHash.combine(TermHash.separator(key), UnsafeBufferPointer(rebasing: bytes[next.range.offsets]))
                        length += 1
                    }
                    guard let match else { position += 1; continue }
                    let range = TextRange(start: first.range.start, end: tokens[clause[position + match.words - 1]].range.end)
                    if !(skipQuotes && document.quotationIndex(containing: range.start) != nil) {
                        found.append((range, match.category))
                    }
                    position += match.words
                }
                clause.removeAll(keepingCapacity: true)
            }
            for sentence in document.sentences {
                for index in Int(sentence.tokens.lowerBound)..<Int(sentence.tokens.upperBound) {
                    let token = tokens[index]
                    if token.kind.isWordLike {
                        words += 1
                        clause.append(index)
                    } else if !token.flags.contains(.continuesCompound) {
                        matchClause()
                    }
                }
                matchClause()
            }
        }
        let terms = found.map { hit in
            Term(text: document.string(hit.range), start: document.scalarOffset(hit.range.start),
                 end: document.scalarOffset(hit.range.end), category: hit.category)
        }
        let rate = words == 0 ? 0 : Double(terms.count) * 1000 / Double(words)
        return Report(count: terms.count, per1000Words: (rate * 100).rounded() / 100, terms: terms)
    }
}
