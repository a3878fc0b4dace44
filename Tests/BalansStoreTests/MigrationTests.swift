@testable import BalansStore
import GRDB
import Testing

/// A database written by an earlier version opens with its data intact.
@Suite struct MigrationTests {
    @Test func version1LedgerRowsGetTheirRanges() throws {
        let queue = try DatabaseQueue()
        try SQLiteBackend.migrator(Schema.steps).migrate(queue, upTo: "v1-organisation-ledger-budget")
        try queue.write { db in
            // Two years; 2024 was imported, then 2023, then 2024 again (ids 1–2 deleted).
            try db.execute(sql: """
                INSERT INTO ledger (year, file_name, sha256, imported_at) VALUES (2023, 'a', 'h1', 'now'), (2024, 'b', 'h2', 'now');
                INSERT INTO voucher (id, year, series, number, date, text) VALUES
                    (3, 2023, 'A', '1', '2023-01-02', ''), (4, 2024, 'A', '1', '2024-01-02', ''), (5, 2024, 'A', '2', '2024-02-02', '');
                INSERT INTO ledger_row (voucher_id, account, ansvar, month, amount) VALUES
                    (5, 4010, 'X', 2, 100), (3, 4010, 'X', 1, 7), (4, 4010, 'X', 1, 5), (5, 1930, '', 2, -100), (3, 1930, '', 1, -7), (4, 1930, '', 1, -5);
                """)
        }
        try SQLiteBackend.migrator(Schema.steps).migrate(queue)
        try queue.read { db in
            let ranges = try Row.fetchAll(db, sql: "SELECT year, first_voucher, last_voucher, first_row, last_row FROM ledger ORDER BY year").map {
                [$0["year"], $0["first_voucher"], $0["last_voucher"], $0["first_row"], $0["last_row"]] as [Int]
            }
            #expect(ranges == [[2023, 3, 3, 1, 2], [2024, 4, 5, 3, 6]])
            let sums = try Int.fetchAll(db, sql: "SELECT sum(amount) FROM ledger_row WHERE rowid BETWEEN 3 AND 6 GROUP BY voucher_id ORDER BY voucher_id")
            #expect(sums == [0, 0])
        }
    }
}
