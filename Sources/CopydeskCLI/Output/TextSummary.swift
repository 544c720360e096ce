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
            var byLabel: [String: Int] = [:]
            for block in cleaning.dropped { byLabel[block.label.rawValue, default: 0] += 1 }
            let parts = byLabel.keys.sorted().map { "\($0) \(byLabel[$0]!)" }.joined(separator: ", ")
            out += "cleaning left out \(cleaning.dropped.count) blocks: \(parts) (--no-clean keeps them)\n"
        }
        out += "\nReadability\n"
        for formula in document.readability.formulas where formula.value != nil {
            out += "  " + formula.id.padding(toLength: 30, withPad: " ", startingAt: 0) + Self.format(formula.value!) + "\n"
        }
        let skipped = document.readability.formulas.filter { $0.value == nil && !($0.reason ?? "").hasPrefix("formula is for") }
        for formula in skipped { out += "  " + formula.id.padding(toLength: 30, withPad: " ", startingAt: 0) + "n/a (\(formula.reason ?? ""))\n" }
        for (id, report) in result.reports {
            out += "\n" + (descriptions[id]?.name ?? id) + " (\(id))\n"
            let data = (report as? RawJSONReport).map { Data($0.bytes) } ?? (try? encoder.encode(report)).map { Data($0) }
            guard let data, let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { continue }
            let fields = descriptions[id]?.outputFields ?? object.keys.sorted().map { OutputField($0, .object, "") }
            for field in fields {
                guard let value = object[field.name] else { continue }
                let text = field.kind == .boolean ? ((value as? NSNumber)?.boolValue == true ? "yes" : "no") : Self.describe(value)
                out += "  " + field.name.padding(toLength: 28, withPad: " ", startingAt: 0) + text + "\n"
            }
        }
        for issue in result.issues { out += "\nerror: \(issue.plugin.map { "\($0): " } ?? "")\(issue.message)\n" }
        return out + "\n"
    }

    /// A plain-language reading of the Flesch-scale score for the document's language.
    static func verdict(_ readability: Readability) -> String? {
        let ids = ["flesch_reading_ease", "amstad_flesch", "kandel_moles", "fernandez_huerta", "oborneva_flesch"]
        guard let score = ids.lazy.compactMap({ readability.formula($0)?.value }).first else { return nil }
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

    static func describe(_ value: Any) -> String {
        switch value {
        case let list as [Any]:
            if list.isEmpty { return "none" }
            let shown = list.prefix(5).map { item -> String in
                if let object = item as? [String: Any] {
                    let preferred = ["text", "name", "word", "term", "source", "category", "score", "count", "type", "kind"]
                    return preferred.compactMap { key -> String? in
                        guard let value = object[key], !(value is NSNull) else { return nil }
                        if let nested = value as? [String: Any], let text = nested["text"] { return "\(key)=\(short(text))" }
                        if value is [String: Any] || value is [Any] { return nil }
                        return "\(key)=\(short(value))"
                    }.prefix(3).joined(separator: " ")
                }
                return short(item)
            }
            return "\(list.count): " + shown.joined(separator: "; ") + (list.count > 5 ? "; …" : "")
        case let object as [String: Any]:
            return object.keys.sorted().map { key in
                let value = object[key]!
                if let list = value as? [Any] { return "\(key)=\(list.count) items" }
                if value is [String: Any] { return "\(key)={…}" }
                return "\(key)=\(short(value))"
            }.joined(separator: " ")
        default:
            return short(value)
        }
    }

    static func short(_ value: Any) -> String {
        switch value {
        case let number as Double: return format(number)
        case let string as String: return string.count > 60 ? String(string.prefix(57)) + "…" : string
        case let number as NSNumber: return format(number.doubleValue)
        default: return "\(value)"
        }
    }

    static func format(_ value: Double) -> String { RecordJSON.number((value * 100).rounded() / 100) }
}
