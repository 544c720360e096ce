import Copydesk
import Foundation

/// The human-readable report: counts, a readability table with a plain-language verdict, then
/// one section per plugin (its scalar fields, and the first items of its lists).
struct TextSummary {
    private let encoder = ReportEncoder()

    func render(_ result: DocumentResult, descriptions: [String: AnalyzerDescription]) -> String {
        var out = "== \(result.id)\n"
        guard let document = result.document else {
            for issue in result.issues { out += "error: \(issue.message)\n" }
            return out + "\n"
        }
        let c = document.readability.counts
        out += "language: \(document.language.rawValue)   words: \(c.words)   sentences: \(c.sentences)   paragraphs: \(c.paragraphs)   reading time: \(Self.format(c.readingTimeMinutes)) min\n"
        out += "average sentence: \(Self.format(c.averageSentenceLength)) words"
        if c.syllables > 0 { out += "   syllables per word: \(Self.format(c.averageSyllablesPerWord))   complex words: \(c.complexWords)" }
        out += "\n"
        if let verdict = Self.verdict(document.readability) { out += "reads as: \(verdict)\n" }
        if let cleaning = document.document.cleaning, !cleaning.dropped.isEmpty {
            out += "cleaning left out \(cleaning.dropped.count) \(cleaning.dropped.count == 1 ? "block" : "blocks"): \(Self.droppedByLabel(cleaning)) (--no-clean keeps them)\n"
        }
        out += "\nReadability\n"
        for formula in document.readability.formulas where formula.value != nil {
            out += "  " + Self.padded(formula.id, to: 30) + Self.format(formula.value!) + "\n"
        }
        let skipped = document.readability.formulas.filter { $0.value == nil && !($0.reason ?? "").hasPrefix("formula is for") }
        for formula in skipped { out += "  " + Self.padded(formula.id, to: 30) + "n/a (\(formula.reason ?? ""))\n" }
        for (id, report) in result.reports {
            out += "\n" + (descriptions[id]?.name ?? id) + " (\(id))\n"
            guard let object = ReportValue(report: report, encoder: encoder), case .object(let members) = object else { continue }
            let fields = descriptions[id]?.outputFields ?? members.map { OutputField($0.key, .object, "") }
            for field in fields {
                guard let value = object[field.name] else { continue }
                out += "  " + Self.padded(field.name, to: 28) + Self.describe(value) + "\n"
            }
        }
        for issue in result.issues { out += "\nerror: \(issue.plugin.map { "\($0): " } ?? "")\(issue.message)\n" }
        return out + "\n"
    }

    /// The blocks cleaning left out, counted by label: "boilerplate 33, caption 1".
    static func droppedByLabel(_ cleaning: CleaningReport) -> String {
        var byLabel: [String: Int] = [:]
        for block in cleaning.dropped { byLabel[block.label.rawValue, default: 0] += 1 }
        return byLabel.keys.sorted().map { "\($0) \(byLabel[$0]!)" }.joined(separator: ", ")
    }

    /// The score of the Flesch formula for the document's language (Flesch reading ease, or its
    /// German, French, Spanish or Russian adaptation), when one applies.
    static func fleschScaleScore(_ readability: Readability) -> Double? {
        let ids = ["flesch_reading_ease", "amstad_flesch", "kandel_moles", "fernandez_huerta", "oborneva_flesch"]
        return ids.lazy.compactMap { readability.formula($0)?.value }.first
    }

    /// A plain-language reading of the Flesch-scale score for the document's language.
    static func verdict(_ readability: Readability) -> String? {
        guard let score = fleschScaleScore(readability) else { return nil }
        let band: String
        switch score {
        case 90...: band = "very easy (about age 11)"
        case 80..<90: band = "easy (about age 12)"
        case 70..<80: band = "fairly easy (about age 13)"
        case 60..<70: band = "plain language (ages 13–15)"
        case 50..<60: band = "fairly difficult (ages 15–18)"
        case 30..<50: band = "difficult (university level)"
        default: band = "very difficult (graduate level)"
        }
        if let grade = readability.formula("flesch_kincaid_grade")?.value {
            return "\(band); US grade \(format(grade))"
        }
        return band
    }

    /// A field's value on one line: a list as its count and first items, an object as its
    /// members (sorted), a scalar as `short` gives it.
    static func describe(_ value: ReportValue) -> String {
        switch value {
        case .array(let list):
            if list.isEmpty { return "none" }
            let shown = list.prefix(5).map { item -> String in
                guard case .object = item else { return short(item) }
                let preferred = ["text", "name", "word", "term", "source", "category", "score", "count", "type", "kind"]
                return preferred.compactMap { key -> String? in
                    guard let value = item[key] else { return nil }
                    switch value {
                    case .null, .array: return nil
                    case .object: return value["text"].map { "\(key)=\(short($0))" }
                    default: return "\(key)=\(short(value))"
                    }
                }.prefix(3).joined(separator: " ")
            }
            return "\(list.count): " + shown.joined(separator: "; ") + (list.count > 5 ? "; …" : "")
        case .object(let members):
            return members.sorted { $0.key < $1.key }.map { member in
                switch member.value {
                case .array(let list): return "\(member.key)=\(list.count) items"
                case .object: return "\(member.key)={…}"
                default: return "\(member.key)=\(short(member.value))"
                }
            }.joined(separator: " ")
        default:
            return short(value)
        }
    }

    /// A scalar for a person: numbers to two decimals, booleans as yes/no, null as n/a, long
    /// strings cut at 60 characters.
    static func short(_ value: ReportValue) -> String {
        switch value {
        case .number(let number): return format(number)
        case .string(let string): return string.count > 60 ? String(string.prefix(57)) + "…" : string
        case .bool(let flag): return flag ? "yes" : "no"
        case .null: return "n/a"
        case .array(let list): return "\(list.count) items"
        case .object: return "{…}"
        }
    }

    /// `name` padded with spaces, or cut, to `width` UTF-16 units: what Foundation's
    /// `padding(toLength:withPad:startingAt:)` gives, without bridging to `NSString` (which
    /// took a third of a `--format text` corpus run). Every column of the CLI's tables uses it.
    static func padded(_ name: String, to width: Int) -> String {
        let units = name.utf16.count
        if units < width {
            let missing = width - units
            return name + (missing <= spaces.count ? spaces.prefix(missing) : Substring(String(repeating: " ", count: missing)))
        }
        return units == width ? name : String(decoding: Array(name.utf16.prefix(width)), as: UTF16.self)
    }

    /// The spaces most paddings take from, without building a string of spaces each time.
    private static let spaces = String(repeating: " ", count: 32)

    static func format(_ value: Double) -> String { RecordJSON.number((value * 100).rounded() / 100) }
}
