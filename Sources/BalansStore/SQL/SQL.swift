import BalansCore
import Foundation

// The store's one way to talk to a database: SQL in the common subset of SQLite and
// PostgreSQL, `?` placeholders, four value kinds. `SQLiteBackend` (GRDB) and
// `PostgresBackend` (PostgresNIO) implement it; nothing above this file knows which one
// runs, so no feature can exist on one backend only.

/// A value as it crosses to and from the database.
public enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case text(String)
    case blob([UInt8])
}

/// A Swift value that can be a statement argument.
public protocol SQLBindable {
    var sqlValue: SQLValue { get }
}

/// A Swift value that can be read from a column.
public protocol SQLColumnDecodable {
    init?(sqlValue: SQLValue)
}

extension SQLValue: SQLBindable, SQLColumnDecodable {
    /// The value itself: it binds as it is.
    public var sqlValue: SQLValue { self }
    /// Any column value as it is; never nil.
    public init?(sqlValue: SQLValue) { self = sqlValue }
}

extension Int64: SQLBindable, SQLColumnDecodable {
    /// Binds as an SQL integer.
    public var sqlValue: SQLValue { .integer(self) }
    /// The value of an integer column; nil for text, a blob or NULL.
    public init?(sqlValue: SQLValue) {
        guard case .integer(let v) = sqlValue else { return nil }
        self = v
    }
}

extension Int: SQLBindable, SQLColumnDecodable {
    /// Binds as a 64-bit SQL integer.
    public var sqlValue: SQLValue { .integer(Int64(self)) }
    /// The value of an integer column; nil for text, a blob or NULL.
    public init?(sqlValue: SQLValue) {
        guard case .integer(let v) = sqlValue else { return nil }
        self = Int(v)
    }
}

extension Bool: SQLBindable, SQLColumnDecodable {
    /// Stored as 0 or 1 in both dialects (the columns are integers).
    public var sqlValue: SQLValue { .integer(self ? 1 : 0) }
    /// True for a non-zero integer, false for 0; nil for text, a blob or NULL.
    public init?(sqlValue: SQLValue) {
        guard case .integer(let v) = sqlValue else { return nil }
        self = v != 0
    }
}

extension String: SQLBindable, SQLColumnDecodable {
    /// Binds as SQL text.
    public var sqlValue: SQLValue { .text(self) }
    /// The value of a text column; nil for an integer, a blob or NULL.
    public init?(sqlValue: SQLValue) {
        guard case .text(let v) = sqlValue else { return nil }
        self = v
    }
}

extension Data: SQLBindable, SQLColumnDecodable {
    /// Binds as a blob of the same bytes.
    public var sqlValue: SQLValue { .blob(Array(self)) }
    /// A blob's bytes, or a text's UTF-8 bytes; nil for an integer or NULL.
    public init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .blob(let bytes): self = Data(bytes)
        case .text(let text): self = Data(text.utf8)
        default: return nil
        }
    }
}

extension Optional: SQLBindable where Wrapped: SQLBindable {
    /// The wrapped value's SQL value, or NULL for nil.
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
}

extension Optional: SQLColumnDecodable where Wrapped: SQLColumnDecodable {
    /// `.none` for NULL, else the wrapped type's value; nil (no value at all) when that type cannot read it.
    public init?(sqlValue: SQLValue) {
        if case .null = sqlValue {
            self = .none
            return
        }
        guard let v = Wrapped(sqlValue: sqlValue) else { return nil }
        self = .some(v)
    }
}

/// Statement arguments: any bindable values, `nil` for NULL.
public typealias SQLArguments = [(any SQLBindable)?]

extension Array where Element == (any SQLBindable)? {
    var sqlValues: [SQLValue] { map { $0?.sqlValue ?? .null } }
}

/// The names of a result's columns, shared by its rows.
final class SQLColumns: @unchecked Sendable {
    let names: [String]
    let index: [String: Int]
    init(_ names: [String]) {
        self.names = names
        var index: [String: Int] = [:]
        for (i, n) in names.enumerated() where index[n] == nil { index[n] = i }
        self.index = index
    }
}

