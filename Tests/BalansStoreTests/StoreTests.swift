import BalansCore
import BalansImport
import BalansTestSupport
import Foundation
import Testing

@testable import BalansStore

@Suite struct StoreTests {
    static let org = """
        code;parent;name;kind;ansvar
        R;;Regionen;region;
        N;R;Nämnden;committee;
        L1;N;Läkemedel;line;A1
        L2;N;Tandvård;line;A2 A3

        """
    static let budget = """
        year;node;account;amount
        2024;L1;4610;-759 400 000
        2024;L2;4010;-213300000.50

        """
    static let sie = """
        #FLAGGA 0
        #SIETYP 4
        #FNAMN "Regionen"
        #RAR 0 20240101 20241231
        #KONTO 1930 "Bank"
        #KONTO 4610 "Läkemedel"
        #DIM 1 "Ansvar"
        #OBJEKT 1 "A1" "Läkemedel"
        #IB 0 1930 1000.00
        #VER A 1 20240115 "Januari"
        {
        #TRANS 4610 {1 "A1"} 250.00
        #TRANS 1930 {} -250.00
        }

        """

    func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    func seeded(_ backend: TestBackend) async throws -> Store {
        let store = try await backend.store()
        _ = try await store.importOrg(CSVKinds.org(bytes(Self.org), file: "org.csv"), file: "org.csv", hash: "x")
        return store
    }

