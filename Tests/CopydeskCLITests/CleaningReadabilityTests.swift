import Foundation
import Testing

/// The promise, end to end: readability of a banner-tailed article equals that of its body.
struct CleaningReadabilityTests {
    private func figures(_ arguments: [String]) throws -> (stats: NSDictionary, readability: NSDictionary) {
        let result = try AnalyzeProcess.run(["--format", "json", "--plugins", "none"] + arguments)
        #expect(result.status == 0)
        let record = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        return (record["stats"] as! NSDictionary, record["readability"] as! NSDictionary)
    }

    @Test func readabilityOfTheScrapedPageEqualsThatOfItsBody() throws {
        let scraped = try figures(["--body-only", AnalyzeProcess.fixture("scraped-article.txt")])
        let body = try figures([AnalyzeProcess.fixture("scraped-article.body.txt")])
        #expect(scraped.stats == body.stats)
        #expect(scraped.readability == body.readability)
        let raw = try figures(["--no-clean", AnalyzeProcess.fixture("scraped-article.txt")])
        #expect(raw.stats != body.stats)  // without cleaning the banner and captions count
    }
}
