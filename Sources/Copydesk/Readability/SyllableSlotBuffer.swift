/// A fixed number of trivial elements in manually allocated memory, freed when the last
/// reference goes. `SyllableMemo` keeps `base` beside its reference, so a lookup reads the
/// slots through a plain pointer (no retain and release of an array buffer per word), and
/// copies the buffer before writing when another memo shares it (`isKnownUniquelyReferenced`).
final class SyllableSlotBuffer<Element: BitwiseCopyable> {
    /// The first element; `count` elements follow, all initialized.
    let base: UnsafeMutablePointer<Element>
    /// How many elements the buffer holds.
    let count: Int

    /// A buffer of `count` copies of `element`.
    init(repeating element: Element, count: Int) {
        precondition(count > 0, "a slot buffer holds at least one element")
        base = UnsafeMutablePointer<Element>.allocate(capacity: count)
        base.initialize(repeating: element, count: count)
        self.count = count
    }

    /// A buffer holding the same elements as `other`.
    init(copying other: SyllableSlotBuffer<Element>) {
        base = UnsafeMutablePointer<Element>.allocate(capacity: other.count)
        base.initialize(from: other.base, count: other.count)
        count = other.count
    }

    deinit {
        base.deallocate()   // trivial elements: nothing to deinitialize
    }
}
