import BalansCore
import BalansImport
import BalansTestSupport
import Foundation
import Testing

@testable import BalansStore

/// PostgreSQL keeps each import's vouchers and rows in partitions of their own (`v34-ledger-partitions`, issue 19
/// goal 3): a block of 2³² ids, loaded before it has an index and attached after; a replaced year drops its
/// partitions. What a user sees (rows, sums, drill-downs) is the same as on SQLite: the other ledger tests run on
/// both backends. These tests look at the partitions themselves.
@Suite(.enabled(if: TestBackend.postgresURL != nil, "needs BALANS_TEST_POSTGRES_URL"))
struct LedgerPartitionTests {
    static let block: Int64 = 1 << 32

    static func sie(year: Int, amount: String = "250.00", extra: String = "") -> String {
        """
        #FLAGGA 0
        #SIETYP 4
        #RAR 0 \(year)0101 \(year)1231
        #KONTO 1930 "Bank"
        #KONTO 4610 "Lakemedel"
        #VER A 1 \(year)0115 "Januari"
        {
        #TRANS 4610 {1 "A1"} \(amount)
        #TRANS 1930 {} -\(amount)
        }
        \(extra)
        """
    }

    static let batch2024 = """
        #FLAGGA 0
        #SIETYP 4
        #VER L 1 20241225 "Lon december"
        {
        #TRANS 7010 {} 40.00
        #TRANS 1930 {} -40.00
        }

        """

    func read(_ text: String, _ file: String) throws -> LedgerImport {
        try SIELedger.read(Array(text.utf8), file: file).ledger
    }

