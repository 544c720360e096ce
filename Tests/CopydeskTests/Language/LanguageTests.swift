import Copydesk
import Testing

struct LanguageTests {
    /// A code means what lowercasing it and dropping a region suffix make of it, whether it is
    /// canonical (kept as written), in capitals, with a region, empty or unknown.
    @Test(arguments: ["en", "de", "zh", "und", "EN", "en-GB", "pt_BR", "", "-", "xx", "tlh", "En", "en "])
    func normalizesCodes(code: String) {
        let normalized = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        #expect(Language(rawValue: code).rawValue == (normalized.isEmpty ? "und" : normalized))
    }

    /// Every named language is its own code's answer.
    @Test func namedLanguagesAreCanonical() {
        let named: [Language] = [.english, .german, .french, .spanish, .italian, .portuguese, .dutch, .russian, .japanese,
                                 .chinese, .korean, .thai, .khmer, .arabic, .hebrew, .greek, .hindi, .undetermined]
        for language in named {
            #expect(Language(rawValue: language.rawValue) == language)
        }
    }

    /// Only Japanese, Chinese, Thai and Khmer are written without spaces between words.
    @Test func scriptsWithoutSpaces() {
        let without: [Language] = [.japanese, .chinese, .thai, .khmer, "JA", "zh-TW"]
        let with: [Language] = [.english, .korean, .german, .undetermined, .russian, .hindi, "jav", "z"]
        #expect(without.allSatisfy { $0.isScriptWithoutSpaces })
        #expect(!with.contains { $0.isScriptWithoutSpaces })
    }
}
