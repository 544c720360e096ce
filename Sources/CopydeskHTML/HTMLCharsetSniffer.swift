import Copydesk

/// Finds a page's character encoding and turns its bytes into UTF-8 for libxml2.
///
/// Order: a byte-order mark (unambiguous), then a `<meta charset=…>` or
/// `<meta http-equiv=… content="…charset=…">` in the first 2 KB, then UTF-8. Bytes that are not
/// valid UTF-8 and declare nothing are read as windows-1252, with a warning.
struct HTMLCharsetSniffer {
    static let prescanLength = 2048

    struct Decoded {
        /// Bytes to hand to libxml2.
        var bytes: [UInt8]
        /// The encoding name to hand to libxml2.
        var encoding: String
        var warnings: [String]
    }

    static func decode(_ input: [UInt8]) -> Decoded {
        // Byte-order marks.
        if input.starts(with: [0xEF, 0xBB, 0xBF]) {
            return utf8(Array(input.dropFirst(3)), declared: true)
        }
        if input.starts(with: [0xFF, 0xFE]) || input.starts(with: [0xFE, 0xFF]) {
            let little = input[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(input.count / 2)
            var i = 2
            while i + 1 < input.count {
                units.append(little ? UInt16(input[i]) | UInt16(input[i + 1]) << 8 : UInt16(input[i]) << 8 | UInt16(input[i + 1]))
                i += 2
            }
            return Decoded(bytes: Array(String(decoding: units, as: UTF16.self).utf8), encoding: "UTF-8", warnings: [])
        }
        guard let declared = declaredCharset(in: input) else {
            return utf8(input, declared: false)
        }
        let name = canonical(declared)
        if name != "utf-8", input.contains(where: { $0 >= 0x80 }), UTF8Validation.isValid(input) {
            // Multi-byte UTF-8 that validates is almost never another charset by accident.
            return Decoded(bytes: input, encoding: "UTF-8",
                           warnings: ["the page declares \(declared) but its bytes are UTF-8; read as UTF-8"])
        }
        switch name {
        case "utf-8":
            return utf8(input, declared: true)
        case "windows-1252":
            return Decoded(bytes: Array(windows1252(input).utf8), encoding: "UTF-8", warnings: [])
        default:
            return Decoded(bytes: input, encoding: declared, warnings: [])
        }
    }

    /// UTF-8 input; invalid bytes are read as windows-1252 when nothing was declared, else replaced.
    static func utf8(_ input: [UInt8], declared: Bool) -> Decoded {
        if UTF8Validation.isValid(input) {
            return Decoded(bytes: input, encoding: "UTF-8", warnings: [])
        }
        if declared {
            return Decoded(bytes: Array(String(decoding: input, as: UTF8.self).utf8), encoding: "UTF-8",
                           warnings: ["the page declares UTF-8 but is not valid UTF-8; invalid bytes were replaced with U+FFFD"])
        }
        return Decoded(bytes: Array(windows1252(input).utf8), encoding: "UTF-8",
                       warnings: ["no charset declared and the page is not valid UTF-8; read as windows-1252"])
    }

    /// WHATWG labels folded to the three encodings decoded here; other names are passed through.
    static func canonical(_ name: String) -> String {
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "unicode":
            // A UTF-16 label in an ASCII-readable prescan is wrong: the HTML standard reads UTF-8.
            return "utf-8"
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252",
             "cp1252", "x-cp1252", "cp819", "ibm819", "iso-ir-100", "csisolatin1", "ansi_x3.4-1968":
            return "windows-1252"
        default:
            return name
        }
    }

    /// The charset named by a `<meta>` tag in the first 2 KB, lowercased.
    static func declaredCharset(in input: [UInt8]) -> String? {
        let head = input.prefix(prescanLength).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let meta = Array("<meta".utf8)
        let charset = Array("charset".utf8)
        var i = 0
        while let start = find(meta, in: head, from: i) {
            let end = head[start...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
            var j = start
            while let c = find(charset, in: head[..<end], from: j) {
                var k = c + charset.count
                while k < end, head[k] == 0x20 || head[k] == 0x09 || head[k] == 0x0A || head[k] == 0x0D { k += 1 }
                if k < end, head[k] == UInt8(ascii: "=") {
                    k += 1
                    while k < end, head[k] == 0x20 || head[k] == 0x22 || head[k] == 0x27 || head[k] == 0x09 { k += 1 }
                    var value: [UInt8] = []
                    while k < end, isLabelByte(head[k]) { value.append(head[k]); k += 1 }
                    if !value.isEmpty { return String(decoding: value, as: UTF8.self) }
                }
                j = c + charset.count
            }
            i = end
        }
        return nil
    }

    static func isLabelByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x3A || b == 0x2E
    }

    static func find(_ needle: [UInt8], in hay: ArraySlice<UInt8>, from: Int) -> Int? {
        guard needle.count <= hay.count else { return nil }
        var i = max(from, hay.startIndex)
        let last = hay.endIndex - needle.count
        while i <= last {
            if hay[i] == needle[0] {
                var ok = true
                for n in 1..<needle.count where hay[i + n] != needle[n] { ok = false; break }
                if ok { return i }
            }
            i += 1
        }
        return nil
    }

    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        find(needle, in: hay[...], from: from)
    }

    /// windows-1252 (a superset of ISO-8859-1's printable range), as the HTML standard reads both.
    static func windows1252(_ input: [UInt8]) -> String {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        var out = String.UnicodeScalarView()
        for b in input {
            let value = b >= 0x80 && b < 0xA0 ? high[Int(b) - 0x80] : UInt32(b)
            out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(out)
    }
}
