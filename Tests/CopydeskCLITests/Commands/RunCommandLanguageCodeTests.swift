import Copydesk
import Testing
@testable import CopydeskCLI

struct RunCommandLanguageCodeTests {
    /// A record's language code means what `Language(rawValue:)` makes of it, whether it is
    /// canonical, in capitals, with a region, empty or unknown.
    @Test(arguments: ["en", "de", "zh", "und", "EN", "en-GB", "pt_BR", "", "-", "xx", "tlh", "En", "en "])
    func agreesWithLanguageRawValue(code: String) {
        #expect(RunCommand.language(code: code) == Language(rawValue: code))
    }

    /// Every canonical language is its own code's answer.
    @Test func canonicalLanguagesAreCanonical() {
        for language in RunCommand.canonicalLanguages {
            #expect(Language(rawValue: language.rawValue) == language)
        }
    }
}
