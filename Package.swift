// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Taalmaat",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Taalmaat", targets: ["Taalmaat"]),
        .library(name: "TaalmaatText", targets: ["TaalmaatText"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
    ],
    targets: [
        // Hunspell from the system (Debian: libhunspell-dev, dictionary: hunspell-nl).
        .systemLibrary(
            name: "CHunspell",
            pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev", "hunspell-nl"])]
        ),

        // Text model → tokenizer → structure (blocks, sentences) → syllables.
        .target(name: "TaalmaatText"),

        // Thread-safe Swift wrapper around Hunspell.
        .target(name: "TaalmaatSpelling", dependencies: ["CHunspell"]),

        // The checker: word lists, rules, scores and the public API.
        .target(
            name: "Taalmaat",
            dependencies: ["TaalmaatText", "TaalmaatSpelling", .product(name: "Yams", package: "Yams")]
        ),

        // Benchmarks: `swift build -c release --product taalmaat-bench` (see main.swift).
        .executableTarget(
            name: "taalmaat-bench",
            dependencies: ["Taalmaat", "TaalmaatText"],
            path: "Sources/TaalmaatBenchmarks",
            exclude: ["corpus"]
        ),

        .testTarget(name: "TaalmaatTextTests", dependencies: ["TaalmaatText"]),
        .testTarget(name: "TaalmaatSpellingTests", dependencies: ["TaalmaatSpelling"]),
        .testTarget(name: "TaalmaatTests", dependencies: ["Taalmaat"]),
    ]
)
