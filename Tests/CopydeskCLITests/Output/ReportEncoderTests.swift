import Foundation
import Testing
@testable import CopydeskCLI

struct Sample: Encodable {
    struct Item: Encodable { var text: String; var start: Int32; var quoted: Bool }
    enum Kind: String, Encodable { case direct, indirect }
    var perThousandWords: Double
    var per1000Words: Double
    var items: [Item]
    var kind: Kind
    var title: String?
    var byCategory: [String: Int]
    var tiny: UInt8
    var ratio: Float
}

struct ReportEncoderTests {
    let value = Sample(perThousandWords: 2.5, per1000Words: 3, items: [.init(text: "a \"b\"\n", start: 4, quoted: true)],
                       kind: .indirect, title: nil, byCategory: ["x": 1], tiny: 7, ratio: 0.5)

    @Test func matchesFoundationsSnakeCaseKeysAndValues() throws {
        let ours = try ReportEncoder().encode(value)
        let foundation = JSONEncoder()
        foundation.keyEncodingStrategy = .convertToSnakeCase
        let theirs = try foundation.encode(value)
        let a = try JSONSerialization.jsonObject(with: Data(ours)) as! NSDictionary
        let b = try JSONSerialization.jsonObject(with: theirs) as! NSDictionary
        #expect(a == b)
    }

    @Test func keepsDeclarationOrder() throws {
        let text = String(decoding: try ReportEncoder().encode(value), as: UTF8.self)
        #expect(text.hasPrefix(#"{"per_thousand_words":2.5,"per1000_words":3,"items":[{"text":"a \"b\"\n","start":4,"quoted":true}],"kind":"indirect""#))
    }

    @Test func rejectsNonFiniteNumbers() {
        struct Bad: Encodable { var value = Double.nan }
        #expect(throws: (any Error).self) { try ReportEncoder().encode(Bad()) }
    }
}
