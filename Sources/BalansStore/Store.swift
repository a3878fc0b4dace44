import BalansCore
import Foundation

/// The one source of truth of an organisation's follow-up: an SQLite file (GRDB) or a
/// PostgreSQL database (PostgresNIO), behind one `SQLBackend`.
///
/// Every import writes in one transaction after the whole input has been checked, so a
/// failed import leaves the database exactly as it was; each kind replaces the rows it owns
/// for the years or periods its file covers, so importing the same file twice changes
/// nothing.
public final class Store: Sendable {
    let db: StoreDatabase
    /// The organisation (organisation: a region or municipality) this store reads and writes.
    /// One database holds many; every query of this store names this one, so nothing it
    /// reads or writes belongs to another.
    public let organisation: OrganisationCode
    /// What the writes of this store's organisation serialise on: on PostgreSQL the key of a
    /// transaction-scoped advisory lock (`hashtextextended(key, 0)`); other organisations
    /// write at the same time. SQLite has one writer per file whatever the key.
    public var writeLockKey: String { db.lockKey }

    /// The organisation of a database used without `--organisation`: every database has it.
    public static let defaultOrganisation: OrganisationCode = "default"

    /// Opens (and migrates) the database at `location`: a file path (SQLite) or a
    /// `postgres://` URL, for `organisation`. With `create: false` a missing SQLite file or an
    /// unknown organisation is an error; with `create: true` they are made.
    ///
    /// `readLocation` (`balans serve --read-db`): a PostgreSQL hot standby of `location`'s server, which
    /// then serves the reads, the writes going to `location` (``ReadYourWrites``); SQLite has none.
    public convenience init(
        path location: String, readPath readLocation: String? = nil,
        organisation: OrganisationCode = Store.defaultOrganisation, create: Bool = true
    ) async throws {
        try await self.init(
            backend: Self.backend(location, read: readLocation, create: create), organisation: organisation,
            create: create, location: location)
    }

    /// The backend of a `--db` location; with `create: false` a missing SQLite file is an error.
    static func backend(_ location: String, read readLocation: String? = nil, create: Bool) throws -> any SQLBackend {
        if let readLocation, !Store.isPostgresURL(location) || !Store.isPostgresURL(readLocation) {
            throw InputFailure([
                InputIssue(
                    file: PostgresBackend.redacted(readLocation), line: nil,
                    message: "--read-db is a PostgreSQL hot standby (postgres://…) of a --db on PostgreSQL; "
                        + "an SQLite file has no standby (its readers never wait for the writer)")
            ])
        }
        if Store.isPostgresURL(location) { return try PostgresBackend(url: location, readURL: readLocation) }
        if !create && !FileManager.default.fileExists(atPath: location) {
            throw InputFailure([
                InputIssue(
                    file: location, line: nil,
                    message: "no such database (create it with `balans init --db \(location)`)")
            ])
        }
        return try SQLiteBackend(path: location)
    }

    /// An in-memory store, for tests.
    public convenience init(organisation: OrganisationCode = Store.defaultOrganisation) async throws {
        try await self.init(
            backend: SQLiteBackend(path: nil), organisation: organisation, create: true, location: ":memory:")
    }

    init(backend: any SQLBackend, organisation: OrganisationCode, create: Bool, location: String) async throws {
        try Store.checkCode(organisation)
        db = StoreDatabase(backend: backend, lockKey: Self.lockKey(organisation))
        self.organisation = organisation
        try await backend.migrate(Schema.steps)
        if try await !exists() {
            guard create else {
                throw InputFailure([
                    InputIssue(
                        file: PostgresBackend.redacted(location), line: nil,
                        message: "unknown organisation \"\(organisation)\" "
                            + "(create it with `balans init --organisation \(organisation)`)")
                ])
            }
            try await createOrganisation()
        }
    }

    /// A store of another organisation code on the same database, neither checked nor migrated again: a company's
    /// ledger (`companyOrganisation`), which has no `organisation` row. Its writes take `store`'s lock, so they are
    /// serialised with the organisation's own and move its change counter (a server's cache of its data).
    init(sharing store: Store, organisation: OrganisationCode) {
        db = StoreDatabase(backend: store.db.backend, lockKey: store.db.lockKey)
        self.organisation = organisation
    }

    /// An organisation code: letters, digits, `-` and `_`, at most 32.
    static func checkCode(_ organisation: OrganisationCode) throws {
        let code = organisation.rawValue
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
        guard !code.isEmpty, code.count <= 32, code.allSatisfy(allowed.contains) else {
            throw InputFailure([
                InputIssue(
                    file: "--organisation", line: nil,
                    message: "\"\(code)\" is not an organisation code (letters, digits, - and _, at most 32)")
            ])
        }
    }

    /// Whether this store's organisation is registered in the database.
    public func exists() async throws -> Bool {
        try await db.read { db in
            try Int.fetchOne(db, sql: "SELECT 1 FROM organisation WHERE code = ?", arguments: [organisation])
        } != nil
    }

