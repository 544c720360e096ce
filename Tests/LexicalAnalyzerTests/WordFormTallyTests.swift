import Copydesk
import Testing
@testable import LexicalAnalyzer

/// `LexicalAnalyzer.tally` counts `WordForm`s and MATTR's windows in one pass: the same as counting
/// every window of the word list on its own.
struct WordFormTallyTests {
    /// The forms and the sum of the type/token ratios of every full window, counted the slow way.
    static func reference(_ words: [String], window: Int) -> (distinct: Int, counts: [Int], windowTotal: Double) {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for word in words.map({ $0.lowercased() }) {
            if counts[word] == nil { order.append(word) }
            counts[word, default: 0] += 1
        }
        var total = 0.0
        if words.count >= window {
            for end in window...words.count {
                total += Double(Set(words[(end - window)..<end].map { $0.lowercased() }).count) / Double(window)
            }
        }
        return (order.count, order.map { counts[$0]! }, total)
    }

    @Test func oneIfZeroIsOneForZeroOnly() {
        for count: Int32 in [0, 1, 2, 49, 50, 1 << 20, .max] {
            #expect(LexicalAnalyzer.oneIfZero(count) == (count == 0 ? 1 : 0))
        }
    }

    @Test func matchesCountingEachWindow() throws {
        var generator = SystemRandomNumberGenerator()
        let vocabulary = ["Rain", "rain", "fell", "on", "the", "harbor", "town", "while", "nets", "mended", "quiet", "The"]
        for _ in 0..<40 {
            let words = (0..<Int.random(in: 0...140, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! }
            let document = try CoreAnalysis().analyze(text: words.joined(separator: " "), language: .english)
            for window in [1, 5, 50] {
                let tally = document.withUTF8 { bytes in
                    withUnsafeTemporaryAllocation(of: Int32.self, capacity: window) { recent in
                        LexicalAnalyzer.tally(tokens: document.tokens, hashes: document.tokenHashes, bytes: bytes, stopWords: StopWordSet.forLanguage(.english), recent: recent)
                    }
                }
                let expected = Self.reference(words, window: window)
                #expect(tally.words == words.count)
                #expect(tally.forms.count == expected.distinct)
                #expect(tally.forms.map { Int($0.count) } == expected.counts)
                #expect(abs(tally.windowTotal - expected.windowTotal) < 1e-9)
                #expect(tally.forms.allSatisfy { $0.inWindow >= 0 })
            }
        }
    }

    @Test func marksStopWordsAndListableForms() throws {
        let document = try CoreAnalysis().analyze(text: "The ox and the budget.", language: .english)
        let tally = document.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: 50) { recent in
                LexicalAnalyzer.tally(tokens: document.tokens, hashes: document.tokenHashes, bytes: bytes, stopWords: StopWordSet.forLanguage(.english), recent: recent)
            }
        }
        // the, ox, and, budget
        #expect(tally.forms.map(\.isNotStopWord) == [false, true, false, true])
        #expect(tally.forms.map(\.isListable) == [false, false, false, true])     // "ox" is too short to list
        #expect(tally.forms.map(\.first) == [0, 1, 2, 4])
        #expect(tally.content == 2)
    }
}
