import Foundation
import Testing

/// `analyze clean`, end to end on a scraped article written for these tests.
struct CleanCommandTests {
    let fixture = AnalyzeProcess.fixture("scraped-article.txt")

    @Test func printsTheKeptTextWithTitleAndDek() throws {
        let result = try AnalyzeProcess.run(["clean", fixture])
        #expect(result.status == 0)
        let text = result.stdout
        #expect(text.hasPrefix("Coat Drive Breaks Its Own Record\n\nOrganizers say"))
        #expect(text.contains("The Riverside winter coat drive collected"))
        #expect(text.hasSuffix("before the end of December.\n"))
        for dropped in ["Lena Ortiz", "By Sam Price", "Share on Facebook", "Advertisement", "cookies", "Accept all"] {
            #expect(!text.contains(dropped), "\(dropped)")
        }
    }

    @Test func bodyOnlyLeavesOutTitleAndDek() throws {
        let result = try AnalyzeProcess.run(["clean", "--body-only", fixture])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("The Riverside winter coat drive"))
        #expect(!result.stdout.contains("Coat Drive Breaks"))
    }

    @Test func jsonLabelsEveryBlock() throws {
        let result = try AnalyzeProcess.run(["clean", "--format", "json", fixture])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let blocks = object["blocks"] as! [[String: Any]]
        func label(startingWith prefix: String) -> String? {
            blocks.first { ($0["text"] as! String).hasPrefix(prefix) }?["label"] as? String
        }
        #expect(label(startingWith: "Coat Drive") == "title")
        #expect(label(startingWith: "Organizers say") == "dek")
        #expect(label(startingWith: "By Sam Price") == "byline")
        #expect(label(startingWith: "Volunteers sort donated coats at the Riverside depot on Saturday. Lena") == "credit")
        #expect(blocks.first?["label"] as? String == "caption")
        #expect(label(startingWith: "The Riverside winter") == "body")
        #expect(label(startingWith: "Advertisement") == "boilerplate")
        #expect(label(startingWith: "We use cookies") == "boilerplate")
        #expect(blocks.allSatisfy { ($0["kept"] as! Bool) == ["body", "title", "dek"].contains($0["label"] as! String) })
    }

    @Test func readsStandardInput() throws {
        let text = try String(contentsOfFile: fixture, encoding: .utf8)
        let fromStdin = try AnalyzeProcess.run(["clean", "-"], stdin: text)
        let fromFile = try AnalyzeProcess.run(["clean", fixture])
        #expect(fromStdin.stdout == fromFile.stdout)
    }

    @Test func tellsAPageOnStandardInputByItsStart() throws {
        let page = "<!DOCTYPE html><html><head><title>Budget</title></head><body><nav>Home | World</nav><article><p>The mayor said the budget was fine, and the council agreed.</p></article></body></html>"
        let sniffed = try AnalyzeProcess.run(["clean"], stdin: page)
        let explicit = try AnalyzeProcess.run(["clean", "--input-format", "html", "-"], stdin: page)
        #expect(sniffed.status == 0 && sniffed.stdout == explicit.stdout)
        #expect(!sniffed.stdout.contains("<"))
    }

    @Test func missingFileIsAnInputError() throws {
        let result = try AnalyzeProcess.run(["clean", "no-such-article.txt"])
        #expect(result.status == 66)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no-such-article.txt"))
    }
}
