/// Finds direct quotations in a segmented document — one shared facility, so that tone,
/// hedging and sources agree on what is quoted.
///
/// Rules:
/// - Double marks: straight `"` (opening after a space, a bracket or the start of a paragraph,
///   closing otherwise), curly `“ ”`, German `„ “`, guillemets `« »` and `» «`, CJK `「 」 『 』`.
/// - Single curly marks `‘ ’` quote too when `‘` follows a space or an opening mark and the `’`
///   that closes is not followed by a letter (so apostrophes in "don’t", "Trump’s" are not
///   closings). Inside a double quotation they are nested and do not end it.
/// - A quotation left open at the end of a paragraph continues when the next paragraph starts
///   with an opening mark (the newsroom convention for multi-paragraph quotes); otherwise it ends
///   with its paragraph and is marked not closed.
public struct QuotationFinder: Sendable {
    public init() {}

    /// The quotations of `document` in order.
    public func quotations(in document: Document) -> [Quotation] {
        document.withUTF8 { bytes in quotations(bytes: bytes, paragraphs: document.paragraphs) }
    }

    /// False when no mark (`QuotationMark.at`) starts in the eight bytes of `chunk` (text order
    /// from the low byte); true when one may. Marks are `"`, or C2 AB/BB, or E2 80 xx and
    /// E3 80 xx: a lead E2 or E3 counts only before an 80 (kana, E3 81–83 xx, are most bytes of
    /// Japanese) or as the last byte, whose follower the chunk does not hold.
    @inline(__always)
    static func mayHoldMarkStart(_ chunk: UInt64) -> Bool {
        if UTF8Scanning.hasZeroByte(chunk ^ 0x2222_2222_2222_2222) { return true }
        if chunk & 0x8080_8080_8080_8080 == 0 { return false }
        if UTF8Scanning.hasZeroByte(chunk ^ 0xC2C2_C2C2_C2C2_C2C2) { return true }
        let leads = UTF8Scanning.zeroByteBits(chunk ^ 0xE2E2_E2E2_E2E2_E2E2) | UTF8Scanning.zeroByteBits(chunk ^ 0xE3E3_E3E3_E3E3_E3E3)
        if leads == 0 { return false }   // Latin, Greek, Cyrillic… and most Chinese
        let beforeContinuation80 = UTF8Scanning.zeroByteBits(chunk ^ 0x8080_8080_8080_8080) >> 8 | 0x8000_0000_0000_0000
        return leads & beforeContinuation80 != 0
    }

    /// The quotations of a text with the given paragraphs.
    public func quotations(bytes: UnsafeBufferPointer<UInt8>, paragraphs: [Paragraph]) -> [Quotation] {
        var result: [Quotation] = []
        var open: (start: Int, contentStart: Int, paragraph: Int32, closer: QuotationMark.Family)? = nil
        for (paragraphIndex, paragraph) in paragraphs.enumerated() {
            let p = Int32(paragraphIndex)
            var index = Int(paragraph.range.start)
            let end = Int(paragraph.range.end)
            if let pending = open {
                // Continue a quote over the paragraph break only when this paragraph opens with a mark.
                if let mark = QuotationMark.at(index, in: bytes, paragraphStart: index), mark.opens, mark.family == pending.closer {
                    index += mark.length
                } else {
                    let lastParagraph = paragraphs[Int(p) - 1]
                    result.append(Quotation(range: TextRange(start: pending.start, end: Int(lastParagraph.range.end)),
                                            content: TextRange(start: pending.contentStart, end: Int(lastParagraph.range.end)),
                                            paragraphs: pending.paragraph...(p - 1), isClosed: false))
                    open = nil
                }
            }
            var singleOpen: Int? = nil
            // The bytes before `bytewiseEnd` are read one at a time: their eight-byte test failed.
            var bytewiseEnd = index
            while index < end {
                // Skip eight bytes at once where no mark starts, plain ASCII first.
                if index >= bytewiseEnd && index + 8 <= end {
                    if !Self.mayHoldMarkStart(UTF8Scanning.chunk(at: index, in: bytes)) {
                        index += 8
                        continue
                    }
                    bytewiseEnd = index + 8
                }
                guard QuotationMark.mayStart(with: bytes[index]) else {
                    index += 1
                    continue
                }
                guard let mark = QuotationMark.at(index, in: bytes, paragraphStart: Int(paragraph.range.start)) else {
                    index += 1
                    continue
                }
                defer { index += mark.length }
                if let current = open {
                    if mark.family == .single {
                        if mark.opens { singleOpen = index } else if singleOpen != nil, mark.closesSingle(in: bytes, end: end) { singleOpen = nil }
                        continue
                    }
                    let closesCurrent = (mark.closes && mark.family == current.closer)
                        || (current.closer == .straight && mark.family == .straight)   // any " ends a "…
                        || (current.closer == .german && mark.family == .curly && mark.opens) // „…“
                    if closesCurrent {
                        result.append(Quotation(range: TextRange(start: current.start, end: index + mark.length),
                                                content: TextRange(start: current.contentStart, end: index),
                                                paragraphs: current.paragraph...p, isClosed: true))
                        open = nil
                    }
                } else if mark.opens {
                    if mark.family == .single {
                        // A top-level single-quoted span, closed by a ’ not followed by a letter.
                        if let close = QuotationMark.findSingleClose(after: index + mark.length, in: bytes, end: end) {
                            result.append(Quotation(range: TextRange(start: index, end: close.end),
                                                    content: TextRange(start: index + mark.length, end: close.start),
                                                    paragraphs: p...p, isClosed: true))
                            index = close.end - mark.length
                        }
                        continue
                    }
                    open = (index, index + mark.length, p, mark.family)
                }
            }
        }
        if let pending = open, let last = paragraphs.last {
            result.append(Quotation(range: TextRange(start: pending.start, end: Int(last.range.end)),
                                    content: TextRange(start: pending.contentStart, end: Int(last.range.end)),
                                    paragraphs: pending.paragraph...Int32(paragraphs.count - 1), isClosed: false))
        }
        return result
    }
}
