import BalansCore
import Foundation
import GRDB
import GRDBSQLite

/// The store in one SQLite file (GRDB): the default for one organisation.
///
/// A file is opened as GRDB's `DatabasePool`: write-ahead logging (WAL), so reads run at the
/// same time as each other and as the one writer, each in its own snapshot; other processes'
/// writers are waited for. An in-memory database (tests) is a `DatabaseQueue`. Transactions
/// run on GRDB's own dispatch queues and are awaited, never run on the caller's thread.
public final class SQLiteBackend: SQLBackend {
    let writer: any DatabaseWriter

    /// `path` nil: an in-memory database (tests).
    public init(path: String?) throws {
        var config = Configuration()
        config.foreignKeysEnabled = true
        // Another process may be writing (an import while `serve` saves a forecast, two
        // imports at once): wait for it instead of failing with "database is locked".
        config.busyMode = .timeout(120)
        if let path {
            writer = try DatabasePool(path: path, configuration: config)
        } else {
            writer = try DatabaseQueue(configuration: config)
        }
    }

    /// A read-only transaction on GRDB's reader: a pool's readers run beside each other and the writer,
    /// each in its own snapshot.
    public func read<T: Sendable>(_ body: @Sendable (any SQLConnection) throws -> T) async throws -> T {
        try await writer.read { db in try body(GRDBConnection(db)) }
    }

    /// One file has one writer at a time whatever the key.
    public func write<T: Sendable>(
        lockKey: String, _ body: @Sendable (any SQLConnection) throws -> T
    ) async throws -> T {
        try await writer.write { db in try body(GRDBConnection(db)) }
    }

    static func migrator(_ steps: [Migration]) -> DatabaseMigrator {
        var m = DatabaseMigrator()
        for step in steps {
            m.registerMigration(step.name) { db in try db.execute(sql: step.sqlite) }
        }
        return m
    }

    /// GRDB's migrator, so files written by earlier versions (which used it directly) know
    /// which steps they have.
    public func migrate(_ steps: [Migration]) async throws {
        let migrator = Self.migrator(steps)
        let writer = writer
        try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, any Error>) in
            migrator.asyncMigrate(writer) { result in done.resume(with: result.map { _ in () }) }
        }
    }

    /// The steps GRDB's migrator records as applied (its `grdb_migrations` table), in the order of `Schema.steps`.
    public func appliedMigrations() async throws -> [String] {
        let migrator = Self.migrator(Schema.steps)
        return try await writer.read { try migrator.appliedMigrations($0) }
    }

    /// SQLite's count of changes committed by other connections, asked on the writer's
    /// connection: a pool's readers each count on their own, so two of them could give the
    /// same number across a change (this process's own writes: `StoreDatabase.localWrites`).
    public func dataVersion(lockKey: String) async throws -> Int {
        try await writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }

    /// Nothing: the store's SQLite queries on the ledger follow its rowid ranges, whatever the
    /// statistics say, and ANALYZE would read millions of rows for no better plan.
    public func refreshStatistics(of tables: [String]) async throws {}

    /// Copies the whole database to a new file with SQLite's online backup API.
    func backup(to path: String) throws {
        let destination = try DatabaseQueue(path: path)
        try writer.backup(to: destination, pagesPerStep: 1024)
    }

    /// The journal mode of the file: "wal" for a file (a pool), "memory" in memory.
    func journalMode() async throws -> String {
        try await writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }
}

/// A GRDB database inside a transaction.
final class GRDBConnection: SQLConnection {
    let db: Database
    init(_ db: Database) { self.db = db }

    var changesCount: Int { db.changesCount }

    static func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(
            values.map { v -> DatabaseValue in
                switch v {
                case .null: .null
                case .integer(let i): i.databaseValue
                case .text(let t): t.databaseValue
                case .blob(let b): Data(b).databaseValue
                }
            })
    }

    @discardableResult
    func execute(_ sql: String, values: [SQLValue]) throws -> Int {
        if values.isEmpty {
            try db.execute(sql: sql)
        } else {
            let statement = try db.cachedStatement(sql: sql)
            try statement.execute(arguments: Self.arguments(values))
        }
        return db.changesCount
    }

    func query(_ sql: String, values: [SQLValue]) throws -> [SQLRow] {
        let statement = try db.cachedStatement(sql: sql)
        statement.arguments = Self.arguments(values)
        let columns = SQLColumns(statement.columnNames)
        let n = columns.names.count
        var rows: [SQLRow] = []
        let cursor = try Row.fetchCursor(statement)
        while let row = try cursor.next() {
            var values: [SQLValue] = []
            values.reserveCapacity(n)
            for i in 0..<n {
                let dbValue: DatabaseValue = row[i]
                switch dbValue.storage {
                case .null: values.append(.null)
                case .int64(let v): values.append(.integer(v))
                case .double(let d): values.append(.text("\(d)"))
                case .string(let s): values.append(.text(s))
                case .blob(let b): values.append(.blob(Array(b)))
                }
            }
            rows.append(SQLRow(columns: columns, values: values))
        }
        return rows
    }

    func makeLedgerSink(organisation: OrganisationCode) throws -> any LedgerSink {
        try SQLiteLedgerSink(db, organisation: organisation)
    }
}

