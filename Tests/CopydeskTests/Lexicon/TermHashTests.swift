import Testing
@testable import Copydesk

struct TermHashTests {
    @Test func foldsCaseAndApostrophes() {
        #expect(TermHash.hash("Don’t") == TermHash.hash("don't"))
        #expect(TermHash.hash("ÉCOLE") == TermHash.hash("école"))
        #expect(TermHash.hash("ЖУРНАЛ") == TermHash.hash("журнал"))
        #expect(TermHash.hash("Straße") == TermHash.hash("straße"))
        #expect(TermHash.hash("said") != TermHash.hash("says"))
    }

    /// Kana and ideographs, hashed from their bytes, hash as `mix` hashes their scalars; so do
    /// cut-off and broken sequences, whatever path takes them.
    @Test func cjkBytesHashAsTheirScalars() {
        for value in UInt32(0x3000)...0x9FFF {
            let scalar = Unicode.Scalar(value)!
            #expect(TermHash.hash(String(scalar)) == TermHash.mix(TermHash.empty, foldedScalar: value))
        }
        let broken: [[UInt8]] = [[0xE3, 0x41, 0x42], [0xE9, 0xBF], [0xE5], [0x61, 0xE4, 0xB8], [0xE3, 0x81, 0x82, 0xE3]]
        for bytes in broken {
            var expected = TermHash.empty
            var index = 0
            while index < bytes.count {   // the general rule: a lead byte with all its bytes decodes, masked
                let byte = bytes[index]
                if byte >= 0xE0 && index + 3 <= bytes.count {
                    let value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    expected = TermHash.mix(expected, foldedScalar: value)
                    index += 3
                } else {
                    let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    expected = (expected ^ UInt64(folded)) &* TermHash.prime
                    index += 1
                }
            }
            #expect(bytes.withUnsafeBufferPointer { TermHash.hash($0) } == expected, "\(bytes)")
        }
    }

    @Test func emptyIsTheBasis() {
        #expect(TermHash.hash("") == TermHash.empty)
    }

    /// Property: the inlined hash equals `hash` for ASCII, non-ASCII and mixed words.
    @Test func inlinedHashEqualsTheHash() {
        for word in ["", "a", "The", "COOKIES", "don't", "don’t", "café", "ÉCOLE", "naïve", "東京", "x-ray", "İstanbul", "KELVIN\u{212A}"] {
            var copy = word
            copy.withUTF8 { #expect(TermHash.hashInlined($0) == TermHash.hash($0), "\(word)") }
        }
    }

    /// A pair key depends on both words and their order, and a filter of pair keys keeps every
    /// pair it was given while turning most others away.
    @Test func pairKeysAreOrderedAndSpread() {
        let words = (0..<400).map { TermHash.hash("word\($0)") }
        #expect(TermHash.pair(words[0], words[1]) != TermHash.pair(words[1], words[0]))
        #expect(TermHash.pair(words[0], words[1]) != TermHash.pair(words[0], words[2]))
        var filter = TermFilter()
        for index in 0..<200 { filter.insert(TermHash.pair(words[index], words[index + 1])) }
        for index in 0..<200 { #expect(filter.mayContain(TermHash.pair(words[index], words[index + 1]))) }
        var passed = 0
        for index in 200..<399 where filter.mayContain(TermHash.pair(words[index + 1], words[index])) { passed += 1 }
        #expect(passed < 20)
    }
}
