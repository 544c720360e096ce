import Testing
@testable import Copydesk

struct ASCIIWordFilterTests {
    /// Whether `filter` may hold `word`, read in the middle of a text and at its very end (where
    /// fewer than eight bytes follow the word's start): both must answer the same.
    private func mayContain(_ word: String, _ filter: ASCIIWordFilter) -> Bool {
        var inText = "The " + word + ", and more text after it"
        var atEnd = "x " + word
        let middle = inText.withUTF8 { filter.mayContain(from: 4, to: 4 + word.utf8.count, in: $0) }
        let end = atEnd.withUTF8 { filter.mayContain(from: 2, to: $0.count, in: $0) }
        #expect(middle == end, "\(word)")
        return middle
    }

    @Test func insertedWordsPassInAnyCase() {
        var filter = ASCIIWordFilter()
        let words = ["the", "subscribe", "don't", "2024", "a", "newsletters"]
        for word in words { filter.insert(word) }
        for word in words {
            #expect(mayContain(word, filter))
            #expect(mayContain(word.uppercased(), filter))
            #expect(mayContain(word.prefix(1).uppercased() + word.dropFirst(), filter))
        }
    }

    @Test func keyDependsOnTheWordOnly() {
        var a = "cookie policy"
        var b = "cookies!"
        let first = a.withUTF8 { ASCIIWordFilter.key(from: 0, to: 6, in: $0) }
        let second = b.withUTF8 { ASCIIWordFilter.key(from: 0, to: 6, in: $0) }
        #expect(first == second)
        let longer = b.withUTF8 { ASCIIWordFilter.key(from: 0, to: 7, in: $0) }
        #expect(first != longer)
    }

    /// Property: with a few hundred words inserted, few other words pass.
    @Test func mostOtherWordsAreTurnedAway() {
        var filter = ASCIIWordFilter()
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        func randomWord() -> String {
            String((0..<Int.random(in: 4...12, using: &generator)).map { _ in letters.randomElement(using: &generator)! })
        }
        let inserted = Set((0..<500).map { _ in randomWord() })
        for word in inserted { filter.insert(word) }
        var passed = 0, tried = 0
        while tried < 5_000 {
            let word = randomWord()
            guard !inserted.contains(word) else { continue }
            tried += 1
            if mayContain(word, filter) { passed += 1 }
        }
        #expect(passed < 100)   // about 0.3 % expected
    }
}
