// swift-tools-version: 6.1
import PackageDescription

/// Copydesk's throughput benchmarks: a nested package so the root package stays free of the
/// benchmark dependency. Run from this folder: `swift package benchmark` (see README.md).
let package = Package(
    name: "CopydeskBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Copydesk", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "Throughput",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Copydesk", package: "Copydesk"),
                .product(name: "CopydeskBuiltins", package: "Copydesk"),
            ],
            path: "Benchmarks/Throughput",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
        .executableTarget(
            name: "pipeline-pass",
            dependencies: [
                .product(name: "Copydesk", package: "Copydesk"),
                .product(name: "CopydeskBuiltins", package: "Copydesk"),
            ],
            path: "Tools/PipelinePass"
        ),
        .executableTarget(
            name: "html-pass",
            dependencies: [
                .product(name: "CopydeskHTML", package: "Copydesk"),
            ],
            path: "Tools/HTMLPass"
        ),
    ],
    swiftLanguageModes: [.v6]
)
