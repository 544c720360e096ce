/// Reads the plain-text word lists compiled into Copydesk (see `Resources/README.md`).
///
/// Format: one entry per line; `#` starts a comment line; blank lines are ignored; fields are
/// separated by a TAB.
///
/// Lists are read from their UTF-8 bytes: a line is cut at line breaks and trimmed of ASCII white
/// space byte by byte. Only where a trimmed end is not ASCII (a no-break space, a combining mark
/// after a space) is the line trimmed by `Character`, which decides those cases.
public enum WordList {
    /// The entries of an embedded list, e.g. `"stopwords/en.txt"`; empty when there is none.
    public static func entries(_ path: String) -> [String] {
        guard let text = EmbeddedResources.text(path) else { return [] }
        return parse(text)
    }

    /// The entries of a list's text: trimmed lines, without comments and blank lines.
    public static func parse(_ text: String) -> [String] {
        var result: [String] = []
        forEachEntry(of: text) { result.append(String(decoding: $0, as: UTF8.self)) }
        return result
    }

    /// The hashed keys (`TermHash`) of the first field of each entry of an embedded list.
    public static func hashes(_ path: String) -> TermSet {
        var keys: [UInt64] = []
        forEachFirstField(path) { keys.append(TermHash.hash($0)) }
        return TermSet(keys: keys)
    }

    /// The first fields of the entries of an embedded list (as `fields(_:)` gives them), e.g. the
    /// words of a list whose lines may carry notes after a TAB.
    public static func firstFields(_ path: String) -> [String] {
        var result: [String] = []
        forEachFirstField(path) { result.append(String(decoding: $0, as: UTF8.self)) }
        return result
    }

    /// The TAB-separated fields of an entry.
    public static func fields(_ entry: String) -> [Substring] {
        // An ASCII entry is cut and trimmed byte by byte (in ASCII every byte is a Character).
        var copy = entry
        let ranges: [Range<Int>]? = copy.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var ranges: [Range<Int>] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x09 {
                var low = start, high = index
                while low < high, isASCIISpace(bytes[low]) { low += 1 }
                while high > low, isASCIISpace(bytes[high - 1]) { high -= 1 }
                ranges.append(low..<high)
                start = index + 1
            }
            return ranges
        }
        guard let ranges else {
            return entry.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
        }
        let utf8 = entry.utf8
        return ranges.map { range in
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return entry[start..<utf8.index(start, offsetBy: range.count)]
        }
    }

    /// Whether `byte` is ASCII white space: tab, line feed, vertical tab, form feed, carriage
    /// return or space (the ASCII characters `Character.isWhitespace` accepts).
    @inline(__always)
    private static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// Calls `body` with the UTF-8 bytes of the first field (as `fields(_:)` gives it) of each
    /// entry of an embedded list, in order; nothing when there is no such list.
    static func forEachFirstField(_ path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let text = EmbeddedResources.text(path) else { return }
        forEachEntry(of: text) { entry in
            // A TAB is a Character of its own, so the first field ends at the first TAB byte.
            let end = entry.firstIndex(of: 0x09) ?? entry.count
            trimmed(UnsafeBufferPointer(rebasing: entry[..<end]), body)
        }
    }

    /// Calls `body` with the UTF-8 bytes of each entry of `text` (as `parse(_:)` gives them), in
    /// order.
    static func forEachEntry(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var copy = text
        copy.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                // "\n", "\r\n" and "\r" are Characters of their own (no mark joins them), so
                // cutting at their bytes cuts where a split of the Characters does.
                var end = start
                while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
                if end > start {
                    trimmed(UnsafeBufferPointer(rebasing: bytes[start..<end])) { line in
                        guard !line.isEmpty else { return }
                        if line[0] == UInt8(ascii: "#") {
                            // A comment, unless a mark on the '#' makes it another Character
                            // (which `hasPrefix` decides).
                            if line.count == 1 || line[1] < 0x80 || String(decoding: line, as: UTF8.self).hasPrefix("#") { return }
                        }
                        body(line)
                    }
                }
                start = end + 1
            }
        }
    }

    /// Calls `body` with `bytes` (UTF-8, a whole number of Characters) trimmed as
    /// `trimmingSpaces()` trims: ASCII white space byte by byte; by `Character` when an end left
    /// is not ASCII.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var low = 0, high = bytes.count
        while low < high, isASCIISpace(bytes[low]) { low += 1 }
        while high > low, isASCIISpace(bytes[high - 1]) { high -= 1 }
        if low < high && (bytes[low] >= 0x80 || bytes[high - 1] >= 0x80) {
            // Not ASCII at an end: a no-break space, or a mark on the space before it, is for
            // `Character` to decide.
            var text = String(String(decoding: bytes, as: UTF8.self).trimmingSpaces())
            text.withUTF8 { body($0) }
            return
        }
        body(UnsafeBufferPointer(rebasing: bytes[low..<high]))
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    func trimmingSpaces() -> SubSequence {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[start..<end]
    }
}
