import Foundation
import Testing
@testable import Copydesk

struct JSONWriterTests {
    /// A report with every kind of member the writer takes.
    private struct Sample: JSONWritable, Equatable {
        var count: Int
        var share: Double
        var label: String
        var flagged: Bool
        @NullWhenAbsent var note: String?
        @NullWhenAbsent var ratio: Double?
        @NullWhenAbsent var first: Mark?
        var marks: [Mark]
        var sentences: [Int]
        var words: [String]
        var scores: [Double]

        enum CodingKeys: String, CodingKey {
            case count, share, label, flagged, note, ratio, first, marks, sentences, words, scores
        }

        func writeJSON(to json: inout JSONWriter) throws {
            json.beginObject()
            json.key("count"); json.integer(count)
            json.key("share"); try json.number(share)
            json.key("label"); json.string(label)
            json.key("flagged"); json.bool(flagged)
            json.key("note"); json.string(note)
            json.key("ratio"); try json.number(ratio)
            json.key("first"); try json.value(first)
            json.key("marks"); try json.array(marks)
            json.key("sentences"); json.array(sentences)
            json.key("words"); json.array(words)
            json.key("scores"); try json.array(scores)
            json.endObject()
        }
    }

    private struct Mark: JSONWritable, Equatable {
        var text: String
        var inQuote: Bool

        enum CodingKeys: String, CodingKey {
            case text
            case inQuote = "in_quote"
        }

        func writeJSON(to json: inout JSONWriter) throws {
            json.beginObject()
            json.key("text"); json.string(text)
            json.key("in_quote"); json.bool(inQuote)
            json.endObject()
        }
    }

    private func text(_ value: some JSONWritable) throws -> String {
        String(decoding: try JSONWriter.bytes(of: value), as: UTF8.self)
    }

    private let sample = Sample(
        count: 3, share: 0.25, label: "say \"hi\"\n", flagged: true, note: nil, ratio: 1.5,
        first: Mark(text: "may", inQuote: false), marks: [Mark(text: "Zürich 🙂", inQuote: true), Mark(text: "", inQuote: false)],
        sentences: [0, 2], words: ["a\\b", "東京"], scores: [-0.5, 2, 1e-5])

    @Test func writesMembersInOrderWithCommasAndNulls() throws {
        let expected = #"{"count":3,"share":0.25,"label":"say \"hi\"\n","flagged":true,"note":null,"ratio":1.5,"#
            + #""first":{"text":"may","in_quote":false},"marks":[{"text":"Zürich 🙂","in_quote":true},{"text":"","in_quote":false}],"#
            + #""sentences":[0,2],"words":["a\\b","東京"],"scores":[-0.5,2,1e-05]}"#
        #expect(try text(sample) == expected)
    }

    @Test func writesEmptyContainersAndAbsentValues() throws {
        let empty = Sample(count: 0, share: 0, label: "", flagged: false, note: nil, ratio: nil, first: nil, marks: [], sentences: [], words: [], scores: [])
        #expect(try text(empty) == #"{"count":0,"share":0,"label":"","flagged":false,"note":null,"ratio":null,"first":null,"marks":[],"sentences":[],"words":[],"scores":[]}"#)
    }

    /// The contract of `JSONWritable`, checked against Foundation: the same members and values
    /// as the synthesized conformance encoded with `.convertToSnakeCase`.
    @Test func agreesWithFoundationsEncoder() throws {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        for value in [sample, Sample(count: -7, share: 1.0 / 3, label: "\u{01}\t", flagged: false, note: "n", ratio: nil, first: nil, marks: [], sentences: [5], words: [], scores: [])] {
            let fast = try JSONSerialization.jsonObject(with: Data(try JSONWriter.bytes(of: value))) as? NSDictionary
            let encoded = try JSONSerialization.jsonObject(with: encoder.encode(value)) as? NSDictionary
            #expect(fast != nil && fast == encoded)
        }
    }

