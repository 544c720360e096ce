import Copydesk

/// `lexical`: vocabulary richness and the most frequent content words.
///
/// - `type_token_ratio`: distinct word forms (case-folded) / words.
/// - `moving_average_ttr`: the mean type/token ratio over windows of 50 words (MATTR), which,
///   unlike the plain ratio, does not fall as articles get longer.
/// - `lexical_density`: share of words that are not function words (the language's stop-word list).
/// - `top_content_words`: the ten most frequent non-stop words of three or more letters
///   (alphabetic scalars, not bytes: "U.S." has two).
public struct LexicalAnalyzer: Analyzer {
    public static let description = AnalyzerDescription(
        id: "lexical",
        name: "Lexical richness",
        summary: "Vocabulary richness (type/token ratio, MATTR), lexical density and the most frequent content words.",
        version: "1.0.0",
        options: [AnalyzerOption(key: "top", summary: "How many content words to list.", type: .number, defaultValue: "10")],
        outputFields: [
            OutputField("words", .integer, "Word tokens counted: numbers left out, each part of a hyphenated compound counted (the document's words count numbers and a compound once)."),
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
    /// English function words, looked up once: the language of most documents, and the list
    /// used for undetermined ones.
    private let englishStopWords: StopWordSet

    /// Scratch buffers, one per concurrent caller, reused from document to document.
    private let workspaces = WorkspacePool<LexicalWorkspace>()

    /// MATTR's window, in words.
    static let window = 50

    /// Up to this many distinct forms get room in the form table up front; a document with more
    /// grows the table by doubling, so memory follows its distinct forms, not its length.
    static let upfrontForms = 1 << 16

    public init(options: AnalyzerOptions) throws(AnalyzerError) {
        let top = options.number("top") ?? 10
        guard top >= 0, top <= 1000 else { throw .invalidConfiguration("lexical: 'top' must be between 0 and 1000") }
        self.top = Int(top)
        self.englishStopWords = StopWordSet.forLanguage(.english)
    }

    public func analyze(_ document: AnalyzedDocument, context: AnalysisContext) throws(AnalyzerError) -> Report {
        let language = document.language
        let stopWords = language == .english || language == .undetermined ? englishStopWords : StopWordSet.forLanguage(language)
        let tokens = document.tokens
        let hashes = document.tokenHashes
        // The last `window` words live on the stack: MATTR is computed in the same pass, without
        // a list of every word. The form table and list are a reused workspace's, taken out of it
        // for the pass (a class's stored arrays would be checked for exclusive access per use).
        // The text's bytes through `String.withUTF8`, specialized here: the core's generic
        // `withUTF8` looked the type of its result up at run time per document.
        var text = document.text
        var tally = (forms: 0, words: 0, content: 0, windowTotal: 0.0, listed: 0)
        var topWords: [WordCount] = []
        workspaces.withWorkspace { workspace in
            var index = FormIndex(), forms: [WordForm] = []
            swap(&index, &workspace.index)
            swap(&forms, &workspace.forms)
            defer {
                swap(&index, &workspace.index)
                swap(&forms, &workspace.forms)
            }
            text.withUTF8 { bytes in
                withUnsafeTemporaryAllocation(of: WordForm.self, capacity: top) { best in
                    withUnsafeTemporaryAllocation(of: Int32.self, capacity: Self.window) { recent in
                        tally = Self.tally(tokens: tokens, hashes: hashes, bytes: bytes, stopWords: stopWords, recent: recent, index: &index, forms: &forms, best: best)
                    }
                    topWords = Self.wordCounts(UnsafeBufferPointer(rebasing: best[0..<tally.listed]), tokens: tokens, bytes: bytes)
                }
            }
        }
        let words = tally.words
        let distinctWords = tally.forms
        let movingAverage: Double
        if words == 0 {
            movingAverage = 0
        } else if words <= Self.window {
            movingAverage = Double(distinctWords) / Double(words)
        } else {
            movingAverage = tally.windowTotal / Double(words - Self.window + 1)
        }
        return Report(
            words: words,
            distinctWords: distinctWords,
            typeTokenRatio: Self.rounded(words == 0 ? 0 : Double(distinctWords) / Double(words)),
            movingAverageTtr: Self.rounded(movingAverage),
            lexicalDensity: Self.rounded(words == 0 ? 0 : Double(tally.content) / Double(words)),
            topContentWords: topWords
        )
    }

    /// One pass over the words (word and ideographic tokens): each as the dense id of its
    /// case-folded form, tallied per form; the content words; and the sum of the type/token
    /// ratios of every full window of `recent.count` words (MATTR's numerator), with the ids of the
    /// last words in `recent`, a ring.
    static func tally(tokens: [Token], hashes: [UInt64], bytes: UnsafeBufferPointer<UInt8>, stopWords: StopWordSet, recent: UnsafeMutableBufferPointer<Int32>)
        -> (forms: [WordForm], words: Int, content: Int, windowTotal: Double) {
        var index = FormIndex(), forms: [WordForm] = []
        let tally = Self.tally(tokens: tokens, hashes: hashes, bytes: bytes, stopWords: stopWords, recent: recent, index: &index, forms: &forms,
                               best: UnsafeMutableBufferPointer(start: nil, count: 0))
        return (Array(forms[0..<tally.forms]), tally.words, tally.content, tally.windowTotal)
    }

    /// The entry of a form not seen yet: its first occurrence is the least token index offered.
    static let unseen = WordForm(count: 0, first: .max, isNotStopWord: false, isListable: false)

    /// 1 when `count` (not negative) is zero, else 0, in arithmetic: as a condition, the compiler
    /// made it a branch, which text cannot predict (whether a word is new to the window).
    @inline(__always)
    static func oneIfZero(_ count: Int32) -> Int {
        Int(truncatingIfNeeded: (UInt32(bitPattern: count) &- 1) >> 31)
    }

    /// Tokens per block of the pass: room for this many new forms is made before each block, so
    /// that the block runs on pointers, without a capacity check per word.
    static let block = 1 << 16

    /// The same pass with the form ids kept in `index` and the forms in the first `forms` (the
    /// count returned) of `forms`, both emptied first (a reused workspace's): `forms` is storage,
    /// longer than the document's forms. The top `best.count` listable forms are left in the
    /// first `listed` of `best`, in rank order (see `topContentForms`).
    ///
    /// `index` and `forms` are empty, or those of an earlier pass: every entry of `forms` from
    /// `index.count` on is `unseen` (the entry of the next new form, as the pass leaves them),
    /// and the earlier pass's entries before it are made `unseen` here, once per form rather
    /// than once per word.
    static func tally(tokens: [Token], hashes: [UInt64], bytes: UnsafeBufferPointer<UInt8>, stopWords: StopWordSet, recent: UnsafeMutableBufferPointer<Int32>,
                      index formIndex: inout FormIndex, forms: inout [WordForm], best: UnsafeMutableBufferPointer<WordForm>)
        -> (forms: Int, words: Int, content: Int, windowTotal: Double, listed: Int) {
        let window = recent.count
        let earlierForms = min(formIndex.count, forms.count)
        if earlierForms > 0 {
            forms.withUnsafeMutableBufferPointer { forms in
                for id in 0..<earlierForms { forms[id] = Self.unseen }
            }
        }
        // Room for as many distinct forms as there are tokens (punctuation included), so neither
        // the index nor the forms grow during the pass of an article; a book-length document
        // grows them block by block instead of reserving 32 bytes per token up front.
        formIndex.removeAll(expectingCount: min(tokens.count, Self.upfrontForms))
        precondition(hashes.count == tokens.count, "one hash per token")
        // The ratio of each possible count of distinct forms in a window, divided once here
        // instead of once per word (the same doubles, so the same sum).
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: window + 1) { ratios in
            for distinct in 0...window { ratios[distinct] = Double(distinct) / Double(window) }
            var words = 0, inWindow = 0, windowTotal = 0.0
            var slot = 0                // words % window: where the next word goes in `recent`
            var start = 0
            while start < tokens.count {
                let end = min(tokens.count, start + Self.block)
                // An entry for every form the block may add, each `unseen` until its form is
                // counted (see below).
                let needed = formIndex.count + (end - start)
                if forms.count < needed {
                    forms.append(contentsOf: repeatElement(Self.unseen, count: needed - forms.count))
                }
                formIndex.withInserter(room: end - start) { inserter in
                    forms.withUnsafeMutableBufferPointer { forms in
                        tokens.withUnsafeBufferPointer { tokens in
                            hashes.withUnsafeBufferPointer { hashes in
                                // The running totals in the innermost closure's own locals, so
                                // that they stay in registers.
                                var blockWords = words, blockInWindow = inWindow, blockTotal = windowTotal, blockSlot = slot
                                defer { (words, inWindow, windowTotal, slot) = (blockWords, blockInWindow, blockTotal, blockSlot) }
                                for index in start..<end {
                                    let kind = tokens[index].kind
                                    guard kind == .word || kind == .ideographic else { continue }
                                    let found = inserter.id(for: hashes[index]).id
                                    let id = Int(found)
                                    // The form counted, and the window: the new word in, then (once
                                    // full) the word `window` words back out. A new form's entry is
                                    // the `unseen` one after the known forms, read and overwritten the
                                    // same way as a known one's: nothing depends on whether the form
                                    // is new (a branch on that, which text cannot predict, was taken
                                    // for every word), and the entries after it are `unseen` already.
                                    let known = forms[id]
                                    let inWindowBefore = known.inWindow
                                    forms[id] = WordForm(count: known.count &+ 1, first: min(known.first, Int32(truncatingIfNeeded: index)),
                                                         inWindow: inWindowBefore &+ 1, isNotStopWord: false, isListable: false)
                                    blockInWindow &+= Self.oneIfZero(inWindowBefore)
                                    if blockWords >= window {
                                        let leaving = Int(recent[blockSlot])
                                        forms[leaving].inWindow &-= 1
                                        blockInWindow &-= Self.oneIfZero(forms[leaving].inWindow)
                                    }
                                    recent[blockSlot] = found
                                    if blockWords >= window - 1 { blockTotal += ratios[blockInWindow] }
                                    blockWords &+= 1
                                    blockSlot = blockSlot &+ 1 == window ? 0 : blockSlot &+ 1
                                }
                            }
                        }
                    }
                }
                start = end
            }
            let formCount = formIndex.count
            let classified = forms.withUnsafeMutableBufferPointer { forms in
                tokens.withUnsafeBufferPointer { tokens in
                    hashes.withUnsafeBufferPointer { hashes in
                        Self.classify(UnsafeMutableBufferPointer(rebasing: forms[0..<formCount]), tokens: tokens, hashes: hashes, bytes: bytes, stopWords: stopWords, best: best)
                    }
                }
            }
            return (formCount, words, classified.content, windowTotal, classified.listed)
        }
    }

    /// Marks the forms that are not function words and those that may be listed, from the token
    /// of each one's first occurrence; counts the content words (the occurrences of the former);
    /// and ranks the listable forms into `best` as it goes (`listed` of them). One stop-word lookup
    /// per form, after the pass, so that the per-word loop carries none.
    static func classify(_ forms: UnsafeMutableBufferPointer<WordForm>, tokens: UnsafeBufferPointer<Token>, hashes: UnsafeBufferPointer<UInt64>,
                         bytes: UnsafeBufferPointer<UInt8>, stopWords: StopWordSet, best: UnsafeMutableBufferPointer<WordForm>) -> (content: Int, listed: Int) {
        var content = 0, listed = 0
        for id in forms.indices {
            let form = forms[id]
            let first = Int(form.first)
            let isNotStopWord = !stopWords.contains(hashes[first])
            content &+= isNotStopWord ? Int(form.count) : 0
            let token = tokens[first]
            let isListable = isNotStopWord && (token.kind == .ideographic || hasThreeLetters(token.range, in: bytes))
            forms[id].isNotStopWord = isNotStopWord
            forms[id].isListable = isListable
            if isListable { offer(forms[id], to: best, listed: &listed) }
        }
        return (content, listed)
    }

    /// The `top` listable forms that occur most often, ties broken by the earlier first occurrence —
    /// the head of the fully sorted list, kept in a short sorted array instead of sorting every form.
    /// `forms` are in order of first occurrence, so a form never ranks before an earlier one with
    /// the same count.
    static func topContentForms(_ forms: [WordForm], top: Int) -> [WordForm] {
        guard top > 0 else { return [] }
        return withUnsafeTemporaryAllocation(of: WordForm.self, capacity: top) { best in
            var listed = 0
            for form in forms where form.isListable { offer(form, to: best, listed: &listed) }
            return Array(best[0..<listed])
        }
    }

    /// Offers `form`, later in order of first occurrence than those offered before, to the short
    /// list of the first `listed` of `best` (in rank order, at most `best.count`): when it outranks
    /// the last, it moves the forms it outranks down one place (the last of a full list falls off).
    @inline(__always)
    static func offer(_ form: WordForm, to best: UnsafeMutableBufferPointer<WordForm>, listed: inout Int) {
        let top = best.count
        if listed == top, top == 0 || best[top - 1].count >= form.count { return }
        var position = listed == top ? top - 1 : listed
        while position > 0, best[position - 1].count < form.count {
            best[position] = best[position - 1]
            position -= 1
        }
        best[position] = form
        if listed < top { listed += 1 }
    }

    /// The report's list of `forms`: each one's lowercased text (that of its first occurrence) and
    /// count, appended to an array of the right capacity. (`Array(unsafeUninitializedCapacity:)`
    /// ran unspecialized here, looking its element type up per document.)
    static func wordCounts(_ forms: UnsafeBufferPointer<WordForm>, tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) -> [WordCount] {
        guard !forms.isEmpty else { return [] }
        var words: [WordCount] = []
        words.reserveCapacity(forms.count)
        for form in forms {
            words.append(WordCount(word: lowercasedText(of: tokens[Int(form.first)].range, in: bytes), count: Int(form.count)))
        }
        return words
    }

    /// Whether the word at `range` has three or more letters (alphabetic scalars): "U.S" (ICU's
    /// token for "U.S.") has two and "ça" two, though both are three bytes long.
    /// Inlined for the common case, a word that starts with three ASCII letters; the others are
    /// counted scalar by scalar.
    @inline(__always)
    static func hasThreeLetters(_ range: TextRange, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.length >= 3 else { return false }
        let start = Int(range.start)
        func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
        if isASCIILetter(bytes[start]) && isASCIILetter(bytes[start + 1]) && isASCIILetter(bytes[start + 2]) { return true }
        return countsThreeLetters(range, in: bytes)
    }

    /// `hasThreeLetters`, counting every scalar.
    static func countsThreeLetters(_ range: TextRange, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var letters = 0
        var offset = Int(range.start)
        let end = Int(range.end)
        while offset < end {
            let byte = bytes[offset]
            if byte < 0x80 {
                if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { letters += 1 }
                offset += 1
            } else {
                let (scalar, length) = UTF8Scanning.scalar(at: offset, in: bytes)
                if UTF8Scanning.isAlphabetic(scalar) { letters += 1 }
                offset += length
            }
            if letters == 3 { return true }
        }
        return false
    }

    /// The lowercased text of `range` of `bytes`, as `String.lowercased()` gives it: ASCII
    /// written lowercased directly (A–Z to a–z is all it changes there), other text through it.
    static func lowercasedText(of range: TextRange, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let word = UnsafeBufferPointer(rebasing: bytes[Int(range.start)..<Int(range.end)])
        guard word.allSatisfy({ $0 < 0x80 }) else { return String(decoding: word, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: word.count) { buffer in
            for index in word.indices {
                let byte = word[index]
                buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return word.count
        }
    }

    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
