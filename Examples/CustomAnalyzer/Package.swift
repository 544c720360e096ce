// swift-tools-version: 6.1
import PackageDescription

// A package with one custom analyzer (`jargon`) and its own command-line binary: Copydesk's
// built-in analyzers plus this one. See Docs/writing-an-analyzer.md, which builds this package.

let package = Package(
    name: "CustomAnalyzer",
    platforms: [.macOS(.v15)],
    products: [
        // Not `analyze`: product and target names must be unique across the package graph,
        // and Copydesk already has an `analyze` executable.
        .executable(name: "custom-analyze", targets: ["CustomAnalyze"]),
        .library(name: "JargonAnalyzer", targets: ["JargonAnalyzer"]),
    ],
    dependencies: [
        // `name:` lets targets say `package: "Copydesk"` whatever the checkout's folder is called
        // (a path dependency's identity is its folder name).
        .package(name: "Copydesk", path: "../.."),
    ],
    targets: [
        .target(
            name: "JargonAnalyzer",
            dependencies: [.product(name: "Copydesk", package: "Copydesk")]
        ),
        .executableTarget(
            name: "CustomAnalyze",
            dependencies: [
                "JargonAnalyzer",
                .product(name: "CopydeskCLI", package: "Copydesk"),
                .product(name: "CopydeskBuiltins", package: "Copydesk"),
            ]
        ),
        .testTarget(
            name: "JargonAnalyzerTests",
            dependencies: ["JargonAnalyzer", .product(name: "Copydesk", package: "Copydesk")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
