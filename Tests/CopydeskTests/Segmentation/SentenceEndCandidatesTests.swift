import Testing
@testable import Copydesk

struct SentenceEndCandidatesTests {
    private func firstOffset(_ text: String) -> Int? {
        var copy = text
        return copy.withUTF8 { SentenceEndCandidates.firstOffset(in: $0) }
    }

    @Test func findsTheFirstTerminator() {
        #expect(firstOffset("The mayor said so") == nil)
        #expect(firstOffset("") == nil)
        #expect(firstOffset("The mayor said so.") == 17)
        #expect(firstOffset("Really? Yes!") == 6)
        #expect(firstOffset("Costs rose 2.5 percent") == 12)
        #expect(firstOffset("Line one\nline two") == 8)
    }

    @Test func passesOverTheQuotesAndDashesOfRunningText() {
        #expect(firstOffset("\u{201C}It\u{2019}s fine \u{2014} really\u{2026}\u{201D} she said") == nil)
        #expect(firstOffset("\u{AB}\u{A0}Bonjour\u{A0}\u{BB}, dit-il") == nil)
        #expect(firstOffset("\u{300C}東京\u{300D}\u{3001}大阪") == nil)
    }

    @Test func findsTerminatorsAndSeparatorsOutsideASCII() {
        #expect(firstOffset("東京に行った。") == 18)
        #expect(firstOffset("ماذا\u{061F}") == 8)
        #expect(firstOffset("नमस्ते\u{0964}") == 18)
        #expect(firstOffset("one\u{2029}two") == 3)
        #expect(firstOffset("one\u{85}two") == 3)
        #expect(firstOffset("one\u{2024}two") == 3)
        #expect(firstOffset("Ｈｉ\u{FF0E}") == 6)
    }

    /// The eight-byte test never misses a candidate, in any position, and passes plain text.
    @Test func chunkTestNeverMissesACandidate() {
        func chunk(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) } }
        let plain = Array("said it,".utf8)
        #expect(!SentenceEndCandidates.mayHoldCandidate(chunk(plain)))
        for candidate: UInt8 in [0x2E, 0x21, 0x3F, 0x0A, 0x0D, 0x80, 0xE3, 0xFF] {
            for position in 0..<8 {
                var bytes = plain
                bytes[position] = candidate
                #expect(SentenceEndCandidates.mayHoldCandidate(chunk(bytes)), "\(candidate) at \(position)")
            }
        }
        // Long stretches are read eight bytes at a time: the candidate is still found exactly.
        for position in 0..<40 {
            var bytes = Array(repeating: UInt8(ascii: "a"), count: 40)
            bytes[position] = 0x3F
            #expect(bytes.withUnsafeBufferPointer { SentenceEndCandidates.firstOffset(in: $0) } == position)
        }
    }

    @Test func readingStartsAtTheLastASCIIOrCJKCharacterBefore() {
        func start(_ text: String, before offset: Int) -> Int {
            var copy = text
            return copy.withUTF8 { SentenceEndCandidates.readingStart(before: offset, in: $0) }
        }
        #expect(start("one two.three", before: 7) == 6)
        #expect(start("one two.three", before: 0) == 0)
        #expect(start("Cafe\u{301}.", before: 6) == 3)         // the mark's letter
        #expect(start("東京に行った。", before: 18) == 15)
        #expect(start("\u{3099}\u{3099}。", before: 6) == 0)  // combining kana marks are passed over
        #expect(start("\u{E01}\u{E32}.", before: 6) == 0)     // Thai: back to the start
        #expect(start("a \u{E01}\u{E32}.", before: 8) == 1)
    }

    /// Every assigned scalar after which ICU ends a sentence ("word" + scalar + " Next word"):
    /// the scan must find it. This checks the claim the shortcut rests on against ICU itself.
    @Test func findsEveryScalarAfterWhichICUBreaks() throws {
        let iterator = try BreakIterator(kind: .sentence, locale: "en")
        var missed: [String] = []
        var breaking = 0
        var bytes: [UInt8] = []
        for value in UInt32(0)..<0x11_0000 {
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else { continue }
            bytes.removeAll(keepingCapacity: true)
            bytes.append(contentsOf: "word".utf8)
            bytes.append(contentsOf: String(scalar).utf8)
            bytes.append(contentsOf: " Next word".utf8)
            var interior = false
            try bytes.withUnsafeBufferPointer { buffer in
                try iterator.forEachBoundaryOffset(in: buffer) { offset in
                    if Int(offset) < buffer.count { interior = true }
                }
            }
            guard interior else { continue }
            breaking += 1
            let found = bytes.withUnsafeBufferPointer { SentenceEndCandidates.firstOffset(in: $0) }
            if found != 4 { missed.append(String(value, radix: 16)) }
        }
        #expect(breaking > 100)   // ICU 72: 157 terminators and separators
        #expect(missed.isEmpty)
    }

    /// The segmenter's shortcut gives ICU's own boundaries of whole paragraphs, on random text
    /// built from the pieces the sentence rules care about.
    @Test(arguments: 0..<4)
    func segmenterBoundariesEqualICUsOwn(seed: Int) throws {
        let pieces = ["The", "mayor", "U.S.", "Dr.", "e.g.", "3.5", "said", "it", ".", "!", "?", "?!", "...",
                      "\u{2026}", "\u{201C}", "\u{201D}", "\u{2019}", "\"", "'", ")", "(", " ", " ", " ", "  ",
                      "\u{A0}", "A", "b", "\u{3002}", "東京", "\u{0301}", "\u{200B}", "\u{2029}", "\u{85}",
                      "\u{2024}", "\u{FF0E}", "\u{061F}", "x", "Q.", "\t", "-", "\u{2014}", "1", "a.m."]
        var generator = SplitMix(seed: UInt64(seed))
        let segmenter = try Segmenter(language: .english)
        let iterator = try BreakIterator(kind: .sentence, locale: "en")
        for _ in 0..<400 {
            let count = Int.random(in: 0...30, using: &generator)
            var bytes: [UInt8] = []
            for _ in 0..<count {
                let piece = pieces.randomElement(using: &generator)!
                bytes.append(contentsOf: piece.utf8)
                if Bool.random(using: &generator) { bytes.append(0x20) }
            }
            try bytes.withUnsafeBufferPointer { buffer in
                var expected: [Int] = []
                try iterator.forEachBoundaryOffset(in: buffer) { expected.append(Int($0)) }
                var found: [Int] = []
                try segmenter.forEachSentenceBoundary(in: buffer) { found.append($0) }
                #expect(found == expected, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
            }
        }
    }
}
