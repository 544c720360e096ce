/// The analyzers a run can use, by id — immutable, built from a list of types (no global state).
public struct AnalyzerRegistry: Sendable {
    /// The analyzer types in registration order.
    public let types: [any Analyzer.Type]

    /// A registry of `types`. Ids must be unique and snake_case.
    public init(_ types: [any Analyzer.Type]) throws(AnalyzerError) {
        var seen = Set<String>()
        for type in types {
            let id = type.description.id
            guard Self.isSnakeCase(id) else { throw .invalidConfiguration("analyzer id '\(id)' is not snake_case") }
            guard seen.insert(id).inserted else { throw .invalidConfiguration("two analyzers share the id '\(id)'") }
            let needed = type.description.minimumCoreVersion
            guard Self.version(needed, isAtMost: CopydeskVersion.current) else {
                throw .invalidConfiguration("analyzer '\(id)' needs Copydesk \(needed) or later; this is \(CopydeskVersion.current)")
            }
        }
        self.types = types
    }

    /// Every id, in registration order.
    public var ids: [String] { types.map { $0.description.id } }

    /// The analyzer type with `id`.
    public func type(for id: String) -> (any Analyzer.Type)? {
        types.first { $0.description.id == id }
    }

    /// The registered id closest to `id` (edit distance at most 3), for "did you mean" hints.
    public func suggestion(for id: String) -> String? {
        let scored = ids.map { ($0, EditDistance.between($0, id)) }.min { $0.1 < $1.1 }
        guard let best = scored, best.1 <= max(2, min(3, id.count / 2)) else { return nil }
        return best.0
    }

    /// What to tell a user who asked for `id`, which is not registered: the closest id when one
    /// is near ("did you mean"), and every valid id.
    public func unknownPluginMessage(_ id: String) -> String {
        let hint = suggestion(for: id).map { "; did you mean '\($0)'?" } ?? "."
        return "unknown plugin '\(id)'\(hint) Available: \(ids.joined(separator: ", "))"
    }

    /// Resolves a list of ids into a run order where every analyzer comes after those it
    /// requires (added automatically), rejecting unknown ids and cycles.
    public func plan(_ requested: [String]) throws(AnalyzerError) -> [any Analyzer.Type] {
        var order: [any Analyzer.Type] = []
        var state: [String: Bool] = [:]   // false: visiting, true: done
        func visit(_ id: String, path: [String]) throws(AnalyzerError) {
            if state[id] == true { return }
            if state[id] == false {
                throw .invalidConfiguration("plugins require each other in a cycle: \((path + [id]).joined(separator: " -> "))")
            }
            guard let type = type(for: id) else { throw .invalidConfiguration(unknownPluginMessage(id)) }
            state[id] = false
            for dependency in type.description.requires { try visit(dependency, path: path + [id]) }
            state[id] = true
            order.append(type)
        }
        for id in requested { try visit(id, path: []) }
        return order
    }

    /// Whether semantic version `a` ("1.2.0") is at most `b`; missing parts count as 0.
    static func version(_ a: String, isAtMost b: String) -> Bool {
        let left = a.split(separator: ".").map { Int($0) ?? 0 }, right = b.split(separator: ".").map { Int($0) ?? 0 }
        for index in 0..<max(left.count, right.count) {
            let x = index < left.count ? left[index] : 0, y = index < right.count ? right[index] : 0
            if x != y { return x < y }
        }
        return true
    }

    /// Whether `id` can name a plugin: snake_case, starting with a letter.
    public static func isValidID(_ id: String) -> Bool { isSnakeCase(id) }

    static func isSnakeCase(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
