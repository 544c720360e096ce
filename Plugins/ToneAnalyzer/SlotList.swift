/// A list kept in slots of storage it does not own (a workspace's buffer, initialized): appending
/// writes the next slot, emptying resets the count. An array appended to per hit checked its
/// storage for a unique reference each time, and emptying one per sentence went through
/// `replaceSubrange`.
///
/// The storage must outlive the list and have a slot for every element appended (checked).
struct SlotList<Element>: RandomAccessCollection, MutableCollection {
    private let slots: UnsafeMutableBufferPointer<Element>
    /// The number of elements.
    private(set) var endIndex = 0

    /// An empty list over `slots` (all initialized).
    init(_ slots: UnsafeMutableBufferPointer<Element>) {
        self.slots = slots
    }

    var startIndex: Int { 0 }

    subscript(position: Int) -> Element {
        get { slots[position] }
        set { slots[position] = newValue }
    }

    /// Adds `element` at the end.
    mutating func append(_ element: Element) {
        precondition(endIndex < slots.count, "SlotList: no slot left")
        slots[endIndex] = element
        endIndex += 1
    }

    /// Empties the list (the slots keep their values, unread).
    mutating func removeAll() {
        endIndex = 0
    }
}
