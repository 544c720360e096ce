import Testing
@testable import Copydesk

struct BreakIteratorTests {
    /// The word boundaries of `text`, read from a private copy that is wiped and freed as soon
    /// as `iterator` returns (ICU then still points at it).
    private func boundaries(_ text: String, with iterator: BreakIterator) throws -> [Int32] {
        let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.utf8.count)
        _ = bytes.initialize(from: text.utf8)
        defer {
            bytes.update(repeating: 0xFF)  // stale reads would see invalid UTF-8, not the text
            bytes.deallocate()
        }
        var found: [Int32] = []
        try iterator.forEachBoundary(in: UnsafeBufferPointer(bytes)) { offset, _ in found.append(offset) }
        return found
    }

    @Test func findsWordBoundaries() throws {
        let iterator = try BreakIterator(kind: .word, locale: "en")
        #expect(try boundaries("The mayor said it.", with: iterator) == [3, 4, 9, 10, 14, 15, 17, 18])
    }

    /// The iterator keeps pointing at text after a call; the next call, on new text, binds it
    /// before reading, so freeing a document's text between calls is safe.
    @Test func reusesIteratorAfterItsTextIsFreed() throws {
        let reused = try BreakIterator(kind: .word, locale: "en")
        let texts = ["The mayor said the budget was fine.", "Short one.", "", "A much longer sentence, with commas; and more words than before!"]
        for round in 0..<3 {
            for text in texts {
                let fresh = try BreakIterator(kind: .word, locale: "en")
                #expect(try boundaries(text, with: reused) == boundaries(text, with: fresh), "round \(round): \(text)")
            }
        }
        #expect(try boundaries("Short one.", with: reused) == [5, 6, 9, 10])
    }

    @Test func reusesSentenceIteratorAfterItsTextIsFreed() throws {
        let reused = try BreakIterator(kind: .sentence, locale: "en")
        #expect(try boundaries("One sentence. And another one.", with: reused) == [14, 30])
        #expect(try boundaries("Only one", with: reused) == [8])
    }

    /// Offsets without rule statuses are the same boundaries, across batches too.
    @Test func offsetsOnlyMatchBoundariesWithStatuses() throws {
        let iterator = try BreakIterator(kind: .word, locale: "en")
        let text = String(repeating: "Words, and more words. ", count: 100)
        var bytes = Array(text.utf8)
        let withStatuses = try bytes.withUnsafeBufferPointer { buffer in
            var found: [Int32] = []
            try iterator.forEachBoundary(in: buffer) { offset, _ in found.append(offset) }
            return found
        }
        let offsetsOnly = try bytes.withUnsafeMutableBufferPointer { buffer in
            var found: [Int32] = []
            try iterator.forEachBoundaryOffset(in: UnsafeBufferPointer(buffer)) { offset in found.append(offset) }
            return found
        }
        #expect(withStatuses.count > 512)
        #expect(offsetsOnly == withStatuses)
    }
}

extension BreakIteratorTests {
    /// ICU reads such text from a UTF-16 copy; boundaries still come back as UTF-8 offsets,
    /// past two- and three-byte letters, curly quotes and a four-byte emoji.
    @Test func reportsUTF8OffsetsForNonASCIIText() throws {
        let iterator = try BreakIterator(kind: .word, locale: "en")
        let text = "Café 😀 naïve “quoted”."
        #expect(try boundaries(text, with: iterator) == [5, 6, 10, 11, 17, 18, 21, 27, 30, 31])
        var words: [Int32] = []
        var bytes = Array(text.utf8)
        try bytes.withUnsafeMutableBufferPointer { buffer in
            try iterator.forEachBoundary(in: UnsafeBufferPointer(buffer)) { offset, status in
                if (200..<300).contains(status) { words.append(offset) }
            }
        }
        #expect(words == [5, 17, 27])
    }

