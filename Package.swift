// swift-tools-version: 6.2
// 6.2: swift-subprocess (PDF printing with a time limit) needs it.
import PackageDescription

let package = Package(
    name: "Balans",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "balans", targets: ["balans"]),
        .library(name: "BalansCore", targets: ["BalansCore"]),
        .library(name: "SIE", targets: ["SIE"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // SHA-256 of multi-hundred-megabyte ledgers at hardware speed (BoringSSL, SHA-NI).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // xlsx is zipped XML (issue 6).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The web application (issue 7): HTTP server, bcrypt for passwords.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        // The web pages' templates (issue 14): logic-less, HTML-escaped by default.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // The server's request log, and metrics in Prometheus's text format at /metrics (issue 14).
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        // The PostgreSQL backend (issue 8): a shared server for many organisations.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // Headless Chromium for PDF, in its own session with a time limit (issue 14).
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
    ],
    targets: [
        .target(name: "BalansCore"),
        .target(name: "SIE"),
        .target(
            name: "BalansImport",
            // BalansStore: the registry of data kinds imports into the store (DataKinds.swift).
            dependencies: [
                "BalansCore", "SIE", "BalansStore", .product(name: "Crypto", package: "swift-crypto"),
                // Uploaded xlsx forms (XLSXSheetReader).
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        .target(
            name: "BalansStore",
            dependencies: [
                "BalansCore", .product(name: "GRDB", package: "GRDB.swift"),
                // The raw SQLite API for the bulk insert of ledger rows (millions per import).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]),
        .target(
            name: "BalansReport",
            dependencies: [
                "BalansCore", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Subprocess", package: "swift-subprocess"),
            ]),
        .target(
            name: "BalansWeb",
            dependencies: [
                "BalansCore", "BalansStore", "BalansReport", "BalansImport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Subprocess", package: "swift-subprocess"),
            ]),
        .executableTarget(
            name: "balans",
            dependencies: [
                "BalansCore", "SIE", "BalansImport", "BalansStore", "BalansReport", "BalansWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        // Which backends a test runs against (SQLite; PostgreSQL when BALANS_TEST_POSTGRES_URL is set).
        .target(
            name: "BalansTestSupport",
            dependencies: [
                "BalansCore", "BalansImport", "BalansStore", "BalansReport",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            path: "Tests/BalansTestSupport"),
        // Core's own tests, and the seed figures Core computes from the example (read in process).
        .testTarget(name: "BalansCoreTests", dependencies: ["BalansCore", "BalansTestSupport"]),
        .testTarget(name: "SIETests", dependencies: ["SIE"]),
        .testTarget(name: "BalansImportTests", dependencies: ["BalansImport", "BalansCore"]),
        .testTarget(
            name: "BalansStoreTests",
            dependencies: [
                "BalansStore", "BalansTestSupport", "BalansImport", "BalansCore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "BalansReportTests",
            dependencies: [
                "BalansReport", "BalansCore", "BalansTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        .testTarget(
            name: "BalansCLITests",
            dependencies: [
                "BalansTestSupport", "BalansCore", "BalansStore", "BalansReport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                // A local stand-in for the Kolada API on 127.0.0.1 (`balans kolada fetch`).
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .testTarget(
            name: "BalansWebTests",
            dependencies: [
                "BalansWeb", "BalansTestSupport", "BalansCore", "BalansStore", "BalansReport", "BalansImport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Logging", package: "swift-log"),
            ]),
    ]
)
