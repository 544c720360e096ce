import Foundation
import Testing
import Copydesk
@testable import CopydeskCLI

struct StreamingJSONWriterTests {
    private func streamed(_ value: some Encodable) throws -> String? {
        var out: [UInt8] = []
        guard try StreamingJSONWriter().write(value, to: &out) else { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    struct Nested: Encodable {
        struct Inner: Encodable { var values: [Int]; var label: String? }
        var inner: Inner
        var list: [Inner]
        var empty: [String]
        var flag: Bool
    }

    @Test func writesNestedValuesInOrder() throws {
        let value = Nested(inner: .init(values: [1, 2], label: "x"), list: [.init(values: [], label: nil)], empty: [], flag: false)
        #expect(try streamed(value) == #"{"inner":{"values":[1,2],"label":"x"},"list":[{"values":[]}],"empty":[],"flag":false}"#)
    }

    /// Hand-written conformances that use nested containers in order stream too.
    struct ManualNesting: Encodable {
        enum Keys: String, CodingKey { case outer, tail }
        enum InnerKeys: String, CodingKey { case aValue }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var inner = container.nestedContainer(keyedBy: InnerKeys.self, forKey: .outer)
            try inner.encode(1, forKey: .aValue)
            var list = container.nestedUnkeyedContainer(forKey: .tail)
            try list.encode("a")
            try list.encode(2.5)
        }
    }

    @Test func streamsNestedContainersUsedInOrder() throws {
        #expect(try streamed(ManualNesting()) == #"{"outer":{"a_value":1},"tail":["a",2.5]}"#)
    }

    /// Writes to an inner container after the outer one moved on: legal, but not streamable.
    struct OutOfOrder: Encodable {
        enum Keys: String, CodingKey { case first, second }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var first = container.nestedUnkeyedContainer(forKey: .first)
            try container.encode("b", forKey: .second)
            try first.encode(1)
        }
    }

    @Test func refusesContainersUsedOutOfOrder() throws {
        #expect(try streamed(OutOfOrder()) == nil)
    }

    @Test func reportEncoderFallsBackToTheTreeForOutOfOrderValues() throws {
        var out = Array("prefix:".utf8)
        try ReportEncoder().encode(OutOfOrder(), into: &out)
        #expect(String(decoding: out, as: UTF8.self) == #"prefix:{"first":[1],"second":"b"}"#)
    }

    @Test func leavesTheBufferAsItWasOnError() {
        struct Bad: Encodable { var ok = 1; var value = Double.infinity }
        var out = Array("keep".utf8)
        #expect(throws: (any Error).self) { try ReportEncoder().encode(Bad(), into: &out) }
        #expect(String(decoding: out, as: UTF8.self) == "keep")
    }

