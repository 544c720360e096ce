/// Finds paragraphs: blocks of lines separated by blank lines, where a line break inside a block
/// either wraps a paragraph (hard-wrapped wire copy) or ends one (a headline, a caption, a list).
///
/// A line break is a soft wrap when the line before it is "wrap-long": 30 to 110 characters and
/// at least 70% of the longest such line in the block, and the next line does not start like a
/// list item. Everything else — a short headline line, a lone "X", a 300-character line of a text
/// that puts one paragraph per line — ends its paragraph. A line with no final punctuation before
/// a blank line is therefore always its own paragraph and its own sentence.
struct ParagraphSplitter {
    /// One non-blank line of a block, trimmed, with its length in characters (counted only when
    /// the block has more lines than this one: a lone line is its own paragraph whatever its
    /// length; 0 until then).
    struct Line { var start: Int; var end: Int; var characters: Int }

    static let minimumWrapWidth = 30
    static let maximumWrapWidth = 110

    /// Paragraph ranges in order, trimmed of white space, never empty.
    static func paragraphs(in bytes: UnsafeBufferPointer<UInt8>) -> [TextRange] {
        var block: [Line] = []
        var ranges: [TextRange] = []
        return paragraphs(in: bytes, lines: &block, ranges: &ranges)
    }

    /// `paragraphs(in:)`, holding each block's lines in `block` and the paragraphs found in
    /// `ranges` (both emptied, their capacity kept and reused by the caller's next call): the
    /// result is then allocated once, at its size, instead of growing paragraph by paragraph.
    static func paragraphs(in bytes: UnsafeBufferPointer<UInt8>, lines block: inout [Line], ranges result: inout [TextRange]) -> [TextRange] {
        result.removeAll(keepingCapacity: true)
        block.removeAll(keepingCapacity: true)
        func flush() {
            if block.count == 1 {
                result.append(TextRange(start: block[0].start, end: block[0].end))
            } else if !block.isEmpty {
                for index in block.indices {
                    block[index].characters = UTF8Scanning.scalarCount(from: block[index].start, to: block[index].end, in: bytes)
                }
                split(block, into: &result, bytes: bytes)
            }
            block.removeAll(keepingCapacity: true)
        }
        var lineStart = 0
        var index = 0
        let count = bytes.count
        while index <= count {
            if index + 8 <= count, let base = bytes.baseAddress,
               !UTF8Scanning.mayHoldLineBreak(UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8   // no line break among the next eight bytes
                continue
            }
            var lineEnd = -1
            var next = index + 1
            if index == count {
                lineEnd = count
            } else {
                let byte = bytes[index]
                if byte == 0x0A {
                    lineEnd = index
                } else if byte == 0x0D {
                    lineEnd = index
                    if index + 1 < count && bytes[index + 1] == 0x0A { next = index + 2 }
                } else if byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80
                            && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) {
                    lineEnd = index  // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
                    next = index + 3
                    if bytes[index + 2] == 0xA9 {
                        appendLine(start: lineStart, end: lineEnd, to: &block, bytes: bytes)
                        flush()
                        lineStart = next
                        index = next
                        continue
                    }
                }
            }
            if lineEnd >= 0 {
                if !appendLine(start: lineStart, end: lineEnd, to: &block, bytes: bytes) { flush() }
                lineStart = next
                index = next
            } else {
                index += 1
            }
        }
        flush()
        // The specialized collection copy: `Array(unsafeUninitializedCapacity:)` is not specialized
        // and looks the array's storage type up in the runtime's generic metadata cache per call.
        return result.isEmpty ? [] : result.withUnsafeBufferPointer { Array($0) }
    }

    /// Adds a non-blank line to `block`; returns false for a blank line.
    @discardableResult
    private static func appendLine(start: Int, end: Int, to block: inout [Line], bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let trimmedStart = UTF8Scanning.skipSpaces(from: start, to: end, in: bytes)
        let trimmedEnd = UTF8Scanning.trimSpaces(from: trimmedStart, to: end, in: bytes)
        guard trimmedStart < trimmedEnd else { return false }
        block.append(Line(start: trimmedStart, end: trimmedEnd, characters: 0))
        return true
    }

    private static func split(_ block: [Line], into result: inout [TextRange], bytes: UnsafeBufferPointer<UInt8>) {
        let wrapWidth = block.lazy.map(\.characters).filter { $0 <= maximumWrapWidth }.max() ?? 0
        var paragraphStart = block[0].start
        for (position, line) in block.enumerated() {
            let isLast = position == block.count - 1
            let wraps = !isLast
                && line.characters >= minimumWrapWidth
                && line.characters <= maximumWrapWidth
                && line.characters * 10 >= wrapWidth * 7
                && !startsLikeListItem(block[position + 1], bytes: bytes)
            if !wraps {
                result.append(TextRange(start: paragraphStart, end: line.end))
                if !isLast { paragraphStart = block[position + 1].start }
            }
        }
    }

    /// "- item", "* item", "• item", "1. item", "2) item".
    private static func startsLikeListItem(_ line: Line, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = bytes[line.start]
        if first == 0x2D || first == 0x2A { return line.end > line.start + 1 && bytes[line.start + 1] == 0x20 }
        if first == 0xE2 && line.end > line.start + 2 && bytes[line.start + 1] == 0x80 && bytes[line.start + 2] == 0xA2 { return true }
        var index = line.start
        while index < line.end && index - line.start < 3 && bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
        if index > line.start && index + 1 < line.end {
            return (bytes[index] == 0x2E || bytes[index] == 0x29) && bytes[index + 1] == 0x20
        }
        return false
    }
}
