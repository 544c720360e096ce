/// Person sources in order of their latest mention, most recent last, with the pronoun that last
/// referred to each source (a small code, 0 for none).
///
/// Every operation costs O(1) amortized, however many persons a document names: moving a person to
/// the end marks its old entry stale instead of shifting the list, and each pronoun code keeps its
/// own list in mention order, so "the most recent person a pronoun may refer to" is found at the
/// end of two lists rather than by a scan (which made a long document quadratic).
struct PersonRecency {
    private struct Entry {
        var source: Int32
        var stamp: Int32
    }

    /// Per source: the stamp of its live entry, or -1 when it is not in the list.
    private var stampOf: [Int32] = []
    /// Per source: its pronoun code.
    private var genderOf: [UInt8] = []
    /// Live entries in mention order (with stale ones), from `head`.
    private var order: [Entry] = []
    private var head = 0
    /// Per pronoun code: entries in mention order (with stale ones), and how many are live.
    private var byGender: [[Entry]] = [[]]
    private var liveByGender: [Int] = [0]
    private var nextStamp: Int32 = 0
    /// The number of persons in the list.
    private(set) var count = 0

    /// Empties the list and forgets every source, keeping the storage.
    mutating func removeAll() {
        // Only what was filled is emptied (most documents name a few sources, some none).
        guard !stampOf.isEmpty else { return }
        stampOf.removeAllKeepingCapacity()
        genderOf.removeAllKeepingCapacity()
        if !order.isEmpty { order.removeAllKeepingCapacity() }
        head = 0
        for code in byGender.indices {
            if !byGender[code].isEmpty { byGender[code].removeAllKeepingCapacity() }
            liveByGender[code] = 0
        }
        nextStamp = 0
        count = 0
    }

    /// Makes room for a new source (not in the list, no pronoun).
    mutating func addSource() {
        stampOf.append(-1)
        genderOf.append(0)
    }

    /// The pronoun code of `source`.
    func gender(of source: Int) -> UInt8 { genderOf[source] }

    /// Whether `source` is in the list.
    func contains(_ source: Int) -> Bool { stampOf[source] >= 0 }

    /// Moves `source` to the end (the most recent), adding it if absent.
    mutating func moveToEnd(_ source: Int) {
        let gender = Int(genderOf[source])
        if stampOf[source] < 0 { count += 1; liveByGender[gender] += 1 }
        let entry = Entry(source: Int32(source), stamp: nextStamp)
        nextStamp += 1
        stampOf[source] = entry.stamp
        order.append(entry)
        byGender[gender].append(entry)
        compact(gender)
    }

    /// Removes the least recently mentioned person.
    mutating func removeOldest() {
        while head < order.count, !isLive(order[head]) { head += 1 }
        guard head < order.count else { return }
        let source = Int(order[head].source)
        head += 1
        stampOf[source] = -1
        count -= 1
        liveByGender[Int(genderOf[source])] -= 1
        if head > 64, head * 2 > order.count { order.removeFirst(head); head = 0 }
    }

    /// Sets the pronoun code of `source`, keeping its place in the list.
    mutating func setGender(_ gender: UInt8, of source: Int) {
        let old = Int(genderOf[source]), new = Int(gender)
        guard old != new else { return }
        while byGender.count <= new { byGender.append([]); liveByGender.append(0) }
        genderOf[source] = gender
        let stamp = stampOf[source]
        guard stamp >= 0 else { return }
        liveByGender[old] -= 1
        liveByGender[new] += 1
        // In stamp order: usually at the end.
        var low = 0, high = byGender[new].count
        while low < high {
            let mid = (low + high) / 2
            if byGender[new][mid].stamp < stamp { low = mid + 1 } else { high = mid }
        }
        // An entry left from an earlier stay under this pronoun is live again.
        guard low == byGender[new].count || byGender[new][low].stamp != stamp else { return }
        byGender[new].insert(Entry(source: Int32(source), stamp: stamp), at: low)
        compact(new)
    }

    /// The most recently mentioned person.
    mutating func last() -> Int? {
        while let entry = order.last, !isLive(entry) { order.removeLast() }
        if head > order.count { head = order.count }
        return order.last.map { Int($0.source) }
    }

    /// The most recently mentioned person without a pronoun or with pronoun code `gender`.
    mutating func last(withoutGenderOr gender: UInt8) -> Int? {
        let none = lastLive(gender: 0)
        guard gender != 0, let other = lastLive(gender: Int(gender)) else { return none.map { Int($0.source) } }
        guard let none else { return Int(other.source) }
        return Int(none.stamp > other.stamp ? none.source : other.source)
    }

    /// Whether some person in the list has a pronoun code other than 0 and `gender`.
    func hasPerson(withGenderOtherThan gender: UInt8) -> Bool {
        liveByGender.indices.contains { $0 != 0 && $0 != Int(gender) && liveByGender[$0] > 0 }
    }

    /// The persons in the list whose pronoun code is neither 0 nor `gender`.
    func persons(withGenderOtherThan gender: UInt8) -> [Int] {
        var result: [Int] = []
        for code in byGender.indices where code != 0 && code != Int(gender) && liveByGender[code] > 0 {
            for entry in byGender[code] where isLive(entry) && Int(genderOf[Int(entry.source)]) == code { result.append(Int(entry.source)) }
        }
        return result
    }

    private func isLive(_ entry: Entry) -> Bool { stampOf[Int(entry.source)] == entry.stamp }

    private mutating func lastLive(gender: Int) -> Entry? {
        guard gender < byGender.count else { return nil }
        while let entry = byGender[gender].last, !(isLive(entry) && Int(genderOf[Int(entry.source)]) == gender) { byGender[gender].removeLast() }
        return byGender[gender].last
    }

    /// Drops the stale entries of a pronoun's list once they outnumber the live ones.
    private mutating func compact(_ gender: Int) {
        guard byGender[gender].count > 2 * liveByGender[gender] + 32 else { return }
        let live = byGender[gender].filter { isLive($0) && Int(genderOf[Int($0.source)]) == gender }
        byGender[gender] = live
    }
}
