import Copydesk
import CopydeskBuiltins
import Foundation
import Testing
@testable import CopydeskCLI

struct ExecPluginRequestTests {
    /// The request's ranges are the document's, in Unicode scalar offsets, with each token's
    /// kind: read back with Foundation's parser, for text with accents, emoji, CJK and numbers.
    @Test(arguments: [
        "The council voted 7–2 on Tuesday. “We won,” she said.",
        "Zürich’s café closed. 東京は晴れ。 Prices rose 3.5 % 👍🏽 overall.\n\nA second paragraph.",
        "",
    ])
    func requestCarriesTheDocumentsRanges(_ text: String) throws {
        let pipeline = try Pipeline(registry: AnalyzerRegistry(BuiltinAnalyzers.all), requested: [])
        let document = try #require(pipeline.run(id: "doc \"1\"", source: "s", text: text, language: nil, core: CoreAnalysis()).document)
        let line = ExecPlugin.request(for: document)
        #expect(!line.contains(0x0A))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
        #expect(object["id"] as? String == "doc \"1\"")
        #expect(object["text"] as? String == document.text)
        func pairs(_ key: String) -> [[Int]] { (object[key] as? [[Int]]) ?? [] }
        let offsets = { (range: TextRange) in [document.scalarOffset(range.start), document.scalarOffset(range.end)] }
        #expect(pairs("paragraphs") == document.paragraphs.map { offsets($0.range) })
        #expect(pairs("sentences") == document.sentences.map { offsets($0.range) })
        let tokens = try #require(object["tokens"] as? [[Any]])
        #expect(tokens.count == document.tokens.count)
        for (token, sent) in zip(document.tokens, tokens) {
            #expect(sent.count == 3)
            #expect(sent[0] as? Int == document.scalarOffset(token.range.start))
            #expect(sent[1] as? Int == document.scalarOffset(token.range.end))
            #expect(sent[2] as? String == token.kind.name)
        }
    }

    /// The kinds' raw values index the request's table of kind names.
    @Test func tokenKindRawValuesAreTheirCaseOrder() {
        #expect(TokenKind.allCases.map { Int($0.rawValue) } == Array(0..<TokenKind.allCases.count))
    }
}
