/// Text made safe for an HTML page: element content and attribute values escaped, and plugin ids
/// turned into class names.
enum HTMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, so that it can
    /// stand in element content and in a quoted attribute value. Works on the UTF-8 bytes (the
    /// five are ASCII, and no other character's encoding holds an ASCII byte); text with none
    /// of them, most of a page, is returned as it is.
    static func escaped(_ text: some StringProtocol) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: needsReference) else { return String(text) }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 32)
        for byte in utf8 {
            switch byte {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x27: out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` with every `_` a space ("loaded_terms" → "loaded terms"), without Foundation.
    static func underscoresAsSpaces(_ text: String) -> String {
        guard text.utf8.contains(0x5F) else { return text }
        return String(decoding: text.utf8.map { $0 == 0x5F ? 0x20 : $0 }, as: UTF8.self)
    }

    /// Whether `byte` is one of the five characters `escaped` replaces.
    private static func needsReference(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }

    /// A CSS class name for `name`: ASCII letters and digits kept (lowercased), anything else a
    /// hyphen; never empty.
    static func className(_ name: String) -> String {
        let kept = name.unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "a"..."z", "0"..."9": Character(scalar)
            case "A"..."Z": Character(String(scalar).lowercased())
            default: "-"
            }
        }
        return kept.isEmpty ? "-" : String(kept)
    }
}
