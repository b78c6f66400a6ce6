// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "dipkb",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dipkb", targets: ["dipkb"]),
        .executable(name: "dipkb-corpus", targets: ["dipkb-corpus"]),
        .executable(name: "dipkb-bench", targets: ["dipkb-bench"]),
        .executable(name: "dipkb-fuzz", targets: ["dipkb-fuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // `dipkb serve`: the HTTP server and its templates. No traits: the server needs neither
        // swift-configuration nor full Foundation, and leaving them out shortens a fresh build.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // SHA-256 of article text (content hashes), from a well-kept library rather than our own code.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // SQLite from the system (libsqlite3-dev), wrapped by our own small Swift layer.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "SQLite", dependencies: ["CSQLite"]),

        // What an article is (its text, title, day): the one thing Intake and Extraction share.
        .target(name: "ArticleModel"),
        // Pure Swift: article in, facts out. Knows nothing of SQLite or the CLI.
        .target(
            name: "Extraction",
            dependencies: ["ArticleModel"],
            exclude: ["Gazetteers"],
            plugins: ["EmbedData"]),
        // Files, HTML and JSON Lines in, articles out.
        .target(name: "Intake", dependencies: ["ArticleModel"]),
        // Facts in, rows in; named queries out. Embeds ../../schema.sql and ../../queries.sql.
        .target(
            name: "Store",
            dependencies: ["SQLite", "Extraction", .product(name: "Crypto", package: "swift-crypto")],
            plugins: ["EmbedData"]),
        // The application core: the load pipeline, output formats, graphs.
        .target(name: "DipKB", dependencies: ["Store", "SQLite", "Extraction", "Intake", "ArticleModel"]),
        // `dipkb serve`: a read-only web view of the knowledge base. Its templates, stylesheet and
        // page queries are data files (Sources/DipKBServer/embed.list), embedded into the binary.
        .target(
            name: "DipKBServer",
            dependencies: [
                "DipKB", "Store", "SQLite",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            exclude: ["Templates", "Assets", "Queries"],
            plugins: ["EmbedData"]),
        // Thin executable.
        .executableTarget(
            name: "dipkb",
            dependencies: ["DipKB", "DipKBServer", .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        // Benchmark and fuzzing tools (`make bench`, `make fuzz`): a deterministic corpus generator,
        // in-process measurements, and a libFuzzer entry over the article reader and extractor.
        .executableTarget(name: "dipkb-corpus"),
        .executableTarget(name: "dipkb-bench", dependencies: ["DipKB", "Extraction", "Intake", "SQLite", "Store"]),
        .executableTarget(name: "dipkb-fuzz", dependencies: ["Extraction", "Intake"]),

        // Build step that turns readable data files (schema, queries, gazetteers) into Swift constants.
        .executableTarget(name: "embed-data"),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["embed-data"]),

        .testTarget(name: "SQLiteTests", dependencies: ["SQLite"]),
        .testTarget(
            name: "ExtractionTests",
            dependencies: ["Extraction", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(
            name: "IntakeTests",
            dependencies: ["Intake", "ArticleModel", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "SQLite", "Extraction"]),
        .testTarget(name: "CLITests", dependencies: ["DipKB", "Store", "SQLite", "Extraction", "Intake"]),
        .testTarget(name: "CorpusTests", dependencies: ["dipkb-corpus"]),
        .testTarget(name: "ServerTests", dependencies: ["DipKBServer", "DipKB", "Store", "Intake"]),
        .testTarget(
            name: "DipKBTests",
            dependencies: [
                "DipKB", "Store", "SQLite", "Extraction", "Intake",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
    ]
)
