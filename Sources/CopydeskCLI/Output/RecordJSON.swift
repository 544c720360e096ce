import Copydesk
import Foundation

/// Builds the JSON record of one document, keys in the documented order (`Docs/output.md`):
/// `schema_version, id, source, language, stats, readability, plugins, errors`, then the
/// optional `paragraphs`, `sentences`, `tokens`.
struct RecordJSON {
    let include: IncludedDetail

    private let reportEncoder = ReportEncoder()

    init(include: IncludedDetail) { self.include = include }

    /// The record as compact JSON bytes. Plugin reports that fail to encode become issues.
    func encode(_ result: DocumentResult) -> [UInt8] {
        reportEncoder.bytes { out in write(result, to: &out) }
    }

    /// Writes the record of `result` into `out`.
    private func write(_ result: DocumentResult, to out: inout JSONByteBuffer) {
        var issues = result.issues
        out.append(#"{"schema_version":"#)
        out.appendInteger(CopydeskVersion.schema)
        out.append(#","id":"#)
        out.appendString(result.id)
        out.append(#","source":"#)
        out.appendString(result.source)
        out.append(#","language":"#)
        if let document = result.document {
            out.appendString(document.language.rawValue)
            out.append(#","stats":"#)
            appendCounts(document.readability.counts, to: &out)
            out.append(#","readability":"#)
            appendReadability(document.readability, to: &out)
            out.append(#","cleaning":"#)
            appendCleaning(document, metadata: result.metadata, to: &out)
            out.append(#","plugins":{"#)
            var first = true
            for (id, report) in result.reports {
                let start = out.count
                do {
                    if !first { out.append(0x2C) }
                    out.appendString(id)
                    out.append(0x3A)
                    if type(of: report) == RawJSONReport.self {  // (a type test: cheaper than a cast)
                        (report as! RawJSONReport).bytes.withUnsafeBufferPointer { out.append($0) }
                    } else {
                        try reportEncoder.encode(report, into: &out)
                    }
                    first = false
                } catch {
                    out.count = start
                    issues.append(DocumentIssue(code: "plugin_failed", message: "report could not be encoded: \(error)", plugin: id))
                }
            }
            out.append(0x7D)
        } else {
            out.append(#"null,"stats":null,"readability":null,"cleaning":null,"plugins":{}"#)
        }
        out.append(#","errors":["#)
        for (index, issue) in issues.enumerated() {
            if index > 0 { out.append(0x2C) }
            appendEncoded(issue, to: &out)
        }
        out.append(0x5D)
        if let document = result.document {
            if include.contains(.paragraphs) { appendRanges("paragraphs", document.paragraphs.map(\.range), document, &out) }
            if include.contains(.sentences) { appendRanges("sentences", document.sentences.map(\.range), document, &out) }
            if include.contains(.tokens) { appendTokens(document, &out) }
        }
        out.append(0x7D)
    }

    /// The counts in the documented order (`Docs/output.md`), without an encoder round trip.
    private func appendCounts(_ c: TextCounts, to out: inout JSONByteBuffer) {
        out.append(#"{"characters":"#)
        out.appendInteger(c.characters)
        out.append(#","letters":"#)
        out.appendInteger(c.letters)
        out.append(#","words":"#)
        out.appendInteger(c.words)
        out.append(#","sentences":"#)
        out.appendInteger(c.sentences)
        out.append(#","paragraphs":"#)
        out.appendInteger(c.paragraphs)
        out.append(#","syllables":"#)
        out.appendInteger(c.syllables)
        out.append(#","polysyllabic_words":"#)
        out.appendInteger(c.polysyllabicWords)
        out.append(#","complex_words":"#)
        out.appendInteger(c.complexWords)
        out.append(#","long_words":"#)
        out.appendInteger(c.longWords)
        out.append(#","monosyllabic_words":"#)
        out.appendInteger(c.monosyllabicWords)
        out.append(#","average_sentence_length":"#)
        Self.appendNumber(c.averageSentenceLength, to: &out)
        out.append(#","average_syllables_per_word":"#)
        Self.appendNumber(c.averageSyllablesPerWord, to: &out)
        out.append(#","reading_time_minutes":"#)
        Self.appendNumber(c.readingTimeMinutes, to: &out)
        out.append(0x7D)
    }

    private func appendEncoded(_ value: some Encodable, to out: inout JSONByteBuffer) {
        do { try reportEncoder.encode(value, into: &out) } catch { out.append("null") }
    }

    /// `{"flesch_reading_ease": 61.2, …, "not_applicable": {"smog": "reason"}}`
    private func appendReadability(_ readability: Readability, to out: inout JSONByteBuffer) {
        out.append(0x7B)
        for (index, formula) in readability.formulas.enumerated() {
            if index > 0 { out.append(0x2C) }
            out.appendString(formula.id)
            out.append(0x3A)
            if let value = formula.value { Self.appendNumber(value, to: &out) } else { out.append("null") }
        }
        out.append(#","not_applicable":{"#)
        var first = true
        for formula in readability.formulas where formula.value == nil {
            if !first { out.append(0x2C) }
            first = false
            out.appendString(formula.id)
            out.append(0x3A)
            out.appendString(formula.reason ?? "")
        }
        out.append("}}")
    }

    /// `{"cleaner","kept_blocks","dropped_blocks","dropped_characters","dropped":[{start,end,label}],"title","dek"}`
    private func appendCleaning(_ document: AnalyzedDocument, metadata: [String: String], to out: inout JSONByteBuffer) {
        guard let report = document.document.cleaning else { out.append("null"); return }
        let dropped = report.dropped
        out.append(#"{"cleaner":"news","kept_blocks":"#)
        out.appendInteger(report.blocks.count - dropped.count)
        out.append(#","dropped_blocks":"#)
        out.appendInteger(dropped.count)
        out.append(#","dropped_characters":"#)
        out.appendInteger(dropped.reduce(0) { $0 + document.scalarOffset($1.range.end) - document.scalarOffset($1.range.start) })
        out.append(#","dropped":["#)
        for (index, block) in dropped.enumerated() {
            if index > 0 { out.append(0x2C) }
            out.append(0x7B)
            Self.appendOffsets(block.range, document, to: &out)
            out.append(#","label":"#)
            out.appendString(block.label.rawValue)
            out.append(0x7D)
        }
        out.append(0x5D)
        for label in [BlockLabel.title, .dek] {
            out.append(0x2C)
            out.appendString(label.rawValue)
            out.append(0x3A)
            if let block = report.blocks.first(where: { $0.label == label }) {
                out.appendString(document.string(block.range))
            } else {
                out.append("null")
            }
        }
        out.append(#","page":"#)
        if metadata.isEmpty {
            out.append("null")
        } else {
            out.append(0x7B)
            for (index, key) in metadata.keys.sorted().enumerated() {
                if index > 0 { out.append(0x2C) }
                out.appendString(key)
                out.append(0x3A)
                out.appendString(metadata[key]!)
            }
            out.append(0x7D)
        }
        out.append(0x7D)
    }

    private func appendRanges(_ key: String, _ ranges: [TextRange], _ document: AnalyzedDocument, _ out: inout JSONByteBuffer) {
        out.append(0x2C)
        out.appendString(key)
        out.append(":[")
        document.withUTF8 { bytes in
            for (index, range) in ranges.enumerated() {
                if index > 0 { out.append(0x2C) }
                out.append(0x7B)
                Self.appendOffsets(range, document, to: &out)
                out.append(#","text":"#)
                out.appendString(UnsafeBufferPointer(rebasing: bytes[range.offsets]))
                out.append(0x7D)
            }
        }
        out.append(0x5D)
    }

    private func appendTokens(_ document: AnalyzedDocument, _ out: inout JSONByteBuffer) {
        out.append(#","tokens":["#)
        document.withUTF8 { bytes in
            for (index, token) in document.tokens.enumerated() {
                if index > 0 { out.append(0x2C) }
                out.append(0x7B)
                Self.appendOffsets(token.range, document, to: &out)
                out.append(#","text":"#)
                out.appendString(UnsafeBufferPointer(rebasing: bytes[token.range.offsets]))
                out.append(#","kind":"#)
                out.appendString(token.kind.name)
                out.append(0x7D)
            }
        }
        out.append(0x5D)
    }

    /// A number as JSON: integers without a fraction, others with up to 4 decimals.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String((value * 10_000).rounded() / 10_000)
    }

    /// Appends `number(value)`.
    static func appendNumber(_ value: Double, to out: inout JSONByteBuffer) {
        guard value.isFinite else { out.append("null"); return }
        if value == value.rounded(), abs(value) < 1e15 { out.appendInteger(Int(value)); return }
        let rounded = (value * 10_000).rounded() / 10_000
        if out.appendShortDecimal(rounded) { return }
        var text = rounded.description
        text.withUTF8 { out.append($0) }
    }

    /// Appends `"start":S,"end":E`: the Unicode scalar offsets of `range`.
    private static func appendOffsets(_ range: TextRange, _ document: AnalyzedDocument, to out: inout JSONByteBuffer) {
        out.append(#""start":"#)
        out.appendInteger(document.scalarOffset(range.start))
        out.append(#","end":"#)
        out.appendInteger(document.scalarOffset(range.end))
    }
}
