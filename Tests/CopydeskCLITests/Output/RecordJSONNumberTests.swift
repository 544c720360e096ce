import Testing
import Copydesk
@testable import CopydeskCLI

struct RecordJSONNumberTests {
    @Test(arguments: [0, 3, -7, 21.333333, 1.72, 0.27, -0.46849, 1e15, 1e16, 123_456.78915, .nan, .infinity, -.infinity, 5e-5, 4e-5,
                      -4e-5, 2.99999, -2.99996, 99_999_999_999.99996, 99_999_999_999.9999, 1e11 + 0.5, 0.1 + 0.2, 1e-300, -1e300, 7.0001])
    func appendsWhatNumberGives(value: Double) {
        var out = JSONByteBuffer(capacity: 1)
        defer { out.deallocate() }
        out.append(0x3A)
        RecordJSON.appendNumber(value, to: &out)
        #expect(String(decoding: out.bytes, as: UTF8.self) == ":" + RecordJSON.number(value))
    }
}
