// swift-tools-version: 6.1
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
    ],
    targets: [
        .target(name: "BalansCore"),
        .target(name: "SIE"),
        .target(name: "BalansImport", dependencies: ["BalansCore", "SIE"]),
        .target(name: "BalansStore", dependencies: ["BalansCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "BalansReport", dependencies: ["BalansCore"]),
        .executableTarget(name: "balans", dependencies: [
            "BalansCore", "SIE", "BalansImport", "BalansStore", "BalansReport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "BalansCoreTests", dependencies: ["BalansCore"]),
        .testTarget(name: "SIETests", dependencies: ["SIE"]),
        .testTarget(name: "BalansImportTests", dependencies: ["BalansImport", "BalansCore"]),
        .testTarget(name: "BalansStoreTests", dependencies: ["BalansStore", "BalansImport", "BalansCore"]),
        .testTarget(name: "BalansReportTests", dependencies: ["BalansReport", "BalansCore"]),
        .testTarget(name: "BalansCLITests", dependencies: ["BalansCore", "BalansStore", "BalansReport"]),
    ]
)
