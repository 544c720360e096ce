import Foundation
import Testing
@testable import Copydesk

/// `LanguageDetector` hashes ASCII words while it reads them and looks up only words short
/// enough to be stop words. These tests hold it to the plain two-pass version it replaced (kept
/// here as the reference): the same language for random text of every kind of byte that matters
/// (letters, apostrophes, initials, accented and non-Latin letters, long words, the 20,000-byte
/// limit) and for the shared corpora when they are present.
struct LanguageDetectorReferenceTests {
    /// The earlier detector: scans the bytes, then hashes each word's bytes again to look it up.
    struct Reference {
        let lists: TermTable<UInt8> = {
            var table = TermTable<UInt8>()
            for (position, language) in LanguageDetector.votingLanguages.enumerated() {
                for entry in StopWords.forLanguage(language).entries {
                    table[entry.key] = table[entry.key, default: 0] | UInt8(1 << position)
                }
            }
            return table
        }()

        func detect(_ text: String) -> Language {
            var copy = text
            return copy.withUTF8 { bytes in
                let limit = min(bytes.count, 20_000)
                var scripts = ScriptCounts()
                var votes = StopWordVotes()
                var index = 0, wordStart = -1, wordsSeen = 0
                func close(_ end: Int) {
                    if end < limit, bytes[end] == 0x2E, UTF8Scanning.scalar(at: wordStart, in: bytes).length == end - wordStart { return }
                    wordsSeen += 1
                    if let bits = lists[TermHash.hash(UnsafeBufferPointer(rebasing: bytes[wordStart..<end]))] { votes.add(bits) }
                }
                while index < limit {
                    let byte = bytes[index]
                    if byte < 0x80 {
                        if ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || (byte == 0x27 && wordStart >= 0) {
                            if wordStart < 0 { wordStart = index }
                            scripts.latin += 1
                        } else if wordStart >= 0 {
                            close(index)
                            wordStart = -1
                        }
                        index += 1
                        continue
                    }
                    let (scalar, length) = UTF8Scanning.scalar(at: index, in: bytes)
                    if scalar.properties.isAlphabetic || (wordStart >= 0 && scalar == "\u{2019}") {
                        if wordStart < 0 { wordStart = index }
                        scripts.add(scalar)
                    } else if wordStart >= 0 {
                        close(index)
                        wordStart = -1
                    }
                    index += length
                }
                if wordStart >= 0 { close(limit) }
                switch scripts.dominant {
                case .latin:
                    guard let best = votes.best, votes[best] * 100 >= wordsSeen * 8 else { return wordsSeen < 30 ? .english : .undetermined }
                    return LanguageDetector.votingLanguages[best]
                case .script(let language): return language
                case .none: return .undetermined
                }
            }
        }
    }

    /// Pieces random texts are made of: stop words of several lists in several cases, other
    /// words, long words, initials, apostrophes, accented, Cyrillic, CJK and Khmer letters.
    static let pieces = [
        "the", "The", "THE", "and", "of", "to", "in", "is", "that", "said", "budget", "council",
        "der", "die", "und", "nicht", "über", "Über", "während", "zwischen", "le", "la", "les", "et", "était", "à",
        "el", "los", "y", "que", "für", "il", "di", "che", "o", "não", "de", "het", "een", "niet",
        "don't", "don’t", "it's", "’s", "'", "’", "U.", "S.", "J.", "a.", "A", "e", "internationalization",
        "extraordinarily", "Мэр", "заявил", "что", "市長", "は", "អភិបាល", "Ünïcödé", "ÀÉÎÕÜ", "ǅ", "İstanbul",
        "123", "4.5", "—", "-", ".", ",", "!", "\n", " ", "  ", "\t", "“", "”", "(", ")",
    ]

    static func randomText(_ generator: inout SplitMix) -> String {
        var text = ""
        let count = Int(generator.next() % 120)
        for _ in 0..<count {
            text += pieces[Int(generator.next() % UInt64(pieces.count))]
            if generator.next() % 3 != 0 { text += " " }
        }
        return text
    }

    @Test func agreesWithTheReferenceOnRandomText() {
        let detector = LanguageDetector(), reference = Reference()
        var generator = SplitMix(seed: 8)
        for _ in 0..<20_000 {
            let text = Self.randomText(&generator)
            #expect(detector.detect(text) == reference.detect(text), "\(text)")
        }
    }

    @Test func agreesWithTheReferenceAtTheReadingLimit() {
        let detector = LanguageDetector(), reference = Reference()
        // Words, ASCII and not, that straddle byte 20,000.
        for filler in 19_990..<20_004 {
            for tail in ["the end", "über alles", "don’t stop", "A. B.", "市長は"] {
                let text = String(repeating: "x ", count: filler / 2) + (filler % 2 == 0 ? "" : "y") + tail
                #expect(detector.detect(text) == reference.detect(text))
            }
        }
    }

    static let corpora = ["news_en_10mb", "news_multi_fr_es_zh_km", "news_de_gnad", "news_ja_livedoor_4mb"]
        .map { "../shared/corpora/\($0).jsonl" }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: corpora[1])), arguments: corpora)
    func agreesWithTheReferenceOnTheSharedCorpora(_ path: String) throws {
        let detector = LanguageDetector(), reference = Reference()
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").prefix(1_500)
        for line in lines {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = object["text"] as? String else { continue }
            #expect(detector.detect(text) == reference.detect(text))
        }
    }
}
