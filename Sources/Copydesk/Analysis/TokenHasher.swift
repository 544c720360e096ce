/// Computes the `TermHash` of every token of a document in one pass over its UTF-8 bytes — the
/// column `AnalyzedDocument.tokenHashes` hands to every analyzer, so that no analyzer hashes the
/// document's words again.
enum TokenHasher {
    /// `TermHash.hash` of each token's bytes, in token order (punctuation and symbols included).
    static func hashes(of document: Document) -> [UInt64] {
        let tokens = document.tokens
        let count = tokens.count
        guard count > 0 else { return [] }
        return document.withUTF8 { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                [UInt64](unsafeUninitializedCapacity: count) { column, initialized in
                    for index in 0..<count {
                        let range = tokens[index].range
                        column[index] = shortASCIIHash(bytes, start: Int(range.start), length: range.length)
                            ?? TermHash.hash(UnsafeBufferPointer(rebasing: bytes[Int(range.start)..<Int(range.end)]))
                    }
                    initialized = count
                }
            }
        }
    }

    /// `TermHash.hash` of the `length` bytes at `start` when they are one to eight ASCII bytes
    /// and eight bytes are readable from `start` (nil otherwise). The bytes are read in one load,
    /// folded together, and hashed by `FoldedASCIIHash`: no branch depends on the word, so the
    /// hashes of consecutive tokens overlap in the CPU instead of each ending in a mispredicted
    /// loop exit.
    @inline(__always)
    static func shortASCIIHash(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, length: Int) -> UInt64? {
        guard length > 0, length <= 8, start + 8 <= bytes.count else { return nil }
        let chunk = UTF8Scanning.chunk(at: start, in: bytes) & UTF8Scanning.lowBytesMask(length)
        guard chunk & 0x8080_8080_8080_8080 == 0 else { return nil }
        return FoldedASCIIHash.hash(ofFoldedASCII: chunk | (UTF8Scanning.uppercaseBits(chunk) >> 2), length: length)
    }
}
