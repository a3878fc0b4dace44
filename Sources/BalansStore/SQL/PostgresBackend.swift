import BalansCore
import Foundation
import PostgresNIO

/// The store on a PostgreSQL server (PostgresNIO), for a shared server of many organisations.
///
/// Connections come from PostgresNIO's `PostgresClient` (a pool of at most
/// `maxConnections`, idle ones closed after a minute). A transaction's body is synchronous,
/// like SQLite's, and runs on a thread of `threads`, never on one of Swift's cooperative
/// threads nor on an event loop: its statements wait there for their answers, and the
/// awaiting task is suspended meanwhile.
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
    let client: PostgresClient
    /// The hot standby's pool (`readURL`): reads go there, writes to `client`.
    let standby: PostgresClient?
    /// What this process knows of the primary's and the standby's WAL positions.
    let replica = ReplicaPositions()
    /// Whose turn it is to write, per lock key (``write(lockKey:_:)``).
    let writeTurns = WriteTurns()
    /// The clients' `run()`: cancelled when the backend goes, which closes its connections.
    private let running: Task<Void, Never>
    private let lock = NSLock()
    static let maxConnections = 16
    private static let nextID = Counter()

    /// The event loops of every PostgreSQL connection of the process (never the web server's).
    static let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)

    /// The threads transactions run on: a transaction holds its thread while it waits for the
    /// server, and it holds a connection meanwhile, so there are never more than the process's
    /// pools have connections.
    static let threads = TransactionExecutor()

    /// `url`: `postgres://user[:password]@host[:port]/database` (`postgresql://` too). `readURL`: a
    /// streaming-replication hot standby of that server (the same database), which then serves the
    /// reads while the writes go to `url` (`balans serve --read-db`, see ``ReadYourWrites``).
    public init(url: String, readURL: String? = nil) throws {
        let settings = try Self.settings(url)
        configuration = try settings.connection()
        client = try Self.pool(settings)
        let client = client
        if let readURL {
            let standby = try Self.pool(Self.settings(readURL))
            self.standby = standby
            running = Task.detached {
                await withDiscardingTaskGroup { group in
                    group.addTask { await client.run() }
                    group.addTask { await standby.run() }
                }
            }
        } else {
            standby = nil
            running = Task.detached { await client.run() }
        }
    }

    /// A pool of connections to the server of `settings`. It connects once first, so a wrong
    /// address, password or database is reported as bad input with the URL it came from (exit 65),
    /// not as a failure later (the pool would keep retrying).
    private static func pool(_ settings: Settings) throws -> PostgresClient {
        do {
            try Self.administer(url: settings.url, "SELECT 1")
        } catch let failure as PostgresFailure {
            throw InputFailure([
                InputIssue(file: Self.redacted(settings.url), line: nil, message: failure.description)
            ])
        }
        var options = PostgresClient.Configuration(
            host: settings.host, port: settings.port, username: settings.user, password: settings.password,
            database: settings.database, tls: settings.clientTLS)
        options.options.maximumConnections = Self.maxConnections
        options.options.connectTimeout = .seconds(10)
        // The pool's own log: errors only (a lease asked for before `run()` has started is
        // warned about, and served as soon as it has).
        var poolLogger = Logger(label: "balans.postgres")
        poolLogger.logLevel = .error
        return PostgresClient(configuration: options, eventLoopGroup: Self.group, backgroundLogger: poolLogger)
    }

    deinit { running.cancel() }

    /// A URL's parts, from which both a single connection's and the pool's settings are made.
    struct Settings {
        var host: String
        var port: Int
        var user: String
        var password: String?
        var database: String?
        var sslMode: String
        var tls: TLSConfiguration?
        var url: String

        /// The pool's TLS setting.
        var clientTLS: PostgresClient.Configuration.TLS {
            guard let tls else { return .disable }
            return sslMode == "prefer" ? .prefer(tls) : .require(tls)
        }

        /// One connection's settings.
        func connection() throws -> PostgresConnection.Configuration {
            var connectionTLS = PostgresConnection.Configuration.TLS.disable
            if let tls {
                let context: NIOSSLContext
                do {
                    context = try NIOSSLContext(configuration: tls)
                } catch {
                    throw InputFailure([
                        InputIssue(file: PostgresBackend.redacted(url), line: nil, message: "TLS: \(error)")
                    ])
                }
                connectionTLS = sslMode == "prefer" ? .prefer(context) : .require(context)
            }
            var config = PostgresConnection.Configuration(
                host: host, port: port, username: user, password: password, database: database, tls: connectionTLS)
            config.options.connectTimeout = .seconds(10)
            return config
        }
    }

    /// The connection settings of a URL (see ``settings(_:)``).
    public static func configuration(_ url: String) throws -> PostgresConnection.Configuration {
        try settings(url).connection()
    }

    /// The settings of a URL. `sslmode` as libpq spells it: `disable` (the default), `prefer`
    /// and `require` (encrypted, the server's certificate not checked), `verify-ca` (checked
    /// against the trusted roots) and `verify-full` (and against the host name);
    /// `sslrootcert=FILE` names the roots (PEM) instead of the system's.
    static func settings(_ url: String) throws -> Settings {
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
        let mode = query["sslmode"] ?? "disable"
        var tls: TLSConfiguration?
        if mode != "disable" {
            var tlsConfiguration = TLSConfiguration.makeClientConfiguration()
            switch mode {
            case "prefer", "require": tlsConfiguration.certificateVerification = .none
            case "verify-ca": tlsConfiguration.certificateVerification = .noHostnameVerification
            case "verify-full": tlsConfiguration.certificateVerification = .fullVerification
            default: throw bad("sslmode \"\(mode)\" is not one of disable, prefer, require, verify-ca, verify-full")
            }
            if let roots = query["sslrootcert"] { tlsConfiguration.trustRoots = .file(roots) }
            tls = tlsConfiguration
        }
        let database = String(c.path.drop(while: { $0 == "/" }))
        return Settings(
            host: host, port: c.port ?? 5432, user: c.user ?? "postgres", password: c.password,
            database: database.isEmpty ? nil : database, sslMode: mode, tls: tls, url: url)
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

    // MARK: Connections

    /// Runs `body` on a pooled connection, on a thread of `threads`. A connection whose use
    /// threw is closed: the transactions below catch what fails inside them, so only a broken
    /// connection throws.
    func withConnection<T: Sendable>(
        on server: PostgresClient? = nil, _ body: @Sendable (PostgresSQLConnection) throws -> T
    ) async throws -> T {
        let logger = logger
        return try await (server ?? client).withConnection { c in
            do {
                return try await withTaskExecutorPreference(Self.threads) {
                    try body(PostgresSQLConnection(c, logger: logger))
                }
            } catch {
                try? await c.close()
                throw error
            }
        }
    }

    /// Runs `body` between `begin` and COMMIT. A failure inside is rolled back and returned, so
    /// the connection goes back to the pool; only a connection that cannot roll back throws.
    static func attempt<T>(_ connection: PostgresSQLConnection, begin: String, _ body: () throws -> T) throws
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

    /// A REPEATABLE READ, READ ONLY transaction on a pooled connection: one snapshot for the whole body.
    /// With a standby, on the standby once it has replayed what this read must see (``readServer()``).
    public func read<T: Sendable>(_ body: @Sendable (any SQLConnection) throws -> T) async throws -> T {
        try await withConnection(on: readServer().server) { c in
            try Self.attempt(c, begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { try body(c) }
        }.get()
    }

    /// A transaction that first takes the advisory lock of `lockKey` (held until COMMIT), so one organisation's
    /// writes run one at a time, and counts the write in `store_change` for `dataVersion`.
    ///
    /// Within this process the writes of one key take turns before they take a connection: they
    /// would wait for each other at the lock anyway, and waiting there each held a connection — a
    /// key's writers waiting for another process's import took the whole pool, and the reads of
    /// that organisation waited for a connection until the import ended.
    public func write<T: Sendable>(
        lockKey: String, _ body: @Sendable (any SQLConnection) throws -> T
    ) async throws -> T {
        await writeTurns.take(lockKey)
        do {
            let result = try await writeHoldingTurn(lockKey: lockKey, body)
            await writeTurns.give(lockKey)
            return result
        } catch {
            await writeTurns.give(lockKey)
            throw error
        }
    }

    private func writeHoldingTurn<T: Sendable>(
        lockKey: String, _ body: @Sendable (any SQLConnection) throws -> T
    ) async throws -> T {
        try await withConnection { c in
            let outcome = try Self.attempt(c, begin: "BEGIN") {
                try c.execute("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", values: [.text(lockKey)])
                let result = try body(c)
                try c.execute(
                    "INSERT INTO store_change (key, n) VALUES (?, 1)"
                        + " ON CONFLICT (key) DO UPDATE SET n = store_change.n + 1",
                    values: [.text(lockKey)])
                return result
            }
            // Where the primary's WAL stands after the commit: a read that must see this write
            // waits until the standby has replayed that far. (Not known: the write has committed all the same.)
            if case .success = outcome, standby != nil { try? noteWrite(c) }
            return outcome
        }.get()
    }

    // MARK: Schema

    /// Creates the backend's own tables (applied migrations, change counters) and runs the
    /// steps not yet applied, each in its own transaction.
    public func migrate(_ steps: [Migration]) async throws {
        try await withConnection { c in
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
            // The schema is a write too: reads wait until the standby has it.
            if standby != nil { try noteWrite(c) }
        }
    }

    /// The steps recorded in `schema_migration`, in the order of `Schema.steps` (unknown names last, by name).
    public func appliedMigrations() async throws -> [String] {
        let names = try await read { try String.fetchAll($0, sql: "SELECT name FROM schema_migration") }
        let order = Dictionary(uniqueKeysWithValues: Schema.steps.enumerated().map { ($1.name, $0) })
        return names.sorted { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }
    }

    /// The web application asks this on every request. Asked again within
    /// `dataVersionInterval` it answers from memory, so under load the server asks PostgreSQL
    /// about ten times a second instead of once per request: another process's write is seen
    /// at most that much later (this process's own writes invalidate its cache at once).
    /// Measured with 200 connections: p99 81 ms asking every time, see Benchmarks/README.md.
    ///
    /// With a standby the counter is the standby's, as the snapshot read after it: a number
    /// remembered from before the position this request must see (its user's last write) is asked
    /// again, once the standby has replayed that far.
    ///
    /// The requests that find the number old while it is being asked join that question instead of each asking
    /// (under load, 200 at once every 100 ms queued on the pool's connections: the cached pages' p99 on PostgreSQL).
    public func dataVersion(lockKey: String) async throws -> Int {
        let now = DispatchTime.now().uptimeNanoseconds
        let required = unclampedRequirement
        let (known, asking) = lock.withLock { (versions[lockKey], refreshing[lockKey]) }
        if let known, now - known.at < Self.dataVersionInterval, known.position >= required {
            return known.n
        }
        // A question asked longer ago than the interval may answer for a state older than that: not joined.
        if let asking, now - asking.at < Self.dataVersionInterval, asking.required >= required {
            return try await asking.task.value
        }
        // Task-local values (the request's write position) go with the task.
        let task = Task { try await self.askDataVersion(lockKey: lockKey, at: now) }
        lock.withLock { refreshing[lockKey] = (task, now, required) }
        defer { lock.withLock { if refreshing[lockKey]?.task == task { refreshing[lockKey] = nil } } }
        return try await task.value
    }

    /// Asks the server (the standby when it has replayed far enough) for the change counter, and remembers it.
    private func askDataVersion(lockKey: String, at now: UInt64) async throws -> Int {
        let (server, position) = try await readServer()
        // One statement on its own (its own snapshot, no BEGIN and COMMIT): one round trip.
        let n =
            try await withConnection(on: server) { c in
                try Int.fetchOne(c, sql: "SELECT n FROM store_change WHERE key = ?", arguments: [lockKey])
            } ?? 0
        lock.withLock {
            // A slower, older question does not put back what a newer one found.
            if (versions[lockKey]?.at ?? 0) <= now { versions[lockKey] = (n, now, position) }
        }
        return n
    }

    /// ANALYZE outside any transaction, so no lock outlives it. Without it a ledger of ten
    /// million new rows is planned as an empty table until autovacuum comes by: the account
    /// drill-down took 1,3 s instead of 0,2 s.
    ///
    /// A partitioned table (`ledger_row`) is left out: ANALYZE would read every partition, of every
    /// organisation; an import analyses its own partition.
    public func refreshStatistics(of tables: [String]) async throws {
        _ = try await withConnection { c in
            let names = tables.map { "'\($0)'" }.joined(separator: ", ")  // the store's own table names
            let plain = try String.fetchAll(
                c, sql: "SELECT relname::text FROM pg_class WHERE relkind = 'r' AND relname IN (\(names)) ORDER BY 1")
            if !plain.isEmpty { try c.execute("ANALYZE \(plain.joined(separator: ", "))", values: []) }
        }
    }

    /// 100 ms, in nanoseconds.
    static let dataVersionInterval: UInt64 = 100_000_000
    private var versions: [String: (n: Int, at: UInt64, position: Int64)] = [:]
    /// The question under way per key, when it was asked and the write position it was asked for.
    private var refreshing: [String: (task: Task<Int, any Error>, at: UInt64, required: Int64)] = [:]
}
