import Copydesk

/// Titles written before a surname elsewhere in the text ("U.S. President Donald Trump"),
/// remembered per surname for one document. Each entry keeps the first two occurrences that carry
/// a title, which answers every speaker of that surname: the first one, unless it is the
/// speaker's own token. Without it, each new source walked every occurrence of its surname again
/// (a document naming many people of a few surnames took quadratic time).
///
/// A class kept by the workspace (its storage serves every document), used by one document at a
/// time, like the workspace's buffers.
final class SurnameTitles {
    /// A titled occurrence: the surname's token and the title before it.
    struct Titled {
        let token: Int
        let title: String
    }

    /// The first two titled occurrences of a surname, in text order.
    struct Entry {
        var first: Titled?
        var second: Titled?

        /// The title of the first titled occurrence other than `token`.
        func title(excluding token: Int) -> String? {
            first?.token == token ? second?.title : first?.title
        }
    }

    /// Per surname hash, its entry: emptied by one increment, without the seeded hash of a
    /// `Dictionary` (an entry left from an earlier document keeps its titles until overwritten).
    @exclusivity(unchecked) private var entries = ReusableTermTable<Entry>(placeholder: Entry())

    /// Forgets the previous document's entries, keeping the storage.
    func reset() {
        if !entries.isEmpty { entries.removeAll() }
    }

    /// The entry of `surname`, found with `find` the first time it is asked for.
    func entry(for surname: UInt64, find: () -> Entry) -> Entry {
        if let known = entries[surname] { return known }
        let found = find()
        _ = entries.value(for: surname, insertingIfAbsent: found)
        return found
    }
}
