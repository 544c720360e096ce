// swift-tools-version: 6.1
import PackageDescription

/// Copydesk: measure news articles — readability, sourcing, hedging and tone.
///
/// Layout:
/// - `Sources/CopydeskICU`: an opaque C facade over the system ICU (headers never reach Swift).
/// - `Sources/Copydesk`: the core library — document model, segmentation, readability, analyzer API.
/// - `Sources/CopydeskCLI`: the `analyze` command as a library, so custom binaries are a few lines.
/// - `Sources/analyze`: the executable.
/// - `Plugins/<Name>`: built-in analyzer plugins, each using only the public API of `Copydesk`.
/// - `Plugins/EmbedResources`: a build-tool plugin that compiles word lists into the binary.
let package = Package(
    name: "Copydesk",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Copydesk", targets: ["Copydesk"]),
        .library(name: "CopydeskCLI", targets: ["CopydeskCLI"]),
        .library(name: "CopydeskHTML", targets: ["CopydeskHTML"]),
        .library(name: "CopydeskBuiltins", targets: ["CopydeskBuiltins"]),
        .executable(name: "analyze", targets: ["analyze"]),
        .plugin(name: "NewAnalyzer", targets: ["NewAnalyzer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "ICUSystem",
            path: "Sources/ICUSystem",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .systemLibrary(
            name: "XMLSystem",
            path: "Sources/XMLSystem",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "CopydeskXML",
            dependencies: ["XMLSystem"],
            path: "Sources/CopydeskXML"
        ),
        .target(
            name: "CopydeskHTML",
            dependencies: ["CopydeskXML", "Copydesk"],
            path: "Sources/CopydeskHTML"
        ),
        .target(
            name: "CopydeskICU",
            dependencies: ["ICUSystem"],
            path: "Sources/CopydeskICU"
        ),
        .executableTarget(
            name: "ResourceEmbedder",
            path: "Sources/ResourceEmbedder"
        ),
        .plugin(
            name: "EmbedResources",
            capability: .buildTool(),
            dependencies: ["ResourceEmbedder"],
            path: "Plugins/EmbedResources"
        ),
        .plugin(
            name: "NewAnalyzer",
            capability: .command(
                intent: .custom(verb: "new-analyzer", description: "Write a new analyzer module (source and test) from the tutorial's template."),
                permissions: [.writeToPackageDirectory(reason: "It writes Sources/<Target>/<Name>Analyzer.swift and its test.")]
            ),
            path: "Plugins/NewAnalyzer"
        ),
        .target(
            name: "Copydesk",
            dependencies: ["CopydeskICU"],
            path: "Sources/Copydesk",
            exclude: ["Resources"],
            plugins: ["EmbedResources"]
        ),
        .target(
            name: "LexicalAnalyzer",
            dependencies: ["Copydesk"],
            path: "Plugins/LexicalAnalyzer",
            exclude: ["Resources"],
            plugins: ["EmbedResources"]
        ),
        .target(
            name: "ToneAnalyzer",
            dependencies: ["Copydesk"],
            path: "Plugins/ToneAnalyzer",
            exclude: ["Resources"],
            plugins: ["EmbedResources"]
        ),
        .target(
            name: "HedgingAnalyzer",
            dependencies: ["Copydesk"],
            path: "Plugins/HedgingAnalyzer",
            exclude: ["Resources"],
            plugins: ["EmbedResources"]
        ),
        .target(
            name: "SourcesAnalyzer",
            dependencies: ["Copydesk"],
            path: "Plugins/SourcesAnalyzer",
            exclude: ["Resources"],
            plugins: ["EmbedResources"]
        ),
        .target(
            name: "CopydeskBuiltins",
            dependencies: ["LexicalAnalyzer", "ToneAnalyzer", "HedgingAnalyzer", "SourcesAnalyzer", "Copydesk"],
            path: "Sources/CopydeskBuiltins"
        ),
        .target(
            name: "CopydeskCLI",
            dependencies: [
                "Copydesk",
                "CopydeskHTML",
                "CZlib",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ],
            path: "Sources/CopydeskCLI"
        ),
        .executableTarget(
            name: "analyze",
            dependencies: ["CopydeskCLI", "CopydeskBuiltins"],
            path: "Sources/analyze"
        ),
        .testTarget(
            name: "CopydeskTests",
            dependencies: ["Copydesk"],
            path: "Tests/CopydeskTests"
        ),
        .testTarget(
            name: "LexicalAnalyzerTests",
            dependencies: ["LexicalAnalyzer", "Copydesk"],
            path: "Tests/LexicalAnalyzerTests"
        ),
        .testTarget(
            name: "ToneAnalyzerTests",
            dependencies: ["ToneAnalyzer", "Copydesk"],
            path: "Tests/ToneAnalyzerTests"
        ),
        .testTarget(
            name: "HedgingAnalyzerTests",
            dependencies: ["HedgingAnalyzer", "Copydesk"],
            path: "Tests/HedgingAnalyzerTests"
        ),
        .testTarget(
            name: "SourcesAnalyzerTests",
            dependencies: ["SourcesAnalyzer", "Copydesk"],
            path: "Tests/SourcesAnalyzerTests"
        ),
        .testTarget(
            name: "CopydeskHTMLTests",
            dependencies: ["CopydeskHTML", "Copydesk"],
            path: "Tests/CopydeskHTMLTests"
        ),
        .testTarget(
            name: "CopydeskCLITests",
            dependencies: ["CopydeskCLI", "analyze"],
            path: "Tests/CopydeskCLITests",
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
