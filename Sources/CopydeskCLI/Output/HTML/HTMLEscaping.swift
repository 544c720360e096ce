/// Text made safe for an HTML page: element content and attribute values escaped, and plugin ids
/// turned into class names.
enum HTMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, so that it can
    /// stand in element content and in a quoted attribute value.
    static func escaped(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
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
