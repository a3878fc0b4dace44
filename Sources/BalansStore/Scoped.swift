import BalansCore

/// One organisation's statements on one connection: the one place where a statement gets
/// its organisation. A select, update or delete made through it is filtered by
/// `organisation = ?` and an insert writes the column, the organisation bound as a value, so
/// no query of a data kind names the organisation itself (and none can forget it).
///
/// `from` may join tables: `scope` names the alias whose organisation filters (the joined
/// tables are matched on it, `v.organisation = r.organisation`). Placeholders in `condition`
/// and `tail` take `arguments` in order, after the organisation.
struct Scoped {
    let db: any SQLConnection
    let organisation: OrganisationCode

    /// `organisation = ?` of `alias`, and `condition` if any: in parentheses, so a condition
    /// with `OR` cannot reach past the organisation.
    private func whereClause(_ alias: String?, _ condition: String?) -> String {
        let column = alias.map { "\($0).organisation" } ?? "organisation"
        return "WHERE \(column) = ?" + (condition.map { " AND (\($0))" } ?? "")
    }

    private static func join(_ parts: String...) -> String {
        parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// `SELECT columns FROM from WHERE organisation = ? [AND condition] [tail]`.
    func select(
        _ columns: String, from: String, scope alias: String? = nil, where condition: String? = nil,
        _ arguments: SQLArguments = [], then tail: String = ""
    ) throws -> [SQLRow] {
        let sql = Self.join("SELECT \(columns) FROM \(from)", whereClause(alias, condition), tail)
        return try SQLRow.fetchAll(db, sql: sql, arguments: [organisation] + arguments)
    }

    /// `SELECT columns FROM from WHERE organisation = ? AND (condition) UNION ALL …`: one
    /// select per condition with its arguments, each of the organisation; `tail` (an `ORDER BY`
    /// of result columns, a `LIMIT`) applies to the union and takes `tailArguments`.
    ///
    /// `whole`: the union is made whole first (a `MATERIALIZED` common table expression, on both backends) and
    /// `tail` sorts and cuts that. Without it PostgreSQL plans a sorted page's joins for its `LIMIT` — every
    /// voucher sorted first, then looped over the account's rows, as if the page's rows came early: 5,2 s for a
    /// drill-down page by voucher number that takes 12 ms whole.
    func selectEach(
        _ columns: String, from: String, scope alias: String? = nil, where conditions: [(String, SQLArguments)],
        whole: Bool = false, then tail: String = "", _ tailArguments: SQLArguments = []
    ) throws -> [SQLRow] {
        guard !conditions.isEmpty else { return [] }
        var arguments: SQLArguments = []
        var selects: [String] = []
        for (condition, values) in conditions {
            selects.append("SELECT \(columns) FROM \(from) " + whereClause(alias, condition))
            arguments += [organisation] + values
        }
        let union = selects.joined(separator: " UNION ALL ")
        let sql = Self.join(whole ? "WITH whole AS MATERIALIZED (\(union)) SELECT * FROM whole" : union, tail)
        return try SQLRow.fetchAll(db, sql: sql, arguments: arguments + tailArguments)
    }

    /// The first row of `select`.
    func selectOne(
        _ columns: String, from: String, scope alias: String? = nil, where condition: String? = nil,
        _ arguments: SQLArguments = [], then tail: String = ""
    ) throws -> SQLRow? {
        let sql = Self.join("SELECT \(columns) FROM \(from)", whereClause(alias, condition), tail)
        return try SQLRow.fetchOne(db, sql: sql, arguments: [organisation] + arguments)
    }

    /// The first column of every row of `select` (NULLs left out).
    func values<T: SQLColumnDecodable>(
        _ type: T.Type, _ column: String, from: String, where condition: String? = nil,
        _ arguments: SQLArguments = [], then tail: String = ""
    ) throws -> [T] {
        let sql = Self.join("SELECT \(column) FROM \(from)", whereClause(nil, condition), tail)
        return try T.fetchAll(db, sql: sql, arguments: [organisation] + arguments)
    }

    /// The first column of the first row of `select`; nil for no row or NULL.
    func value<T: SQLColumnDecodable>(
        _ type: T.Type, _ column: String, from: String, scope alias: String? = nil, where condition: String? = nil,
        _ arguments: SQLArguments = [], then tail: String = ""
    ) throws -> T? {
        let sql = Self.join("SELECT \(column) FROM \(from)", whereClause(alias, condition), tail)
        return try T.fetchOne(db, sql: sql, arguments: [organisation] + arguments)
    }

    /// Whether `select` finds a row.
    func exists(_ from: String, where condition: String? = nil, _ arguments: SQLArguments = []) throws -> Bool {
        try value(Int.self, "1", from: from, where: condition, arguments, then: "LIMIT 1") != nil
    }

    /// `INSERT INTO table (organisation, columns…) VALUES (?, …) [tail]`; `tail` is e.g. an
    /// `ON CONFLICT` clause.
    func insert(into table: String, _ columns: [String], _ values: SQLArguments, then tail: String = "") throws {
        let marks = Array(repeating: "?", count: columns.count + 1).joined(separator: ", ")
        let names = (["organisation"] + columns).joined(separator: ", ")
        try db.execute(
            sql: Self.join("INSERT INTO \(table) (\(names)) VALUES (\(marks))", tail),
            arguments: [organisation] + values)
    }

    /// `UPDATE table SET assignments WHERE organisation = ? [AND condition]`; `values` are
    /// the assignments' placeholders. Returns the number of rows changed.
    @discardableResult
    func update(
        _ table: String, set assignments: String, _ values: SQLArguments, where condition: String? = nil,
        _ arguments: SQLArguments = []
    ) throws -> Int {
        try db.execute(
            sql: "UPDATE \(table) SET \(assignments) \(whereClause(nil, condition))",
            arguments: values + [organisation] + arguments)
    }

    /// `DELETE FROM table WHERE organisation = ? [AND condition]`; the number of rows deleted.
    @discardableResult
    func delete(from table: String, where condition: String? = nil, _ arguments: SQLArguments = []) throws -> Int {
        try db.execute(
            sql: "DELETE FROM \(table) \(whereClause(nil, condition))", arguments: [organisation] + arguments)
    }

    // MARK: Records

    /// Every row of `R`'s table that `R` can read, filtered and ordered.
    func all<R: ReadableRecord>(
        _ record: R.Type, where condition: String? = nil, _ arguments: SQLArguments = [], then tail: String = ""
    ) throws -> [R.Value] {
        try select(R.columns.joined(separator: ", "), from: R.table, where: condition, arguments, then: tail)
            .compactMap(R.decode)
    }

    /// Writes `value` as a new row of `R`'s table.
    func insert<R: Record>(_ value: R.Value, as record: R.Type) throws {
        try insert(into: R.table, R.columns, R.encode(value))
    }
}

/// A data kind's table as Swift reads it: its columns (but `organisation`, which `Scoped`
/// adds) and how a row becomes a value.
protocol ReadableRecord {
    associatedtype Value
    static var table: String { get }
    /// The columns a value is read from (and, for a `Record`, written to, in `encode`'s order).
    static var columns: [String] { get }
    /// The row's value; nil for a row this version cannot read (an unknown status or period).
    static func decode(_ row: SQLRow) -> Value?
}

/// A data kind's table whose values are written whole, a row per value.
protocol Record: ReadableRecord {
    /// The value's columns, in `columns`' order.
    static func encode(_ value: Value) -> SQLArguments
}

extension Store {
    /// This store's organisation's statements on `db`.
    func scoped(_ db: any SQLConnection) -> Scoped { Scoped(db: db, organisation: organisation) }

    /// A read transaction of this organisation.
    func reading<T: Sendable>(_ body: @Sendable (Scoped) throws -> T) async throws -> T {
        let organisation = organisation
        return try await db.read { try body(Scoped(db: $0, organisation: organisation)) }
    }

    /// A write transaction of this organisation (serialised with its other writes).
    func writing<T: Sendable>(_ body: @Sendable (Scoped) throws -> T) async throws -> T {
        let organisation = organisation
        return try await db.write { try body(Scoped(db: $0, organisation: organisation)) }
    }
}
