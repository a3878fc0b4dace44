import BalansCore
import BalansTestSupport
import Foundation
import Testing

@testable import BalansStore

/// Two backends, one schema (issue 14, item 7): after every migration SQLite and PostgreSQL
/// have the same tables, the same columns in each and the same indexes. The PostgreSQL DDL is
/// translated from SQLite's; a step that forgot a column or an index on one side failed only
/// when a query used it.
@Suite struct SchemaParityTests {
    struct Shape: Equatable, CustomStringConvertible {
        var columns: [String: Set<String>]
        var indexes: Set<String>
        var description: String {
            columns.keys.sorted().map { "\($0)(\(columns[$0]!.sorted().joined(separator: ", ")))" }.joined(
                separator: "\n")
                + "\nindexes: " + indexes.sorted().joined(separator: ", ")
        }
    }

    static func sqliteShape(_ store: Store) throws -> Shape {
        try store.db.read { db in
            let tables: [String] = try SQLRow.fetchAll(
                db,
                sql:
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'"
            ).map { $0["name"] }
            var columns: [String: Set<String>] = [:]
            for t in tables {
                columns[t] = Set(
                    try SQLRow.fetchAll(db, sql: "SELECT name FROM pragma_table_info('\(t)')").map {
                        $0["name"] as String
                    })
            }
            // Indexes made by CREATE INDEX (SQLite's own for keys have no SQL).
            let indexes: [String] = try SQLRow.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            ).map { $0["name"] }
            return Shape(columns: columns, indexes: Set(indexes))
        }
    }

    /// PostgreSQL's own bookkeeping (migrations applied, the change counter) and the `rowid`
    /// column it adds where SQLite has an implicit one are the backend's, not the schema's.
    static func postgresShape(_ store: Store) throws -> Shape {
        try store.db.read { db in
            let own: Set<String> = ["schema_migration", "store_change"]
            var columns: [String: Set<String>] = [:]
            for r in try SQLRow.fetchAll(
                db, sql: "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'")
            {
                let table: String = r["table_name"]
                guard !own.contains(table) else { continue }
                let column: String = r["column_name"]
                columns[table, default: []].insert(column)
            }
            for t in columns.keys { columns[t]?.remove("rowid") }
            let indexes: [String] = try SQLRow.fetchAll(
                db,
                sql:
                    "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'"
            ).map { $0["indexname"] }
            return Shape(columns: columns, indexes: Set(indexes))
        }
    }

    @Test(.enabled(if: TestBackend.postgresURL != nil, "needs BALANS_TEST_POSTGRES_URL"))
    func bothBackendsEndWithTheSameTablesColumnsAndIndexes() throws {
        let sqlite = try Self.sqliteShape(TestBackend.sqlite.store())
        let postgres = try Self.postgresShape(TestBackend.postgres.store())
        #expect(Set(sqlite.columns.keys) == Set(postgres.columns.keys))
        for table in sqlite.columns.keys.sorted() {
            #expect(sqlite.columns[table] == postgres.columns[table], "\(table)")
        }
        #expect(sqlite.indexes == postgres.indexes)
        // Not a vacuous comparison: the schema has its tables.
        #expect(sqlite.columns["ledger_row"]?.contains("amount") == true && sqlite.columns.count > 20)
        #expect(postgres.indexes.contains("budget_organisation_year") && postgres.indexes.contains("ledger_batch_year"))
    }
}
