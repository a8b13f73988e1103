// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Roundtable",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "roundtable", targets: ["roundtable"]),
        .library(name: "RoundtableKit", targets: ["RoundtableKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
        // `serve` only; without the trait that reads settings through swift-configuration.
        .package(
            url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "Markdown", dependencies: ["CCmark"]),
        .systemLibrary(name: "CGLPK", providers: [.apt(["libglpk-dev"])]),
        .target(name: "IntegerProgramming", dependencies: ["CGLPK"]),
        // The disclosure policy knows cells, sums and a solver, not pair files or the site: what
        // RoundtableKit may use of it is `package`, and it cannot reach back.
        .target(name: "DisclosurePolicy", dependencies: ["IntegerProgramming"]),
        .target(name: "CRoundtableSystem"),
        // Mustache templates compiled and rendered over plain dictionaries; swift-mustache, whose
        // rendering casts every value to several protocols, stays as the tests' reference.
        .target(name: "ThemeTemplates"),
        .target(
            name: "RoundtableKit",
            dependencies: [
                "Markdown",
                "DisclosurePolicy",
                "CRoundtableSystem",
                "ThemeTemplates",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // Incremental building, around the pipeline: only the build entry point and the command
        // line see it, and it sees the pipeline only through what RoundtableKit offers the package.
        .target(
            name: "IncrementalBuild",
            dependencies: ["RoundtableKit", "CRoundtableSystem", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // `roundtable import`: other generators' sources in front of the content folder.
        .target(
            name: "SiteImport",
            dependencies: ["RoundtableKit", "Markdown", .product(name: "Yams", package: "Yams")]
        ),
        // The preview server: a watcher in front of the incremental build, an HTTP server behind.
        .target(
            name: "RoundtableServer",
            dependencies: [
                "RoundtableKit",
                "IncrementalBuild",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "roundtable",
            dependencies: [
                "RoundtableKit",
                "IncrementalBuild",
                "RoundtableServer",
                "SiteImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "roundtable-benchmark",
            dependencies: [
                "RoundtableKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "roundtable-fuzz", dependencies: ["RoundtableKit"]),
        .testTarget(name: "IntegerProgrammingTests", dependencies: ["IntegerProgramming"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"], exclude: ["Samples"]),
        .testTarget(
            name: "RoundtableKitTests",
            dependencies: [
                "RoundtableKit", "IncrementalBuild", "DisclosurePolicy", "IntegerProgramming", "SiteImport",
                "ThemeTemplates", .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "RoundtableCLITests", dependencies: ["roundtable"]),
    ],
    swiftLanguageModes: [.v6]
)
