import Copydesk

/// One line of a cue file, parsed: `PATTERN<TAB>CATEGORY[<TAB>RULE]`.
///
/// A pattern is words separated by spaces. `{a|b|}` offers alternatives for one slot (an
/// alternative may hold several words; an empty one skips the slot). A trailing `~` on a word adds
/// its regular inflections (suggest~ → suggests, suggested, suggesting). A hyphen inside a word is
/// its own token, as the segmenter makes it (`so-called` = `so`, `-`, `called`).
struct CueLine: Sendable {
    /// The category, or nil for a stop phrase (`none`) that consumes its words silently.
    var category: HedgeCategory?
    var rule: HedgeRule
    /// The pattern's slots in order, each the token sequences (choices) it offers, as `TermHash`
    /// keys (an empty choice skips the slot), laid out flat: the tokens of every choice one after
    /// another, where each choice's tokens end in `tokens`, and where each slot's choices end in
    /// `choiceEnds`. The phrases of the line are every choice of one per slot: the trie walks
    /// them without writing each phrase out.
    var tokens: [UInt64]
    var choiceEnds: [Int]
    var slotEnds: [Int]

    /// A line of the slots `slots` (each a list of choices, each a list of tokens).
    init(category: HedgeCategory?, rule: HedgeRule, slots: [[[UInt64]]]) {
        self.category = category
        self.rule = rule
        tokens = []
        choiceEnds = []
        slotEnds = []
        for slot in slots {
            for choice in slot {
                tokens += choice
                choiceEnds.append(tokens.count)
            }
            slotEnds.append(choiceEnds.count)
        }
    }

    /// A line of slots already laid out (see `tokens`).
    init(category: HedgeCategory?, rule: HedgeRule, tokens: [UInt64], choiceEnds: [Int], slotEnds: [Int]) {
        self.category = category
        self.rule = rule
        self.tokens = tokens
        self.choiceEnds = choiceEnds
        self.slotEnds = slotEnds
    }

    /// The slots, each its choices, each its tokens.
    var slots: [[[UInt64]]] {
        slotEnds.indices.map { slot in
            choices(ofSlot: slot).map { Array(tokens[self.tokens(ofChoice: $0)]) }
        }
    }

    /// The indices of the choices of a slot (for `tokens(ofChoice:)`).
    @inline(__always)
    func choices(ofSlot slot: Int) -> Range<Int> {
        (slot == 0 ? 0 : slotEnds[slot - 1])..<slotEnds[slot]
    }

    /// The indices in `tokens` of the tokens of a choice.
    @inline(__always)
    func tokens(ofChoice choice: Int) -> Range<Int> {
        (choice == 0 ? 0 : choiceEnds[choice - 1])..<choiceEnds[choice]
    }

    /// Most sequences one line may expand to.
    static let maximumExpansion = 20_000

