/// The Unicode facts Copydesk reads per character, as the bits of one byte.
///
/// Each answer is the one `Unicode.Scalar.Properties` gives (the standard library's Unicode
/// data), but read from `ScalarTraitTable` in a few instructions: a property of the standard
/// library costs ~60 ns, and text outside ASCII asks several of them per character (a third
/// of a Japanese run's time before the table).
@usableFromInline
struct ScalarTraits: OptionSet, Sendable {
    @usableFromInline let rawValue: UInt8

    @inlinable @inline(__always)
    init(rawValue: UInt8) { self.rawValue = rawValue }

    // The traits are computed properties, not stored `static let`s: code inlined into other
    // modules (`UTF8Scanning.isAlphabetic` in a plugin) then folds them to constants instead of
    // calling a global's one-time initializer on every use.

    /// `isWhitespace`.
    @inlinable static var whitespace: ScalarTraits { ScalarTraits(rawValue: 1 << 0) }
    /// `isAlphabetic`.
    @inlinable static var alphabetic: ScalarTraits { ScalarTraits(rawValue: 1 << 1) }
    /// `isUppercase`.
    @inlinable static var uppercase: ScalarTraits { ScalarTraits(rawValue: 1 << 2) }
    /// `isLowercase`.
    @inlinable static var lowercase: ScalarTraits { ScalarTraits(rawValue: 1 << 3) }
    /// `changesWhenLowercased`.
    @inlinable static var changesWhenLowercased: ScalarTraits { ScalarTraits(rawValue: 1 << 4) }
    /// `numericType != nil`.
    @inlinable static var numeric: ScalarTraits { ScalarTraits(rawValue: 1 << 5) }
    /// Punctuation: any of the seven punctuation general categories.
    @inlinable static var punctuation: ScalarTraits { ScalarTraits(rawValue: 1 << 6) }
    /// Invisible: a format, control, separator, surrogate or unassigned code point that is
    /// not an emoji (the characters `Segmenter.kindOfOther` makes no token of).
    @inlinable static var invisible: ScalarTraits { ScalarTraits(rawValue: 1 << 7) }

    /// The traits of `scalar`, from the table.
    @inlinable @inline(__always)
    static func of(_ scalar: Unicode.Scalar) -> ScalarTraits {
        ScalarTraits(rawValue: ScalarTraitTable.traits(of: scalar.value))
    }

    /// Whether `value` is a CJK radical, symbol, kana, Bopomofo or ideograph (U+2E80–U+9FFF) or
    /// a Hangul syllable: characters without case, which neither are nor change when lowercased.
    /// Most characters of Chinese, Japanese and Korean text are answered by this test instead
    /// of the table.
    @inlinable @inline(__always)
    static func isCaselessCJK(_ value: UInt32) -> Bool {
        (value &- 0x2E80) <= 0x9FFF - 0x2E80 || (value &- 0xAC00) <= 0xD7A3 - 0xAC00
    }

    /// The traits of `scalar` read from its properties: what the table holds, computed.
    static func computed(_ scalar: Unicode.Scalar) -> ScalarTraits {
        let properties = scalar.properties
        var traits: ScalarTraits = []
        if properties.isWhitespace { traits.insert(.whitespace) }
        if properties.isAlphabetic { traits.insert(.alphabetic) }
        if properties.isUppercase { traits.insert(.uppercase) }
        if properties.isLowercase { traits.insert(.lowercase) }
        if properties.changesWhenLowercased { traits.insert(.changesWhenLowercased) }
        if properties.numericType != nil { traits.insert(.numeric) }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            traits.insert(.punctuation)
        case .format, .control, .unassigned, .surrogate, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            if !properties.isEmoji { traits.insert(.invisible) }
        default:
            break
        }
        return traits
    }
}
