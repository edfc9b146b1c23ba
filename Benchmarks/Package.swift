// swift-tools-version: 6.1
// Micro-benchmarks for Gazette, a package of their own so that the benchmark tooling (and its
// malloc interposer) never becomes a dependency of the site generator. Run from this folder:
//   swift package benchmark
import PackageDescription

let package = Package(
    name: "GazetteBenchmarks",
    // The same floor as the main package: a dependent may not target an older macOS.
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Gazette", path: ".."),
        // Naming the trait replaces benchmark's default traits: malloc counts come from the
        // interposer (no jemalloc needed on Swift 6.3), and the Linux ARC runtime interposer,
        // whose package this machine does not serve, is left out.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "GazetteBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "GazetteLibrary", package: "Gazette"),
            ],
            path: "Benchmarks/GazetteBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ],
    swiftLanguageModes: [.v6]
)
