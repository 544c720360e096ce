import Foundation
import PackagePlugin

/// Compiles a target's `Resources/` folder (word lists, abbreviation lists, lexicons) into the
/// module as string constants, so the `analyze` binary is self-contained: no resource bundle
/// to install next to it, no file I/O at start-up.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let resources = target.directoryURL.appending(path: "Resources")
        let files = Self.files(under: resources)
        guard !files.isEmpty else { return [] }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        var arguments = [output.path(), resources.path()]
        arguments += files.map { $0.path() }
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) resource files into \(target.name)",
                executable: try context.tool(named: "ResourceEmbedder").url,
                arguments: arguments,
                inputFiles: files,
                outputFiles: [output]
            ),
        ]
    }

    private static func files(under directory: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else { return [] }
        var found: [URL] = []
        for case let url as URL in enumerator {
            let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
            if isFile && !url.lastPathComponent.hasSuffix(".md") { found.append(url) }
        }
        return found.sorted { $0.path() < $1.path() }
    }
}
