// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Gazette",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "gazette", targets: ["gazette"]),
        // For Benchmarks/, a package of its own so the benchmark tooling stays out of this one.
        .library(
            name: "GazetteLibrary",
            targets: [
                "GazetteMarkdown", "GazetteContent", "GazetteMustache", "GazetteTemplates", "GazetteEnrichment",
                "GazetteBuild",
            ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(name: "GazetteMarkdown", dependencies: ["CCMark"]),
        .target(name: "GazetteContent", dependencies: ["GazetteMarkdown", "Yams"]),
        .target(
            name: "GazetteTemplates",
            dependencies: ["GazetteMarkdown", "GazetteContent", "GazetteMustache"]
        ),
        .target(name: "GazetteMustache"),
        .target(name: "GazetteEnrichment", dependencies: ["GazetteContent"]),
        .target(
            name: "GazetteBuild",
            dependencies: [
                "CSystemShims", "GazetteContent", "GazetteEnrichment", "GazetteMustache", "GazetteTemplates",
            ]
        ),
        .target(
            name: "GazettePreview",
            dependencies: [
                "GazetteBuild", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(name: "CSystemShims"),
        .target(name: "GazettePublish", dependencies: ["GazetteBuild", "CSystemShims"]),
        .target(
            name: "GazetteCLI",
            dependencies: [
                "GazetteMarkdown",
                "GazetteEnrichment",
                "GazetteBuild",
                "GazettePreview",
                "GazettePublish",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "gazette", dependencies: ["GazetteCLI"],
            // mimalloc (Debian libmimalloc-dev) takes malloc over for the whole process: a build makes
            // millions of short-lived small allocations (cmark nodes, strings, arrays, dictionaries),
            // and glibc's allocator was 7% of a 10k build's CPU. Paired builds: 6–8% less time.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(name: "GazetteMarkdownTests", dependencies: ["GazetteMarkdown"]),
        .testTarget(name: "GazetteContentTests", dependencies: ["GazetteContent"]),
        .testTarget(name: "GazetteMustacheTests", dependencies: ["GazetteMustache"]),
        .testTarget(name: "GazetteEnrichmentTests", dependencies: ["GazetteEnrichment", "GazetteTesting"]),
        .testTarget(name: "GazetteBuildTests", dependencies: ["GazetteBuild", "GazetteTesting"]),
        .target(name: "GazetteTesting", dependencies: ["GazetteBuild"], path: "Tests/GazetteTesting"),
        .testTarget(
            name: "GazettePreviewTests",
            dependencies: [
                "GazettePreview", "GazetteTesting", .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "GazettePublishTests", dependencies: ["GazettePublish", "GazetteTesting"]),
        .testTarget(name: "GazetteCLITests", dependencies: ["gazette", "GazetteTesting"]),
    ],
    swiftLanguageModes: [.v6]
)
