// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Gazette",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gazette", targets: ["gazette"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CCMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(name: "GazetteMarkdown", dependencies: ["CCMark"]),
        .target(
            name: "GazetteCLI",
            dependencies: [
                "GazetteMarkdown",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "gazette", dependencies: ["GazetteCLI"]),
        .testTarget(name: "GazetteMarkdownTests", dependencies: ["GazetteMarkdown"]),
        .testTarget(name: "GazetteCLITests", dependencies: ["gazette"]),
    ],
    swiftLanguageModes: [.v6]
)
