// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Booth",
    products: [
        .library(name: "BoothKit", targets: ["BoothKit"]),
        .executable(name: "booth", targets: ["booth"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/onevcat/Rainbow.git", from: "4.2.0"),
    ],
    targets: [
        // Plain-C shim over the system ICU (libicu-dev). Its public header uses only C types so that it
        // never clashes with Foundation's private `_FoundationICU` module.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        // Plain-C shim over Snowball's libstemmer (libstemmer-dev).
        .target(name: "CStemmer", linkerSettings: [.linkedLibrary("stemmer")]),
        // Build-time tool and plugin that embed Lexicons/ into BoothKit, so the bundled defaults travel
        // inside the binary while staying readable, editable files in the repository.
        .executableTarget(name: "lexicon-embedder", path: "Sources/lexicon-embedder"),
        .plugin(
            name: "EmbedLexiconsPlugin",
            capability: .buildTool(),
            dependencies: ["lexicon-embedder"],
            path: "Sources/EmbedLexiconsPlugin"
        ),
        .target(
            name: "BoothKit",
            dependencies: ["CICU", "CStemmer", .product(name: "Plot", package: "Plot")],
            plugins: ["EmbedLexiconsPlugin"]
        ),
        .executableTarget(
            name: "booth",
            dependencies: ["BoothKit", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                           .product(name: "Rainbow", package: "Rainbow")]
        ),
        // Fixtures and a runner for the built `booth`, shared by the test targets.
        .target(name: "TestSupport", dependencies: ["BoothKit"], path: "Tests/TestSupport"),
        .testTarget(
            name: "BoothKitTests",
            dependencies: ["BoothKit", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            path: "Tests/BoothKitTests"
        ),
        .testTarget(
            name: "BoothCLITests",
            dependencies: ["booth", "TestSupport"],
            path: "Tests/BoothCLITests"
        ),
    ]
)
