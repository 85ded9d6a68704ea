// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Taalmaat",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "TaalmaatText", targets: ["TaalmaatText"]),
        .library(name: "TaalmaatSpelling", targets: ["TaalmaatSpelling"]),
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

        .testTarget(name: "TaalmaatTextTests", dependencies: ["TaalmaatText"]),
        .testTarget(name: "TaalmaatSpellingTests", dependencies: ["TaalmaatSpelling"]),
    ]
)
