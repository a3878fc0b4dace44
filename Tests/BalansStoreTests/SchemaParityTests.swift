import BalansCore
import BalansTestSupport
import Foundation
import Testing

@testable import BalansStore

/// Two backends, one schema (issue 14, item 7): after every migration SQLite and PostgreSQL
/// have the same tables, the same columns in each (of the same type and nullability) and the
/// same indexes. Each step's SQL is written out for each backend; a step that forgot a column,
/// a NOT NULL or an index on one side would fail only when a query used it.
@Suite struct SchemaParityTests {
    struct Shape: Equatable, CustomStringConvertible {
        var columns: [String: Set<String>]
        var indexes: Set<String>
        /// "table.column type NULL|NOT NULL", the type as `integer`, `text` or `blob`.
        var types: Set<String> = []
        var description: String {
            columns.keys.sorted().map { "\($0)(\(columns[$0]!.sorted().joined(separator: ", ")))" }.joined(
                separator: "\n")
                + "\nindexes: " + indexes.sorted().joined(separator: ", ")
        }
    }

    static func sqliteShape(_ store: Store) async throws -> Shape {
        try await store.db.read { db in
            let tables: [String] = try SQLRow.fetchAll(
                db,
                sql: """
                    SELECT name FROM sqlite_master
                    WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'
                    """
            ).map { $0["name"] }
            var columns: [String: Set<String>] = [:]
            var types: Set<String> = []
            for t in tables {
                let info = try SQLRow.fetchAll(
                    db, sql: "SELECT name, type, \"notnull\", pk FROM pragma_table_info('\(t)')")
                columns[t] = Set(info.map { $0["name"] as String })
                for c in info {
                    // A key column is never NULL (PostgreSQL says so; SQLite's pragma does not).
                    let notNull = (c["notnull"] as Int) != 0 || (c["pk"] as Int) != 0
                    let type = (c["type"] as String).lowercased()
                    types.insert("\(t).\(c["name"] as String) \(type) \(notNull ? "NOT NULL" : "NULL")")
                }
            }
            // Indexes made by CREATE INDEX (SQLite's own for keys have no SQL).
            let indexes: [String] = try SQLRow.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            ).map { $0["name"] }
            return Shape(columns: columns, indexes: Set(indexes), types: types)
        }
    }

    /// PostgreSQL's own bookkeeping (migrations applied, the change counter), the `rowid`
    /// column it adds where SQLite has an implicit one and the partitions of `ledger_row` (one an
    /// import) are the backend's, not the schema's.
    static func postgresShape(_ store: Store) async throws -> Shape {
        try await store.db.read { db in
            let own: Set<String> = ["schema_migration", "store_change"]
            var columns: [String: Set<String>] = [:]
            var types: Set<String> = []
            let words = ["bigint": "integer", "text": "text", "bytea": "blob"]
            for r in try SQLRow.fetchAll(
                db,
                sql: """
                    SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
                    WHERE table_schema = 'public'
                        AND table_name NOT IN (SELECT relname FROM pg_class WHERE relispartition)
                    """)
            {
                let table: String = r["table_name"]
                guard !own.contains(table) else { continue }
                let column: String = r["column_name"]
                columns[table, default: []].insert(column)
                guard column != "rowid" else { continue }
                let type = words[r["data_type"] as String] ?? (r["data_type"] as String)
                let notNull = (r["is_nullable"] as String) == "NO"
                types.insert("\(table).\(column) \(type) \(notNull ? "NOT NULL" : "NULL")")
            }
            for t in columns.keys { columns[t]?.remove("rowid") }
            let indexes: [String] = try SQLRow.fetchAll(
                db,
                sql: """
                    SELECT indexname FROM pg_indexes
                    WHERE schemaname = 'public' AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'
                        AND tablename NOT IN (SELECT relname FROM pg_class WHERE relispartition)
                    """
            ).map { $0["indexname"] }
            return Shape(columns: columns, indexes: Set(indexes), types: types)
        }
    }

    @Test(.enabled(if: TestBackend.postgresURL != nil, "needs BALANS_TEST_POSTGRES_URL"))
    func bothBackendsEndWithTheSameTablesColumnsAndIndexes() async throws {
        let sqlite = try await Self.sqliteShape(TestBackend.sqlite.store())
        let postgres = try await Self.postgresShape(TestBackend.postgres.store())
        #expect(Set(sqlite.columns.keys) == Set(postgres.columns.keys))
        for table in sqlite.columns.keys.sorted() {
            #expect(sqlite.columns[table] == postgres.columns[table], "\(table)")
        }
        #expect(sqlite.indexes == postgres.indexes)
        #expect(sqlite.types.subtracting(postgres.types).sorted() == [])
        #expect(postgres.types.subtracting(sqlite.types).sorted() == [])
        #expect(sqlite.types.contains("ledger_row.amount integer NOT NULL"))
        #expect(postgres.types.contains("frozen_report.value blob NOT NULL"))
        // Not a vacuous comparison: the schema has its tables.
        #expect(sqlite.columns["ledger_row"]?.contains("amount") == true && sqlite.columns.count > 20)
        #expect(postgres.indexes.contains("budget_organisation_year") && postgres.indexes.contains("ledger_batch_year"))
    }

    /// Each step speaks its backend's words: a step copied from one backend to the other
    /// without translating would still run (SQLite takes BIGINT; PostgreSQL takes INTEGER) but
    /// give other types, collations or a lost insertion counter.
    @Test func eachStepIsWrittenInItsBackendsWords() {
        for step in Schema.steps {
            for word in ["BIGINT", "BIGSERIAL", "BYTEA", "COLLATE"] {
                #expect(!step.sqlite.contains(word), "\(step.name): SQLite's SQL says \(word)")
            }
            for word in ["INTEGER", "BLOB", "WITHOUT ROWID", "/*rowid*/"] {
                #expect(!step.postgres.contains(word), "\(step.name): PostgreSQL's SQL says \(word)")
            }
            let texts = step.postgres.components(separatedBy: " TEXT").count - 1
            let collated = step.postgres.components(separatedBy: " TEXT COLLATE \"C\"").count - 1
            #expect(texts == collated, "\(step.name): a PostgreSQL TEXT column without COLLATE \"C\"")
        }
        #expect(Set(Schema.steps.map(\.name)).count == Schema.steps.count)
    }
}
