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

    /// `isWhitespace`.
    @usableFromInline static let whitespace = ScalarTraits(rawValue: 1 << 0)
    /// `isAlphabetic`.
    @usableFromInline static let alphabetic = ScalarTraits(rawValue: 1 << 1)
    /// `isUppercase`.
    @usableFromInline static let uppercase = ScalarTraits(rawValue: 1 << 2)
    /// `isLowercase`.
    @usableFromInline static let lowercase = ScalarTraits(rawValue: 1 << 3)
    /// `changesWhenLowercased`.
    @usableFromInline static let changesWhenLowercased = ScalarTraits(rawValue: 1 << 4)
    /// `numericType != nil`.
    @usableFromInline static let numeric = ScalarTraits(rawValue: 1 << 5)
    /// Punctuation: any of the seven punctuation general categories.
    @usableFromInline static let punctuation = ScalarTraits(rawValue: 1 << 6)
    /// Invisible: a format, control, separator, surrogate or unassigned code point that is
    /// not an emoji (the characters `Segmenter.kindOfOther` makes no token of).
    @usableFromInline static let invisible = ScalarTraits(rawValue: 1 << 7)

    /// The traits of `scalar`, from the table.
    @inlinable @inline(__always)
    static func of(_ scalar: Unicode.Scalar) -> ScalarTraits {
        ScalarTraits(rawValue: ScalarTraitTable.shared.traits(of: scalar.value))
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
