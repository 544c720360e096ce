/// Where each capitalized token occurs, by its hash, in text order: the capitalized tokens sorted
/// by hash, then position, in one array, so a look-up is a binary search and a run of entries.
///
/// Built on the first look-up of a document: most documents never look a name up elsewhere in
/// the text, and for them the pass over every token is saved. A class kept by the workspace, so
/// that the builder's non-mutating methods can fill it in and its storage serves every document.
final class CapitalizedOccurrences {
    private struct Occurrence {
        var hash: UInt64
        var token: Int32
    }

    /// The capitalized tokens of the current document, by hash then position (when `isBuilt`).
    private var occurrences: [Occurrence] = []
    private var isBuilt = false

    /// Forgets the document: the next look-up builds the list for the view it is given.
    func reset() {
        isBuilt = false
    }

    private func build(_ view: TokenView) {
        var list = SourcesWorkspace.take(&occurrences)
        for i in view.tokens.indices where view.isCapitalized(i) {
            list.append(Occurrence(hash: view.hashes[i], token: Int32(i)))
        }
        list.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.token < $1.token }
        occurrences = list
        isBuilt = true
    }

    /// The capitalized tokens of `view` whose hash is `hash`, in text order. `view` must be the
    /// view of the document since the last `reset()`.
    func tokens(withHash hash: UInt64, in view: TokenView) -> some Sequence<Int> {
        if !isBuilt { build(view) }
        let list = occurrences
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid].hash < hash { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < list.count, list[end].hash == hash { end += 1 }
        return list[low..<end].lazy.map { Int($0.token) }
    }
}
