import Testing
@testable import Copydesk

struct BoilerplateVocabularyTests {
    /// Reads `entries` with `read`, one after another.
    private func reader(_ entries: [String], _ read: (inout BoilerplateVocabulary.Reader, String) -> Void) -> BoilerplateVocabulary.Reader {
        var reader = BoilerplateVocabulary.Reader()
        for entry in entries { read(&reader, entry) }
        return reader
    }

    /// Property: an entry read from its bytes gives what reading it as text gives — the phrases
    /// with their strengths, the longest phrase, the words of phrases and the spellings, in order.
    @Test func readingBytesAgreesWithReadingText() {
        var entries = ["cookie", "!cookie policy", "@getty images", "!", "@", "! cookie", "!all  rights reserved",
                       "read more", "Read More", "!cookie", "café crème", "!e\u{301}té", "!\u{301}x", "a\tb c", "x y z w v"]
        for language in [Language.english, .german, .french, .spanish] {
            for file in ["boilerplate/en.txt", "boilerplate/\(language.rawValue).txt"] {
                entries += WordList.entries(file)
            }
        }
        let fromBytes = reader(entries) { reader, entry in
            var copy = entry
            copy.withUTF8 { reader.read($0) }
        }
        let fromText = reader(entries) { reader, entry in reader.read(entry) }
        #expect(fromBytes.spellings == fromText.spellings)
        #expect(fromBytes.phraseWords == fromText.phraseWords)
        #expect(fromBytes.longest == fromText.longest)
        #expect(fromBytes.phrases.count == fromText.phrases.count)
        for (key, strength) in fromText.phrases.entries { #expect(fromBytes.phrases[key] == strength) }
        #expect(fromText.longest == 5)
        #expect(fromText.phrases[TermHash.hash("cookie")] == .strong)          // the later entry wins
        #expect(fromText.phrases[TermHash.hash("all rights reserved")] == .strong)
        #expect(fromText.phrases[TermHash.hash("getty images")] == .credit)
    }
}
