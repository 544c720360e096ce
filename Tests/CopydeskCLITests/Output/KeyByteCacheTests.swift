import Testing
import Copydesk
@testable import CopydeskCLI

struct KeyByteCacheTests {
    private func cached(_ cache: KeyByteCache, _ key: String) -> String? {
        var buffer = JSONByteBuffer(capacity: 1)
        defer { buffer.deallocate() }
        guard cache.append(key, to: &buffer) else { return nil }
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    private func remember(_ cache: KeyByteCache, _ key: String, _ json: String) {
        Array(json.utf8).withUnsafeBufferPointer { cache.remember(key, json: $0) }
    }

    @Test func givesBackWhatWasRememberedForShortAndLongKeys() {
        let cache = KeyByteCache()
        let short = "quoteParts", long = "anonymousMajorityOfTheSources"
        #expect(cached(cache, short) == nil)
        remember(cache, short, #""quote_parts":"#)
        remember(cache, long, #""anonymous_majority_of_the_sources":"#)
        #expect(cached(cache, short) == #""quote_parts":"#)
        #expect(cached(cache, long) == #""anonymous_majority_of_the_sources":"#)
    }

    @Test func aStringBuiltAtRunTimeWithTheSameTextIsAtMostAMiss() {
        let cache = KeyByteCache()
        let literal = "averageSentenceLengthInWords"
        remember(cache, literal, #""average_sentence_length_in_words":"#)
        let built = String(literal.reversed().reversed())
        let hit = cached(cache, built)
        #expect(hit == nil || hit == #""average_sentence_length_in_words":"#)
    }

    @Test func neverConfusesDifferentKeys() {
        let cache = KeyByteCache()
        let keys = (0..<3000).map { "key\($0)Value" }
        for key in keys { remember(cache, key, "\"\(key)\":") }
        for key in keys {
            let hit = cached(cache, key)
            #expect(hit == nil || hit == "\"\(key)\":", "key \(key)")
        }
        // The most recent key is still there.
        #expect(cached(cache, keys.last!) == "\"\(keys.last!)\":")
    }

    /// A key read where it lies, as a `String` or inside a `String?`, is the same key.
    @Test func findsKeysReadInPlace() {
        let cache = KeyByteCache()
        let short = "fleschReadingEase", long = "formula is for English text only"
        remember(cache, short, #""flesch_reading_ease":"#)
        remember(cache, long, #""formula is for English text only""#)
        func inPlace<Value>(_ value: Value) -> String? {
            var buffer = JSONByteBuffer(capacity: 1)
            defer { buffer.deallocate() }
            let found = withUnsafePointer(to: value) { cache.append(stringAt: $0, to: &buffer) }
            return found ? String(decoding: buffer.bytes, as: UTF8.self) : nil
        }
        #expect(inPlace(short) == #""flesch_reading_ease":"#)
        #expect(inPlace(Optional(short)) == #""flesch_reading_ease":"#)
        #expect(inPlace(long) == #""formula is for English text only""#)
        #expect(inPlace(Optional(long)) == #""formula is for English text only""#)
        #expect(inPlace("unknownKey") == nil)
    }

    /// Keys remembered by position: each slot gives back its own key's JSON, and nothing for
    /// another key or a slot past the table.
    @Test func remembersKeysByPosition() {
        let cache = KeyByteCache(slotCount: 4)
        let keys = ["flesch_reading_ease", "gunning_fog", "a key built at run time: \(42)"]
        for (slot, key) in keys.enumerated() {
            Array("\"\(key)\":".utf8).withUnsafeBufferPointer { cache.remember(key, json: $0, slot: slot) }
        }
        Array("x".utf8).withUnsafeBufferPointer { cache.remember("beyond", json: $0, slot: 4) }
        func inSlot(_ key: String, _ slot: Int) -> String? {
            var buffer = JSONByteBuffer(capacity: 1)
            defer { buffer.deallocate() }
            let found = withUnsafePointer(to: key) { cache.append(stringAt: $0, slot: slot, to: &buffer) }
            return found ? String(decoding: buffer.bytes, as: UTF8.self) : nil
        }
        for (slot, key) in keys.enumerated() {
            #expect(inSlot(key, slot) == "\"\(key)\":")
            #expect(inSlot(key, (slot + 1) % 3) == nil)
        }
        #expect(inSlot("beyond", 4) == nil)
        #expect(inSlot("unknown", 3) == nil)
    }

    @Test func doesNotRememberJSONLongerThanASlot() {
        let cache = KeyByteCache()
        let key = String(repeating: "x", count: KeyByteCache.slotSize)
        remember(cache, key, "\"\(key)\":")
        #expect(cached(cache, key) == nil)
    }
}
