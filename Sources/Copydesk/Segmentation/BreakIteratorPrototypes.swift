import CopydeskICU
import Synchronization

/// Opened ICU iterators, one per kind and locale, that per-task iterators are cloned from.
/// ICU documents `ubrk_clone` as thread-safe on a shared source iterator.
final class BreakIteratorPrototypes: Sendable {
    static let shared = BreakIteratorPrototypes()

    final class Prototype: @unchecked Sendable {  // immutable after open; only cloned
        let handle: OpaquePointer
        init(handle: OpaquePointer) { self.handle = handle }
        deinit { cd_break_close(handle) }
    }

    private struct Key: Hashable { let kind: BreakIterator.Kind; let locale: String }
    private let cache = Mutex<[Key: Prototype]>([:])

    func prototype(kind: BreakIterator.Kind, locale: String) throws(SegmentationError) -> Prototype {
        let key = Key(kind: kind, locale: locale)
        return try cache.withLock { (cache: inout [Key: Prototype]) throws(SegmentationError) -> Prototype in
            if let found = cache[key] { return found }
            var status: Int32 = 0
            guard let opened = locale.withCString({ cd_break_open(kind.facade, $0, &status) }) else {
                throw SegmentationError.icu(operation: "ubrk_open(\(locale))", code: status)
            }
            let prototype = Prototype(handle: opened)
            cache[key] = prototype
            return prototype
        }
    }
}
