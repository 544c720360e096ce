/// A growable run of tokens that a `Segmenter` reuses from document to document: the tokenizer
/// makes room once per batch of ICU segments and then writes tokens through a pointer, without
/// the uniqueness and capacity checks `Array.append` makes for each token; `makeArray()` copies
/// the document's tokens into an array of exactly their count.
///
/// Not thread-safe, like the segmenter that owns it.
final class TokenBuffer {
    /// The first token; room for `capacity`, the first `count` initialized.
    private(set) var base: UnsafeMutablePointer<Token>
    /// How many tokens fit before the buffer must grow.
    private(set) var capacity: Int
    /// How many tokens the buffer holds (set by the writer after writing through `base`).
    var count = 0

    /// The capacity a new buffer starts with, and goes back to after a huge document.
    static let initialCapacity = 1024
    /// Above this capacity (12 MB of tokens), `removeAll()` frees the room instead of keeping it.
    static let retainedCapacityLimit = 1 << 20

    /// An empty buffer with room for `capacity` tokens.
    init(capacity: Int = TokenBuffer.initialCapacity) {
        self.capacity = Swift.max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

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
        capacity = grown
    }

    /// Forgets the tokens; keeps the room unless it grew past `retainedCapacityLimit`.
    func removeAll() {
        count = 0
        if capacity > Self.retainedCapacityLimit {
            base.deallocate()
            capacity = Self.initialCapacity
            base = .allocate(capacity: capacity)
        }
    }

    /// The tokens, in an array of exactly `count` elements.
    func makeArray() -> [Token] {
        let count = self.count
        if count == 0 { return [] }
        return [Token](unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.baseAddress!.initialize(from: base, count: count)
            initialized = count
        }
    }
}
