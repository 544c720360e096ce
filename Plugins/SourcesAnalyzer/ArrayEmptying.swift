extension Array {
    /// `removeAll(keepingCapacity: true)` at less cost for a short array: its elements are
    /// removed from the end one by one (each a decrement of the count), where `removeAll`
    /// replaces a subrange through the general path, which cost more than the rest of clearing a
    /// short document's buffers. A longer array is emptied by `removeAll`.
    @inline(__always)
    mutating func removeAllKeepingCapacity() {
        if count <= Self.elementByElementLimit {
            while popLast() != nil {}
        } else {
            removeAll(keepingCapacity: true)
        }
    }

    /// The longest array emptied element by element.
    static var elementByElementLimit: Int { 16 }
}