    @Test(arguments: TestBackend.all) func migrationsAreNamedAndApplied(_ backend: TestBackend) async throws {
        let store = try await backend.store()
        #expect(
            try await store.appliedMigrations() == [
                "v1-organisation-ledger-budget", "v2-ledger-rows-by-range", "v3-staff", "v4-indicators",
                "v5-activities", "v6-investment-projects", "v7-indicator-national", "v8-action-plans",
                "v9-staff-gender", "v10-investment-project-totals", "v11-staff-age-band",
                "v12-indicator-focus-r12-gender", "v13-report-texts", "v14-frozen-reports",
                "v15-users-sessions-audit-workflow", "v16-change-requests", "v17-organisations", "v18-ledger-batches",
                "v19-organisation-settings", "v20-ledger-object-sets", "v21-kolada-values", "v22-budget-changes",
                "v23-project-funds", "v24-topic-texts", "v25-indicator-source", "v26-companies", "v27-deadlines",
                "v28-forecast-history-notifications", "v29-user-active", "v30-plan", "v31-plan-versions",
                "v32-detailed-budgets",
                "v33-plan-investments", "v34-ledger-partitions",
            ])
    }

    @Test(arguments: TestBackend.all) func replacingAYearLeavesOtherYearsAndNoOrphans(_ backend: TestBackend)
        async throws
    {
        let store = try await seeded(backend)
        let y2023 = Self.sie.replacingOccurrences(of: "2024", with: "2023")
        _ = try await store.importLedger(SIELedger.read(bytes(Self.sie), file: "2024.se").ledger)
        _ = try await store.importLedger(SIELedger.read(bytes(y2023), file: "2023.se").ledger)
        let twoVouchers = Self.sie.replacingOccurrences(
            of: "}\n",
            with: "}\n#VER A 2 20240201 \"Februari\"\n{\n#TRANS 4610 {1 \"A1\"} 5.00\n#TRANS 1930 {} -5.00\n}\n")
        _ = try await store.importLedger(SIELedger.read(bytes(twoVouchers), file: "2024b.se").ledger)
        let sizes = try await store.ledgerSizes()
        #expect(sizes[2023]?.vouchers == 1 && sizes[2023]?.rows == 2)
        #expect(sizes[2024]?.vouchers == 2 && sizes[2024]?.rows == 4)
        let data = try await store.followUpData()
        #expect(data.ledgers[2023]?.cells.count == 2)
        #expect(data.ledgers[2024]?.cells.first { $0.account == 4610 && $0.month == 2 }?.amount == Money(kronor: 5))
    }

    @Test(arguments: TestBackend.all) func aFailureAfterRowsWereWrittenChangesNothing(_ backend: TestBackend)
        async throws
    {
        let store = try await seeded(backend)
        _ = try await store.importLedger(SIELedger.read(bytes(Self.sie), file: "a.se").ledger)
        let before = try await store.contentFingerprint()
        struct Broken: Error {}
        let (ledger, _) = try SIELedger.read(
            bytes(Self.sie.replacingOccurrences(of: "250.00", with: "7.00")), file: "b.se")
        await #expect(throws: Broken.self) {
            try await store.importLedger(contentHash: "other", fileName: "b.se") { emit in
                try emit(ledger.vouchers)  // rows are written...
                throw Broken()  // ...then the file turns out to be bad
            }
        }
        #expect(try await store.contentFingerprint() == before)
    }

    @Test(arguments: TestBackend.all) func budgetRoundTripsWithPeriodisation(_ backend: TestBackend) async throws {
        let store = try await seeded(backend)
        _ = try await store.importBudget(
            CSVKinds.budget(bytes(Self.budget), file: "budget.csv"), file: "budget.csv", hash: "b")
        let data = try await store.followUpData()
        #expect(data.budgets.count == 2)
        #expect(data.budgets[1].amount == Money(ore: -21_330_000_050))
        #expect(data.budgets.allSatisfy { $0.monthly.sum() == $0.amount })
    }

    @Test(arguments: TestBackend.all) func unknownNodeFailsWithLineAndWritesNothing(_ backend: TestBackend) async throws
    {
        let store = try await seeded(backend)
        _ = try await store.importBudget(
            CSVKinds.budget(bytes(Self.budget), file: "budget.csv"), file: "budget.csv", hash: "b")
        let before = try await store.contentFingerprint()
        let bad = "year;node;amount\n2024;L1;-5\n2024;HS9;-7\n"
        await #expect {
            _ = try await store.importBudget(
                CSVKinds.budget(bytes(bad), file: "budget2.csv"), file: "budget2.csv", hash: "c")
        } throws: { error in
            (error as? InputFailure)?.issues.map(\.description) == [
                "budget2.csv:3: unknown organisation node \"HS9\" (import the org file first)"
            ]
        }
        #expect(try await store.contentFingerprint() == before)
    }

    @Test(arguments: TestBackend.all) func sameLedgerTwiceChangesNothing(_ backend: TestBackend) async throws {
        let store = try await seeded(backend)
        let (ledger, _) = try SIELedger.read(bytes(Self.sie), file: "a.se")
        #expect(try await store.importLedger(ledger).changed)
        let after = try await store.contentFingerprint()
        let again = try await store.importLedger(ledger)
        #expect(!again.changed)
        #expect(try await store.contentFingerprint() == after)
        let data = try await store.followUpData()
        #expect(
            data.ledgers[2024]?.cells == [
                YearLedger.Cell(account: 1930, ansvar: "", month: 1, amount: Money(kronor: -250)),
                YearLedger.Cell(account: 4610, ansvar: "A1", month: 1, amount: Money(kronor: 250)),
            ])
        #expect(data.ledgers[2024]?.openingBalances[1930] == Money(kronor: 1000))
    }

    @Test(arguments: TestBackend.all) func changedExportReplacesTheYear(_ backend: TestBackend) async throws {
        let store = try await seeded(backend)
        _ = try await store.importLedger(SIELedger.read(bytes(Self.sie), file: "a.se").ledger)
        let changed = Self.sie.replacingOccurrences(of: "250.00", with: "300.00")
        let summary = try await store.importLedger(SIELedger.read(bytes(changed), file: "b.se").ledger)
        #expect(summary.message.contains("replaced"))
        let op = await OperatingStatement.compute(try store.followUpData(), period: Period(year: 2024, month: 1)!)
        #expect(op.row("L1")?.figures.outcome == Money(kronor: -300))
    }

    @Test(arguments: TestBackend.all) func sameBudgetFileTwiceChangesNothing(_ backend: TestBackend) async throws {
        let store = try await seeded(backend)
        let rows = try CSVKinds.budget(bytes(Self.budget), file: "budget.csv")
        _ = try await store.importBudget(rows, file: "budget.csv", hash: "b")
        let once = try await store.followUpData().budgets
        _ = try await store.importBudget(rows, file: "budget.csv", hash: "b")
        #expect(try await store.followUpData().budgets == once)
    }
}

@Suite struct PeriodBudgetTests {
    @Test(arguments: TestBackend.all) func ledgerPeriodBudgetsAreTheBudgetWithoutABudgetFile(_ backend: TestBackend)
        async throws
    {
        let store = try await backend.store()
        _ = try await store.importOrg(
            CSVKinds.org(Array(StoreTests.org.utf8), file: "org.csv"), file: "org.csv", hash: "x")
        let sie =
            StoreTests.sie + "#PBUDGET 0 202401 4610 {1 \"A1\"} 300.00\n#PBUDGET 0 202402 4610 {1 \"A1\"} 100.00\n"
        _ = try await store.importLedger(SIELedger.read(Array(sie.utf8), file: "a.se").ledger)
        let op = await OperatingStatement.compute(try store.followUpData(), period: Period(year: 2024, month: 1)!)
        let l1 = try #require(op.row("L1")).figures
        #expect(l1.annualBudget == Money(kronor: -400))
        #expect(l1.budgetToDate == Money(kronor: -300))
        #expect(l1.deviationToDate == Money(kronor: 50))  // −250 outcome against −300 budget
    }
}