    /// Numbers as every record writes them: integral values as integers, others as their
    /// shortest decimal (`description`).
    @Test(arguments: [0.0, -0.0, 3.0, -12.0, 0.5, -0.4685, 0.0001, 1.0 / 3, 0.1 + 0.2, 5e-5, 1e15, 2.5e20, 123_456.789, 1e-300])
    func writesNumbersLikeRecords(value: Double) throws {
        struct Number: JSONWritable {
            var value: Double
            func writeJSON(to json: inout JSONWriter) throws { try json.number(value) }
        }
        let expected = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : value.description
        #expect(try text(Number(value: value)) == expected)
    }

    @Test func refusesNumbersThatAreNotFinite() {
        struct Number: JSONWritable {
            var value: Double
            func writeJSON(to json: inout JSONWriter) throws {
                json.beginArray()
                try json.number(value)
                json.endArray()
            }
        }
        for value in [Double.nan, .infinity, -.infinity] {
            #expect(throws: JSONWriter.NonFiniteNumber.self) { try JSONWriter.bytes(of: Number(value: value)) }
        }
        #expect(JSONWriter.NonFiniteNumber(value: .infinity).description == "inf is not a JSON number")
    }

    /// Strings are escaped by the one escaper (`JSONText`), short and long, escapes anywhere.
    @Test func escapesStringsLikeJSONText() throws {
        struct Words: JSONWritable {
            var words: [String]
            func writeJSON(to json: inout JSONWriter) throws { json.array(words) }
        }
        let pieces = ["abcdefg", "h", "\"", "\\", "\n", "\u{7}", "é", "東京", "🙂", " ", "\u{1F}", "~"]
        var state: UInt64 = 0x1234_5678
        var words: [String] = []
        for _ in 0..<300 {
            var word = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1
            for _ in 0..<Int(state >> 59) {
                state = state &* 6_364_136_223_846_793_005 &+ 1
                word += pieces[Int(state >> 33) % pieces.count]
            }
            words.append(word)
        }
        var expected: [UInt8] = [0x5B]
        for (index, word) in words.enumerated() {
            if index > 0 { expected.append(0x2C) }
            JSONText.appendString(word, to: &expected)
        }
        expected.append(0x5D)
        #expect(try JSONWriter.bytes(of: Words(words: words)) == expected)
        let parsed = try JSONSerialization.jsonObject(with: Data(expected)) as? [String]
        #expect(parsed == words)
    }

    /// Keys of every length up to past a word: the short copies cover each.
    @Test func writesKeysOfEveryLength() throws {
        struct Keys: JSONWritable {
            func writeJSON(to json: inout JSONWriter) throws {
                json.beginObject()
                json.key(""); json.integer(0)
                json.key("a"); json.integer(1)
                json.key("abc"); json.integer(3)
                json.key("abcd"); json.integer(4)
                json.key("abcdefg"); json.integer(7)
                json.key("abcdefgh"); json.integer(8)
                json.key("abcdefghijklmnop"); json.integer(16)
                json.key("abcdefghijklmnopq"); json.integer(17)
                json.key(escaping: "word \"x\""); json.null()
                json.endObject()
            }
        }
        #expect(try text(Keys()) == #"{"":0,"a":1,"abc":3,"abcd":4,"abcdefg":7,"abcdefgh":8,"abcdefghijklmnop":16,"abcdefghijklmnopq":17,"word \"x\"":null}"#)
    }

    @Test func leavesTheOutputAsItWasWhenAValueThrows() throws {
        struct Failing: JSONWritable {
            func writeJSON(to json: inout JSONWriter) throws {
                json.beginObject()
                json.key("fine"); json.string(String(repeating: "x", count: 5_000))
                json.key("bad"); try json.number(.nan)
                json.endObject()
            }
        }
        var buffer = JSONByteBuffer(capacity: 1)
        defer { buffer.deallocate() }
        buffer.append("keep")
        #expect(throws: (any Error).self) { try JSONWriter.write(Failing(), appendingTo: &buffer) }
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == "keep")
        try JSONWriter.write(Mark(text: "x", inQuote: true), appendingTo: &buffer)
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == #"keep{"text":"x","in_quote":true}"#)
    }
}
