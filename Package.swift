// swift-tools-version:5.9
import Foundation
import PackageDescription

let package = Package(
    name: "nbrun",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nbrun", targets: ["nbrun"]),
    ],
    // Every dependency is pinned to one release (`exact:`), so every clone builds the same code. Package.resolved
    // stays git-ignored: the package copies on this workplace come from local mirrors whose commit ids are not
    // GitHub's, so a committed Package.resolved would name commits that exist only here; the exact pins give the
    // same reproducibility. Every product a target imports is declared on that target.
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "Markup"),
        .target(name: "PythonSyntax"),
        .target(name: "Output"),
        .target(name: "Notebook", dependencies: ["CCmark"]),
        .target(name: "Results", dependencies: ["Notebook", "Output", "Engine"]),
        .target(name: "Config", dependencies: ["Notebook", "Results", "Output", "Engine", .product(name: "Yams", package: "Yams")]),
        .target(name: "Engine"),
        .target(name: "Formula", dependencies: ["Notebook", "Markup", "Output", "PythonSyntax"]),
        .target(name: "Charts", dependencies: ["Markup", "Output"]),
        .target(name: "Report", dependencies: ["Notebook", "Results", "Output", "Engine", "Charts", "Formula", "Markup", "PythonSyntax"],
                plugins: ["EmbedPython"]),
        // The exported program's prelude: Sources/Report/Python/*.py as Swift strings, written at build time.
        .plugin(name: "EmbedPython", capability: .buildTool()),
        .target(name: "Runner", dependencies: [
            "Notebook", "Results", "Output", "Config", "Engine", "Formula",
        ], plugins: ["EngineIdentity"]),
        // Hashes the sources of Engine, Config, Runner, Results and Formula into the Runner's EngineIdentity (the cache key).
        .plugin(name: "EngineIdentity", capability: .buildTool(), dependencies: ["EngineIdentityTool"]),
        .executableTarget(name: "EngineIdentityTool"),
        // `--serve`: a small HTTP/1.1 server for the output folder (POSIX sockets, bounded request parsing).
        .target(name: "Preview", dependencies: ["Output"]),
        .executableTarget(name: "nbrun", dependencies: [
            "Runner", "Report", "Notebook", "Results", "Output", "Engine", "Preview",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "TestSupport", path: "Sources/TestSupport"),
        // scripts/bench.sh engine: times training epochs without data generation or rendering (not a product).
        .executableTarget(name: "EngineBenchmark", dependencies: ["Engine"]),

        .testTarget(name: "MarkupTests", dependencies: ["Markup"]),
        .testTarget(name: "PythonSyntaxTests", dependencies: ["PythonSyntax"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook", "Output", "TestSupport"]),
        .testTarget(name: "OutputTests", dependencies: ["Output"]),
        .testTarget(name: "ConfigTests", dependencies: ["Config", "Engine", "Notebook", "TestSupport"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "FormulaTests", dependencies: ["Formula", "Markup", "TestSupport"], exclude: ["Fixtures", "Snapshots"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts", "Markup", "Output", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Notebook", "Results", "Output", "Engine", "Markup", "Formula", "Config", "TestSupport"],
                    exclude: ["Snapshots", "GFM"]),
        .testTarget(name: "RunnerTests", dependencies: ["Runner", "Notebook", "Results", "TestSupport"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"], exclude: ["Notebooks"]),
    ]
)

// libFuzzer targets (scripts/fuzz.sh): only with NBRUN_FUZZ=1, built with -sanitize=fuzzer,address, where libFuzzer
// each target's `main` hands its test function to libFuzzer's `LLVMFuzzerRunDriver` through FuzzSupport's `runFuzzer`.
if ProcessInfo.processInfo.environment["NBRUN_FUZZ"] != nil {
    let fuzzTargets: [(String, [Target.Dependency])] = [
        ("FuzzNotebook", ["Notebook"]), ("FuzzConfig", ["Config", "Notebook"]), ("FuzzMathML", ["Formula"]),
        ("FuzzTape", ["Formula"]), ("FuzzCSV", ["Runner", "Config", "Notebook", "Engine"]),
        ("FuzzMarkdownDepth", ["Notebook", "Results", "Report", "Formula"]),
        ("FuzzPythonExport", ["Report", "Results", "Engine", "Notebook", "TestSupport"]),
    ]
    package.targets.append(.target(name: "FuzzSupport", path: "Fuzz/FuzzSupport"))
    for (name, dependencies) in fuzzTargets {
        package.targets.append(.executableTarget(name: name, dependencies: dependencies + ["FuzzSupport"], path: "Fuzz/\(name)"))
        package.products.append(.executable(name: name, targets: [name]))
    }
}
