import Synchronization

/// `ScalarTraits` of the Unicode scalars text has reached, each computed once, the first time it
/// is asked for, and kept for the life of the process.
///
/// One table serves every thread, without a lock. The code space is cut into blocks of 256
/// scalars; a block's storage is allocated when text first reaches it and published with a
/// compare-and-exchange (of two threads that reach a new block at once, one keeps its block and
/// the other frees its own). Each scalar's entry is an atomic 16-bit value: 0 until computed,
/// then its traits with `known` set. Two threads may compute the same scalar at once; both
/// store the same value. A lookup is an acquiring load of the block index's address, one of the
/// block's address and a relaxed load of the entry: plain loads on x86 and ARM64.
///
/// Scalars are computed one at a time, not a block at a time: a single short article in
/// Japanese reaches dozens of blocks of ideographs but uses only a few characters of each.
///
/// The table is static storage, not an object: a `static let` holding an object is read
/// through its one-time initializer on every lookup (on Linux a call to `swift_once`, 2.4 % of a
/// Japanese run), while an `Atomic` with a constant initial value is stored statically.
@usableFromInline
enum ScalarTraitTable {
    /// Scalars per block.
    private static let blockSize = 256
    /// Blocks in the code space (U+0000–U+10FFFF).
    private static let blockCount = 0x110000 / blockSize
    /// The bit of an entry that says it is computed (the traits are the low eight bits).
    private static let known: UInt16 = 0x100

    /// The address of the block index, or 0 before the first lookup. The index holds the
    /// address of each block's 256 entries, or 0 while text has not reached it; it is never
    /// freed.
    private static let blockIndex = Atomic<Int>(0)

    /// The traits (raw bits) of the scalar `value`, which must be at most U+10FFFF.
    @usableFromInline
    static func traits(of value: UInt32) -> UInt8 {
        let indexAddress = blockIndex.load(ordering: .acquiring)
        let blocks = indexAddress != 0 ? UnsafeMutablePointer<Atomic<Int>>(bitPattern: indexAddress)! : publishIndex()
        let index = Int(value >> 8)
        let address = blocks[index].load(ordering: .acquiring)
        let block = address != 0 ? UnsafeMutablePointer<Atomic<UInt16>>(bitPattern: address)! : publishBlock(index, in: blocks)
        let entry = block[Int(value & 0xFF)].load(ordering: .relaxed)
        return entry != 0 ? UInt8(truncatingIfNeeded: entry) : compute(value, in: block)
    }

    /// Computes the traits of `value` and stores them in its entry of `block`.
    @inline(never)
    private static func compute(_ value: UInt32, in block: UnsafeMutablePointer<Atomic<UInt16>>) -> UInt8 {
        // Surrogate code points are no scalars; nothing asks for them (text is valid UTF-8).
        let traits = Unicode.Scalar(value).map { ScalarTraits.computed($0) } ?? .invisible
        block[Int(value & 0xFF)].store(known | UInt16(traits.rawValue), ordering: .relaxed)
        return traits.rawValue
    }

    /// Allocates the block index with every block absent, publishes it unless another thread
    /// did first, and returns the published one.
    @inline(never)
    private static func publishIndex() -> UnsafeMutablePointer<Atomic<Int>> {
        let blocks = UnsafeMutablePointer<Atomic<Int>>.allocate(capacity: blockCount)
        for index in 0..<blockCount { (blocks + index).initialize(to: Atomic(0)) }
        let (exchanged, original) = blockIndex.compareExchange(
            expected: 0, desired: Int(bitPattern: blocks), ordering: .acquiringAndReleasing)
        if exchanged { return blocks }
        blocks.deinitialize(count: blockCount)
        blocks.deallocate()
        return UnsafeMutablePointer<Atomic<Int>>(bitPattern: original)!
    }

    /// Allocates block `index` with every entry unknown, publishes it in `blocks` unless another
    /// thread did first, and returns the published one.
    @inline(never)
    private static func publishBlock(_ index: Int, in blocks: UnsafeMutablePointer<Atomic<Int>>) -> UnsafeMutablePointer<Atomic<UInt16>> {
        let block = UnsafeMutablePointer<Atomic<UInt16>>.allocate(capacity: blockSize)
        for offset in 0..<blockSize { (block + offset).initialize(to: Atomic(0)) }
        let (exchanged, original) = blocks[index].compareExchange(
            expected: 0, desired: Int(bitPattern: block), ordering: .acquiringAndReleasing)
        if exchanged { return block }
        block.deinitialize(count: blockSize)
        block.deallocate()
        return UnsafeMutablePointer<Atomic<UInt16>>(bitPattern: original)!
    }
}