    /// Registers the organisation (`balans init --organisation`); an error if it exists.
    public func createOrganisation() async throws {
        try await db.write { db in
            if try Int.fetchOne(db, sql: "SELECT 1 FROM organisation WHERE code = ?", arguments: [organisation]) != nil
            {
                throw InputFailure([
                    InputIssue(
                        file: "--organisation", line: nil, message: "organisation \"\(organisation)\" already exists")
                ])
            }
            try db.execute(sql: "INSERT INTO organisation (code, name) VALUES (?, '')", arguments: [organisation])
        }
    }

    /// The organisations of the database, by code.
    public func organisations() async throws -> [OrganisationCode] {
        try await db.read { db in try OrganisationCode.fetchAll(db, sql: "SELECT code FROM organisation ORDER BY code")
        }
    }

    /// Whether a `--db` location is a PostgreSQL URL (`postgres://` or `postgresql://`) rather than an SQLite file.
    public static func isPostgresURL(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    var sqlite: SQLiteBackend? { db.backend as? SQLiteBackend }

    /// Copies the whole database to a new file with SQLite's online backup API: consistent
    /// while the server keeps serving (readers and writers wait only for each step). On
    /// PostgreSQL, `pg_dump` does this (docs/operations.md).
    public func backup(to path: String) throws {
        guard let sqlite else {
            throw InputFailure([
                InputIssue(
                    file: path, line: nil,
                    message: "balans backup copies an SQLite file; back up PostgreSQL with pg_dump (docs/operations.md)"
                )
            ])
        }
        if FileManager.default.fileExists(atPath: path) {
            throw InputFailure([
                InputIssue(file: path, line: nil, message: "already exists; a backup never overwrites a file")
            ])
        }
        try sqlite.backup(to: path)
    }

    /// The journal mode of the file: "wal" (write-ahead logging), in which an SQLite file is
    /// always opened, so readers in any process go on while a writer writes; PostgreSQL:
    /// "mvcc", whose readers never wait for writers.
    public func journalMode() async throws -> String {
        try await sqlite?.journalMode() ?? "mvcc"
    }

    /// The names of the applied migrations, in order.
    public func appliedMigrations() async throws -> [String] {
        try await db.backend.appliedMigrations()
    }

    // MARK: - Imports

    /// What an import did, for the user.
    public struct ImportSummary: Sendable {
        /// One line for the user: the file and what it stored, e.g. "texts.csv: 12 texts", or that it was unchanged.
        public var message: String
        /// Whether the import wrote anything: false when the same ledger file had already been imported.
        public var changed: Bool
    }

    static func now() -> String { ISO8601DateFormatter().string(from: Date()) }

    /// Records an import in `import_log`, in the import's transaction.
    func log(_ db: any SQLConnection, kind: String, file: String, hash: String, summary: String) throws {
        try scoped(db).insert(
            into: "import_log", ["kind", "file_name", "sha256", "imported_at", "summary"],
            [kind, file, hash, Store.now(), summary])
    }

    /// The bounds of this organisation's companies' codes (`companyOrganisation`: the code, `~` and the company's),
    /// the arguments of `organisation >= ? AND organisation < ?` (byte order: `~` is followed by DEL alone), so every
    /// company ledger counts as the organisation's content. Bounds, not `substr` or `LIKE`: one SQL on both backends
    /// (PostgreSQL's `substr` takes no BIGINT, SQLite's `LIKE` ignores case).
    var companyRange: SQLArguments {
        [organisation.rawValue + "~", organisation.rawValue + "\u{7F}"]
    }

    /// A fingerprint of the whole database content (every row of every table), so a test
    /// can show that a failed import changed nothing.
    public func contentFingerprint() async throws -> String {
        try await fingerprint(of: Store.inputTables + ["frozen_report"])
    }

    /// A fingerprint of everything reports are computed from (not the frozen reports): a
    /// frozen report keeps the fingerprint of the data it was built from. The ledger's vouchers and rows
    /// (millions) are not read: they are exactly what the files whose SHA-256 and row ranges `ledger` and
    /// `ledger_batch` hold put there — no other write touches them —, so those rows stand for them and a
    /// freeze or a diff costs the same on ten rows as on ten million (issue 19, goal 4). The `v2:` prefix
    /// tells it from the fingerprint of every row that reports frozen before kept (`legacyInputFingerprint`).
    public func inputFingerprint() async throws -> String {
        let tables = Store.inputTables.filter { !Store.ledgerFileRows.contains($0) }
        return Store.fingerprintVersion + (try await fingerprint(of: tables))
    }

    /// The fingerprint reports frozen before issue 19 kept: every input row, the ledger's too.
    public func legacyInputFingerprint() async throws -> String { try await fingerprint(of: Store.inputTables) }

    /// Whether `fingerprint`, kept by a frozen report, is that of today's data; a fingerprint of the old kind is
    /// compared with the old (slow) one.
    public func inputsUnchanged(since fingerprint: String) async throws -> Bool {
        fingerprint.hasPrefix(Store.fingerprintVersion)
            ? fingerprint == (try await inputFingerprint()) : fingerprint == (try await legacyInputFingerprint())
    }

    static let fingerprintVersion = "v2:"
    /// The tables an SIE file's rows go to, whole: the file's hash in `ledger`/`ledger_batch` stands for them.
    static let ledgerFileRows: Set<String> = ["voucher", "ledger_row"]

    /// Removes every row of the organisation's data, roles and history (the demo rebuilds
    /// itself so); users left with no role in any organisation go too.
    public func removeAllData() async throws {
        try await writing { s in
            try dropImportPartitions(s.db)
            for table in Store.organisationTables { try s.delete(from: table) }
            // The companies' ledgers (`companyOrganisation`) go with the organisation's data.
            for table in Store.organisationTables {
                try s.db.execute(
                    sql: "DELETE FROM \(table) WHERE organisation >= ? AND organisation < ?", arguments: companyRange)
            }
            try s.db.execute(sql: "UPDATE organisation SET name = '' WHERE code = ?", arguments: [organisation])
            // Logins are every organisation's: the ones left with no role anywhere go.
            try s.db.execute(sql: "DELETE FROM app_user WHERE name NOT IN (SELECT user_name FROM user_role)")
        }
    }

    /// Every table with an organisation column.
    static let organisationTables =
        inputTables.filter { $0 != "organisation" } + [
            "import_log", "frozen_report", "session", "audit", "forecast_state", "change_request", "user_role",
            "report_deadline", "forecast_version", "forecast_version_row", "forecast_comment", "notification",
            "user_setting", "detail_budget_state", "detail_budget_line", "detail_budget_staff",
        ]

    static let inputTables = [
        "organisation", "org_node", "mapping_rule", "account", "ledger", "ledger_batch", "voucher", "ledger_row",
        "period_balance", "period_budget", "opening_balance", "budget", "forecast", "figure", "investment", "staff",
        "indicator", "activity", "action_plan", "report_text", "object_set", "object_set_member", "ledger_dimension",
        "ledger_object", "kolada_value", "project_fund", "topic_text", "company", "plan_tax", "plan_frame",
        "plan_version", "plan_investment", "plan_finance",
    ]

    /// Tables whose `id` only numbers rows in insertion order (no other row refers to it).
    static let surrogateIDTables: Set<String> = ["mapping_rule", "budget", "forecast"]

    func fingerprint(of tables: [String]) async throws -> String {
        try await db.read { db in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
            // The organisation's rows and its companies' ledgers.
            let own = "organisation = ? OR (organisation >= ? AND organisation < ?)"
            let ownArguments = ([organisation] as SQLArguments) + companyRange
            for table in tables {
                // Row order is not part of the content: sort the rows' text. Nor are the numbers
                // a database gives rows as they come (SQLite reuses them, PostgreSQL's
                // sequences never do): the rowid counter and the surrogate ids.
                // A ledger row's object list is the file's, whose hash `ledger` holds; the column
                // (NULL in rows stored before v20) must not make an upgraded store "changed".
                let counters: Set<String> =
                    Store.surrogateIDTables.contains(table)
                    ? ["rowid", "id"] : table == "ledger_row" ? ["rowid", "object_set"] : ["rowid"]
                let rows =
                    table == "organisation"
                    ? try SQLRow.fetchAll(
                        db, sql: "SELECT * FROM organisation WHERE code = ?", arguments: [organisation])
                    : try SQLRow.fetchAll(db, sql: "SELECT * FROM \(table) WHERE \(own)", arguments: ownArguments)
                for row in rows.map({ "\(table)\($0.content(excluding: counters))" }).sorted() {
                    for byte in row.utf8 {
                        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                    }
                }
            }
            return String(hash, radix: 16)
        }
    }
}

/// The store's database: reads, and writes serialised per organisation.
struct StoreDatabase: Sendable {
    let backend: any SQLBackend
    /// What this store's writes serialise on (one organisation's data).
    let lockKey: String

    func read<T: Sendable>(_ body: @Sendable (any SQLConnection) throws -> T) async throws -> T {
        try await backend.read(body)
    }
    /// This process's committed writes through this store: the backends' counters do not
    /// move at once for them (SQLite's data_version counts other connections only; the
    /// PostgreSQL counter is remembered for 100 ms), and a revoked session must end at once.
    let localWrites = Counter()

    func write<T: Sendable>(_ body: @Sendable (any SQLConnection) throws -> T) async throws -> T {
        let result = try await backend.write(lockKey: lockKey, body)
        _ = localWrites.next()
        return result
    }
}
