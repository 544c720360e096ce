import Copydesk
import Testing
@testable import ToneAnalyzer

/// The scanner keys a possessive without its 's (straight or typographic apostrophe) and reads a
/// word ending in n't as a negation; other words with an apostrophe are keyed whole.
struct ToneCliticTests {
    @Test func possessiveIsKeyedWithoutItsSuffix() throws {
        let plain = try tone("The disaster toll hit the town.")
        for text in ["The disaster's toll hit the town.", "The disaster’s toll hit the town.", "The DISASTER'S toll hit the town."] {
            let report = try tone(text)
            #expect(report.drivers.map(\.term) == plain.drivers.map(\.term), "\(text)")
            #expect(report.drivers.first?.contribution == plain.drivers.first?.contribution, "\(text)")
            #expect(report.loadedTerms.first?.text.lowercased().hasPrefix("disaster") == true, "\(text)")
        }
    }

    @Test func negationEndsInNotWithEitherApostrophe() throws {
        let good = try score("The plan is good.")
        for text in ["The plan isn't good.", "The plan isn’t good.", "The plan ISN'T good.", "The plan wasn’t good."] {
            #expect(try score(text) < 0 && good > 0, "\(text)")
        }
        // An apostrophe before the last letter that ends no clitic: the word is keyed whole, and
        // is no entry ("ok" is one).
        #expect(try score("The plan is good, o'k.") == good)
        #expect(try score("The plan is good, ok.") != good)
    }

    @Test func shortTokensAtTheStartOfTheTextAreRead() throws {
        // A one-byte token first in the text: the byte before its last one is its own.
        #expect(try tone("'s good").score >= 0)
        #expect(try tone("a disaster").score < 0)
        #expect(try tone("'").sentences.count <= 1)
    }
}
