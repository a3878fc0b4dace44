import BalansCore
import BalansImport
import BalansStore
import BalansTestSupport
import Foundation
import Testing

/// SIE 4I import batches (issue 13, item 23): a file without `#RAR` (payroll, invoicing, a
/// cash register) adds its vouchers to the years their dates fall in; the same batch twice
/// changes nothing; a full export replaces its year with every batch in it.
@Suite struct LedgerBatchTests {
    static let full = """
        #FLAGGA 0
        #SIETYP 4
        #RAR 0 20240101 20241231
        #KONTO 1930 "Bank"
        #KONTO 4610 "Lakemedel"
        #IB 0 1930 1000.00
        #VER A 1 20240115 "Januari"
        {
        #TRANS 4610 {1 "A1"} 250.00
        #TRANS 1930 {} -250.00
        }

        """
    /// Payroll for December 2024 and January 2025, without `#RAR`.
    static let batch = """
        #FLAGGA 0
        #PROGRAM "Lon" 1.0
        #SIETYP 4
        #KONTO 1930 "Bank"
        #KONTO 7010 "Loner"
        #VER L 1 20241225 "Lon december"
        {
        #TRANS 7010 {1 "A1"} 40.00
        #TRANS 1930 {} -40.00
        }
        #VER L 2 20250125 "Lon januari"
        {
        #TRANS 7010 {1 "A1"} 60.00
        #TRANS 1930 {} -60.00
        }

        """

    func read(_ text: String, _ file: String) throws -> LedgerImport {
        try SIELedger.read(Array(text.utf8), file: file).ledger
    }

    func cells(_ store: Store, _ year: Int) async throws -> Set<String> {
        let cells = try await store.followUpData().ledgers[year]?.cells ?? []
        return Set(
            cells.filter { $0.amount != .zero }.map { "\($0.account)/\($0.ansvar)/\($0.month): \($0.amount.ore)" })
    }

    @Test func aFileWithoutRARIsABatchSplitByYear() throws {
        let (ledger, warnings) = try SIELedger.read(Array(Self.batch.utf8), file: "lon.si")
        #expect(ledger.batchCells?.keys.sorted() == [2024, 2025])
        #expect(
            ledger.batchCells?[2025] == [
                YearLedger.Cell(account: 1930, ansvar: "", month: 1, amount: Money(ore: -6000)),
                YearLedger.Cell(account: 7010, ansvar: "A1", month: 1, amount: Money(ore: 6000)),
            ])
        #expect(ledger.vouchers.count == 2)
        #expect(
            warnings == [
                "lon.si: warning: no #RAR: read as an import batch (SIE 4I); its vouchers are added to ledger 2024 "
                    + "and 2025"
            ])
    }

    @Test(arguments: TestBackend.all) func aBatchAddsToTheYearsItsDatesFallIn(_ backend: TestBackend) async throws {
        let store = try await backend.store()
        _ = try await store.importLedger(read(Self.full, "2024.se"))
        let added = try await store.importLedger(read(Self.batch, "lon.si"))
        #expect(added.changed)
        #expect(added.message == "lon.si: import batch added to ledger 2024 and 2025: 2 vouchers, 4 rows")
        // 2024 keeps its export and its opening balances, with the batch's December added.
        await #expect(
            try cells(store, 2024) == ["1930//1: -25000", "1930//12: -4000", "4610/A1/1: 25000", "7010/A1/12: 4000"])
        #expect(try await store.followUpData().ledgers[2024]?.openingBalances[1930] == Money(kronor: 1000))
        // 2025 has no export yet: it holds the batch alone.
        #expect(try await cells(store, 2025) == ["1930//1: -6000", "7010/A1/1: 6000"])
        #expect(try await store.ledgerYears() == [2024, 2025])
        let sizes = try await store.ledgerSizes()
        #expect(sizes[2024].map { [$0.vouchers, $0.rows] } == [2, 4])
        #expect(sizes[2025].map { [$0.vouchers, $0.rows] } == [1, 2])
        await #expect(
            try store.ledgerRows(year: 2024, account: 7010, ansvar: ["A1"], throughMonth: 12).map(\.amount) == [
                Money(kronor: 40)
            ])
        let january = try await store.ledgerRows(year: 2025, account: 7010, ansvar: ["A1"], throughMonth: 12)
        #expect(january.map(\.text) == ["Lon januari"])
        let firstVoucher = try #require(january.first).voucherID
        #expect(
            try await store.voucher(id: firstVoucher).map(\.amount) == [
                Money(kronor: 60), Money(kronor: -60),
            ])

        // The same batch again changes nothing.
        let fingerprint = try await store.contentFingerprint()
        let again = try await store.importLedger(read(Self.batch, "lon-igen.si"))
        #expect(!again.changed)
        #expect(again.message.contains("unchanged"))
        #expect(try await store.contentFingerprint() == fingerprint)
    }

    @Test(arguments: TestBackend.all) func aFullExportReplacesTheYearWithItsBatches(_ backend: TestBackend) async throws
    {
        let store = try await backend.store()
        _ = try await store.importLedger(read(Self.full, "2024.se"))
        _ = try await store.importLedger(read(Self.batch, "lon.si"))
        // The year's new export holds the payroll voucher itself.
        let withPayroll = Self.full.replacingOccurrences(
            of: "}\n",
            with: "}\n#VER L 1 20241225 \"Lon december\"\n{\n#TRANS 7010 {1 \"A1\"} 40.00\n#TRANS 1930 {} -40.00\n}\n")
        let replaced = try await store.importLedger(read(withPayroll, "2024b.se"))
        #expect(replaced.message.contains("replaced"))
        await #expect(
            try cells(store, 2024) == ["1930//1: -25000", "1930//12: -4000", "4610/A1/1: 25000", "7010/A1/12: 4000"])
        #expect(try await store.ledgerSizes()[2024].map { [$0.vouchers, $0.rows] } == [2, 4])
        // The batch's other year stays, and the batch again is still unchanged.
        #expect(try await cells(store, 2025) == ["1930//1: -6000", "7010/A1/1: 6000"])
        #expect(try await store.ledgerSizes()[2025].map { [$0.vouchers, $0.rows] } == [1, 2])
        #expect(try await !store.importLedger(read(Self.batch, "lon.si")).changed)
        // A full export of a year that held a batch alone is "imported" and takes it over.
        let y2025 = Self.full.replacingOccurrences(of: "2024", with: "2025")
        #expect(try await store.importLedger(read(y2025, "2025.se")).message.contains("ledger 2025 imported"))
        #expect(try await cells(store, 2025) == ["1930//1: -25000", "4610/A1/1: 25000"])
        #expect(try await store.ledgerSizes()[2025].map { [$0.vouchers, $0.rows] } == [1, 2])
    }
}
