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
        var issues = result.issues
        var out: [UInt8] = []
        out.reserveCapacity(4096 + 4 * (result.document?.document.byteCount ?? 0))  // records run about 4x the text
        out += #"{"schema_version":"#.utf8
        JSONText.appendInt(CopydeskVersion.schema, to: &out)
        out += #","id":"#.utf8
        JSONText.appendString(result.id, to: &out)
        out += #","source":"#.utf8
        JSONText.appendString(result.source, to: &out)
        out += #","language":"#.utf8
        if let document = result.document {
            JSONText.appendString(document.language.rawValue, to: &out)
            out += #","stats":"#.utf8
            appendCounts(document.readability.counts, to: &out)
            out += #","readability":"#.utf8
            appendReadability(document.readability, to: &out)
            out += #","cleaning":"#.utf8
            appendCleaning(document, metadata: result.metadata, to: &out)
            out += #","plugins":{"#.utf8
            var first = true
            for (id, report) in result.reports {
                let start = out.count
                do {
                    if !first { out.append(0x2C) }
                    JSONText.appendString(id, to: &out)
                    out.append(0x3A)
                    if let raw = report as? RawJSONReport { out += raw.bytes } else { try reportEncoder.encode(report, into: &out) }
                    first = false
                } catch {
                    out.removeSubrange(start...)
                    issues.append(DocumentIssue(code: "plugin_failed", message: "report could not be encoded: \(error)", plugin: id))
                }
            }
            out.append(0x7D)
        } else {
            out += #"null,"stats":null,"readability":null,"cleaning":null,"plugins":{}"#.utf8
        }
        out += #","errors":["#.utf8
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
        return out
    }

    /// The counts in the documented order (`Docs/output.md`), without an encoder round trip.
    private func appendCounts(_ c: TextCounts, to out: inout [UInt8]) {
        out += #"{"characters":"#.utf8
        JSONText.appendInt(c.characters, to: &out)
        out += #","letters":"#.utf8
        JSONText.appendInt(c.letters, to: &out)
        out += #","words":"#.utf8
        JSONText.appendInt(c.words, to: &out)
        out += #","sentences":"#.utf8
        JSONText.appendInt(c.sentences, to: &out)
        out += #","paragraphs":"#.utf8
        JSONText.appendInt(c.paragraphs, to: &out)
        out += #","syllables":"#.utf8
        JSONText.appendInt(c.syllables, to: &out)
        out += #","polysyllabic_words":"#.utf8
        JSONText.appendInt(c.polysyllabicWords, to: &out)
        out += #","complex_words":"#.utf8
        JSONText.appendInt(c.complexWords, to: &out)
        out += #","long_words":"#.utf8
        JSONText.appendInt(c.longWords, to: &out)
        out += #","monosyllabic_words":"#.utf8
        JSONText.appendInt(c.monosyllabicWords, to: &out)
        out += #","average_sentence_length":"#.utf8
        Self.appendNumber(c.averageSentenceLength, to: &out)
        out += #","average_syllables_per_word":"#.utf8
        Self.appendNumber(c.averageSyllablesPerWord, to: &out)
        out += #","reading_time_minutes":"#.utf8
        Self.appendNumber(c.readingTimeMinutes, to: &out)
        out.append(0x7D)
    }

    private func appendEncoded(_ value: some Encodable, to out: inout [UInt8]) {
        do { try reportEncoder.encode(value, into: &out) } catch { out += "null".utf8 }
    }

    /// `{"flesch_reading_ease": 61.2, …, "not_applicable": {"smog": "reason"}}`
    private func appendReadability(_ readability: Readability, to out: inout [UInt8]) {
        out.append(0x7B)
        for (index, formula) in readability.formulas.enumerated() {
            if index > 0 { out.append(0x2C) }
            JSONText.appendString(formula.id, to: &out)
            out.append(0x3A)
            if let value = formula.value { Self.appendNumber(value, to: &out) } else { out += "null".utf8 }
        }
        out += #","not_applicable":{"#.utf8
        var first = true
        for formula in readability.formulas where formula.value == nil {
            if !first { out.append(0x2C) }
            first = false
            JSONText.appendString(formula.id, to: &out)
            out.append(0x3A)
            JSONText.appendString(formula.reason ?? "", to: &out)
        }
        out += "}}".utf8
    }

    /// `{"cleaner","kept_blocks","dropped_blocks","dropped_characters","dropped":[{start,end,label}],"title","dek"}`
    private func appendCleaning(_ document: AnalyzedDocument, metadata: [String: String], to out: inout [UInt8]) {
        guard let report = document.document.cleaning else { out += "null".utf8; return }
        let dropped = report.dropped
        out += #"{"cleaner":"news","kept_blocks":"#.utf8
        JSONText.appendInt(report.blocks.count - dropped.count, to: &out)
        out += #","dropped_blocks":"#.utf8
        JSONText.appendInt(dropped.count, to: &out)
        out += #","dropped_characters":"#.utf8
        JSONText.appendInt(dropped.reduce(0) { $0 + document.scalarOffset($1.range.end) - document.scalarOffset($1.range.start) }, to: &out)
        out += #","dropped":["#.utf8
        for (index, block) in dropped.enumerated() {
            if index > 0 { out.append(0x2C) }
            out.append(0x7B)
            JSONText.appendOffsets(block.range, document.scalarOffset, to: &out)
            out += #","label":"#.utf8
            JSONText.appendString(block.label.rawValue, to: &out)
            out.append(0x7D)
        }
        out.append(0x5D)
        for label in [BlockLabel.title, .dek] {
            out += ",\"\(label.rawValue)\":".utf8
            if let block = report.blocks.first(where: { $0.label == label }) {
                JSONText.appendString(document.string(block.range), to: &out)
            } else {
                out += "null".utf8
            }
        }
        out += #","page":"#.utf8
        if metadata.isEmpty {
            out += "null".utf8
        } else {
            out.append(0x7B)
            for (index, key) in metadata.keys.sorted().enumerated() {
                if index > 0 { out.append(0x2C) }
                JSONText.appendString(key, to: &out)
                out.append(0x3A)
                JSONText.appendString(metadata[key]!, to: &out)
            }
            out.append(0x7D)
        }
        out.append(0x7D)
    }

    private func appendRanges(_ key: String, _ ranges: [TextRange], _ document: AnalyzedDocument, _ out: inout [UInt8]) {
        out.append(0x2C)
        JSONText.appendString(key, to: &out)
        out += ":[".utf8
        document.withUTF8 { bytes in
            for (index, range) in ranges.enumerated() {
                if index > 0 { out.append(0x2C) }
                out.append(0x7B)
                JSONText.appendOffsets(range, document.scalarOffset, to: &out)
                out += #","text":"#.utf8
                JSONText.appendString(UnsafeBufferPointer(rebasing: bytes[range.offsets]), to: &out)
                out.append(0x7D)
            }
        }
        out.append(0x5D)
    }

    private func appendTokens(_ document: AnalyzedDocument, _ out: inout [UInt8]) {
        out += #","tokens":["#.utf8
        document.withUTF8 { bytes in
            for (index, token) in document.tokens.enumerated() {
                if index > 0 { out.append(0x2C) }
                out.append(0x7B)
                JSONText.appendOffsets(token.range, document.scalarOffset, to: &out)
                out += #","text":"#.utf8
                JSONText.appendString(UnsafeBufferPointer(rebasing: bytes[token.range.offsets]), to: &out)
                out += #","kind":"#.utf8
                JSONText.appendString(token.kind.name, to: &out)
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
    static func appendNumber(_ value: Double, to out: inout [UInt8]) {
        guard value.isFinite else { out += "null".utf8; return }
        if value == value.rounded(), abs(value) < 1e15 { JSONText.appendInt(Int(value), to: &out); return }
        let rounded = (value * 10_000).rounded() / 10_000
        var scratch: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        let length = withUnsafeMutableBytes(of: &scratch) { JSONText.writeShortDecimal(rounded, to: $0.baseAddress!.assumingMemoryBound(to: UInt8.self)) }
        if let length {
            withUnsafeBytes(of: &scratch) { out.append(contentsOf: $0.prefix(length)) }
        } else {
            var text = rounded.description
            text.withUTF8 { out.append(contentsOf: $0) }
        }
    }
}
