import Testing
@testable import Copydesk

struct FoldedASCIIHashTests {
    /// `word`'s bytes folded to lower case, in text order from the low byte.
    private func folded(_ word: [UInt8]) -> UInt64 {
        word.enumerated().reduce(0) { chunk, element in
            let byte = element.element >= 0x41 && element.element <= 0x5A ? element.element | 0x20 : element.element
            return chunk | UInt64(byte) << UInt64(element.offset * 8)
        }
    }

    @Test func isTermHashOfEveryLengthUpToEight() {
        let words = ["", "a", "I", "to", "The", "News", "\u{7F}x~", "Brexit", "Reuters", "ABCDEFGH", "a-b_c.d"]
        for word in words {
            let bytes = Array(word.utf8)
            #expect(FoldedASCIIHash.hash(ofFoldedASCII: folded(bytes), length: bytes.count) == TermHash.hash(word), "\(word)")
        }
    }

    @Test func continuesASeedAsTermHashCombineDoes() {
        let seed = TermHash.hash("international")
        for tail in ["", "s", "ISATION", "ly"] {
            let bytes = Array(tail.utf8)
            let expected = bytes.withUnsafeBufferPointer { TermHash.combine(seed, $0) }
            #expect(FoldedASCIIHash.hash(ofFoldedASCII: folded(bytes), length: bytes.count, seed: seed) == expected, "\(tail)")
        }
    }

    @Test func inversePrimePowersUndoZeroSteps() {
        var power: UInt64 = 1
        for exponent in 0...8 {
            #expect(FoldedASCIIHash.inversePrimePower(exponent) &* power == 1, "\(exponent)")
            power &*= TermHash.prime
        }
    }
}