    /// Parses the lines of a cue file; `source` names it in errors.
    ///
    /// A plain ASCII line is read from its bytes and its words hashed from them; any other line,
    /// and a line with a mistake (whose error the general reading words), by the general reading.
    static func parse(_ text: String, source: String) throws(AnalyzerError) -> [CueLine] {
        // A carriage return is trimmed by the general reading, and "\r\n" is one Character that
        // a split on "\n" does not break: a text with one is read the general way only.
        if text.utf8.contains(0x0D) {
            var result: [CueLine] = []
            var number = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                number += 1
                if let cue = try parse(line: line, number: number, source: source) { result.append(cue) }
            }
            return result
        }
        var copy = text
        let parsed: Result<[CueLine], AnalyzerError> = copy.withUTF8 { bytes in
            var result: [CueLine] = []
            var number = 0
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                number += 1
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                switch readASCII(line) {
                case .skip:
                    break
                case .line(let cue):
                    result.append(cue)
                case .general:
                    let utf8 = text.utf8
                    let lineStart = utf8.index(utf8.startIndex, offsetBy: start)
                    let lineEnd = utf8.index(lineStart, offsetBy: end - start)
                    do throws(AnalyzerError) {
                        if let cue = try parse(line: text[lineStart..<lineEnd], number: number, source: source) { result.append(cue) }
                    } catch {
                        return .failure(error)
                    }
                }
                start = end + 1
            }
            return .success(result)
        }
        return try parsed.get()
    }

    /// What the byte-level reading of a plain ASCII line found.
    private enum ASCIILine {
        /// A blank or comment line.
        case skip
        case line(CueLine)
        /// Not plain ASCII, or a mistake: for the general reading, which words the errors.
        case general
    }

    /// A line of ASCII bytes read as `parse(line:number:source:)` reads it (in ASCII every byte
    /// is a Character); `.general` for a line with other bytes or a mistake.
    private static func readASCII(_ line: UnsafeBufferPointer<UInt8>) -> ASCIILine {
        guard line.allSatisfy({ $0 < 0x80 }) else { return .general }
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        var low = 0, high = line.count
        while low < high, line[low] == space || line[low] == tab { low += 1 }
        while high > low, line[high - 1] == space || line[high - 1] == tab { high -= 1 }
        if low == high || line[low] == UInt8(ascii: "#") { return .skip }
        // The first three fields, trimmed of spaces (more are ignored).
        var fields: [Range<Int>] = []
        var fieldStart = low
        for index in low...high where index == high || line[index] == tab {
            var start = fieldStart, end = index
            while start < end, line[start] == space { start += 1 }
            while end > start, line[end - 1] == space { end -= 1 }
            if fields.count < 3 { fields.append(start..<end) }
            fieldStart = index + 1
        }
        guard fields.count >= 2, !fields[1].isEmpty else { return .general }
        func field(_ index: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: line[fields[index]]) }
        let category: HedgeCategory?
        if field(1).elementsEqual("none".utf8) {
            category = nil
        } else if let found = HedgeCategory.allCases.first(where: { $0.rawValue.utf8.elementsEqual(field(1)) }) {
            category = found
        } else {
            return .general
        }
        var rule = HedgeRule.always
        if fields.count >= 3, !fields[2].isEmpty {
            guard let found = HedgeRule.allCases.first(where: { $0.rawValue.utf8.elementsEqual(field(2)) }) else { return .general }
            rule = found
        }
        var line = CueLine(category: category, rule: rule, tokens: [], choiceEnds: [], slotEnds: [])
        do throws(PatternError) {
            try line.readSlots(field(0))
        } catch {
            return .general
        }
        return .line(line)
    }

    /// One line of a cue file (without its line feed), or nil for a blank or comment line.
    private static func parse(line rawLine: Substring, number: Int, source: String) throws(AnalyzerError) -> CueLine? {
        let line = rawLine.trimmingCharacters(in: " \t\r")
        if line.isEmpty || line.hasPrefix("#") { return nil }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: " \r") }
        func fail(_ message: String) -> AnalyzerError {
            .invalidConfiguration("hedging: \(source) line \(number): \(message)")
        }
        guard fields.count >= 2, !fields[1].isEmpty else {
            throw fail("expected PATTERN<TAB>CATEGORY[<TAB>RULE], got '\(line)'")
        }
        let category: HedgeCategory?
        if fields[1] == "none" {
            category = nil
        } else if let found = HedgeCategory(rawValue: fields[1]) {
            category = found
        } else {
            let valid = HedgeCategory.allCases.map(\.rawValue) + ["none"]
            throw fail("unknown category '\(fields[1])'; valid: \(valid.joined(separator: ", "))")
        }
        var rule = HedgeRule.always
        if fields.count >= 3, !fields[2].isEmpty {
            guard let found = HedgeRule(rawValue: fields[2]) else {
                throw fail("unknown rule '\(fields[2])'; valid: \(HedgeRule.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            rule = found
        }
        let slots: [[[String]]]
        do throws(PatternError) {
            slots = try tokenSlots(fields[0])
        } catch {
            throw fail(error.message)
        }
        return CueLine(category: category, rule: rule, slots: slots.map { $0.map { $0.map { TermHash.hash($0) } } })
    }

    struct PatternError: Error { var message: String }

    /// The token sequences of a pattern.
    static func expand(_ pattern: String) throws(PatternError) -> [[String]] {
        var sequences: [[String]] = [[]]
        for choices in try tokenSlots(pattern) {
            var next: [[String]] = []
            next.reserveCapacity(sequences.count * choices.count)
            for prefix in sequences {
                for choice in choices { next.append(prefix + choice) }
            }
            sequences = next
        }
        sequences.removeAll { $0.isEmpty }
        return sequences
    }

    /// The slots of a pattern, each the token sequences it offers (the sequences of the pattern
    /// are every choice of one per slot). Throws when those would be more than
    /// `maximumExpansion` or all empty.
    static func tokenSlots(_ pattern: String) throws(PatternError) -> [[[String]]] {
        guard let words = slotWords(pattern, space: " ", open: "{", close: "}", bar: "|") else {
            throw PatternError(message: "'{' without '}' in '\(pattern)'")
        }
        let slots = choices(words) { range in
            let word = pattern[range]
            return word.hasSuffix("~") ? inflections(String(word.dropLast())).map { tokens(of: $0) } : [tokens(of: String(word))]
        }
        try checkExpansion(slots, pattern: pattern)
        return slots
    }

    /// Sets the slots to those of `tokenSlots(_:)` for a pattern of ASCII bytes, its tokens
    /// hashed (`TermHash`) from the bytes.
    mutating func readSlots(_ pattern: UnsafeBufferPointer<UInt8>) throws(PatternError) {
        func text() -> String { String(decoding: pattern, as: UTF8.self) }
        guard let words = Self.slotWords(pattern, space: UInt8(ascii: " "), open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), bar: UInt8(ascii: "|")) else {
            throw PatternError(message: "'{' without '}' in '\(text())'")
        }
        let hyphen = UInt8(ascii: "-"), tilde = UInt8(ascii: "~")
        tokens = []
        choiceEnds = []
        slotEnds = []
        tokens.reserveCapacity(pattern.count / 2)
        /// Appends the tokens of a word without `~` (as `tokens(of:)`: hyphens apart).
        func appendTokens(_ range: Range<Int>) {
            let word = UnsafeBufferPointer(rebasing: pattern[range])
            guard word.count > 1, word.contains(hyphen) else {
                tokens.append(TermHash.hash(word))
                return
            }
            var start = 0
            for index in 0...word.count where index == word.count || word[index] == hyphen {
                if index > start { tokens.append(TermHash.hash(UnsafeBufferPointer(rebasing: word[start..<index]))) }
                if index < word.count { tokens.append(TermHash.hash(UnsafeBufferPointer(rebasing: word[index...index]))) }
                start = index + 1
            }
        }
        var choiceCounts: [Int] = []
        for slot in words {
            let slotStart = choiceEnds.count
            for alternative in slot {
                if !alternative.contains(where: { pattern[$0.upperBound - 1] == tilde }) {
                    // No inflected word: the alternative is one choice, its words' tokens.
                    for range in alternative { appendTokens(range) }
                    choiceEnds.append(tokens.count)
                    continue
                }
                // Each word in each of its forms (inflected words are few: made as strings).
                var wordChoices: [[UInt64]] = [[]]
                for range in alternative {
                    let forms: [[UInt64]]
                    if pattern[range.upperBound - 1] == tilde {
                        let stem = String(decoding: UnsafeBufferPointer(rebasing: pattern[range.lowerBound..<(range.upperBound - 1)]), as: UTF8.self)
                        forms = Self.inflections(stem).map { Self.tokens(of: $0).map { TermHash.hash($0) } }
                    } else {
                        let start = tokens.count
                        appendTokens(range)
                        forms = [Array(tokens[start...])]
                        tokens.removeSubrange(start...)
                    }
                    wordChoices = wordChoices.flatMap { choice in forms.map { choice + $0 } }
                }
                for choice in wordChoices {
                    tokens += choice
                    choiceEnds.append(tokens.count)
                }
            }
            slotEnds.append(choiceEnds.count)
            choiceCounts.append(choiceEnds.count - slotStart)
        }
        try Self.checkExpansion(choiceCounts: choiceCounts, anyToken: !tokens.isEmpty, pattern: text())
    }

    /// The words of each alternative of each slot of `pattern` (elements: characters or bytes),
    /// as index ranges; nil for a `{` without `}`. Words are separated by `space`; a word outside
    /// braces ends at a space or `{`.
    private static func slotWords<Pattern: Collection>(_ pattern: Pattern, space: Pattern.Element, open: Pattern.Element,
                                                      close: Pattern.Element, bar: Pattern.Element) -> [[[Range<Pattern.Index>]]]?
    where Pattern.Element: Equatable {
        var slots: [[[Range<Pattern.Index>]]] = []
        var index = pattern.startIndex
        while index < pattern.endIndex {
            let element = pattern[index]
            if element == space {
                index = pattern.index(after: index)
            } else if element == open {
                guard let closing = pattern[index...].firstIndex(of: close) else { return nil }
                let body = pattern[pattern.index(after: index)..<closing]
                slots.append(body.split(separator: bar, omittingEmptySubsequences: false).map { alternative in
                    alternative.split(separator: space).map { $0.startIndex..<$0.endIndex }
                })
                index = pattern.index(after: closing)
            } else {
                let end = pattern[index...].firstIndex(where: { $0 == space || $0 == open }) ?? pattern.endIndex
                slots.append([[index..<end]])
                index = end
            }
        }
        return slots
    }

    /// For each slot, the token sequences of its alternatives: an alternative's words, each in
    /// each of its `forms` (token sequences), in order.
    private static func choices<Word, Token>(_ slots: [[[Word]]], forms: (Word) -> [[Token]]) -> [[[Token]]] {
        slots.map { slot in
            var choices: [[Token]] = []
            for alternative in slot {
                var wordChoices: [[Token]] = [[]]
                for word in alternative {
                    let wordForms = forms(word)
                    wordChoices = wordChoices.flatMap { choice in wordForms.map { choice + $0 } }
                }
                choices += wordChoices
            }
            return choices
        }
    }

    /// Throws when the sequences of `slots` (every choice of one per slot) are more than
    /// `maximumExpansion`, or all empty.
    private static func checkExpansion<Token>(_ slots: [[[Token]]], pattern: @autoclosure () -> String) throws(PatternError) {
        try checkExpansion(choiceCounts: slots.map(\.count), anyToken: slots.contains(where: { $0.contains { !$0.isEmpty } }),
                           pattern: pattern())
    }

    /// Throws when the sequences of slots with `choiceCounts` choices (every choice of one per
    /// slot) are more than `maximumExpansion`, or all empty (`anyToken`: whether any choice has
    /// a token).
    private static func checkExpansion(choiceCounts: [Int], anyToken: Bool, pattern: @autoclosure () -> String) throws(PatternError) {
        // How many sequences the slots so far stand for (empty ones included), checked before
        // each slot multiplies them.
        var expansion = 1
        for count in choiceCounts {
            guard expansion * count <= maximumExpansion else {
                throw PatternError(message: "'\(pattern())' expands to more than \(maximumExpansion) phrases")
            }
            expansion *= count
        }
        guard expansion > 0, anyToken else { throw PatternError(message: "empty pattern") }
    }

    /// A word as the segmenter tokenizes it: hyphens apart.
    static func tokens(of word: String) -> [String] {
        guard word.count > 1, word.contains(Character("-")) else { return [word] }
        var result: [String] = []
        var current = ""
        for character in word {
            if character == "-" {
                if !current.isEmpty { result.append(current) }
                result.append("-")
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// A word with its regular English inflections: -s/-es/-ies, -ed/-d/-ied, -ing.
    static func inflections(_ word: String) -> [String] {
        let lower = word.lowercased()
        guard let last = lower.last else { return [] }
        // Switches, not a set or an array of Characters: those types' first use at start-up costs
        // more than these few comparisons.
        func isVowel(_ character: Character) -> Bool {
            switch character {
            case "a", "e", "i", "o", "u": true
            default: false
            }
        }
        let beforeLast = lower.dropLast().last
        let consonantY = last == "y" && beforeLast.map { !isVowel($0) } == true
        let stem = String(lower.dropLast())
        let third: String
        let sibilant = switch last {
        case "s", "x", "z": true
        default: false
        }
        if consonantY { third = stem + "ies" }
        else if sibilant || lower.hasSuffix("sh") || lower.hasSuffix("ch") { third = lower + "es" }
        else { third = lower + "s" }
        let past = consonantY ? stem + "ied" : (last == "e" ? lower + "d" : lower + "ed")
        let progressive: String
        if lower.hasSuffix("ie") { progressive = String(lower.dropLast(2)) + "ying" }
        else if last == "e" && !lower.hasSuffix("ee") { progressive = stem + "ing" }
        else { progressive = lower + "ing" }
        return [lower, third, past, progressive]
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var start = startIndex
        var end = endIndex
        while start < end, set.contains(self[start]) { start = index(after: start) }
        while end > start, set.contains(self[index(before: end)]) { end = index(before: end) }
        return String(self[start..<end])
    }
}
