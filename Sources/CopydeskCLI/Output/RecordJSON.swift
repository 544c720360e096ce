import Copydesk
import Foundation

/// Builds the JSON record of one document, keys in the documented order (`Docs/output.md`):
/// `schema_version, id, source, language, stats, readability, plugins, errors`, then the
/// optional `paragraphs`, `sentences`, `tokens`.
struct RecordJSON {
    let include: IncludedDetail

    private let reportEncoder = ReportEncoder()
    /// The JSON of the readability formulas' ids as keys, `"id":`, written once per run and
    /// remembered by the formula's position.
    private let formulaKeys = KeyByteCache(slotCount: 64)
    /// The JSON of the reasons why formulas do not apply, `"reason"`, written once per run and
    /// remembered by the formula's position.
    private let formulaReasons = KeyByteCache(slotCount: 64)

    init(include: IncludedDetail) { self.include = include }

    /// The record as compact JSON bytes. Plugin reports that fail to encode become issues.
    func encode(_ result: DocumentResult) -> [UInt8] {
        withEncoded(result) { Array($0) }
    }

    /// Calls `body` with the record's bytes, borrowed from a buffer reused from one record to
    /// the next.
    func withEncoded<Result>(_ result: DocumentResult, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        reportEncoder.withBytes(building: { out in write(result, to: &out) }, body)
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
        // The document is read where the result holds it: `if let` would copy it (a retain and a
        // release of each of its references) for every record.
        if result.document != nil {
            appendAnalysis(of: result.document.unsafelyUnwrapped, result, issues: &issues, to: &out)
        } else {
            out.append(#"null,"stats":null,"readability":null,"cleaning":null,"plugins":{}"#)
        }
        out.append(#","errors":["#)
        for (index, issue) in issues.enumerated() {
            if index > 0 { out.append(0x2C) }
            appendEncoded(issue, to: &out)
        }
        out.append(0x5D)
        if result.document != nil, !include.isEmpty {
            let document = result.document.unsafelyUnwrapped
            if include.contains(.paragraphs) { appendRanges("paragraphs", document.paragraphs.map(\.range), document, &out) }
            if include.contains(.sentences) { appendRanges("sentences", document.sentences.map(\.range), document, &out) }
            if include.contains(.tokens) { appendTokens(document, &out) }
        }
        out.append(0x7D)
    }

    /// Writes the members from `language` to `plugins` of the record of `result`, whose document
    /// is `document`; reports that fail to encode become `issues`.
    private func appendAnalysis(of document: AnalyzedDocument, _ result: DocumentResult, issues: inout [DocumentIssue], to out: inout JSONByteBuffer) {
        out.appendString(document.language.rawValue)
        out.append(#","stats":"#)
        appendCounts(document.readability.counts, to: &out)
        out.append(#","readability":"#)
        appendReadability(document.readability, to: &out)
        out.append(#","cleaning":"#)
        appendCleaning(document, metadata: result.metadata, to: &out)
        out.append(#","plugins":{"#)
        var first = true
        // Each pair's id and report are read where the array holds them: for-in would copy
        // every pair through the runtime's generic tuple copy.
        result.reports.withUnsafeBufferPointer { reports in
            guard let base = reports.baseAddress else { return }
            for pair in base..<(base + reports.count) {
                let id = pair.pointer(to: \.id)!, report = pair.pointer(to: \.report)!
                let start = out.count
                do {
                    if !first { out.append(0x2C) }
                    out.appendString(id.pointee)
                    out.append(0x3A)
                    try appendReport(report.pointee, to: &out)
                    first = false
                } catch {
                    out.count = start
                    issues.append(DocumentIssue(code: "plugin_failed", message: "report could not be encoded: \(error)", plugin: id.pointee))
                }
            }
        }
        out.append(0x7D)
    }

    /// Appends a plugin's report, borrowed: exec plugins' reports are JSON already.
    private func appendReport(_ report: any Encodable & Sendable, to out: inout JSONByteBuffer) throws {
        let reportType = type(of: report)
        if reportType == RawJSONReport.self {  // (a type test: cheaper than a cast)
            (report as! RawJSONReport).bytes.withUnsafeBufferPointer { out.append($0) }
        } else {
            try reportEncoder.encode(report, dynamicType: reportType, into: &out)
        }
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
        // Through the buffer: each formula is borrowed, not copied (and retained) as for-in does;
        // its id and reason are looked up where they lie.
        readability.formulas.withUnsafeBufferPointer { formulas in
            guard let base = formulas.baseAddress else { return out.append(#"{,"not_applicable":{}}"#) }
            out.append(0x7B)
            for formula in base..<(base + formulas.count) {
                if formula != base { out.append(0x2C) }
                appendFormulaKey(formula.pointer(to: \.id)!, position: formula - base, to: &out)
                if let value = formula.pointee.value { Self.appendNumber(value, to: &out) } else { out.append("null") }
            }
            out.append(#","not_applicable":{"#)
            var first = true
            for formula in base..<(base + formulas.count) where formula.pointee.value == nil {
                if !first { out.append(0x2C) }
                first = false
                appendFormulaKey(formula.pointer(to: \.id)!, position: formula - base, to: &out)
                appendReason(formula.pointer(to: \.reason)!, position: formula - base, to: &out)
            }
            out.append("}}")
        }
    }

    /// Appends `"id":` for the id at `id` of the formula at `position`, remembered from the
    /// last record.
    private func appendFormulaKey(_ id: UnsafePointer<String>, position: Int, to out: inout JSONByteBuffer) {
        if formulaKeys.append(stringAt: id, slot: position, to: &out) { return }
        let start = out.count
        out.appendString(id.pointee)
        out.append(0x3A)
        formulaKeys.remember(id.pointee, json: UnsafeBufferPointer(rebasing: out.bytes[start...]), slot: position)
    }

    /// Appends the reason at `reason` of the formula at `position` as a JSON string (`""` for
    /// none), remembered from the last record.
    private func appendReason(_ reason: UnsafePointer<String?>, position: Int, to out: inout JSONByteBuffer) {
        guard reason.pointee != nil else { return out.append(#""""#) }
        if formulaReasons.append(stringAt: reason, slot: position, to: &out) { return }
        let text = reason.pointee!
        let start = out.count
        out.appendString(text)
        formulaReasons.remember(text, json: UnsafeBufferPointer(rebasing: out.bytes[start...]), slot: position)
    }

    /// `{"cleaner","kept_blocks","dropped_blocks","dropped_characters","dropped":[{start,end,label}],"title","dek"}`
    private func appendCleaning(_ document: AnalyzedDocument, metadata: [String: String], to out: inout JSONByteBuffer) {
        guard let report = document.document.cleaning else { out.append("null"); return }
        report.blocks.withUnsafeBufferPointer { blocks in
            // One pass for the counts, one for the dropped blocks: no filtered copy of the blocks.
            var droppedBlocks = 0, droppedCharacters = 0
            for index in blocks.indices where !blocks[index].label.isKept {
                droppedBlocks += 1
                droppedCharacters += document.scalarOffset(blocks[index].range.end) - document.scalarOffset(blocks[index].range.start)
            }
            out.append(#"{"cleaner":"news","kept_blocks":"#)
            out.appendInteger(blocks.count - droppedBlocks)
            out.append(#","dropped_blocks":"#)
            out.appendInteger(droppedBlocks)
            out.append(#","dropped_characters":"#)
            out.appendInteger(droppedCharacters)
            out.append(#","dropped":["#)
            var first = true
            for index in blocks.indices where !blocks[index].label.isKept {
                if !first { out.append(0x2C) }
                first = false
                out.append(0x7B)
                Self.appendOffsets(blocks[index].range, document, to: &out)
                out.append(#","label":"#)
                out.appendString(blocks[index].label.rawValue)
                out.append(0x7D)
            }
            out.append(0x5D)
            Self.appendFirstBlock(labeled: .title, of: blocks, document, to: &out)
            Self.appendFirstBlock(labeled: .dek, of: blocks, document, to: &out)
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

    /// Appends `,"label":"…"`: the text of the first block labeled `label`, or `null`.
    private static func appendFirstBlock(labeled label: BlockLabel, of blocks: UnsafeBufferPointer<CleaningReport.Block>, _ document: AnalyzedDocument, to out: inout JSONByteBuffer) {
        out.append(0x2C)
        out.appendString(label.rawValue)
        out.append(0x3A)
        guard let index = blocks.firstIndex(where: { $0.label == label }) else { out.append("null"); return }
        document.withUTF8 { bytes in out.appendString(UnsafeBufferPointer(rebasing: bytes[blocks[index].range.offsets])) }
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
        if JSONText.isSmallInteger(value) { out.appendInteger(Int(value)); return }
        let scaled = JSONText.rounded(value * 10_000)
        // Below 10¹⁵ the digits of `scaled` are those of `rounded` (`appendShortDecimal` would
        // scale it back to `scaled` exactly): no division and rescaling for them.
        if abs(scaled) < 1e15, out.appendDecimal(tenThousandths: scaled) { return }
        let rounded = scaled / 10_000
        if abs(scaled) >= 1e15, out.appendShortDecimal(rounded) { return }
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