    /// Offsets past an ASCII prefix come from the table made with the UTF-16 copy, across
    /// batches too (more than 512 boundaries), with two-, three- and four-byte scalars.
    @Test func mapsOffsetsAfterAnASCIIPrefixAcrossBatches() throws {
        let iterator = try BreakIterator(kind: .word, locale: "en")
        let prefix = ["The", " ", "council", " ", "said", ":", " "]
        let piece = ["naïve", " ", "😀", " ", "“", "quoted", "”", " ", "words", ",", " ", "plain", " ", "ascii", " ", "text", " "]
        let segments = prefix + Array(Array(repeating: piece, count: 40).joined())
        var expected: [Int32] = []
        var offset = 0
        for segment in segments {
            offset += segment.utf8.count
            expected.append(Int32(offset))
        }
        #expect(expected.count > 512)
        #expect(try boundaries(segments.joined(), with: iterator) == expected)
    }

    /// Text over a megabyte is read in place (the copy's memory stays bounded), with the same
    /// boundaries as the copy gives for the same words.
    @Test func readsLongTextInPlace() throws {
        let iterator = try BreakIterator(kind: .word, locale: "en")
        let piece = "Le maire a dit “oui” 😀. "
        let long = String(repeating: piece, count: (1 << 20) / piece.utf8.count + 1)
        #expect(long.utf8.count > 1 << 20)
        let short = String(repeating: piece, count: 100)
        let longBoundaries = try boundaries(long, with: iterator)
        let shortBoundaries = try boundaries(short, with: iterator)
        #expect(Array(longBoundaries.prefix(shortBoundaries.count)) == shortBoundaries)
        #expect(longBoundaries.last == Int32(long.utf8.count))
    }

    /// Word segments of white space report status 0 without asking ICU (its word rules tag none
    /// of them); the words after them keep theirs. A sentence iterator still asks ICU for every
    /// segment: a sentence that starts with a line break is tagged as ended by one.
    @Test func whiteSpaceSegmentsHaveNoStatus() throws {
        func statuses(_ text: String, _ iterator: BreakIterator) throws -> [Int32] {
            var bytes = Array(text.utf8)
            return try bytes.withUnsafeMutableBufferPointer { buffer in
                var found: [Int32] = []
                try iterator.forEachBoundary(in: UnsafeBufferPointer(buffer)) { _, status in found.append(status) }
                return found
            }
        }
        // "Two", " ", "words", "\t", "12", " \u{301}", "x", "\r\n", "end"
        let words = try statuses("Two words\t12 \u{301}x\r\nend", BreakIterator(kind: .word, locale: "en"))
        #expect(words.count == 9)
        #expect(words.enumerated().allSatisfy { [1, 3, 5, 7].contains($0.offset) ? $0.element == 0 : $0.element >= 100 })
        let sentences = try statuses("Hi\n\nThere.", BreakIterator(kind: .sentence, locale: "en"))
        #expect(sentences == [100, 100, 0])
    }

    /// Invalid UTF-8 is read as ICU reads it in place: each bad byte a U+FFFD of its own.
    @Test func readsInvalidUTF8InPlace() throws {
        let iterator = try BreakIterator(kind: .word, locale: "en")
        var bytes: [UInt8] = [0x61, 0x62, 0xFF, 0x63, 0x20, 0xC3]
        let found = try bytes.withUnsafeMutableBufferPointer { buffer in
            var found: [Int32] = []
            try iterator.forEachBoundary(in: UnsafeBufferPointer(buffer)) { offset, _ in found.append(offset) }
            return found
        }
        #expect(found == [2, 3, 4, 5, 6])
    }

    /// Khmer goes to ICU's dictionary engine, which measures spans in the text's own code units
    /// (ICU 72 splits "នគ" in UTF-8 and not in UTF-16), so it is read in place as UTF-8: exactly
    /// as when an invalid byte after it forces that reading.
    @Test func readsDictionaryScriptsInPlace() throws {
        let iterator = try BreakIterator(kind: .word, locale: "km")
        let khmer = "នគ"
        var forced = Array(khmer.utf8) + [0xFF]
        let inPlace = try forced.withUnsafeMutableBufferPointer { buffer in
            var found: [Int32] = []
            try iterator.forEachBoundary(in: UnsafeBufferPointer(buffer)) { offset, _ in found.append(offset) }
            return found
        }
        #expect(try boundaries(khmer, with: iterator) == inPlace.dropLast())
    }

