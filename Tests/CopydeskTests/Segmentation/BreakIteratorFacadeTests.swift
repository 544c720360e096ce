import CopydeskICU
import Testing

/// The C facade's own contract, below `BreakIterator`.
struct BreakIteratorFacadeTests {
    @Test func aCloneReadsNothingUntilTextIsBound() throws {
        var status: Int32 = 0
        let prototype = try #require(cd_break_open(CD_BREAK_WORD, "en", &status))
        defer { cd_break_close(prototype) }
        let text: [UInt8] = Array("Café au lait, s’il vous plaît.".utf8)
        var offsets = [Int32](repeating: 0, count: 64), statuses = [Int32](repeating: 0, count: 64)
        let read = text.withUnsafeBufferPointer { bytes in
            _ = cd_break_set_utf8(prototype, bytes.baseAddress, Int64(bytes.count), &status)
            return cd_break_next_batch(prototype, &offsets, &statuses, 64)
        }
        #expect(read > 0 && offsets[Int(read) - 1] == Int32(text.count))
        // ICU's clone shares the prototype's text; the facade's offset table is not shared.
        let clone = try #require(cd_break_clone(prototype, &status))
        defer { cd_break_close(clone) }
        #expect(cd_break_next_batch(clone, &offsets, &statuses, 64) == 0)
        let again = text.withUnsafeBufferPointer { bytes in
            _ = cd_break_set_utf8(clone, bytes.baseAddress, Int64(bytes.count), &status)
            return cd_break_next_batch(clone, &offsets, &statuses, 64)
        }
        #expect(again == read)
    }
}

extension BreakIteratorFacadeTests {
    /// Word segments leave out those starting with ASCII white space and report the others as
    /// `cd_break_next_batch` does (start = the boundary before), across small batches.
    @Test func wordSegmentsAreTheBoundariesWithoutWhiteSpace() throws {
        var status: Int32 = 0
        let iterator = try #require(cd_break_open(CD_BREAK_WORD, "en", &status))
        defer { cd_break_close(iterator) }
        let text = Array("Café au lait,\ts’il\r\nvous plaît — 12 fois. \u{A0}x".utf8)
        var offsets = [Int32](repeating: 0, count: 256), statuses = [Int32](repeating: 0, count: 256)
        var expected: [[Int32]] = []
        text.withUnsafeBufferPointer { bytes in
            _ = cd_break_set_utf8(iterator, bytes.baseAddress, Int64(bytes.count), &status)
            let count = Int(cd_break_next_batch(iterator, &offsets, &statuses, 256))
            var start: Int32 = 0
            for index in 0..<count {
                if ![0x20, 0x09, 0x0A, 0x0D].contains(bytes[Int(start)]) { expected.append([start, offsets[index], statuses[index]]) }
                start = offsets[index]
            }
        }
        var found: [[Int32]] = []
        var starts = [Int32](repeating: 0, count: 3), ends = starts, tags = starts
        text.withUnsafeBufferPointer { bytes in
            _ = cd_break_set_utf8(iterator, bytes.baseAddress, Int64(bytes.count), &status)
            while true {
                let count = Int(cd_break_next_words(iterator, &starts, &ends, &tags, 3))
                for index in 0..<count { found.append([starts[index], ends[index], tags[index]]) }
                if count < 3 { break }
            }
        }
        #expect(expected.count > 10)
        #expect(found == expected)
        let tab = Int32(try #require(text.firstIndex(of: 0x09)))
        #expect(!found.contains { $0[0] == tab })
        #expect(found.contains { $0[1] == tab })   // the comma before it
        #expect(found.contains { $0[2] >= 200 })
    }

    /// A sentence iterator, or one with no text bound, reads no word segments.
    @Test func wordSegmentsOnlyFromABoundWordIterator() throws {
        var status: Int32 = 0
        let words = try #require(cd_break_open(CD_BREAK_WORD, "en", &status))
        defer { cd_break_close(words) }
        let sentences = try #require(cd_break_open(CD_BREAK_SENTENCE, "en", &status))
        defer { cd_break_close(sentences) }
        var starts = [Int32](repeating: 0, count: 8), ends = starts, tags = starts
        #expect(cd_break_next_words(words, &starts, &ends, &tags, 8) == 0)
        let text = Array("One. Two.".utf8)
        text.withUnsafeBufferPointer { bytes in
            _ = cd_break_set_utf8(sentences, bytes.baseAddress, Int64(bytes.count), &status)
            #expect(cd_break_next_words(sentences, &starts, &ends, &tags, 8) == 0)
        }
    }
}
