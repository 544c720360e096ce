import Testing
@testable import Copydesk

struct BreakIteratorTests {
    /// The word boundaries of `text`, read from a private copy that is wiped and freed as soon
    /// as `iterator` returns (ICU then still points at it).
    private func boundaries(_ text: String, with iterator: BreakIterator) throws -> [Int32] {
        let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.utf8.count)
        _ = bytes.initialize(from: text.utf8)
        defer {
            bytes.update(repeating: 0xFF)  // stale reads would see invalid UTF-8, not the text
            bytes.deallocate()
        }
        var found: [Int32] = []
        try iterator.forEachBoundary(in: UnsafeBufferPointer(bytes)) { offset, _ in found.append(offset) }
        return found
    }

    @Test func findsWordBoundaries() throws {
        let iterator = try BreakIterator(kind: .word, locale: "en")
        #expect(try boundaries("The mayor said it.", with: iterator) == [3, 4, 9, 10, 14, 15, 17, 18])
    }

    /// The iterator keeps pointing at text after a call; the next call, on new text, binds it
    /// before reading, so freeing a document's text between calls is safe.
    @Test func reusesIteratorAfterItsTextIsFreed() throws {
        let reused = try BreakIterator(kind: .word, locale: "en")
        let texts = ["The mayor said the budget was fine.", "Short one.", "", "A much longer sentence, with commas; and more words than before!"]
        for round in 0..<3 {
            for text in texts {
                let fresh = try BreakIterator(kind: .word, locale: "en")
                #expect(try boundaries(text, with: reused) == boundaries(text, with: fresh), "round \(round): \(text)")
            }
        }
        #expect(try boundaries("Short one.", with: reused) == [5, 6, 9, 10])
    }

    @Test func reusesSentenceIteratorAfterItsTextIsFreed() throws {
        let reused = try BreakIterator(kind: .sentence, locale: "en")
        #expect(try boundaries("One sentence. And another one.", with: reused) == [14, 30])
        #expect(try boundaries("Only one", with: reused) == [8])
    }

    /// Offsets without rule statuses are the same boundaries, across batches too.
    @Test func offsetsOnlyMatchBoundariesWithStatuses() throws {
        let iterator = try BreakIterator(kind: .word, locale: "en")
        let text = String(repeating: "Words, and more words. ", count: 100)
        var bytes = Array(text.utf8)
        let withStatuses = try bytes.withUnsafeBufferPointer { buffer in
            var found: [Int32] = []
            try iterator.forEachBoundary(in: buffer) { offset, _ in found.append(offset) }
            return found
        }
        let offsetsOnly = try bytes.withUnsafeMutableBufferPointer { buffer in
            var found: [Int32] = []
            try iterator.forEachBoundaryOffset(in: UnsafeBufferPointer(buffer)) { offset in found.append(offset) }
            return found
        }
        #expect(withStatuses.count > 512)
        #expect(offsetsOnly == withStatuses)
    }
}
