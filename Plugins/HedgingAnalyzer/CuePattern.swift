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
    /// Every token sequence the pattern stands for.
    var sequences: [[String]]

    /// Most sequences one line may expand to.
    static let maximumExpansion = 20_000

    /// Parses the lines of a cue file; `source` names it in errors.
    static func parse(_ text: String, source: String) throws(AnalyzerError) -> [CueLine] {
        var result: [CueLine] = []
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = rawLine.trimmingCharacters(in: " \t\r")
            if line.isEmpty || line.hasPrefix("#") { continue }
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
            let sequences: [[String]]
            do throws(PatternError) {
                sequences = try expand(fields[0])
            } catch {
                throw fail(error.message)
            }
            result.append(CueLine(category: category, rule: rule, sequences: sequences))
        }
        return result
    }

    struct PatternError: Error { var message: String }

    /// The token sequences of a pattern.
    static func expand(_ pattern: String) throws(PatternError) -> [[String]] {
        // Slots: each a list of alternatives, each alternative a list of words.
        var slots: [[[String]]] = []
        var index = pattern.startIndex
        while index < pattern.endIndex {
            let character = pattern[index]
            if character == " " {
                index = pattern.index(after: index)
            } else if character == "{" {
                guard let close = pattern[index...].firstIndex(of: "}") else { throw PatternError(message: "'{' without '}' in '\(pattern)'") }
                let body = pattern[pattern.index(after: index)..<close]
                slots.append(body.split(separator: "|", omittingEmptySubsequences: false).map { $0.split(separator: " ").map(String.init) })
                index = pattern.index(after: close)
            } else {
                let end = pattern[index...].firstIndex(where: { $0 == " " || $0 == "{" }) ?? pattern.endIndex
                slots.append([[String(pattern[index..<end])]])
                index = end
            }
        }
        var sequences: [[String]] = [[]]
        for slot in slots {
            // The token sequences of each alternative, worked out once for the slot, not once per
            // prefix: a slot's alternatives do not depend on what precedes them.
            var choices: [[String]] = []
            for alternative in slot {
                var wordChoices: [[String]] = [[]]
                for word in alternative {
                    let forms = word.hasSuffix("~") ? inflections(String(word.dropLast())) : [word]
                    wordChoices = wordChoices.flatMap { choice in forms.map { choice + tokens(of: $0) } }
                }
                choices += wordChoices
            }
            // Every prefix followed by every choice: checked before building it.
            guard sequences.count * choices.count <= maximumExpansion else { throw PatternError(message: "'\(pattern)' expands to more than \(maximumExpansion) phrases") }
            var next: [[String]] = []
            next.reserveCapacity(sequences.count * choices.count)
            for prefix in sequences {
                for choice in choices { next.append(prefix + choice) }
            }
            sequences = next
        }
        sequences.removeAll { $0.isEmpty }
        guard !sequences.isEmpty else { throw PatternError(message: "empty pattern") }
        return sequences
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
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let beforeLast = lower.dropLast().last
        let consonantY = last == "y" && beforeLast.map { !vowels.contains($0) } == true
        let stem = String(lower.dropLast())
        let third: String
        if consonantY { third = stem + "ies" }
        else if ["s", "x", "z"].contains(last) || lower.hasSuffix("sh") || lower.hasSuffix("ch") { third = lower + "es" }
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
