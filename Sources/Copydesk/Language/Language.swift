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

    /// A language from a code known to be canonical (lowercase letters only).
    @usableFromInline init(canonical code: String) { rawValue = code }

    // Computed, not stored: a small string is built in registers, where a stored static is
    // reached through a lazy initializer on every use (these are compared per document).
    @inlinable public static var undetermined: Language { Language(canonical: "und") }
    @inlinable public static var english: Language { Language(canonical: "en") }
    @inlinable public static var german: Language { Language(canonical: "de") }
    @inlinable public static var french: Language { Language(canonical: "fr") }
    @inlinable public static var spanish: Language { Language(canonical: "es") }
    @inlinable public static var italian: Language { Language(canonical: "it") }
    @inlinable public static var portuguese: Language { Language(canonical: "pt") }
    @inlinable public static var dutch: Language { Language(canonical: "nl") }
    @inlinable public static var russian: Language { Language(canonical: "ru") }
    @inlinable public static var japanese: Language { Language(canonical: "ja") }
    @inlinable public static var chinese: Language { Language(canonical: "zh") }
    @inlinable public static var korean: Language { Language(canonical: "ko") }
    @inlinable public static var thai: Language { Language(canonical: "th") }
    @inlinable public static var khmer: Language { Language(canonical: "km") }
    @inlinable public static var arabic: Language { Language(canonical: "ar") }
    @inlinable public static var hebrew: Language { Language(canonical: "he") }
    @inlinable public static var greek: Language { Language(canonical: "el") }
    @inlinable public static var hindi: Language { Language(canonical: "hi") }

    /// Languages written without spaces between words, where ICU's dictionaries find words
    /// and characters rather than syllables measure length.
    public var isScriptWithoutSpaces: Bool {
        switch rawValue {
        case "ja", "zh", "th", "km": return true
        default: return false
        }
    }

    /// The ICU locale used for segmentation.
    public var icuLocale: String { self == .undetermined ? "" : rawValue }
}
