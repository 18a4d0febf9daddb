// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "meldcode",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "meldcode", targets: ["meldcode"]),
        // For the fuzz targets in Fuzz/, which build against these.
        .library(name: "MeldcodeKit", targets: ["MeldcodeKit"]),
        .library(name: "DutchText", targets: ["DutchText"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        // Dutch language processing: knows Dutch, nothing of the meldcode.
        .target(name: "DutchText"),

        // Dialogues/ and Localization/ compiled into the binary, so a copied
        // executable works from anywhere.
        .executableTarget(name: "EmbedTool", path: "Sources/EmbedTool"),
        .plugin(
            name: "EmbedPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedTool"],
            path: "Sources/EmbedPlugin"
        ),
        .target(
            name: "MeldcodeData",
            plugins: ["EmbedPlugin"]
        ),

        // Dialogue definitions, conversation engine, case events, decisions, dossier.
        .target(
            name: "MeldcodeKit",
            dependencies: [
                "DutchText",
                "MeldcodeData",
                .product(name: "Yams", package: "Yams"),
            ]
        ),

        // Cases on disk: an encrypted SQLite database of case events.
        .target(
            name: "CaseStore",
            dependencies: [
                "MeldcodeKit",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // Measures the store at 1k to 10k cases and events: `swift run -c release StoreScale [DIR]`.
        .executableTarget(name: "StoreScale", dependencies: ["CaseStore", "MeldcodeKit"], path: "Benchmarks/StoreScale"),

        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),

        .executableTarget(
            name: "meldcode",
            dependencies: [
                "DutchText",
                "MeldcodeKit",
                "CaseStore",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "DutchTextTests", dependencies: ["DutchText"], exclude: ["Data"]),
        .testTarget(name: "MeldcodeKitTests", dependencies: ["MeldcodeKit"], exclude: ["Intents", "Transcripts", "Golden"]),
        .testTarget(name: "MeldcodeCLITests",
                    dependencies: ["MeldcodeKit", "CaseStore", .product(name: "GRDB", package: "GRDB.swift")]),
        // A second process for the tests of the store: takes a case lock, or
        // opens a store without root's rights.
        .executableTarget(name: "CaseStoreProbe", dependencies: ["CaseStore"], path: "Tests/CaseStoreProbe"),
        .testTarget(
            name: "CaseStoreTests",
            dependencies: ["CaseStore", "MeldcodeKit", "CaseStoreProbe", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
