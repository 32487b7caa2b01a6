// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "modgraph",
    products: [
        .executable(name: "modgraph", targets: ["modgraph"]),
        .library(name: "ModGraphCore", targets: ["ModGraphCore"]),
        .library(name: "ModGraphRender", targets: ["ModGraphRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        // Graphviz's libgvc/libcgraph from the Debian -dev packages, found through pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Parsing, the graph, MVS, checks, findings, DOT text. No processes; swift-crypto for SHA-256 (go.sum h1 hashes).
        .target(name: "ModGraphCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // The only importer of CGraphviz: DOT text in, SVG bytes out.
        .target(name: "ModGraphRender", dependencies: ["CGraphviz"]),
        // Runs the go command, read-only, when a capture is missing.
        .target(name: "ModGraphToolchain", dependencies: ["ModGraphCore"]),
        // The command line: argument parsing and printing only.
        .executableTarget(
            name: "modgraph",
            dependencies: [
                "ModGraphCore", "ModGraphRender", "ModGraphToolchain",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ModGraphCoreTests", dependencies: ["ModGraphCore", "TestSupport"]),
        .testTarget(name: "ModGraphRenderTests", dependencies: ["ModGraphRender", "ModGraphCore", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
    ]
)
