/// The growable byte buffer that JSON output is written into (records, and reports through
/// `JSONWriter`). It writes through a raw pointer: no uniqueness or bounds check per byte, as
/// `[UInt8].append` has. Escaping and number formatting reserve their worst case once, then
/// store bytes directly. Owned by one writer, which calls `deallocate()`. Package API, inlined
/// into the command line's record writer and into the writers of reports.
@usableFromInline
package struct JSONByteBuffer {
    @usableFromInline package private(set) var base: UnsafeMutablePointer<UInt8>
    @usableFromInline package private(set) var capacity: Int
    /// The bytes written.
    @usableFromInline package var count = 0

    package init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    package func deallocate() { base.deallocate() }

    /// The bytes written, for copying out.
    @inlinable
    package var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Makes room for `extra` more bytes.
    @inlinable @inline(__always)
    package mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    @usableFromInline
    mutating func grow(_ needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inlinable @inline(__always)
    package mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inlinable
    package mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: start, count: bytes.count)
        count += bytes.count
    }

    /// Appends a literal; one of up to 32 bytes (a record's keys) by word copies, not `memmove`.
    /// Always inlined: the literal's length is then known where it is written, and the copy is
    /// a few loads and stores.
    @inlinable @inline(__always)
    package mutating func append(_ text: StaticString) {
        let length = text.utf8CodeUnitCount
        reserve(length)
        JSONWriter.copyShort(text.utf8Start, length, to: base + count)
        count += length
    }

    /// Appends a decimal integer without creating a string (`JSONText.writeInteger`).
    @inlinable
    package mutating func appendInteger(_ value: some BinaryInteger) {
        reserve(21)
        count += JSONText.writeInteger(value, to: base + count)
    }

    /// Appends `value` when `JSONText.writeShortDecimal` takes it; `false`, appending nothing,
    /// otherwise.
    @inlinable
    package mutating func appendShortDecimal(_ value: Double) -> Bool {
        reserve(32)
        guard let length = JSONText.writeShortDecimal(value, to: base + count) else { return false }
        count += length
        return true
    }

    /// Appends `scaled / 10⁴` when `JSONText.writeDecimal(tenThousandths:to:)` takes it (not an
    /// integer); `false`, appending nothing, otherwise.
    @inlinable
    package mutating func appendDecimal(tenThousandths scaled: Double) -> Bool {
        reserve(32)
        guard let length = JSONText.writeDecimal(tenThousandths: scaled, to: base + count) else { return false }
        count += length
        return true
    }

    /// Appends a report's number: an integral value below 10¹⁵ as an integer, any other as its
    /// shortest decimal (`description`, through `appendShortDecimal` when it takes the value).
    /// `false`, appending nothing, for a value that is not finite: JSON has no form for it.
    @usableFromInline
    package mutating func appendNumber(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        if JSONText.isSmallInteger(value) {
            appendInteger(Int(value))
        } else if !appendShortDecimal(value) {
            var text = value.description
            text.withUTF8 { append($0) }
        }
        return true
    }

    /// Appends `"…"` with JSON escapes for UTF-8 `bytes` (`JSONText.writeString`).
    @inlinable
    package mutating func appendString(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(JSONText.worstCaseStringLength(bytes.count))
        count += JSONText.writeString(bytes, to: base + count)
    }

    /// Appends `"…"` for a string.
    @inlinable
    package mutating func appendString(_ text: String) {
        // Native strings lend their bytes without the copy (and retain) that `withUTF8` needs.
        if text.utf8.withContiguousStorageIfAvailable({ appendString($0) }) != nil { return }
        var copy = text
        copy.withUTF8 { appendString($0) }
    }
}
