import CopydeskICU

/// Syllable and letter counts of words, and whether a word's spelling makes it complex (Gunning),
/// each distinct spelling counted once: news text repeats most of its words, and the spelling
/// rules cost far more than a table lookup. A memo serves one document or, kept by `CoreAnalysis`,
/// every document of one language in a task; it starts over when it holds `limit` spellings, so
/// memory stays bounded.
///
/// Keys are 64-bit hashes of the exact bytes, because case matters ("US" is spelled out, "us" is
/// not). Each slot holds its key and counts together, so a lookup touches one cache line.
///
/// The slots live in a `SyllableSlotBuffer` whose `base` the memo keeps beside it: a lookup
/// reads them through that pointer without reference counting. Only `insert` writes, and it
/// first copies a buffer that another memo (a copy of this one) shares, so copies stay independent.
struct SyllableMemo {
    /// The most spellings remembered before the memo starts over.
    static let limit = 1 << 16

    private struct Slot: BitwiseCopyable {
        var key: UInt64 = 0
        var letters: UInt32 = 0
        var syllables: UInt8 = 0
        /// `ReadabilityCalculator.isComplexSpelling` of the word (false below three syllables).
        var isComplexSpelling = false
        var isFilled = false
    }

    private let counter: any SyllableCounter
    private let hasCounter: Bool
    /// Owns the slots; `slots` is its `base`.
    private var storage: SyllableSlotBuffer<Slot>
    /// The slots (`mask + 1` of them), read and written through this pointer.
    private var slots: UnsafeMutablePointer<Slot>
    private var mask: Int
    private var occupied = 0

    init(counter: (any SyllableCounter)?, expectedWords: Int) {
        self.counter = counter ?? NoSyllables()
        self.hasCounter = counter != nil
        var capacity = 16
        while capacity < min(expectedWords, Self.limit) * 2 { capacity <<= 1 }
        storage = SyllableSlotBuffer(repeating: Slot(), count: capacity)
        slots = storage.base
        mask = capacity - 1
    }