/// One row of a result, read by column name.
public struct SQLRow: CustomStringConvertible, Sendable {
    let columns: SQLColumns
    /// The row's values in column order, the order of `columnNames`.
    public let values: [SQLValue]

    init(columns: SQLColumns, values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    /// The names of the result's columns, in the order of the query's select list.
    public var columnNames: [String] { columns.names }

    /// The value of a column. A column that is missing or holds another type is a bug in the
    /// store's SQL (the schema is the store's own), never bad user input.
    public subscript<T: SQLColumnDecodable>(_ name: String) -> T {
        guard let i = columns.index[name] else { preconditionFailure("no column \(name) in \(columns.names)") }
        guard let v = T(sqlValue: values[i]) else {
            preconditionFailure(
                "column \(name) holds \(values[i]), not "
                    + "\(T.self)")
        }
        return v
    }

    /// Every column as `name:value`, in order.
    public var description: String { content(excluding: []) }

    /// The columns but `excluded` as `[name:value …]`, strings quoted as Swift does.
    public func content(excluding excluded: Set<String>) -> String {
        "["
            + zip(columns.names, values).filter { !excluded.contains($0.0) }.map { name, value in
                switch value {
                case .null: "\(name):NULL"
                case .integer(let i): "\(name):\(i)"
                case .text(let t): "\(name):\(String(reflecting: t))"
                case .blob(let b): "\(name):\(b.count) bytes"
                }
            }.joined(separator: " ") + "]"
    }
}

/// A connection inside a transaction.
public protocol SQLConnection: AnyObject {
    /// Runs one statement; returns the number of rows it changed.
    @discardableResult func execute(_ sql: String, values: [SQLValue]) throws -> Int
    /// Runs one query and returns all its rows.
    func query(_ sql: String, values: [SQLValue]) throws -> [SQLRow]
    /// The number of rows the last `execute` changed.
    var changesCount: Int { get }
    /// A writer for the ledger's vouchers and rows, the one bulk insert (millions of rows).
    func makeLedgerSink(organisation: OrganisationCode) throws -> any LedgerSink
}

extension SQLConnection {
    /// Runs one statement with `?` arguments (nil binds NULL); returns the number of rows it changed.
    @discardableResult
    public func execute(sql: String, arguments: SQLArguments = []) throws -> Int {
        try execute(sql, values: arguments.sqlValues)
    }

    /// Runs several statements separated by `;` (a migration step).
    func executeScript(_ sql: String) throws {
        for statement in SQLText.statements(sql) { try execute(statement, values: []) }
    }

