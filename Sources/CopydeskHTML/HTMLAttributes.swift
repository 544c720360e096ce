/// An element's attributes by lowercased name, in document order. An element carries a few, so
/// a name is looked up by comparing it with each one's: a dictionary hashed the name on every
/// lookup, and the extractor asks each element for six of them.
struct HTMLAttributes: ExpressibleByDictionaryLiteral {
    private var entries: [(name: String, value: String)] = []

    init() {}

    init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements { self[name] = value }
    }

    /// The value of the attribute `name`; setting one that is there replaces its value (a name
    /// given twice keeps the last value, as a dictionary did).
    subscript(name: String) -> String? {
        get {
            for entry in entries where entry.name == name { return entry.value }
            return nil
        }
        set {
            if let index = entries.firstIndex(where: { $0.name == name }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((name, newValue))
            }
        }
    }
}
