/// Letters counted by script.
struct ScriptCounts {
    enum Dominant { case latin, script(Language), none }
    var latin = 0, cyrillic = 0, han = 0, kana = 0, hangul = 0, thai = 0, khmer = 0
    var arabic = 0, hebrew = 0, greek = 0, devanagari = 0

    mutating func add(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0..<0x250, 0x1E00..<0x1F00: latin += 1
        case 0x370..<0x400: greek += 1
        case 0x400..<0x530: cyrillic += 1
        case 0x590..<0x600: hebrew += 1
        case 0x600..<0x700, 0x750..<0x780: arabic += 1
        case 0x900..<0x980: devanagari += 1
        case 0xE00..<0xE80: thai += 1
        case 0x1780..<0x1800, 0x19E0..<0x1A00: khmer += 1
        case 0x3040..<0x3100, 0x31F0..<0x3200, 0xFF66..<0xFFA0: kana += 1
        case 0x3400..<0x4DC0, 0x4E00..<0xA000, 0xF900..<0xFB00, 0x20000..<0x30000: han += 1
        case 0x1100..<0x1200, 0x3130..<0x3190, 0xAC00..<0xD7B0: hangul += 1
        default: break
        }
    }

    /// The script with the most letters (the first in Latin, Cyrillic, CJK, Hangul, Thai,
    /// Khmer, Arabic, Hebrew, Greek, Devanagari order on a tie); none without letters.
    var dominant: Dominant {
        // Japanese mixes kana with Han; a little kana is enough to tell it from Chinese.
        let cjk = han + kana
        var most = latin
        var dominant = Dominant.latin
        func consider(_ count: Int, _ language: Language) {
            if count > most { most = count; dominant = .script(language) }
        }
        consider(cyrillic, .russian)
        consider(cjk, kana * 20 >= cjk ? .japanese : .chinese)
        consider(hangul, .korean)
        consider(thai, .thai)
        consider(khmer, .khmer)
        consider(arabic, .arabic)
        consider(hebrew, .hebrew)
        consider(greek, .greek)
        consider(devanagari, .hindi)
        return most > 0 ? dominant : .none
    }
}
