/// Where ICU's sentence rules could end a sentence inside a stretch of text: at a sentence
/// terminator or a paragraph separator, and nowhere else.
///
/// In Unicode's sentence rules (UAX #29, which ICU's sentence iterator implements) every break
/// inside a text follows a character of class ATerm, STerm or Sep (line and paragraph
/// separators); all other characters only ever continue a sentence. So ICU needs to read a
/// paragraph only from just before its first such character: the stretch before it holds no
/// boundary, and the rules look back at most one character from a terminator (SB7: "Upper
/// ATerm × Upper", passing over combining marks). A paragraph without one is a single
/// sentence, and ICU need not read it at all.
///
/// The scan is conservative: every character of those classes in ICU 72 is found (a test runs
/// every assigned scalar through ICU and checks that each one after which it breaks is found,
/// and another compares boundaries on random text); a few more in newer Unicode versions may be
/// found too, which only makes ICU read more.
enum SentenceEndCandidates {
    /// The offset of the first character of `bytes` (UTF-8, with no CR or LF) that could end a
    /// sentence, or nil when there is none.
    static func firstOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var offset = 0
        let count = bytes.count
        while offset < count {
            if offset &+ 8 <= count && !mayHoldCandidate(UTF8Scanning.chunk(at: offset, in: bytes)) {
                offset &+= 8
                continue
            }
            let byte = bytes[offset]
            if byte < 0x80 {
                // . ! ? — and any line break a caller left in.
                if byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x0A || byte == 0x0D { return offset }
                offset &+= 1
                continue
            }
            let (scalar, length) = UTF8Scanning.scalar(at: offset, in: bytes)
            if isTerminatorOrSeparator(scalar) { return offset }
            offset &+= length
        }
        return nil
    }

    /// Whether eight bytes may hold a candidate (never false when one is there): a byte outside
    /// ASCII, a full stop, a question or exclamation mark, or a byte below 0x0E (line breaks;
    /// tabs and the like too, which the byte-by-byte test then passes over).
    @inline(__always)
    static func mayHoldCandidate(_ chunk: UInt64) -> Bool {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let belowLineFeedEnd = (chunk &- 0x0E0E_0E0E_0E0E_0E0E) & ~chunk & highBits
        return (chunk & highBits) | belowLineFeedEnd != 0
            || UTF8Scanning.hasZeroByte(chunk ^ 0x2E2E_2E2E_2E2E_2E2E)
            || UTF8Scanning.hasZeroByte(chunk ^ 0x2121_2121_2121_2121)
            || UTF8Scanning.hasZeroByte(chunk ^ 0x3F3F_3F3F_3F3F_3F3F)
    }

    /// Where ICU can start reading to find the boundaries after `offset` (the first candidate):
    /// the start of the last character before it that is ASCII, a kana, a CJK ideograph or a
    /// Hangul syllable, or 0. Such a character is never a combining mark or a format character,
    /// which the rules pass over when they look back one character from a full stop.
    static func readingStart(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = offset - 1
        while index > 0 {
            let byte = bytes[index]
            if byte < 0x80 { return index }
            if byte & 0xC0 != 0x80 && byte >= 0xE3 && byte <= 0xED {
                // A three-byte scalar from U+3000 to U+DFFF.
                switch UTF8Scanning.scalar(at: index, in: bytes).scalar.value {
                case 0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3: return index
                default: break
                }
            }
            index -= 1
        }
        return 0
    }

    /// Whether a scalar outside ASCII is of sentence-break class ATerm, STerm or Sep (or may be,
    /// in a newer Unicode version than ICU's).
    static func isTerminatorOrSeparator(_ scalar: Unicode.Scalar) -> Bool {
        // All such characters are punctuation, or (the separators) invisible.
        let traits = ScalarTraits.of(scalar)
        guard !traits.isDisjoint(with: [.punctuation, .invisible]) else { return false }
        switch scalar.value {
        // The punctuation of running text that is none: curly quotes, dashes, guillemets, the
        // ellipsis, the no-break space, and the CJK comma and brackets. Answered here, because
        // the standard library's property below costs a search.
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0xAB, 0xBB, 0x2026, 0xA0,
             0x3001, 0x300C, 0x300D, 0x300E, 0x300F, 0x30FB, 0xFF08, 0xFF09:
            return false
        // ATerm beside the full stop (ASCII, not asked here), and the separators NEL, LS, PS.
        case 0x2024, 0xFE52, 0xFF0E, 0x85, 0x2028, 0x2029:
            return true
        default:
            return scalar.properties.isSentenceTerminal
        }
    }
}
