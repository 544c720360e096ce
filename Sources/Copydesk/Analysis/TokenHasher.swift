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
                        column[index] = TermHash.hash(UnsafeBufferPointer(rebasing: bytes[Int(range.start)..<Int(range.end)]))
                    }
                    initialized = count
                }
            }
        }
    }
}