    /// Syllables of a word token: from the counter for words, 1 for a number (see
    /// `Docs/readability.md`), 0 otherwise or without a counter.
    mutating func syllables(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Int {
        guard hasCounter else { return 0 }
        switch token.kind {
        case .word: return syllables(inWord: UnsafeBufferPointer(rebasing: bytes[token.range.offsets]))
        case .number: return 1
        default: return 0
        }
    }

    /// Syllables (as `syllables(_:_:)`) and letters (as `ReadabilityCalculator.letterCount`) of a
    /// word token, and whether a `.word` of three or more syllables has a complex spelling (as
    /// `ReadabilityCalculator.isComplexSpelling`; false otherwise); all three are remembered
    /// together for a `.word`.
    @inline(__always)
    mutating func counts(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> (syllables: Int, letters: Int, isComplexSpelling: Bool) {
        counts(bytes, token, key: key(bytes, token))
    }

    /// `counts(_:_:)` given the token's `key(_:_:)`.
    @inline(__always)
    mutating func counts(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token, key: UInt64) -> (syllables: Int, letters: Int, isComplexSpelling: Bool) {
        guard hasCounter else { return (0, ReadabilityCalculator.letterCount(UnsafeBufferPointer(rebasing: bytes[token.range.offsets])), false) }
        guard token.kind == .word else {
            return (token.kind == .number ? 1 : 0, ReadabilityCalculator.letterCount(UnsafeBufferPointer(rebasing: bytes[token.range.offsets])), false)
        }
        // The word's bytes are sliced (and their range checked) only when it is new to the memo.
        let entry = entry(for: bytes, token.range, key: key)
        return (Int(entry.syllables), Int(entry.letters), entry.isComplexSpelling)
    }

    /// Syllables of `word` (UTF-8) from the counter, remembered by spelling.
    mutating func syllables(inWord word: UnsafeBufferPointer<UInt8>) -> Int {
        guard hasCounter else { return 0 }
        return Int(entry(for: word, TextRange(start: 0, end: word.count), key: Self.key(word)).syllables)
    }

    /// The memo key of a token whose counts `counts(_:_:key:)` will look up (0 when it looks
    /// nothing up), with the load of its slot started: computing the keys of a sentence's words
    /// first lets their cache misses overlap. (Mutating only so that callers holding the memo
    /// `inout` borrow it instead of copying it.)
    @inline(__always)
    mutating func key(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> UInt64 {
        guard hasCounter && token.kind == .word else { return 0 }
        let start = Int(token.range.start), length = token.range.length
        let key: UInt64
        if UInt(bitPattern: length &- 1) < 7 && start &+ 8 <= bytes.count {
            // Most words: one to seven bytes, read in one load from the word's start (eight bytes
            // are readable there) with the bytes past the word masked off.
            let word = UTF8Scanning.chunk(at: start, in: bytes) & (~0 &>> UInt64(truncatingIfNeeded: (8 &- length) &* 8))
            key = Self.shortKey(word, length: length)
        } else {
            // With eight bytes readable past the word, its last bytes are read in one load.
            key = Self.key(UnsafeBufferPointer(rebasing: bytes[token.range.offsets]),
                           canReadPastEnd: Int(token.range.end) + 8 <= bytes.count)
        }
        cd_prefetch(slots + home(key))
        return key
    }

    /// The filled slot (a copy) of the word at `range` of `bytes`, whose key is `key`, counted
    /// first when it is new. The probe is inlined into the counting loop (`home` and `mask` keep
    /// it inside the slots); counting a new word is not.
    @inline(__always)
    private mutating func entry(for bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, key: UInt64) -> Slot {
        let slots = slots, mask = mask
        var slot = home(key)
        while slots[slot].isFilled {
            if slots[slot].key == key { return slots[slot] }
            slot = (slot + 1) & mask
        }
        let inserted = insert(UnsafeBufferPointer(rebasing: bytes[range.offsets]), key: key, at: slot)
        return self.slots[inserted]   // read after `insert`, which may have replaced the slots
    }

    /// Counts `word`, whose key is `key` and whose probe ended at the empty slot `slot`, and
    /// returns the slot its counts are stored in.
    @inline(never)
    private mutating func insert(_ word: UnsafeBufferPointer<UInt8>, key: UInt64, at emptySlot: Int) -> Int {
        var slot = emptySlot
        if occupied >= Self.limit {
            // Start over (rare): the memo only saves work, it never changes a count.
            replaceStorage(with: SyllableSlotBuffer(repeating: Slot(), count: mask + 1))
            occupied = 0
            slot = home(key)
        } else if (occupied + 1) * 2 > mask + 1 {
            grow()
            slot = home(key)
            while slots[slot].isFilled { slot = (slot + 1) & mask }
        } else if !isKnownUniquelyReferenced(&storage) {
            // A copy of this memo shares the slots: write to slots of its own.
            replaceStorage(with: SyllableSlotBuffer(copying: storage))
        }
        let syllables = counter.syllables(inWord: word)
        let isComplexSpelling = syllables >= 3 && ReadabilityCalculator.isComplexSpelling(word, counter: counter)
        slots[slot] = Slot(key: key, letters: UInt32(clamping: ReadabilityCalculator.letterCount(word)), syllables: UInt8(clamping: syllables),
                           isComplexSpelling: isComplexSpelling, isFilled: true)
        occupied += 1
        return slot
    }

    private mutating func grow() {
        let old = storage
        replaceStorage(with: SyllableSlotBuffer(repeating: Slot(), count: old.count * 2))
        // `old` is kept alive until its slots are moved (its last use is otherwise the pointer).
        withExtendedLifetime(old) {
            for entry in UnsafeBufferPointer(start: old.base, count: old.count) where entry.isFilled {
                var slot = home(entry.key)
                while slots[slot].isFilled { slot = (slot + 1) & mask }
                slots[slot] = entry
            }
        }
    }

    /// Makes `buffer` the memo's slots (its size a power of two).
    private mutating func replaceStorage(with buffer: SyllableSlotBuffer<Slot>) {
        storage = buffer
        slots = buffer.base
        mask = buffer.count - 1
    }

    /// The first slot probed for `key`: bits 47 and up (as many as the slots need, at most 2^17 of
    /// them), which the multiplication that ends `key(_:)` mixes from all of the bits below.
    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: key &>> 47) & mask
    }

    /// A 64-bit hash of the exact bytes, read eight at a time (the length mixed in), ending with a
    /// multiplication. Not finalized further: equal keys mean equal words as often with a
    /// one-to-one finalizer as without, and `home` takes the product's top bits, which depend on
    /// all of its bits.
    @inline(__always)
    static func key(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        key(word, canReadPastEnd: false)
    }

    /// `key(_:)`; `canReadPastEnd` says that the eight bytes after the word may be read (they
    /// are masked off), so the last bytes are read in one load instead of one at a time.
    @inline(__always)
    static func key(_ word: UnsafeBufferPointer<UInt8>, canReadPastEnd: Bool) -> UInt64 {
        let count = word.count
        guard let base = word.baseAddress else { return shortKey(0, length: 0) }
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= count {
            let chunk = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            h = (h ^ chunk) &* 0x87C3_7B91_1142_53D5
            h = (h << 31) | (h >> 33)
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        if canReadPastEnd && index < count {
            let pastEnd = UInt64(truncatingIfNeeded: 8 &- (count &- index)) &* 8   // 8 to 56 bits
            tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) & (~0 &>> pastEnd)
            index = count
        }
        while index < count {
            tail |= UInt64(base[index]) << shift
            shift += 8
            index += 1
        }
        return (h ^ tail) &* 0x4CF5_AD43_2745_937F
    }

    /// `key(_:)` of a word of `length` bytes, zero to seven, given as one integer in text order
    /// from the low byte with zeros past `length` (the same key: such a word has no eight-byte
    /// chunk, only a tail).
    @inline(__always)
    static func shortKey(_ word: UInt64, length: Int) -> UInt64 {
        (0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: length) ^ word) &* 0x4CF5_AD43_2745_937F
    }
}

/// The counter of a memo without one (never asked).
private struct NoSyllables: SyllableCounter {
    func syllables(inWord word: UnsafeBufferPointer<UInt8>) -> Int { 0 }
}
