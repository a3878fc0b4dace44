import BalansCore
import BalansImport
import BalansTestSupport
import Foundation
import Testing

@testable import BalansStore

/// A database written by an earlier version opens with its data intact, on both backends:
/// the same ordered steps upgrade it.
@Suite struct MigrationTests {
    func backend(_ b: TestBackend) async throws -> any SQLBackend {
        switch b {
        case .sqlite: try SQLiteBackend(path: nil)
        case .postgres: try await PostgresBackend(url: b.newDatabase(in: FileManager.default.temporaryDirectory))
        }
    }

    func steps(through name: String) -> [Migration] {
        Array(Schema.steps.prefix { $0.name != name }) + Schema.steps.filter { $0.name == name }
    }

    @Test(arguments: TestBackend.all) func version1LedgerRowsGetTheirRanges(_ b: TestBackend) async throws {
        let db = try await backend(b)
        try await db.migrate(steps(through: "v1-organisation-ledger-budget"))
        try await db.write(lockKey: "test") { db in
            // Two years; 2024 was imported, then 2023, then 2024 again (ids 1–2 deleted).
            try db.executeScript(
                """
                INSERT INTO ledger (year, file_name, sha256, imported_at) VALUES (2023, 'a', 'h1', 'now'), (2024, 'b',
                    'h2', 'now');
                INSERT INTO voucher (id, year, series, number, date, text) VALUES
                    (3, 2023, 'A', '1', '2023-01-02', ''), (4, 2024, 'A', '1', '2024-01-02', ''), (5, 2024, 'A', '2',
                        '2024-02-02', '');
                INSERT INTO ledger_row (voucher_id, account, ansvar, month, amount) VALUES
                    (5, 4010, 'X', 2, 100), (3, 4010, 'X', 1, 7), (4, 4010, 'X', 1, 5), (5, 1930, '', 2, -100), (3,
                        1930, '', 1, -7), (4, 1930, '', 1, -5);
                """)
        }
        try await db.migrate(Schema.steps)
        try await db.read { db in
            let ranges = try SQLRow.fetchAll(
                db,
                sql:
                    "SELECT year, first_voucher, last_voucher, first_row, last_row FROM ledger WHERE organisation = "
                    + "'default' ORDER BY year"
            ).map {
                [$0["year"], $0["first_voucher"], $0["last_voucher"], $0["first_row"], $0["last_row"]] as [Int]
            }
            #expect(ranges == [[2023, 3, 3, 1, 2], [2024, 4, 5, 3, 6]])
            let sums = try Int.fetchAll(
                db,
                sql:
                    "SELECT sum(amount) FROM ledger_row WHERE organisation = 'default' AND rowid BETWEEN 3 AND 6 "
                    + "GROUP BY voucher_id ORDER BY voucher_id"
            )
            #expect(sums == [0, 0])
        }
    }

    /// v17: what one organisation had belongs to "default", and a user's role moves to
    /// `user_role` for it.
    @Test(arguments: TestBackend.all) func version16DataBelongsToTheDefaultOrganisation(_ b: TestBackend) async throws {
        let db = try await backend(b)
        try await db.migrate(steps(through: "v16-change-requests"))
        try await db.write(lockKey: "test") { db in
            try db.executeScript(
                """
                INSERT INTO organisation (id, name) VALUES (1, 'Region Halland');
                INSERT INTO org_node (code, parent, name, kind, ansvar, position) VALUES ('R', NULL, 'Regionen',
                    'region', '', 0);
                INSERT INTO app_user (name, password_hash, role, node) VALUES ('anna', 'x', 'committee', 'R');
                INSERT INTO forecast_state (period, node, status, version, updated_by, updated_at) VALUES ('2024-04',
                    'R', 'draft', 3, 'anna', 'now')
                """)
        }
        try await db.migrate(Schema.steps)
        let store = try await Store(backend: db, organisation: "default", create: false, location: "test")
        #expect(try await store.organisationName() == "Region Halland")
        #expect(try await store.followUpData().nodes.map(\.code) == ["R"])
        #expect(
            try await store.user(named: "anna").map { [$0.role.rawValue, $0.node.rawValue] } == ["committee", "R"])
        #expect(try await store.forecastState(period: Period(year: 2024, month: 4)!, node: "R").version == 3)
        let other = try await Store(backend: db, organisation: "other", create: true, location: "test")
        #expect(try await other.followUpData().nodes.isEmpty)
        #expect(try await other.user(named: "anna") == nil)
    }

    /// v18: a database with ledgers from before import batches upgrades, and a batch added to
    /// it takes ids after the year's ranges, so the year keeps its rows.
    @Test(arguments: TestBackend.all) func version17LedgerTakesImportBatches(_ b: TestBackend) async throws {
        let db = try await backend(b)
        try await db.migrate(steps(through: "v17-organisations"))
        try await db.write(lockKey: "test") { db in
            try db.executeScript(
                """
                INSERT INTO ledger (organisation, year, file_name, sha256, imported_at, first_voucher, last_voucher,
                    first_row, last_row)
                    VALUES ('default', 2024, 'a.se', 'h1', 'now', 1, 1, 1, 2);
                INSERT INTO voucher (organisation, id, series, number, date, text) VALUES ('default', 1, 'A', '1',
                    '2024-01-02', '');
                INSERT INTO ledger_row (organisation, rowid, voucher_id, account, ansvar, month, amount, text)
                    VALUES ('default', 1, 1, 4010, 'X', 1, 700, ''), ('default', 2, 1, 1930, '', 1, -700, '');
                INSERT INTO period_balance (organisation, year, month, account, ansvar, amount)
                    VALUES ('default', 2024, 1, 4010, 'X', 700), ('default', 2024, 1, 1930, '', -700)
                """)
        }
        try await db.migrate(Schema.steps)
        let store = try await Store(backend: db, organisation: "default", create: false, location: "test")
        let batch =
            "#FLAGGA 0\n#SIETYP 4\n#VER L 1 20241220 \"Lon\"\n{\n#TRANS 7010 {} 50.00\n#TRANS 1930 {} -50.00\n}\n"
        #expect(try await store.importLedger(SIELedger.read(Array(batch.utf8), file: "lon.si").ledger).changed)
        let sizes = try await store.ledgerSizes()
        #expect(sizes[2024].map { [$0.vouchers, $0.rows] } == [2, 4])
        let cells = try await store.followUpData().ledgers[2024]?.cells.filter { $0.account == 1930 }.map(\.amount.ore)
            .sorted()
        #expect(cells == [-5000, -700])
    }
}