    /// Straight into a byte buffer (how records are built): appended after what is there, the
    /// buffer cut back on error, the tree fallback appended too.
    @Test func appendsToAByteBuffer() throws {
        struct Bad: Encodable { var ok = 1; var value = Double.infinity }
        struct Good: Encodable { var score = 0.5; var label = "x" }
        let encoder = ReportEncoder()
        var buffer = JSONByteBuffer(capacity: 1)
        defer { buffer.deallocate() }
        buffer.append("keep:")
        #expect(throws: (any Error).self) { try encoder.encode(Bad(), into: &buffer) }
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == "keep:")
        try encoder.encode(Good(), into: &buffer)
        buffer.append(0x2C)
        try encoder.encode(OutOfOrder(), into: &buffer)
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == #"keep:{"score":0.5,"label":"x"},{"first":[1],"second":"b"}"#)
        let record = encoder.bytes { out in out.append("{}") }
        #expect(record == Array("{}".utf8))
    }

    @Test func valuesThatEncodeNothingBecomeEmptyObjects() throws {
        struct Nothing: Encodable { func encode(to encoder: any Encoder) throws {} }
        struct Holder: Encodable { var nothing = Nothing(); var after = 1 }
        #expect(try streamed(Holder()) == #"{"nothing":{},"after":1}"#)
        #expect(try streamed(Nothing()) == "{}")
    }

    @Test func wrappersEncodeIntoTheirOwnSlot() throws {
        struct Wrapper: Encodable {
            var wrapped: [Int]
            func encode(to encoder: any Encoder) throws {
                var single = encoder.singleValueContainer()
                try single.encode(wrapped)
            }
        }
        struct Holder: Encodable { var a: Wrapper; var b: Int? }
        #expect(try streamed(Holder(a: Wrapper(wrapped: [3]), b: nil)) == #"{"a":[3]}"#)
        #expect(try streamed([Optional<Int>.none, 4]) == "[null,4]")
    }

    @Test func reportsTheCodingPath() throws {
        struct Probe: Encodable {
            let seen: Box
            func encode(to encoder: any Encoder) throws {
                seen.path = encoder.codingPath.map(\.stringValue)
                var single = encoder.singleValueContainer()
                try single.encode(0)
            }
        }
        final class Box: @unchecked Sendable { var path: [String] = [] }
        struct Holder: Encodable { var outer: Inner }
        struct Inner: Encodable { var probe: Probe }
        let box = Box()
        _ = try streamed(Holder(outer: Inner(probe: Probe(seen: box))))
        #expect(box.path == ["outer", "probe"])
    }

    /// Optionals and arrays of the common scalars take a shortcut; the bytes are those of the
    /// general path (explicit nulls included).
    @Test func writesCommonValuesLikeTheirOwnEncoding() throws {
        struct Common: Encodable {
            enum Keys: String, CodingKey { case text, count, score, flag, maybeText, maybeCount, maybeScore, maybeFlag, ints, strings, doubles, nested }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode("a\"b", forKey: .text)
                try container.encode(-3, forKey: .count)
                try container.encode(0.25, forKey: .score)
                try container.encode(true, forKey: .flag)
                try container.encode(String?.none, forKey: .maybeText)
                try container.encode(Int?.some(7), forKey: .maybeCount)
                try container.encode(Double?.none, forKey: .maybeScore)
                try container.encode(Bool?.some(false), forKey: .maybeFlag)
                try container.encode([1, 2], forKey: .ints)
                try container.encode([String](), forKey: .strings)
                try container.encode([1.5, 2], forKey: .doubles)
                try container.encode([[Int?.none, 3]], forKey: .nested)
            }
        }
        #expect(try streamed(Common()) == #"{"text":"a\"b","count":-3,"score":0.25,"flag":true,"maybe_text":null,"maybe_count":7,"maybe_score":null,"maybe_flag":false,"ints":[1,2],"strings":[],"doubles":[1.5,2],"nested":[[null,3]]}"#)
        struct Infinite: Encodable { var values = [1, Double.infinity] }
        #expect(throws: (any Error).self) { try streamed(Infinite()) }
    }

    /// The same keys, written many times, come out the same (remembered after the first use).
    @Test func writesRepeatedKeysTheSame() throws {
        struct Item: Encodable { var quoteCount: Int; var firstParagraph: Int }
        let items = (0..<50).map { Item(quoteCount: $0, firstParagraph: 1) }
        let writer = StreamingJSONWriter()
        var first: [UInt8] = [], second: [UInt8] = []
        #expect(try writer.write(items, to: &first))
        #expect(try writer.write(items, to: &second))
        #expect(first == second)
        #expect(String(decoding: first, as: UTF8.self).hasPrefix(#"[{"quote_count":0,"first_paragraph":1},{"quote_count":1,"#))
    }

    /// Keys made at run time (a dictionary's), far more than the key cache holds, come out right
    /// each time they are written.
    @Test func writesManyRunTimeKeysRight() throws {
        let counts = Dictionary(uniqueKeysWithValues: (0..<2_000).map { ("word\($0)Count", $0) })
        let writer = StreamingJSONWriter()
        for _ in 0..<2 {
            var out: [UInt8] = []
            #expect(try writer.write(counts, to: &out))
            let parsed = try JSONSerialization.jsonObject(with: Data(out)) as! [String: Int]
            #expect(parsed.count == 2_000)
            for (key, value) in counts { #expect(parsed[ReportEncoder.snakeCased(key)] == value, "key \(key)") }
        }
    }

    /// Property: on the records of a real run the streamed JSON parses to the same object as
    /// Foundation's encoder gives.
    @Test func matchesFoundationOnSampleValues() throws {
        let value = Nested(inner: .init(values: [Int.max, -1], label: "tab\t\"q\" é"), list: [], empty: ["a"], flag: true)
        let ours = try #require(try streamed(value))
        let foundation = JSONEncoder()
        foundation.keyEncodingStrategy = .convertToSnakeCase
        let a = try JSONSerialization.jsonObject(with: Data(ours.utf8)) as! NSDictionary
        let b = try JSONSerialization.jsonObject(with: try foundation.encode(value)) as! NSDictionary
        #expect(a == b)
    }
}
