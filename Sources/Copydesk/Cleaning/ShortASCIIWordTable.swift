/// The words of `CleanerLexicon`'s lists that are at most eight ASCII letters, digits and
/// apostrophes, found by their spelling as `TermHash` folds it (`ASCIIWordFilter.foldedPrefix`,
/// which holds the whole word) instead of by their hash: such a word of a text — "the", "of",
/// "photo" — is neither hashed nor looked up in the lexicon's table, as its entry holds the
/// `TermHash` that phrases continue and the classes the table gives that hash.
struct ShortASCIIWordTable: Sendable {
    /// A short word: its folded spelling (zero past its end), its `TermHash`, its classes.
    struct Entry: Sendable {
        var prefix: UInt64 = 0   // zero: a free slot (no word is empty)
        var hash: UInt64 = 0
        var classes: CleanerLexicon.Classes = []
    }

    private let slots: [Entry]
    private let shift: UInt64

    /// A table of `entries` (nonzero prefixes; of entries with the same prefix, the first),
    /// at most a quarter full, so that most entries sit in their home slot (the first entries
    /// get theirs): a look-up of a word of the table mostly reads one slot.
    init(_ entries: [Entry]) {
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 4 { bits += 1 }
        var slots = [Entry](repeating: Entry(), count: 1 << bits)
        let shift = 64 - bits
        for entry in entries {
            var index = Self.home(entry.prefix, shift)
            while slots[index].prefix != 0 && slots[index].prefix != entry.prefix { index = (index + 1) & (slots.count - 1) }
            if slots[index].prefix == 0 { slots[index] = entry }
        }
        self.slots = slots
        self.shift = shift
    }

    /// The folded spelling of `word` as `ASCIIWordFilter.foldedPrefix` reads it from a text, when
    /// `word` is one to eight bytes long; nil otherwise.
    static func prefix(of word: String) -> UInt64? {
        var copy = word
        return copy.withUTF8 { bytes in
            (1...8).contains(bytes.count) ? ASCIIWordFilter.foldedPrefix(from: 0, to: bytes.count, in: bytes) : nil
        }
    }

    /// The entry of the word whose folded spelling is `prefix`, if it is one of the table's.
    @inline(__always)
    func entry(for prefix: UInt64) -> Entry? {
        slots.withUnsafeBufferPointer { slots in
            var index = Self.home(prefix, shift)
            while true {
                let slot = slots[index]
                if slot.prefix == prefix { return slot }
                if slot.prefix == 0 { return nil }
                index = (index + 1) & (slots.count - 1)
            }
        }
    }

    @inline(__always)
    private static func home(_ prefix: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (prefix &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }
}
