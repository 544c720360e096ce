import Copydesk
import Foundation

/// The human-readable report: counts, a readability table with a plain-language verdict, then
/// one section per plugin (its scalar fields, and the first items of its lists).
///
/// Written as UTF-8 bytes into a buffer reused from one document to the next, and each report
/// read from its JSON in place (`ReportJSONView`): built as strings from a tree of every report,
/// the summary took nearly half of a `--format text` corpus run.
struct TextSummary {
    private let encoder = ReportEncoder()

    /// The summary of `result`.
    func render(_ result: DocumentResult, descriptions: [String: AnalyzerDescription]) -> String {
        withRendered(result, descriptions: descriptions) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of `render(result, descriptions:)`, borrowed for the
    /// call.
    func withRendered<Result>(_ result: DocumentResult, descriptions: [String: AnalyzerDescription], _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        encoder.withBytes(building: { out in write(result, descriptions: descriptions, to: &out) }, body)
    }

    private func write(_ result: DocumentResult, descriptions: [String: AnalyzerDescription], to out: inout JSONByteBuffer) {
        out.append("== ")
        Self.append(result.id, to: &out)
        out.append(0x0A)
        guard let document = result.document else {
            for issue in result.issues {
                out.append("error: ")
                Self.append(issue.message, to: &out)
                out.append(0x0A)
            }
            out.append(0x0A)
            return
        }
        let c = document.readability.counts
        out.append("language: ")
        Self.append(document.language.rawValue, to: &out)
        out.append("   words: ")
        out.appendInteger(c.words)
        out.append("   sentences: ")
        out.appendInteger(c.sentences)
        out.append("   paragraphs: ")
        out.appendInteger(c.paragraphs)
        out.append("   reading time: ")
        Self.appendFormatted(c.readingTimeMinutes, to: &out)
        out.append(" min\naverage sentence: ")
        Self.appendFormatted(c.averageSentenceLength, to: &out)
        out.append(" words")
        if c.syllables > 0 {
            out.append("   syllables per word: ")
            Self.appendFormatted(c.averageSyllablesPerWord, to: &out)
            out.append("   complex words: ")
            out.appendInteger(c.complexWords)
        }
        out.append(0x0A)
        if let verdict = Self.verdict(document.readability) {
            out.append("reads as: ")
            Self.append(verdict, to: &out)
            out.append(0x0A)
        }
        if let cleaning = document.document.cleaning, !cleaning.dropped.isEmpty {
            out.append("cleaning left out ")
            out.appendInteger(cleaning.dropped.count)
            out.append(cleaning.dropped.count == 1 ? " block: " : " blocks: ")
            Self.append(Self.droppedByLabel(cleaning), to: &out)
            out.append(" (--no-clean keeps them)\n")
        }
        out.append("\nReadability\n")
        for formula in document.readability.formulas {
            guard let value = formula.value else { continue }
            out.append("  ")
            Self.appendPadded(formula.id, to: 30, &out)
            Self.appendFormatted(value, to: &out)
            out.append(0x0A)
        }
        for formula in document.readability.formulas where formula.value == nil && !(formula.reason ?? "").hasPrefix("formula is for") {
            out.append("  ")
            Self.appendPadded(formula.id, to: 30, &out)
            out.append("n/a (")
            Self.append(formula.reason ?? "", to: &out)
            out.append(")\n")
        }
        for (id, report) in result.reports {
            out.append(0x0A)
            Self.append(descriptions[id]?.name ?? id, to: &out)
            out.append(" (")
            Self.append(id, to: &out)
            out.append(")\n")
            guard let bytes = (report as? RawJSONReport)?.bytes ?? (try? encoder.encode(report)) else { continue }
            bytes.withUnsafeBufferPointer { buffer in
                guard let view = ReportJSONView(buffer), view.isObject(view.root) else { return }
                let members = view.rootMembers
                let fields = descriptions[id]?.outputFields.map(\.name) ?? members.map { view.string($0.key) }
                for field in fields {
                    guard let value = view.value(named: field, among: members) else { continue }
                    out.append("  ")
                    Self.appendPadded(field, to: 28, &out)
                    Self.appendDescription(of: value, in: view, to: &out)
                    out.append(0x0A)
                }
            }
        }
        for issue in result.issues {
            out.append("\nerror: ")
            if let plugin = issue.plugin {
                Self.append(plugin, to: &out)
                out.append(": ")
            }
            Self.append(issue.message, to: &out)
            out.append(0x0A)
        }
        out.append(0x0A)
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

    /// The keys an item of a list is shown by, in this order (at most three of them).
    private static let itemKeys = ["text", "name", "word", "term", "source", "category", "score", "count", "type", "kind"]

    /// A field's value on one line: a list as its count and first items, an object as its
    /// members (sorted), a scalar as `short` gives it.
    static func describe(_ value: ReportJSONView.Value, in view: ReportJSONView) -> String {
        var out = JSONByteBuffer(capacity: 256)
        defer { out.deallocate() }
        appendDescription(of: value, in: view, to: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Appends `describe(value, in: view)`.
    private static func appendDescription(of value: ReportJSONView.Value, in view: ReportJSONView, to out: inout JSONByteBuffer) {
        if view.isArray(value) {
            let (items, count) = view.items(of: value, limit: 5)
            if count == 0 {
                out.append("none")
                return
            }
            out.appendInteger(count)
            out.append(": ")
            for (index, item) in items.enumerated() {
                if index > 0 { out.append("; ") }
                guard view.isObject(item) else {
                    appendShort(item, in: view, to: &out)
                    continue
                }
                let members = view.members(of: item)
                var shown = 0
                for key in itemKeys where shown < 3 {
                    guard var value = view.value(named: key, among: members), !view.isNull(value), !view.isArray(value) else { continue }
                    if view.isObject(value) {
                        guard let text = view.value(named: "text", among: view.members(of: value)) else { continue }
                        value = text
                    }
                    if shown > 0 { out.append(0x20) }
                    append(key, to: &out)
                    out.append(0x3D)
                    appendShort(value, in: view, to: &out)
                    shown += 1
                }
            }
            if count > 5 { out.append("; …") }
            return
        }
        if view.isObject(value) {
            let members = view.members(of: value).map { (key: view.string($0.key), value: $0.value) }.sorted { $0.key < $1.key }
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(0x20) }
                append(member.key, to: &out)
                out.append(0x3D)
                appendShort(member.value, in: view, to: &out)  // a list as its count, an object as {…}
            }
            return
        }
        appendShort(value, in: view, to: &out)
    }

    /// Appends `short` of a value of the report. An ASCII string of at most 60 bytes without
    /// escapes is its own bytes, and a plain integer of up to 13 digits is written as it is
    /// (`format` gives back any such integer, "-0" as "0"): neither is decoded.
    private static func appendShort(_ value: ReportJSONView.Value, in view: ReportJSONView, to out: inout JSONByteBuffer) {
        let bytes = view.bytes
        switch bytes[value.start] {
        case 0x22:
            let body = UnsafeBufferPointer(rebasing: bytes[(value.start + 1)..<(value.end - 1)])
            if body.count <= 60, !body.contains(where: { $0 >= 0x80 || $0 == 0x5C }) {
                out.append(body)
            } else {
                append(short(.string(view.string(value))), to: &out)
            }
        case 0x7B:
            out.append("{…}")
        case 0x5B:
            out.appendInteger(view.items(of: value, limit: 0).count)
            out.append(" items")
        case 0x74:
            out.append("yes")
        case 0x66:
            out.append("no")
        case 0x6E:
            out.append("n/a")
        default:
            if let integer = plainInteger(UnsafeBufferPointer(rebasing: bytes[value.start..<value.end])) {
                out.appendInteger(integer)
            } else if let scalar = view.scalar(value) {
                append(short(scalar), to: &out)
            }
        }
    }

    /// The value of a JSON number written as an integer of at most 13 digits; nil for any other.
    private static func plainInteger(_ number: UnsafeBufferPointer<UInt8>) -> Int? {
        let negative = number.first == 0x2D
        let digits = negative ? UnsafeBufferPointer(rebasing: number.dropFirst()) : number
        guard !digits.isEmpty, digits.count <= 13 else { return nil }
        var value = 0
        for digit in digits {
            guard digit >= 0x30 && digit <= 0x39 else { return nil }
            value = value * 10 + Int(digit - 0x30)
        }
        return negative ? -value : value
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

    /// Appends `padded(name, to: width)`; an ASCII name (one UTF-16 unit a byte) from its bytes.
    private static func appendPadded(_ name: String, to width: Int, _ out: inout JSONByteBuffer) {
        var name = name
        let done = name.withUTF8 { bytes -> Bool in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            out.append(UnsafeBufferPointer(rebasing: bytes.prefix(width)))
            if bytes.count < width {
                out.reserve(width - bytes.count)
                for _ in bytes.count..<width { out.append(0x20) }
            }
            return true
        }
        if !done { append(padded(name, to: width), to: &out) }
    }

    /// Appends the UTF-8 of `text`.
    private static func append(_ text: String, to out: inout JSONByteBuffer) {
        var text = text
        text.withUTF8 { out.append($0) }
    }

    static func format(_ value: Double) -> String { RecordJSON.number((value * 100).rounded() / 100) }

    /// Appends `format(value)`.
    private static func appendFormatted(_ value: Double, to out: inout JSONByteBuffer) {
        RecordJSON.appendNumber((value * 100).rounded() / 100, to: &out)
    }
}
