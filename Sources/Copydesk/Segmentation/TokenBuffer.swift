/// A growable run of tokens and their `TermHash` hashes that a `Segmenter` reuses from document
/// to document: the tokenizer makes room once per batch of ICU segments and then writes tokens
/// and hashes through pointers, without the uniqueness and capacity checks `Array.append` makes
/// for each token; `makeArray()` and `makeHashArray()` copy the document's tokens and hashes into
/// arrays of exactly their count.
///
/// Not thread-safe, like the segmenter that owns it.
final class TokenBuffer {
    /// The first token; room for `capacity`, the first `count` initialized.
    private(set) var base: UnsafeMutablePointer<Token>
    /// The hash of each token (`TermHash.hash` of its bytes), indexed like `base`.
    private(set) var hashes: UnsafeMutablePointer<UInt64>
    /// How many tokens fit before the buffer must grow.
    private(set) var capacity: Int
    /// How many tokens (and hashes) the buffer holds (set by the writer after writing through
    /// `base` and `hashes`).
    var count = 0

    /// The capacity a new buffer starts with, and goes back to after a huge document.
    static let initialCapacity = 1024
    /// Above this capacity (20 MB of tokens and hashes), `removeAll()` frees the room instead of
    /// keeping it.
    static let retainedCapacityLimit = 1 << 20

    /// An empty buffer with room for `capacity` tokens.
    init(capacity: Int = TokenBuffer.initialCapacity) {
        self.capacity = Swift.max(capacity, 1)
        base = .allocate(capacity: self.capacity)
        hashes = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
        hashes.deallocate()
    }

    /// Makes room for `additional` tokens after the first `count`.
    @inline(__always)
    func reserve(_ additional: Int) {
        if count + additional > capacity { grow(toAtLeast: count + additional) }
    }

    @inline(never)
    private func grow(toAtLeast minimum: Int) {
        let grown = Swift.max(minimum, capacity * 2)
        let moved = UnsafeMutablePointer<Token>.allocate(capacity: grown)
        moved.moveInitialize(from: base, count: count)
        base.deallocate()
        base = moved
        let movedHashes = UnsafeMutablePointer<UInt64>.allocate(capacity: grown)
        movedHashes.moveInitialize(from: hashes, count: count)
        hashes.deallocate()
        hashes = movedHashes
        capacity = grown
    }

    /// Forgets the tokens; keeps the room unless it grew past `retainedCapacityLimit`.
    func removeAll() {
        count = 0
        if capacity > Self.retainedCapacityLimit {
            base.deallocate()
            hashes.deallocate()
            capacity = Self.initialCapacity
            base = .allocate(capacity: capacity)
            hashes = .allocate(capacity: capacity)
        }
    }

    /// The tokens, in an array of exactly `count` elements.
    ///
    /// Copied from a buffer pointer rather than with `Array(unsafeUninitializedCapacity:)`, whose
    /// allocation is not specialized: it looks the array's storage type up in the runtime's
    /// generic metadata cache on every call.
    func makeArray() -> [Token] {
        count == 0 ? [] : Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// The hashes of the tokens, in an array of exactly `count` elements (copied like `makeArray()`).
    func makeHashArray() -> [UInt64] {
        count == 0 ? [] : Array(UnsafeBufferPointer(start: hashes, count: count))
    }
}