    /// The partitions of `ledger_row` (or `voucher`) with their rows, by name.
    func partitions(_ store: Store, of table: String = "ledger_row") async throws -> [String: Int] {
        try await store.db.read { db in
            let names = try String.fetchAll(
                db,
                sql: """
                    SELECT c.relname::text FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                    WHERE i.inhparent = ?::regclass
                    """, arguments: [table])
            var rows: [String: Int] = [:]
            for name in names { rows[name] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \"\(name)\"") ?? -1 }
            return rows
        }
    }

    /// The partition of `ledger_row` that holds block k of an organisation's rowids.
    func rx(_ k: Int64) -> String { "ledger_row_region-x_\(Self.block * k)" }
    func ky(_ k: Int64) -> String { "ledger_row_kommun_y_\(Self.block * k)" }
    func df(_ k: Int64) -> String { "ledger_row_default_\(Self.block * k)" }

    func firstRow(_ store: Store, _ year: Int) async throws -> Int64? {
        try await store.db.read { db in
            try Int64.fetchOne(db, sql: "SELECT first_row FROM ledger WHERE year = ?", arguments: [year])
        }
    }

    @Test func eachImportIsAPartitionAndAReplacedYearDropsItsOwn() async throws {
        let store = try await TestBackend.postgres.store(organisation: "region-x")
        _ = try await store.importLedger(read(Self.sie(year: 2024), "2024.se"))
        _ = try await store.importLedger(read(Self.sie(year: 2023), "2023.se"))
        #expect(try await partitions(store) == [rx(1): 2, rx(2): 2])
        #expect(try await partitions(store, of: "voucher") == ["voucher_region-x_1": 1, "voucher_region-x_2": 1])
        #expect(try await firstRow(store, 2024) == Self.block)
        #expect(try await firstRow(store, 2023) == 2 * Self.block)

        // A changed export of 2024: its rows in a third partition, the first one dropped.
        let february = "#VER A 2 20240201 \"Feb\"\n{\n#TRANS 4610 {} 5.00\n#TRANS 1930 {} -5.00\n}"
        let twoVouchers = Self.sie(year: 2024, amount: "300.00", extra: february)
        let replaced = try await store.importLedger(read(twoVouchers, "2024b.se"))
        #expect(replaced.message.contains("replaced"))
        #expect(try await partitions(store) == [rx(2): 2, rx(3): 4])
        #expect(try await partitions(store, of: "voucher") == ["voucher_region-x_2": 1, "voucher_region-x_3": 2])
        let sizes = try await store.ledgerSizes()
        #expect(sizes[2024].map { [$0.vouchers, $0.rows] } == [2, 4])
        #expect(sizes[2023].map { [$0.vouchers, $0.rows] } == [1, 2])
        let rows = try await store.ledgerRows(year: 2024, account: 4610, ansvar: ["A1", ""], throughMonth: 12)
        #expect(rows.map(\.amount) == [Money(kronor: 300), Money(kronor: 5)])
        let voucher = try #require(rows.last).voucherID
        #expect(try await store.voucher(id: voucher).map(\.amount) == [Money(kronor: 5), Money(kronor: -5)])

        // Another organisation in the same database: partitions of its own, the first one's rows untouched.
        let other = try await Store(backend: store.db.backend, organisation: "kommun_y", create: true, location: "test")
        _ = try await other.importLedger(read(Self.sie(year: 2024, amount: "7.00"), "y.se"))
        let all = try await partitions(store)
        #expect(all[ky(4)] == 2 && all[rx(3)] == 4 && all.count == 3)
        #expect(try await partitions(store, of: "voucher")["voucher_kommun_y_5"] == 1)
        #expect(try await other.followUpData().ledgers[2024]?.cells.first { $0.account == 4610 }?.amount.ore == 700)
        let x2024 = try await store.followUpData().ledgers[2024]?.cells.filter { $0.account == 4610 }.map(\.amount.ore)
        #expect(x2024?.sorted() == [500, 30_000])
    }

    @Test func aBatchEmptiedByTheFullExportGoesAndAFailedImportLeavesNoTable() async throws {
        let store = try await TestBackend.postgres.store()
        _ = try await store.importLedger(read(Self.sie(year: 2024), "2024.se"))
        _ = try await store.importLedger(read(Self.batch2024, "lon.si"))
        #expect(try await partitions(store) == [df(1): 2, df(2): 2])
        // The full export holds the batch's voucher: the batch's rows go, and its partition with them.
        _ = try await store.importLedger(read(Self.sie(year: 2024, amount: "1.00"), "2024b.se"))
        #expect(try await partitions(store) == [df(3): 2])
        #expect(try await partitions(store, of: "voucher") == ["voucher_default_3": 1])

        struct Broken: Error {}
        let (ledger, _) = try SIELedger.read(Array(Self.sie(year: 2025).utf8), file: "bad.se")
        await #expect(throws: Broken.self) {
            try await store.importLedger(contentHash: "other", fileName: "bad.se") { emit in
                try emit(ledger.vouchers)
                throw Broken()
            }
        }
        #expect(try await partitions(store) == [df(3): 2])
        let tables = try await store.db.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM pg_class
                    WHERE relkind = 'r' AND (relname LIKE 'ledger_row_default%' OR relname LIKE 'voucher_default%')
                    """)
        }
        #expect(tables == 2)

        // All the organisation's data removed (the demo rebuilds itself so): its partitions go, and the same ids
        // can be taken again.
        try await store.removeAllData()
        #expect(try await partitions(store).isEmpty)
        #expect(try await partitions(store, of: "voucher").isEmpty)
        _ = try await store.importLedger(read(Self.sie(year: 2024), "2024.se"))
        #expect(try await partitions(store, of: "voucher") == ["voucher_default_1": 1])
    }

    /// A database from before v34: its rows move to block 0 of their organisation; a new import takes block 1; the
    /// old year replaced is deleted from block 0, which keeps the other years.
    @Test func rowsFromBeforeMoveToBlockZero() async throws {
        let url = try await TestBackend.postgres.newDatabase(in: FileManager.default.temporaryDirectory)
        let db = try PostgresBackend(url: url)
        try await db.migrate(Array(Schema.steps.prefix { $0.name != "v34-ledger-partitions" }))
        // As the import before v34 wrote them: 2023 with rowids 1–2, 2024 with 3–4, in one table.
        try await db.write(lockKey: "test") { db in
            try db.executeScript(
                """
                INSERT INTO ledger (organisation, year, file_name, sha256, imported_at, first_voucher, last_voucher,
                    first_row, last_row)
                    VALUES ('default', 2023, 'a.se', 'h1', 'now', 1, 1, 1, 2),
                    ('default', 2024, 'b.se', 'h2', 'now', 2, 2, 3, 4);
                INSERT INTO voucher (organisation, id, series, number, date, text) VALUES
                    ('default', 1, 'A', '1', '2023-01-15', ''), ('default', 2, 'A', '1', '2024-01-15', '');
                INSERT INTO ledger_row (organisation, rowid, voucher_id, account, ansvar, month, amount, text)
                    VALUES ('default', 1, 1, 4610, 'A1', 1, 25000, ''), ('default', 2, 1, 1930, '', 1, -25000, ''),
                    ('default', 3, 2, 4610, 'A1', 1, 25000, ''), ('default', 4, 2, 1930, '', 1, -25000, '');
                INSERT INTO period_balance (organisation, year, month, account, ansvar, amount) VALUES
                    ('default', 2023, 1, 4610, 'A1', 25000), ('default', 2023, 1, 1930, '', -25000),
                    ('default', 2024, 1, 4610, 'A1', 25000), ('default', 2024, 1, 1930, '', -25000)
                """)
        }
        try await db.migrate(Schema.steps)
        let store = try await Store(backend: db, organisation: "default", create: false, location: "test")
        #expect(try await partitions(store) == ["ledger_row_default_0": 4])
        #expect(try await partitions(store, of: "voucher") == ["voucher_default_0": 2])
        _ = try await store.importLedger(read(Self.sie(year: 2024, amount: "9.00"), "2024b.se"))
        #expect(try await partitions(store) == ["ledger_row_default_0": 2, df(1): 2])
        #expect(try await partitions(store, of: "voucher") == ["voucher_default_0": 1, "voucher_default_3": 1])
        #expect(try await firstRow(store, 2024) == Self.block)
        let rows2023 = try await store.ledgerRows(year: 2023, account: 4610, ansvar: ["A1"], throughMonth: 12)
        #expect(rows2023.map(\.amount) == [Money(kronor: 250)])
        #expect(try await store.voucher(id: 1).map(\.amount) == [Money(kronor: 250), Money(kronor: -250)])
        let rows2024 = try await store.ledgerRows(year: 2024, account: 4610, ansvar: ["A1"], throughMonth: 12)
        #expect(rows2024.map(\.amount) == [Money(kronor: 9)])
    }
}
