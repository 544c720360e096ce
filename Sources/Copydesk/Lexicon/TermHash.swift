/// A 64-bit case-folded hash of a word's UTF-8 bytes, used as the key of word lists and lexicons
/// so that looking a token up never allocates a `String`.
///
/// Folding: ASCII and the common Latin-1, Greek and Cyrillic capitals are lowercased inline;
/// other capitals through Unicode's lowercase mapping. The typographic apostrophe (U+2019) hashes
/// like `'`, so "don’t" and "don't" are the same key. The hash is FNV-1a over the folded bytes; with
/// 64 bits, collisions between different words are negligible for lists of any realistic size.
public enum TermHash {
    /// The FNV-1a offset basis: the hash of the empty string.
    public static let empty: UInt64 = 0xcbf2_9ce4_8422_2325
    @usableFromInline static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Hash of one word given as UTF-8 bytes.
    @inlinable
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        combine(empty, bytes)
    }

    /// `hash(_:)`, with a loop over the word's leading ASCII bytes inlined at the caller (most
    /// words are ASCII): the rest, from the first byte outside ASCII, is hashed by `combine`.
    @inlinable @inline(__always)
    static func hashInlined(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = empty
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x80 { return combine(h, UnsafeBufferPointer(rebasing: bytes[index...])) }
            let folded = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
            h = (h ^ UInt64(folded)) &* prime
            index += 1
        }
        return h
    }

    /// Continues `h` with a three-byte scalar that has no case and is no apostrophe (kana and
    /// CJK ideographs, U+3000–U+9FFF), given as its bytes: `combine` hashes their encoding as it is.
    @inlinable @inline(__always)
    static func combineCaseless(_ h: UInt64, _ lead: UInt8, _ second: UInt8, _ third: UInt8) -> UInt64 {
        (((h ^ UInt64(lead)) &* prime ^ UInt64(second)) &* prime ^ UInt64(third)) &* prime
    }

    /// Hash of a word given as a string (for building tables; not for hot paths).
    public static func hash(_ word: some StringProtocol) -> UInt64 {
        var copy = String(word)
        return copy.withUTF8 { hash($0) }
    }

    /// Continues `seed` with the folded bytes of `bytes` (for multi-word keys, combine with `separator`).
    @inlinable
    public static func combine(_ seed: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = seed
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                let folded = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
                h = (h ^ UInt64(folded)) &* prime
                index += 1
                continue
            }
            if UTF8Scanning.leadsCJK(byte) && index + 3 <= count {
                // Kana and CJK ideographs (U+3000–U+9FFF): no case and no apostrophe, so `mix`
                // hashes the bytes of their encoding as they are, without a decode.
                h = combineCaseless(h, byte, 0x80 | (bytes[index + 1] & 0x3F), 0x80 | (bytes[index + 2] & 0x3F))
                index += 3
                continue
            }
            // Decode one multi-byte scalar.
            var scalarValue: UInt32
            var length: Int
            if byte & 0xE0 == 0xC0 { scalarValue = UInt32(byte & 0x1F); length = 2 }
            else if byte & 0xF0 == 0xE0 { scalarValue = UInt32(byte & 0x0F); length = 3 }
            else if byte & 0xF8 == 0xF0 { scalarValue = UInt32(byte & 0x07); length = 4 }
            else { h = (h ^ UInt64(byte)) &* prime; index += 1; continue }
            if index + length > count {
                h = (h ^ UInt64(byte)) &* prime; index += 1; continue
            }
            for k in 1..<length { scalarValue = (scalarValue << 6) | UInt32(bytes[index + k] & 0x3F) }
            index += length
            h = mix(h, foldedScalar: scalarValue)
        }
        return h
    }

    /// A key for two consecutive words, from their hashes, mixed so that the bits of a
    /// `TermFilter` spread: a filter of the first two words of multi-word terms turns most word
    /// pairs away before a longer lookup. Not the hash of the two-word phrase (that is
    /// `combine(separator(first), second's bytes)`); order matters.
    @inlinable @inline(__always)
    public static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
        var key = first ^ (second &* 0x9E37_79B9_7F4A_7C15)
        key = (key ^ (key >> 31)) &* 0xBF58_476D_1CE4_E5B9
        return key ^ (key >> 29)
    }

    /// Continues `seed` with a separator between words of a multi-word term.
    @inlinable
    public static func separator(_ seed: UInt64) -> UInt64 {
        (seed ^ 0x20) &* prime
    }

    @inlinable
    static func mix(_ seed: UInt64, foldedScalar value: UInt32) -> UInt64 {
        var v = value
        switch v {
        case 0x2019, 0x2018, 0x02BC: v = 0x27                      // apostrophes
        case 0xC0...0xDE where v != 0xD7: v += 0x20                  // Latin-1 capitals
        case 0x391...0x3A9: v += 0x20                                // Greek capitals
        case 0x410...0x42F: v += 0x20                                // Cyrillic capitals
        case 0x400...0x40F: v += 0x50
        default:
            if v >= 0x100, !ScalarTraits.isCaselessCJK(v), let scalar = Unicode.Scalar(v), ScalarTraits.of(scalar).contains(.changesWhenLowercased),
               let lower = scalar.properties.lowercaseMapping.unicodeScalars.first {
                v = lower.value
            }
        }
        if v == 0x27 { return (seed ^ 0x27) &* prime }
        var h = seed
        // Hash the scalar's UTF-8 encoding so ASCII and non-ASCII hash consistently with `hash(String)`.
        if v < 0x80 {
            h = (h ^ UInt64(v)) &* prime
        } else if v < 0x800 {
            h = (h ^ UInt64(0xC0 | (v >> 6))) &* prime
            h = (h ^ UInt64(0x80 | (v & 0x3F))) &* prime
        } else if v < 0x10000 {
            h = (h ^ UInt64(0xE0 | (v >> 12))) &* prime
            h = (h ^ UInt64(0x80 | ((v >> 6) & 0x3F))) &* prime
            h = (h ^ UInt64(0x80 | (v & 0x3F))) &* prime
        } else {
            h = (h ^ UInt64(0xF0 | (v >> 18))) &* prime
            h = (h ^ UInt64(0x80 | ((v >> 12) & 0x3F))) &* prime
            h = (h ^ UInt64(0x80 | ((v >> 6) & 0x3F))) &* prime
            h = (h ^ UInt64(0x80 | (v & 0x3F))) &* prime
        }
        return h
    }
}
