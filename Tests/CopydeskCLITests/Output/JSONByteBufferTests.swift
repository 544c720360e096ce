import Foundation
import Testing
@testable import CopydeskCLI

struct JSONByteBufferTests {
    private func text(_ fill: (inout JSONByteBuffer) -> Void) -> String {
        var buffer = JSONByteBuffer(capacity: 1)
        defer { buffer.deallocate() }
        fill(&buffer)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    @Test(arguments: [0, 7, -7, 10, 1_000_000, Int.max, Int.min])
    func writesIntegersLikeTheStandardLibrary(value: Int) {
        #expect(text { $0.appendInteger(value) } == String(value))
    }

    @Test func writesUnsignedExtremes() {
        #expect(text { $0.appendInteger(UInt64.max) } == String(UInt64.max))
        #expect(text { $0.appendInteger(Int8.min) } == "-128")
    }

    @Test func escapesStringsLikeJSONText() {
        let samples = ["", "plain", "q\"b\\s", "line\nfeed\ttab\rret", "\u{01}\u{1F}", "Zürich 東京 🙂"]
        for sample in samples {
            var expected: [UInt8] = []
            JSONText.appendString(sample, to: &expected)
            #expect(text { $0.appendString(sample) } == String(decoding: expected, as: UTF8.self))
        }
    }

    @Test func growsPastItsCapacity() {
        let long = String(repeating: "ab\"", count: 5_000)
        let written = text { buffer in
            for _ in 0..<3 { buffer.appendString(long); buffer.append(0x2C) }
            buffer.append("null")
        }
        #expect(written.count == 3 * (5_000 * 4 + 3) + 4)
        #expect(written.hasSuffix(",null"))
    }
}
