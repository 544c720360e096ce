// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "CustomAnalyzer",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "analyze", targets: ["CustomAnalyze"]),
        .library(name: "JargonAnalyzer", targets: ["JargonAnalyzer"]),
    ],
    dependencies: [
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
