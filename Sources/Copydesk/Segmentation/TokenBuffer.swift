#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable run of tokens and their `TermHash` hashes that a `Segmenter` reuses from document
/// to document: the tokenizer makes room once per batch of ICU segments and then writes tokens
/// and hashes through pointers, without the uniqueness and capacity checks `Array.append` makes
/// for each token; `makeArray()` and `makeHashArray()` copy the document's tokens and hashes into
/// arrays of exactly their count.
///
/// The storage is C heap memory grown with `realloc` (tokens and hashes are plain values): for a
/// huge document, the C library moves large blocks by remapping their pages, so growing neither
/// copies them nor holds the old and the new block at once, and `shrinkToFit()` gives the unused
/// room back before the arrays are copied.
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
        base = Self.resized(nil, to: self.capacity)
        hashes = Self.resized(nil, to: self.capacity)
    }

    deinit {
        free(base)
        free(hashes)
    }

    /// `block` (nil for a new one) resized with `realloc` to room for `count` elements, its first
    /// elements kept. Stops the program when memory runs out, as Swift's own allocations do.
    private static func resized<Element: BitwiseCopyable>(_ block: UnsafeMutablePointer<Element>?, to count: Int) -> UnsafeMutablePointer<Element> {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: MemoryLayout<Element>.stride)
        precondition(!overflow, "token buffer size overflows")
        guard let raw = realloc(block.map(UnsafeMutableRawPointer.init), bytes) else {
            fatalError("out of memory for \(count) tokens")
        }
        return raw.bindMemory(to: Element.self, capacity: count)
    }

    /// Makes room for `additional` tokens after the first `count`.
    @inline(__always)
    func reserve(_ additional: Int) {
        if count + additional > capacity { grow(toAtLeast: count + additional) }
    }

    @inline(never)
    private func grow(toAtLeast minimum: Int) {
        let grown = Swift.max(minimum, capacity * 2)
        base = Self.resized(base, to: grown)
        hashes = Self.resized(hashes, to: grown)
        capacity = grown
    }

    /// Gives back the room past the tokens held when the buffer grew past
    /// `retainedCapacityLimit` (a huge document): before its arrays are copied, so that the
    /// copy and the unused room are never held together.
    func shrinkToFit() {
        guard capacity > Self.retainedCapacityLimit else { return }
        let kept = Swift.max(count, 1)
        base = Self.resized(base, to: kept)
        hashes = Self.resized(hashes, to: kept)
        capacity = kept
    }

    /// Forgets the tokens; keeps the room unless it grew past `retainedCapacityLimit`.
    func removeAll() {
        count = 0
        if capacity > Self.retainedCapacityLimit {
            capacity = Self.initialCapacity
            base = Self.resized(base, to: capacity)
            hashes = Self.resized(hashes, to: capacity)
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
