/// An element's attributes by lowercased name. An element carries a few, so a name is
/// looked up by comparing it with each one's: a dictionary hashed the name on every
/// lookup, and the extractor asks each element for six of them.
struct HTMLAttributes: ExpressibleByDictionaryLiteral {
    private var entries: [(name: String, value: String)] = []

    init() {}

    init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements { self[name] = value }
    }

    /// The value of the attribute `name`; setting one that is there replaces it (a name given
    /// twice keeps the last value, as a dictionary did).
    subscript(name: String) -> String? {
        get {
            for entry in entries where entry.name == name { return entry.value }
            return nil
        }
        set {
            entries.removeAll { $0.name == name }
            if let newValue { entries.append((name, newValue)) }
        }
    }
}