extension StoreTests {
    /// The id of the year's first voucher, as its import recorded it.
    static func firstVoucher(_ store: Store, _ year: Int) async throws -> Int64? {
        try await store.db.read { db in
            try Int64.fetchOne(db, sql: "SELECT first_voucher FROM ledger WHERE year = ?", arguments: [year])
        }
    }
}

/// The drill-down's voucher lookup (binary search over rowids), in two years of ledger.
@Suite struct VoucherLookupTests {
    @Test(arguments: TestBackend.all) func everyVoucherIsFoundWhole(_ backend: TestBackend) async throws {
        let store = try await backend.store()
        func sie(_ year: Int, vouchers: Int) async -> String {
            "#FLAGGA 0\n#SIETYP 4\n#RAR 0 \(year)0101 \(year)1231\n"
                + (1...vouchers).map { v in
                    let n = v % 5 + 2  // 2...6 rows, balancing
                    return
                        "#VER A \(v) \(year)01\(String(format: "%02d", v % 28 + 1)) \"V\(v)\"\n{\n#TRANS 1930 {} "
                        + "-\((n - 1) * 10).00\n"
                        + String(repeating: "#TRANS 3010 {} 10.00\n", count: n - 1) + "}\n"
                }.joined()
        }
        // Each voucher's id and its rows. An import's ids are consecutive from its first (SQLite: after the last
        // import's; PostgreSQL: the start of the import's partition).
        var expected: [(id: Int64, rows: Int)] = []
        for (year, count) in [(2023, 30), (2024, 40)] {
            _ = try await store.importLedger(
                SIELedger.read(Array(sie(year, vouchers: count).utf8), file: "\(year).se").ledger)
            let first = try #require(try await StoreTests.firstVoucher(store, year))
            expected += (1...count).map { (first + Int64($0 - 1), $0 % 5 + 2) }
        }
        for (id, n) in expected {
            let rows = try await store.voucher(id: id)
            #expect(rows.count == n && rows.allSatisfy { $0.voucherID == id }, "voucher \(id)")
        }
        #expect(try await store.voucher(id: expected.last!.id + 1).isEmpty)
        #expect(try await store.voucher(id: 0).isEmpty)
    }
}

/// Texts with the characters the bulk writers must escape (PostgreSQL's COPY: backslash, tab)
/// come back as they were read, on both backends.
@Suite struct LedgerTextTests {
    @Test(arguments: TestBackend.all) func voucherTextsSurviveTheBulkWrite(_ backend: TestBackend) async throws {
        let store = try await backend.store()
        let sie = StoreTests.sie.replacingOccurrences(
            of: "#VER A 1 20240115 \"Januari\"", with: "#VER A 1 20240115 \"C:\\\\hyra\\\\jan \\\"A\\\"\tflik\"")
        let (ledger, _) = try SIELedger.read(Array(sie.utf8), file: "a.se")
        let text = try #require(ledger.vouchers.first?.text)
        #expect(text == "C:\\hyra\\jan \"A\"\tflik")
        _ = try await store.importLedger(ledger)
        let id = try #require(try await StoreTests.firstVoucher(store, 2024))
        #expect(try await store.voucher(id: id).map(\.text) == [text, text])
    }
}

/// The web application's cache follows `dataVersion`: it moves when another connection (another
/// process) writes — on PostgreSQL within the 0,1 s it may answer from memory.
@Suite struct DataVersionTests {
    @Test(arguments: TestBackend.all) func movesWhenAnotherConnectionWrites(_ backend: TestBackend) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("balans-dv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await backend.newDatabase(in: dir)
        let reader = try await Store(path: db)
        let writer = try await Store(path: db)
        let before = try await reader.dataVersion()
        _ = try await writer.importOrg(
            CSVKinds.org(Array(StoreTests.org.utf8), file: "org.csv"), file: "org.csv", hash: "x")
        try await Task.sleep(for: .milliseconds(150))
        let after = try await reader.dataVersion()
        #expect(after != before)
        try await Task.sleep(for: .milliseconds(150))
        #expect(try await reader.dataVersion() == after)  // nothing written since
    }
}
