/// A growable byte buffer for JSON output that writes through a raw pointer: no uniqueness or
/// bounds check per byte, as `[UInt8].append` has. Escaping and number formatting reserve their
/// worst case once, then store bytes directly. Owned by one writer, which calls `deallocate()`.
struct JSONByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    /// The bytes written.
    var count = 0

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    func deallocate() { base.deallocate() }

    /// The bytes written, for copying out.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    private mutating func grow(_ needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: start, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends a decimal integer without creating a string.
    mutating func appendInteger(_ value: some BinaryInteger) {
        reserve(21)
        if value >= 0 && value < 10 {  // counts and indexes are often one digit
            base[count] = 0x30 + UInt8(truncatingIfNeeded: value)
            count += 1
            return
        }
        var magnitude = value.magnitude
        if value < 0 { base[count] = 0x2D; count += 1 }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits, written backwards
        let written = withUnsafeMutableBytes(of: &digits) { scratch -> Int in
            var index = scratch.count
            repeat {
                index -= 1
                scratch[index] = 0x30 + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude != 0
            let length = scratch.count - index
            (base + count).update(from: scratch.baseAddress!.assumingMemoryBound(to: UInt8.self) + index, count: length)
            return length
        }
        count += written
    }

    /// Appends `value` when `JSONText.writeShortDecimal` takes it; `false`, appending nothing,
    /// otherwise.
    mutating func appendShortDecimal(_ value: Double) -> Bool {
        reserve(32)
        guard let length = JSONText.writeShortDecimal(value, to: base + count) else { return false }
        count += length
        return true
    }

    /// Appends `"…"` with JSON escapes for UTF-8 `bytes`.
    mutating func appendString(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count * 6 + 2)
        var out = base + count
        out.pointee = 0x22
        out += 1
        guard let start = bytes.baseAddress else {
            out.pointee = 0x22
            count = out + 1 - base
            return
        }
        let end = bytes.count
        var index = 0
        while index < end {
            // Whole words while none of their bytes needs an escape, then up to a word's worth
            // of bytes one at a time.
            while index + 8 <= end {
                let word = UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self)
                if JSONText.needsEscape(word) { break }
                UnsafeMutableRawPointer(out).storeBytes(of: word, as: UInt64.self)
                out += 8
                index += 8
            }
            let stop = min(index + 8, end)
            while index < stop {
                let byte = start[index]
                index += 1
                if byte >= 0x20 && byte != 0x22 && byte != 0x5C {
                    out.pointee = byte
                    out += 1
                    continue
                }
                out.pointee = 0x5C
                switch byte {
                case 0x22: out[1] = 0x22; out += 2
                case 0x5C: out[1] = 0x5C; out += 2
                case 0x0A: out[1] = 0x6E; out += 2
                case 0x0D: out[1] = 0x72; out += 2
                case 0x09: out[1] = 0x74; out += 2
                default:
                    let hex: StaticString = "0123456789abcdef"
                    out[1] = 0x75; out[2] = 0x30; out[3] = 0x30
                    out[4] = hex.utf8Start[Int(byte >> 4)]
                    out[5] = hex.utf8Start[Int(byte & 0xF)]
                    out += 6
                }
            }
        }
        out.pointee = 0x22
        out += 1
        count = out - base
    }

    /// Appends `"…"` for a string.
    mutating func appendString(_ text: String) {
        var copy = text
        copy.withUTF8 { appendString($0) }
    }
}