/// Appends vouchers and their rows with SQLite's own API: binding integers and text
/// directly, 64 rows per statement — millions of rows in a few seconds, where a GRDB
/// argument array per row would take several times longer.
struct SQLiteLedgerSink: LedgerSink {
    let groupSize = 64
    /// Every statement has run when `writeRows` returns.
    func finish() throws {}
    let voucherOne: Statement, voucherMany: Statement
    let rowOne: Statement, rowMany: Statement
    let connection: OpaquePointer?
    let organisation: OrganisationCode

    init(_ db: Database, organisation: OrganisationCode) throws {
        self.organisation = organisation
        func values(_ n: Int, _ columns: Int) -> String {
            let one = "(" + Array(repeating: "?", count: columns).joined(separator: ",") + ")"
            return Array(repeating: one, count: n).joined(separator: ",")
        }
        let voucher = "INSERT INTO voucher (id, series, number, date, text, organisation) VALUES "
        voucherOne = try db.makeStatement(sql: voucher + values(1, 6))
        voucherMany = try db.makeStatement(sql: voucher + values(groupSize, 6))
        let row =
            "INSERT INTO ledger_row (rowid, voucher_id, account, ansvar, month, amount, text, organisation, object_set)"
            + " VALUES "
        rowOne = try db.makeStatement(sql: row + values(1, 9))
        rowMany = try db.makeStatement(sql: row + values(groupSize, 9))
        connection = db.sqliteConnection
    }

    func writeVouchers(_ items: ArraySlice<LedgerVoucherItem>) throws {
        if items.count == groupSize { return try writeVouchers(items, voucherMany) }
        for i in items.indices { try writeVouchers(items[i...i], voucherOne) }
    }

    func writeRows(_ items: ArraySlice<LedgerRowItem>) throws {
        if items.count == groupSize { return try writeRows(items, rowMany) }
        for i in items.indices { try writeRows(items[i...i], rowOne) }
    }

    private func writeVouchers(_ items: ArraySlice<LedgerVoucherItem>, _ statement: Statement) throws {
        let s = statement.sqliteStatement
        for (k, item) in items.enumerated() {
            let base = Int32(k * 6)
            sqlite3_bind_int64(s, base + 1, item.id)
            bind(s, base + 2, item.voucher.series)
            bind(s, base + 3, item.voucher.number)
            bind(s, base + 4, item.voucher.date)
            bind(s, base + 5, item.voucher.text)
            bind(s, base + 6, organisation.rawValue)
        }
        try step(s)
    }

    private func writeRows(_ items: ArraySlice<LedgerRowItem>, _ statement: Statement) throws {
        let s = statement.sqliteStatement
        for (k, item) in items.enumerated() {
            let base = Int32(k * 9)
            sqlite3_bind_int64(s, base + 1, item.id)
            sqlite3_bind_int64(s, base + 2, item.voucherID)
            sqlite3_bind_int64(s, base + 3, Int64(item.row.account))
            bind(s, base + 4, item.row.ansvar)
            sqlite3_bind_int64(s, base + 5, Int64(item.row.month))
            sqlite3_bind_int64(s, base + 6, item.row.amount.ore)
            bind(s, base + 7, item.row.text)
            bind(s, base + 8, organisation.rawValue)
            if let set = item.objectSet {
                sqlite3_bind_int64(s, base + 9, set)
            } else {
                sqlite3_bind_null(s, base + 9)
            }
        }
        try step(s)
    }

    /// SQLite copies the text (SQLITE_TRANSIENT): the bytes are only valid inside `withUTF8`.
    @inline(__always)
    private func bind(_ statement: SQLiteStatement, _ index: Int32, _ text: String) {
        var text = text
        text.withUTF8 { bytes in
            _ = bytes.withMemoryRebound(to: CChar.self) { chars in
                sqlite3_bind_text(
                    statement, index, chars.baseAddress ?? SQLiteLedgerSink.emptyText, Int32(chars.count),
                    SQLiteLedgerSink.transient)
            }
        }
    }

    @inline(__always)
    private func step(_ statement: SQLiteStatement) throws {
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: connection.map { String(cString: sqlite3_errmsg($0)) })
        }
    }

    nonisolated(unsafe) static let transient = unsafeBitCast(
        OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
    /// An empty C string for empty Swift strings, whose buffer has no address.
    nonisolated(unsafe) static let emptyText: UnsafePointer<CChar> = {
        let p = UnsafeMutablePointer<CChar>.allocate(capacity: 1)
        p.initialize(to: 0)
        return UnsafePointer(p)
    }()
}
