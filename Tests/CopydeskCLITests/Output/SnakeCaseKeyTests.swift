import Testing
import Copydesk
@testable import CopydeskCLI

struct SnakeCaseKeyTests {
    private func converted(_ key: String) -> String? {
        var out: [UInt8] = []
        guard SnakeCaseKey.append(key, to: &out) else { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    /// Expected values are what Foundation's `JSONEncoder` prints (checked by hand), odd ones included.
    @Test(arguments: [
        ("perThousandWords", "per_thousand_words"), ("per1000Words", "per1000_words"), ("myURLValue", "my_url_value"),
        ("URL", "u_rl"), ("a", "a"), ("", ""), ("already_snake", "already_snake"), ("ID", "i_d"), ("userID", "user_id"),
        ("_leading", "_leading"), ("x9Y", "x9_y"), ("ABCdef", "a_b_cdef"),
    ])
    func convertsLikeJSONEncoder(key: String, expected: String) {
        #expect(converted(key) == expected)
        #expect(ReportEncoder.snakeCased(key) == expected)
    }

    @Test func leavesNonASCIIKeysToTheStringConversion() {
        #expect(converted("größeWert") == nil)
    }

    /// Property: on random ASCII keys the byte conversion equals the `String` conversion.
    @Test func agreesWithTheStringConversionOnRandomKeys() {
        let alphabet = Array("aBcDeFxYz019_-URLid")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<2000 {
            let key = String((0..<(next() % 12)).map { _ in alphabet[next() % alphabet.count] })
            #expect(converted(key) == ReportEncoder.snakeCased(key), "key \(key)")
        }
    }

    private func quoted(_ key: String) -> String? {
        var buffer = JSONByteBuffer(capacity: 1)
        defer { buffer.deallocate() }
        let done = Array(key.utf8).withUnsafeBufferPointer { SnakeCaseKey.appendQuoted($0, to: &buffer) }
        return done ? String(decoding: buffer.bytes, as: UTF8.self) : nil
    }

    @Test func quotedFormAgreesWithTheConversion() {
        for key in ["perThousandWords", "per1000Words", "myURLValue", "a", "", "already_snake", "x9Y", "ABCdef", "with-dash"] {
            #expect(quoted(key) == "\"" + ReportEncoder.snakeCased(key) + "\"", "key \(key)")
        }
    }

    @Test func quotedFormLeavesKeysThatNeedEscapesOrAreNotASCII() {
        #expect(quoted("say\"hi") == nil)
        #expect(quoted("back\\slash") == nil)
        #expect(quoted("tab\there") == nil)
        #expect(quoted("größeWert") == nil)
    }
}
