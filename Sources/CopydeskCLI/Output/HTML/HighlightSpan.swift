import Foundation

/// A span of a document's text that a plugin reported (a quote, a speaker, a hedge, a loaded
/// term), to be marked in the HTML report.
struct HighlightSpan: Equatable {
    /// Unicode scalar offsets into the document text, as in the JSON record.
    var start: Int
    var end: Int
    /// The id of the plugin that reported it.
    var plugin: String
    /// The report field it was found under, as words ("quote", "loaded term", "cue").
    var field: String
    /// Its `category`, `type`, `kind` or `label` when it has one, as words ("epistemic").
    var category: String?

    /// What it is, for a person: "cue: epistemic", "quote".
    var label: String { category.map { "\(field): \($0)" } ?? field }

    /// Every span in one plugin's report, in document order: each object of the report that has
    /// a string `text` and whole-number `start` and `end` (the convention of every report that
    /// quotes the article; see `Docs/writing-an-analyzer.md`). The same stretch reported twice
    /// with the same category (a quote and its one quote part) is kept once, under the first
    /// field found.
    static func spans(in report: ReportValue, plugin: String) -> [HighlightSpan] {
        var found: [HighlightSpan] = []
        collect(report, field: nil, plugin: plugin, into: &found)
        var seen = Set<String>()
        return found
            .filter { $0.end > $0.start && seen.insert("\($0.start):\($0.end):\($0.category ?? "")").inserted }
            .sorted { ($0.start, $1.end) < ($1.start, $0.end) }
    }

    private static func collect(_ value: ReportValue, field: String?, plugin: String, into found: inout [HighlightSpan]) {
        switch value {
        case .array(let items):
            for item in items { collect(item, field: field, plugin: plugin, into: &found) }
        case .object(let members):
            if case .string? = value["text"], let start = offset(value["start"]), let end = offset(value["end"]) {
                let category = ["category", "type", "kind", "label"].lazy.compactMap { key -> String? in
                    if case .string(let text)? = value[key] { return text }
                    return nil
                }.first
                found.append(HighlightSpan(start: start, end: end, plugin: plugin, field: field.map(singular) ?? plugin,
                                           category: category.map(HTMLEscaping.underscoresAsSpaces)))
            }
            for member in members where member.key != "text" {
                collect(member.value, field: member.key, plugin: plugin, into: &found)
            }
        default:
            break
        }
    }

    /// A non-negative whole number, or nil.
    private static func offset(_ value: ReportValue?) -> Int? {
        guard case .number(let number)? = value, number == number.rounded(), number >= 0, number < 1e12 else { return nil }
        return Int(number)
    }

    /// A report field as words, a list named by its singular: "loaded_terms" → "loaded term",
    /// "cues" → "cue", "quote_parts" → "quote part", "speaker" → "speaker".
    static func singular(_ field: String) -> String {
        var words = HTMLEscaping.underscoresAsSpaces(field)
        if words.hasSuffix("ies") { words = String(words.dropLast(3)) + "y" }
        else if words.hasSuffix("s") && !words.hasSuffix("ss") { words.removeLast() }
        return words
    }
}
