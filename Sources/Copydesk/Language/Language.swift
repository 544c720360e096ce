/// A language, by its ISO 639-1 code ("en", "de", "ja").
///
/// An open set, like `NLLanguage`: any code is accepted; the constants name the ones Copydesk
/// has word lists or formulas for. `und` means undetermined.
public struct Language: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The lowercase ISO 639-1 code.
    public let rawValue: String

    /// A language from its code (case-insensitive; a region suffix such as "en-GB" is dropped).
    public init(rawValue: String) {
        // A code already in its canonical form ("en") is kept as it is: no lowercased copy to
        // split, for the language field of every record of a corpus.
        if !rawValue.isEmpty && rawValue.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
            self.rawValue = rawValue
            return
        }
        let code = rawValue.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        self.rawValue = code.isEmpty ? "und" : code
    }

    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public var description: String { rawValue }

    public static let undetermined: Language = "und"
    public static let english: Language = "en"
    public static let german: Language = "de"
    public static let french: Language = "fr"
    public static let spanish: Language = "es"
    public static let italian: Language = "it"
    public static let portuguese: Language = "pt"
    public static let dutch: Language = "nl"
    public static let russian: Language = "ru"
    public static let japanese: Language = "ja"
    public static let chinese: Language = "zh"
    public static let korean: Language = "ko"
    public static let thai: Language = "th"
    public static let khmer: Language = "km"
    public static let arabic: Language = "ar"
    public static let hebrew: Language = "he"
    public static let greek: Language = "el"
    public static let hindi: Language = "hi"

    /// Languages written without spaces between words, where ICU's dictionaries find words
    /// and characters rather than syllables measure length.
    public var isScriptWithoutSpaces: Bool {
        [Language.japanese, .chinese, .thai, .khmer].contains(self)
    }

    /// The ICU locale used for segmentation.
    public var icuLocale: String { self == .undetermined ? "" : rawValue }
}