    /// `INSERT INTO table (columns) VALUES (…), (…) [tail]`, `per` rows to a statement: a ledger's
    /// fourteen thousand balances in 29 round trips instead of fourteen thousand. `tail` (an `ON CONFLICT`
    /// clause) must not meet a key twice within one statement on PostgreSQL: the rows' keys are distinct.
    func insertMany(
        into table: String, _ columns: [String], rows: [SQLArguments], per: Int = 500, then tail: String = ""
    ) throws {
        let head = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        let marks = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        for start in stride(from: 0, to: rows.count, by: per) {
            let chunk = rows[start..<min(start + per, rows.count)]
            let values = Array(repeating: marks, count: chunk.count).joined(separator: ", ")
            try execute(sql: head + values + (tail.isEmpty ? "" : " " + tail), arguments: chunk.flatMap { $0 })
        }
    }
}

extension SQLRow {
    /// Every row of a query with `?` arguments (nil binds NULL).
    public static func fetchAll(_ db: any SQLConnection, sql: String, arguments: SQLArguments = []) throws -> [SQLRow] {
        try db.query(sql, values: arguments.sqlValues)
    }
    /// The first row of a query, nil when it has none. The query still reads all its rows: add LIMIT 1
    /// where there may be many.
    public static func fetchOne(_ db: any SQLConnection, sql: String, arguments: SQLArguments = []) throws -> SQLRow? {
        try db.query(sql, values: arguments.sqlValues).first
    }
}

extension SQLColumnDecodable {
    /// The first column of every row; rows whose value is NULL are left out.
    public static func fetchAll(_ db: any SQLConnection, sql: String, arguments: SQLArguments = []) throws -> [Self] {
        try db.query(sql, values: arguments.sqlValues).compactMap { $0.values.first.flatMap(Self.init(sqlValue:)) }
    }
    /// The first column of the first row; nil when there is no row or its value is NULL.
    public static func fetchOne(_ db: any SQLConnection, sql: String, arguments: SQLArguments = []) throws -> Self? {
        guard let first = try db.query(sql, values: arguments.sqlValues).first?.values.first else { return nil }
        if case .null = first { return nil }
        return Self(sqlValue: first)
    }
}

/// A database: transactions on it, awaited. Each backend gives reads a consistent snapshot and
/// runs the writes of one organisation one at a time (SQLite: one writer per file; PostgreSQL:
/// an advisory lock per organisation), so a check-then-write inside `write` never races.
///
/// A transaction's body is synchronous and runs off the caller's task, on a thread the backend
/// owns (GRDB's reader and writer queues; a thread pool for PostgreSQL), so a statement that
/// waits for the database never holds one of Swift's cooperative threads: the web server's
/// two cores keep answering while a query runs or a ten-million-row import writes.
public protocol SQLBackend: Sendable {
    /// A read-only transaction: one consistent snapshot.
    func read<T: Sendable>(_ body: @Sendable (any SQLConnection) throws -> T) async throws -> T
    /// A write transaction; `lockKey` names what it serialises on (the organisation).
    func write<T: Sendable>(
        lockKey: String, _ body: @Sendable (any SQLConnection) throws -> T
    ) async throws -> T
    /// Runs the migration steps not yet applied, each in its own transaction.
    func migrate(_ steps: [Migration]) async throws
    /// The names of the applied migration steps, in order.
    func appliedMigrations() async throws -> [String]
    /// A number that changes whenever the data of `lockKey` may have changed (by any process).
    func dataVersion(lockKey: String) async throws -> Int
    /// After a bulk write has committed: brings the query planner's statistics of `tables` up
    /// to date, so the next query plans for the rows now there.
    func refreshStatistics(of tables: [String]) async throws
}

/// Text helpers for the common SQL subset.
enum SQLText {
    /// Each character of `sql` with whether it stands outside quoted text ('…' or "…").
    static func forEach(_ sql: String, _ visit: (Character, _ outside: Bool) -> Void) {
        var quote: Character?
        for ch in sql {
            if let q = quote {
                if ch == q { quote = nil }
                visit(ch, false)
            } else {
                if ch == "'" || ch == "\"" { quote = ch }
                visit(ch, quote == nil)
            }
        }
    }

    /// Splits a script into statements at `;` outside quotes.
    static func statements(_ sql: String) -> [String] {
        var result: [String] = []
        var current = ""
        func end() {
            let s = current.trimmingCharacters(in: .whitespacesAndNewlines)
            if !s.isEmpty { result.append(s) }
            current = ""
        }
        forEach(sql) { ch, outside in
            if outside && ch == ";" { end() } else { current.append(ch) }
        }
        end()
        return result
    }

    /// `?` placeholders as PostgreSQL's `$1`, `$2`, … (quotes are left alone).
    static func numberedPlaceholders(_ sql: String) -> String {
        var out = ""
        var n = 0
        out.reserveCapacity(sql.utf8.count + 16)
        forEach(sql) { ch, outside in
            if outside && ch == "?" {
                n += 1
                out += "$\(n)"
            } else {
                out.append(ch)
            }
        }
        return out
    }
}

extension TextCode {
    /// Stored as its text.
    public var sqlValue: SQLValue { .text(rawValue) }
    /// Read from a text column.
    public init?(sqlValue: SQLValue) {
        guard case .text(let v) = sqlValue else { return nil }
        self.init(rawValue: v)
    }
}

extension NodeCode: SQLBindable, SQLColumnDecodable {}
extension OrganisationCode: SQLBindable, SQLColumnDecodable {}
