import Testing
@testable import Copydesk

struct ScalarTraitsTests {
    /// The standard library's answers for `scalar`, read here property by property.
    private static func expected(_ scalar: Unicode.Scalar) -> [String: Bool] {
        let p = scalar.properties
        let punctuation: Set<Unicode.GeneralCategory> = [
            .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation,
        ]
        let invisible: Set<Unicode.GeneralCategory> = [
            .format, .control, .unassigned, .surrogate, .lineSeparator, .paragraphSeparator, .spaceSeparator,
        ]
        return [
            "whitespace": p.isWhitespace, "alphabetic": p.isAlphabetic, "uppercase": p.isUppercase,
            "lowercase": p.isLowercase, "changesWhenLowercased": p.changesWhenLowercased,
            "numeric": p.numericType != nil, "punctuation": punctuation.contains(p.generalCategory),
            "invisible": invisible.contains(p.generalCategory) && !p.isEmoji,
        ]
    }

    private static func actual(_ traits: ScalarTraits) -> [String: Bool] {
        [
            "whitespace": traits.contains(.whitespace), "alphabetic": traits.contains(.alphabetic),
            "uppercase": traits.contains(.uppercase), "lowercase": traits.contains(.lowercase),
            "changesWhenLowercased": traits.contains(.changesWhenLowercased), "numeric": traits.contains(.numeric),
            "punctuation": traits.contains(.punctuation), "invisible": traits.contains(.invisible),
        ]
    }

    /// Property: for every scalar the table gives what the standard library's properties say,
    /// on its first answer (computed) and its second (stored).
    @Test(arguments: [0, 1, 2, 3, 14, 15, 16])
    func tableAgreesWithTheStandardLibraryInPlane(_ plane: Int) {
        var disagreements: [String] = []
        for value in UInt32(plane << 16)..<UInt32((plane + 1) << 16) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = Self.expected(scalar)
            for _ in 0..<2 where Self.actual(ScalarTraits.of(scalar)) != expected {
                disagreements.append("U+\(String(value, radix: 16, uppercase: true))")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    }

    /// Planes 4–13 hold no assigned character: a sample of them, from the table's far end too.
    @Test func unassignedPlanesAreInvisibleAndNothingElse() {
        for value in stride(from: UInt32(0x40000), through: 0xDFFFF, by: 0x1FF) {
            let scalar = Unicode.Scalar(value)!
            #expect(Self.actual(ScalarTraits.of(scalar)) == Self.expected(scalar))
            #expect(ScalarTraits.of(scalar) == .invisible)
        }
    }

    @Test func examples() {
        #expect(ScalarTraits.of("É") == [.alphabetic, .uppercase, .changesWhenLowercased])
        #expect(ScalarTraits.of("ß") == [.alphabetic, .lowercase])
        #expect(ScalarTraits.of("東") == [.alphabetic])
        #expect(ScalarTraits.of("三") == [.alphabetic, .numeric])           // a CJK numeral
        #expect(ScalarTraits.of("٣") == [.numeric])                          // Arabic-Indic three
        #expect(ScalarTraits.of("\u{3000}") == [.whitespace, .invisible])  // ideographic space
        #expect(ScalarTraits.of("。") == [.punctuation])
        #expect(ScalarTraits.of("\u{200D}") == [.invisible])                // zero-width joiner
        #expect(ScalarTraits.of("€") == [])                                  // a symbol
        #expect(ScalarTraits.of("😀") == [])                                 // an emoji: a symbol
    }

    /// Every scalar `isCaselessCJK` answers for is of neither case and does not change when
    /// lowercased; and the test holds for nothing outside its ranges.
    @Test func caselessCJKHaveNoCase() {
        var wrong: [UInt32] = []
        for value in UInt32(0)...0x10FFFF where ScalarTraits.isCaselessCJK(value) {
            guard let scalar = Unicode.Scalar(value) else { wrong.append(value); continue }
            let properties = scalar.properties
            if properties.isUppercase || properties.isLowercase || properties.changesWhenLowercased { wrong.append(value) }
        }
        #expect(wrong.isEmpty)
        #expect(ScalarTraits.isCaselessCJK(0x2E80) && ScalarTraits.isCaselessCJK(0x9FFF) && ScalarTraits.isCaselessCJK(0xAC00))
        #expect(!ScalarTraits.isCaselessCJK(0x2E7F) && !ScalarTraits.isCaselessCJK(0xA000) && !ScalarTraits.isCaselessCJK(0xD7A4))
        #expect(!ScalarTraits.isCaselessCJK(0x41) && !ScalarTraits.isCaselessCJK(0xFF21))   // A, fullwidth A
    }
}
