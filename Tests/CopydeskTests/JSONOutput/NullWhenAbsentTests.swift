import Foundation
import Testing
@testable import Copydesk

struct NullWhenAbsentTests {
    private struct Record: Encodable, Equatable {
        @NullWhenAbsent var title: String? = nil
        var plain: String?
    }

    private func encoded(_ record: Record) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }

    @Test func encodesAnAbsentValueAsNullWhereAPlainOptionalLeavesTheKeyOut() throws {
        #expect(try encoded(Record(title: nil, plain: nil)) == #"{"title":null}"#)
        #expect(try encoded(Record(title: "Dr", plain: "p")) == #"{"plain":"p","title":"Dr"}"#)
    }

    @Test func readsAndComparesAsTheOptional() {
        var record = Record(title: nil, plain: nil)
        #expect(record.title == nil)
        record.title = "Dr"
        #expect(record.title == "Dr")
        #expect(record == Record(title: "Dr", plain: nil))
        #expect(record != Record(title: nil, plain: nil))
        #expect(Record(plain: "p").title == nil)  // the memberwise default, as for a plain optional
    }
}
