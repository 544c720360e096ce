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
