import BalansCore
import BalansStore
import Foundation
import PostgresNIO

/// The backends a store or CLI test runs against: SQLite always, PostgreSQL when
/// `BALANS_TEST_POSTGRES_URL` names a server (`.ci/run` starts one), so one suite proves both.
public enum TestBackend: String, Sendable, CustomStringConvertible {
    case sqlite, postgres

    /// The backend's name, "sqlite" or "postgres", as test output shows it.
    public var description: String { rawValue }

    /// A URL of the test server with rights to create databases, e.g.
    /// `postgres://balans@127.0.0.1:5433/postgres`.
    public static let postgresURL: String? = {
        guard let url = ProcessInfo.processInfo.environment["BALANS_TEST_POSTGRES_URL"], !url.isEmpty else {
            return nil
        }
        return url
    }()

    /// Every backend this run tests.
    public static let all: [TestBackend] = postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]

    /// A location for a new, empty database: a file in `dir`, or a new PostgreSQL database.
    public func newDatabase(in dir: URL, name: String = "t") async throws -> String {
        switch self {
        case .sqlite: return dir.appendingPathComponent("\(name).sqlite").path
        case .postgres: return try await offCooperativePool { try Self.createPostgresDatabase() }
        }
    }

    /// A new empty store (SQLite in memory, or a new PostgreSQL database).
    public func store(organisation: OrganisationCode = Store.defaultOrganisation) async throws -> Store {
        switch self {
        case .sqlite: return try await Store(organisation: organisation)
        case .postgres:
            let url = try await offCooperativePool { try Self.createPostgresDatabase() }
            return try await Store(path: url, organisation: organisation)
        }
    }

    /// A copy of a database that no process is using: a file copy, or a PostgreSQL database
    /// made from it as a template (on a thread of its own: a copy takes seconds on a loaded machine).
    public func copy(of database: String, in dir: URL, name: String = "copy") async throws -> String {
        try await offCooperativePool { try copyBlocking(of: database, in: dir, name: name) }
    }

    private func copyBlocking(of database: String, in dir: URL, name: String) throws -> String {
        switch self {
        case .sqlite:
            let path = dir.appendingPathComponent("\(name)-\(UUID().uuidString.prefix(8)).sqlite").path
            try FileManager.default.copyItem(atPath: database, toPath: path)
            return path
        case .postgres:
            guard let template = URLComponents(string: database)?.path.dropFirst() else {
                throw TestSupportError("not a URL: \(database)")
            }
            return try Self.createPostgresDatabase(template: String(template))
        }
    }

    /// Creates a database with a name of its own on the test server and returns its URL.
    static func createPostgresDatabase(template: String? = nil) throws -> String {
        guard let admin = postgresURL, var url = URLComponents(string: admin) else {
            throw TestSupportError("BALANS_TEST_POSTGRES_URL is not set")
        }
        let name = "balans_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        // A template's last user may still be leaving (a `balans` process that just exited):
        // PostgreSQL refuses to copy it until then (55006).
        for attempt in 1... {
            do {
                // FILE_COPY: the copy is one WAL record, not every page of the template (the
                // default, WAL_LOG, wrote gigabytes a run for the standby to replay).
                try PostgresBackend.administer(
                    url: admin,
                    "CREATE DATABASE \(name) STRATEGY FILE_COPY" + (template.map { " TEMPLATE \($0)" } ?? ""))
                break
            } catch let failure as PostgresFailure where failure.sqlState == "55006" && attempt < 50 {
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
        url.path = "/\(name)"
        return url.string ?? admin
    }
}

/// The test support itself failed (the demo did not build, no PostgreSQL test server is set): not the code
/// under test.
public struct TestSupportError: Error, CustomStringConvertible {
    /// What failed, with the command's standard error where there is one.
    public var description: String
    /// A failure with the message to show in the test's output.
    public init(_ description: String) { self.description = description }
}

extension TestBackend {
    /// Runs `body` while a connection of its own holds the PostgreSQL advisory lock `key` (as
    /// a writer of that organisation would), to show who waits for it and who does not.
    public static func holdingPostgresLock<T>(url: String, key: String, _ body: () throws -> T) throws -> T {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let config = try PostgresBackend.configuration(url)
        let logger = Logger(label: "balans.test")
        let connection = try PostgresConnection.connect(on: group.next(), configuration: config, id: 1, logger: logger)
            .wait()
        defer { try? connection.close().wait() }
        var bindings = PostgresBindings()
        bindings.append(key)
        _ = try connection.query(
            PostgresQuery(unsafeSQL: "SELECT pg_advisory_lock(hashtextextended($1, 0))", binds: bindings),
            logger: logger
        ).wait()
        defer {
            _ = try? connection.query(
                PostgresQuery(unsafeSQL: "SELECT pg_advisory_unlock(hashtextextended($1, 0))", binds: bindings),
                logger: logger
            ).wait()
        }
        return try body()
    }
}
