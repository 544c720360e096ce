import Foundation

/// A shell-style path pattern that reached `analyze` unexpanded — quoted, so that an archive of
/// a million files does not overflow the shell's argument list: `'archive/2024-*/*.jsonl.gz'`,
/// `'exports/**/*.jsonl'`. Within a path component `*`, `?` and `[…]` match as in the shell
/// (`fnmatch`); a component `**` matches any number of directories, none included. Hidden
/// entries match only a component that starts with a dot. Matches come back sorted.
struct GlobPattern {
    let pattern: String

    /// Whether `path` contains pattern characters.
    static func isPattern(_ path: String) -> Bool {
        path.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    /// The existing files and directories that match, sorted, each once.
    func matches() -> [String] {
        let absolute = pattern.hasPrefix("/")
        let components = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var found = Set<String>()
        walk(absolute ? "/" : "", components[...], into: &found)
        return found.sorted()
    }

    private func join(_ directory: String, _ name: String) -> String {
        directory.isEmpty ? name : directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    private func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path.isEmpty ? "." : path, isDirectory: &flag) && flag.boolValue
    }

    private func entries(of directory: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []  // `matches` sorts
    }

    private func walk(_ directory: String, _ rest: ArraySlice<String>, into found: inout Set<String>) {
        guard let component = rest.first else {
            if !directory.isEmpty { found.insert(directory) }
            return
        }
        let remaining = rest.dropFirst()
        if component == "**" {
            walk(directory, remaining, into: &found)
            for name in entries(of: directory) where !name.hasPrefix(".") {
                let path = join(directory, name)
                if isDirectory(path) { walk(path, rest, into: &found) } else if remaining.isEmpty { found.insert(path) }
            }
        } else if !Self.isPattern(component) {
            let path = join(directory, component)
            if FileManager.default.fileExists(atPath: path) { walk(path, remaining, into: &found) }
        } else {
            guard isDirectory(directory) else { return }
            for name in entries(of: directory) where !name.hasPrefix(".") || component.hasPrefix(".") {
                guard fnmatch(component, name, 0) == 0 else { continue }
                let path = join(directory, name)
                if remaining.isEmpty || isDirectory(path) { walk(path, remaining, into: &found) }
            }
        }
    }
}
