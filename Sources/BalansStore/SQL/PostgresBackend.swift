import BalansCore
import Foundation
import PostgresNIO

/// The store on a PostgreSQL server (PostgresNIO), for a shared server of many organisations.
///
/// The store's API is synchronous (as SQLite's is); PostgresNIO's futures are waited for on the
/// calling thread. The connections live on an event loop group of their own, so a caller on
/// another event loop (the web server's) never waits for its own loop.
///
/// - Reads run in `REPEATABLE READ READ ONLY` transactions: one consistent snapshot, as SQLite
///   gives.
/// - Writes take a transaction-scoped advisory lock on their key (the organisation) first, so
///   the writes of one organisation run one at a time — SQLite's one writer per file — while
///   other organisations write at the same time. A check inside a write (a stale version, an
///   unchanged file) therefore never races with another process.
/// - Every write bumps a counter per key in `store_change`: `dataVersion` tells the web
///   application's cache that another process wrote.
public final class PostgresBackend: SQLBackend, @unchecked Sendable {
    let configuration: PostgresConnection.Configuration
    let logger = Logger(label: "balans.postgres")
    private let lock = NSCondition()
    private var idle: [PostgresConnection] = []
    private var open = 0
    static let maxConnections = 16
    private static let nextID = Counter()

    /// The event loops of every PostgreSQL connection of the process (never the web server's).
    static let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)

    /// `url`: `postgres://user[:password]@host[:port]/database` (`postgresql://` too).
    public init(url: String) throws {
        configuration = try Self.configuration(url)
        // Connect once now, so a wrong address, password or database is reported as bad
        // input with the URL it came from (exit 65), not as a failure later.
        do {
            try withConnection { _ in }
        } catch let failure as PostgresFailure {
            throw InputFailure([InputIssue(file: Self.redacted(url), line: nil, message: failure.description)])
        }
    }

    /// The connection settings of a URL. `sslmode` as libpq spells it: `disable` (the
    /// default), `prefer` and `require` (encrypted, the server's certificate not checked),
    /// `verify-ca` (checked against the trusted roots) and `verify-full` (and against the host
    /// name); `sslrootcert=FILE` names the roots (PEM) instead of the system's.
    public static func configuration(_ url: String) throws -> PostgresConnection.Configuration {
        func bad(_ message: String) -> InputFailure {
            InputFailure([InputIssue(file: redacted(url), line: nil, message: message)])
        }
        guard let c = URLComponents(string: url), c.scheme == "postgres" || c.scheme == "postgresql", let host = c.host,
            !host.isEmpty
        else {
            throw bad("not a PostgreSQL URL (postgres://user:password@host:port/database)")
        }
        let query = Dictionary(
            (c.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        if let unknown = query.keys.first(where: { $0 != "sslmode" && $0 != "sslrootcert" }) {
            throw bad("unknown URL parameter \"\(unknown)\" (Balans reads sslmode and sslrootcert)")
        }
        let tls: PostgresConnection.Configuration.TLS
        let mode = query["sslmode"] ?? "disable"
        if mode == "disable" {
            tls = .disable
        } else {
            var tlsConfiguration = TLSConfiguration.makeClientConfiguration()
            switch mode {
            case "prefer", "require": tlsConfiguration.certificateVerification = .none
            case "verify-ca": tlsConfiguration.certificateVerification = .noHostnameVerification
            case "verify-full": tlsConfiguration.certificateVerification = .fullVerification
            default: throw bad("sslmode \"\(mode)\" is not one of disable, prefer, require, verify-ca, verify-full")
            }
            if let roots = query["sslrootcert"] { tlsConfiguration.trustRoots = .file(roots) }
            let context: NIOSSLContext
            do {
                context = try NIOSSLContext(configuration: tlsConfiguration)
            } catch {
                throw bad("TLS: \(error)")
            }
            tls = mode == "prefer" ? .prefer(context) : .require(context)
        }
        let database = String(c.path.drop(while: { $0 == "/" }))
        var config = PostgresConnection.Configuration(
            host: host, port: c.port ?? 5432, username: c.user ?? "postgres", password: c.password,
            database: database.isEmpty ? nil : database, tls: tls)
        config.options.connectTimeout = .seconds(10)
        return config
    }

    /// Runs one statement outside a transaction on a connection of its own (CREATE DATABASE,
    /// for tests and set-up), without the store's tables; returns the rows.
    @discardableResult
    public static func administer(url: String, _ sql: String) throws -> [SQLRow] {
        let logger = Logger(label: "balans.postgres")
        let c: PostgresConnection
        do {
            c = try PostgresConnection.connect(
                on: group.next(), configuration: configuration(url), id: nextID.next(), logger: logger
            ).wait()
        } catch {
            throw InputFailure([
                InputIssue(file: redacted(url), line: nil, message: "\(PostgresFailure(error, sql: "connect"))")
            ])
        }
        defer { try? c.close().wait() }
        return try PostgresSQLConnection(c, logger: logger).query(sql, values: [])
    }

    /// Whether the database at `url` holds a Balans schema (an `init` was run on it).
    public static func hasSchema(url: String) throws -> Bool {
        let rows = try administer(url: url, "SELECT count(*) FROM pg_tables WHERE tablename = 'schema_migration'")
        return rows.first.flatMap { $0.values.first.flatMap(Int.init(sqlValue:)) } ?? 0 > 0
    }

    /// The URL without its password, for messages.
    static func redacted(_ url: String) -> String {
        guard var c = URLComponents(string: url), c.password != nil else { return url }
        c.password = "***"
        return c.string ?? url
    }

    deinit {
        // PostgresNIO requires a connection to be closed before it is released.
        for c in idle { try? c.close().wait() }
    }

    // MARK: Connections

    private func take() throws -> PostgresConnection {
        lock.lock()
        while idle.isEmpty && open >= Self.maxConnections { lock.wait() }
        if let c = idle.popLast() {
            lock.unlock()
            if !c.isClosed { return c }
            lock.lock()
            open -= 1
            lock.unlock()
            return try take()
        }
        open += 1
        lock.unlock()
        do {
            return try PostgresConnection.connect(
                on: Self.group.next(), configuration: configuration, id: Self.nextID.next(), logger: logger
            ).wait()
        } catch {
            lock.lock()
            open -= 1
            lock.signal()
            lock.unlock()
            throw PostgresFailure(error, sql: "connect to \(configuration.host ?? "?")")
        }
    }

    private func give(_ c: PostgresConnection, broken: Bool) {
        lock.lock()
        if broken || c.isClosed {
            open -= 1
            try? c.close().wait()
        } else {
            idle.append(c)
        }
        lock.signal()
        lock.unlock()
    }

    /// Runs `body` on a pooled connection. A connection whose use threw is dropped: the
    /// transactions below catch what fails inside them, so only a broken connection throws.
    private func withConnection<T>(_ body: (PostgresSQLConnection) throws -> T) throws -> T {
        let c = try take()
        do {
            let result = try body(PostgresSQLConnection(c, logger: logger))
            give(c, broken: false)
            return result
        } catch {
            give(c, broken: true)
            throw error
        }
    }

    /// Runs `body` between `begin` and COMMIT. A failure inside is rolled back and returned, so
    /// the connection goes back to the pool; only a connection that cannot roll back throws.
    private static func attempt<T>(_ connection: PostgresSQLConnection, begin: String, _ body: () throws -> T) throws
        -> Result<T, any Error>
    {
        try connection.execute(begin, values: [])
        do {
            let result = try body()
            try connection.execute("COMMIT", values: [])
            return .success(result)
        } catch {
            try connection.execute("ROLLBACK", values: [])
            return .failure(error)
        }
    }

    public func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try withConnection { c in
            try Self.attempt(c, begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { try body(c) }
        }.get()
    }

    public func write<T>(lockKey: String, _ body: (any SQLConnection) throws -> T) throws -> T {
        try withConnection { c in
            try Self.attempt(c, begin: "BEGIN") {
                try c.execute("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", values: [.text(lockKey)])
                let result = try body(c)
                try c.execute(
                    "INSERT INTO store_change (key, n) VALUES (?, 1)"
                        + " ON CONFLICT (key) DO UPDATE SET n = store_change.n + 1",
                    values: [.text(lockKey)])
                return result
            }
        }.get()
    }

    // MARK: Schema

    /// Creates the backend's own tables (applied migrations, change counters) and runs the
    /// steps not yet applied, each in its own transaction.
    public func migrate(_ steps: [Migration]) throws {
        try withConnection { c in
            // Two processes starting at once: the second waits, then finds nothing to do.
            try c.execute("SELECT pg_advisory_lock(hashtextextended('balans-migrations', 0))", values: [])
            defer {
                _ = try? c.execute("SELECT pg_advisory_unlock(hashtextextended('balans-migrations', 0))", values: [])
            }
            try c.execute(
                "CREATE TABLE IF NOT EXISTS schema_migration (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)",
                values: [])
            try c.execute(
                "CREATE TABLE IF NOT EXISTS store_change (key TEXT PRIMARY KEY, n BIGINT NOT NULL)", values: [])
            let applied = Set(try String.fetchAll(c, sql: "SELECT name FROM schema_migration"))
            for step in steps where !applied.contains(step.name) {
                try Self.attempt(c, begin: "BEGIN") {
                    try c.executeScript(step.postgres)
                    try c.execute(
                        "INSERT INTO schema_migration (name, applied_at) VALUES (?, ?)",
                        values: [.text(step.name), .text(Store.now())])
                }.get()
            }
        }
    }

    public func appliedMigrations() throws -> [String] {
        let names = try read { try String.fetchAll($0, sql: "SELECT name FROM schema_migration") }
        let order = Dictionary(uniqueKeysWithValues: Schema.steps.enumerated().map { ($1.name, $0) })
        return names.sorted { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }
    }

    /// The web application asks this on every request. Asked again within
    /// `dataVersionInterval` it answers from memory, so under load the server asks PostgreSQL
    /// about ten times a second instead of once per request: another process's write is seen
    /// at most that much later (this process's own writes invalidate its cache at once).
    /// Measured with 200 connections: p99 81 ms asking every time, see Benchmarks/README.md.
    public func dataVersion(lockKey: String) throws -> Int {
        let now = DispatchTime.now().uptimeNanoseconds
        lock.lock()
        if let known = versions[lockKey], now - known.at < Self.dataVersionInterval {
            lock.unlock()
            return known.n
        }
        lock.unlock()
        // One statement on its own (its own snapshot, no BEGIN and COMMIT): one round trip.
        let n =
            try withConnection { c in
                try Int.fetchOne(c, sql: "SELECT n FROM store_change WHERE key = ?", arguments: [lockKey])
            } ?? 0
        lock.lock()
        versions[lockKey] = (n, now)
        lock.unlock()
        return n
    }

    /// ANALYZE outside any transaction, so no lock outlives it. Without it a ledger of ten
    /// million new rows is planned as an empty table until autovacuum comes by: the account
    /// drill-down took 1,3 s instead of 0,2 s.
    public func refreshStatistics(of tables: [String]) throws {
        try withConnection { c in try c.execute("ANALYZE \(tables.joined(separator: ", "))", values: []) }
    }

    /// 100 ms, in nanoseconds.
    static let dataVersionInterval: UInt64 = 100_000_000
    private var versions: [String: (n: Int, at: UInt64)] = [:]
}

/// A counter shared by threads: connection ids (PostgresNIO's logging metadata), a store's writes.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
    var current: Int {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