    /// Japanese, read from the UTF-16 copy, splits as it does read in place (forced, as above,
    /// by an invalid byte after it): ICU's CJK dictionary engine counts characters.
    @Test func readsJapaneseAlikeInBothEncodings() throws {
        let iterator = try BreakIterator(kind: .word, locale: "ja")
        let japanese = "東京都の小池百合子知事は、新型コロナウイルス対策について記者会見を開いた。"
        var forced = Array(japanese.utf8) + [0xFF]
        let inPlace = try forced.withUnsafeMutableBufferPointer { buffer in
            var found: [Int32] = []
            try iterator.forEachBoundary(in: UnsafeBufferPointer(buffer)) { offset, _ in found.append(offset) }
            return found
        }
        let copied = try boundaries(japanese, with: iterator)
        #expect(copied.count > 5)
        #expect(copied == inPlace.dropLast())
    }

    /// Two-byte characters, kana and ideographs are copied by their own decoders: beside ASCII,
    /// other scripts and emoji, and as the last character of the text, they give the boundaries
    /// of the text read in place.
    @Test func readsMixedScriptsAlikeInBothEncodings() throws {
        let texts = ["Tokyo 東京。", "a東", "東京都 said “OK” 😀 and 小池 Yuriko Koike, naïve.", "こんにちは", "x\u{3000}y\u{9FFF}",
                     "Москва и Санкт-Петербург", "Αθήνα, 2024", "שלום עולם", "مرحبا بالعالم", "Zürich ß \u{80}\u{7FF}", "ю"]
        let iterator = try BreakIterator(kind: .word, locale: "ja")
        for text in texts {
            var forced = Array(text.utf8) + [0xFF]
            let inPlace = try forced.withUnsafeMutableBufferPointer { buffer in
                var found: [Int32] = []
                try iterator.forEachBoundary(in: UnsafeBufferPointer(buffer)) { offset, status in found.append(offset &* 1000 &+ status) }
                return found
            }
            var copy = text
            let copied = try copy.withUTF8 { buffer in
                var found: [Int32] = []
                try iterator.forEachBoundary(in: buffer) { offset, status in found.append(offset &* 1000 &+ status) }
                return found
            }
            #expect(copied == Array(inPlace.dropLast()), "\(text)")
        }
    }
}

extension BreakIteratorTests {
    /// `nextWordSegments` reads batches of at most `wordSegmentCapacity` segments, without white
    /// space, with the statuses `forEachBoundary` reports, over text past an ASCII prefix.
    @Test func wordSegmentsMatchBoundariesAcrossBatches() throws {
        let iterator = try BreakIterator(kind: .word, locale: "en")
        let text = "The council said: " + String(repeating: "naïve 😀 “quoted” words,\tplain\nascii 12.5 text ", count: 80)
        var bytes = Array(text.utf8)
        try bytes.withUnsafeMutableBufferPointer { mutable in
            let buffer = UnsafeBufferPointer(mutable)
            var expected: [[Int32]] = []
            var start: Int32 = 0
            try iterator.forEachBoundary(in: buffer) { offset, status in
                if ![0x20, 0x09, 0x0A, 0x0D].contains(buffer[Int(start)]) { expected.append([start, offset, status]) }
                start = offset
            }
            var found: [[Int32]] = []
            var batches = 0
            try iterator.bind(buffer)
            while true {
                let count = iterator.nextWordSegments()
                batches += 1
                for index in 0..<count {
                    found.append([iterator.wordSegmentStarts[index], iterator.wordSegmentEnds[index], iterator.wordSegmentStatuses[index]])
                }
                if count < BreakIterator.wordSegmentCapacity { break }
            }
            #expect(batches > 1)
            #expect(found == expected)
        }
    }
}
