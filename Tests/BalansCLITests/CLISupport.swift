import BalansTestSupport
import Foundation

/// Runs the built `balans` executable, as a user would.
enum CLI {
    static var repoRoot: URL { TestDemo.repoRoot }
    static var binary: String { TestDemo.binary }

    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    @discardableResult
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:])
        async throws -> Outcome
    {
        let merged =
            environment.isEmpty ? nil : ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let r = try await runProcess(binary, arguments, in: directory ?? repoRoot, environment: merged)
        return Outcome(
            status: r.status, stdout: String(decoding: r.stdout, as: UTF8.self),
            stderr: String(decoding: r.stderr, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("balans-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The demo, built once per test run and backend into a temporary directory (its reports)
    /// and database: DIR/balans.sqlite, or a PostgreSQL database no process keeps open, so
    /// copies can be made of it (`copyOfDemo`).
    struct Demo: Sendable {
        var directory: URL
        var database: String
        /// A copy that tests only read (PostgreSQL copies from a database nobody is connected to).
        var readDatabase: String
    }

    static func demo(_ backend: TestBackend) async -> Swift.Result<URL, any Error> {
        await built(backend).map(\.directory)
    }

    /// Awaited, never waited for: the first test to ask starts the build, the others suspend
    /// (a `static let` of the built demo held a cooperative thread per waiting test).
    static func built(_ backend: TestBackend) async -> Swift.Result<Demo, any Error> {
        await (backend == .sqlite ? demoSQLite : demoPostgres).result
    }

    private static let demoSQLite = Task { try await buildDemo(.sqlite) }
    private static let demoPostgres = Task { try await buildDemo(.postgres) }

    private static func buildDemo(_ backend: TestBackend) async throws -> Demo {
        let (dir, database) = try await TestDemo.build(backend)
        let read = backend == .postgres ? try await backend.copy(of: database, in: dir, name: "read") : database
        return Demo(directory: dir, database: database, readDatabase: read)
    }

    /// The demo's database, to read.
    static func demoDatabase(_ backend: TestBackend) async throws -> String {
        try await built(backend).get().readDatabase
    }

    /// A copy of the demo's database of the test's own, to change.
    static func copyOfDemo(_ backend: TestBackend, in dir: URL) async throws -> String {
        try await backend.copy(of: built(backend).get().database, in: dir)
    }

}
