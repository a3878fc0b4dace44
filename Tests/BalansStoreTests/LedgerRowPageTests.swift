import BalansCore
import BalansImport
import BalansStore
import BalansTestSupport
import Foundation
import Testing

/// The drill-down's rows a page at a time, in every order, counted (issue 17, item 7), over a
/// year whose rows lie in two ranges: its full export, and an import batch stored after another
/// year's export. The expected rows are read off the files below.
@Suite struct LedgerRowPageTests {
    static let year2024 = """
        #FLAGGA 0
        #SIETYP 4
        #RAR 0 20240101 20241231
        #KONTO 1930 "Bank"
        #KONTO 4610 "Lakemedel"
        #VER A 10 20240301 "Mars"
        {
        #TRANS 4610 {1 "A1"} 300.00
        #TRANS 1930 {} -300.00
        }
        #VER A 9 20240415 "April"
        {
        #TRANS 4610 {1 "A1"} 100.00
        #TRANS 4610 {1 "B1"} 50.00
        #TRANS 1930 {} -150.00
        }
        #VER B 1 20240110 "Januari"
        {
        #TRANS 4610 {1 "A1"} -20.00
        #TRANS 1930 {} 20.00
        }

        """
    static let year2025 = """
        #FLAGGA 0
        #SIETYP 4
        #RAR 0 20250101 20251231
        #KONTO 1930 "Bank"
        #KONTO 4610 "Lakemedel"
        #VER A 1 20250201 "Februari 2025"
        {
        #TRANS 4610 {1 "A1"} 999.00
        #TRANS 1930 {} -999.00
        }

        """
    /// A batch (no `#RAR`) over the turn of the year, imported after 2025's export.
    static let batch = """
        #FLAGGA 0
        #SIETYP 4
        #KONTO 1930 "Bank"
        #KONTO 4610 "Lakemedel"
        #VER C 1 20241220 "December"
        {
        #TRANS 4610 {1 "A1"} 70.00
        #TRANS 1930 {} -70.00
        }
        #VER C 2 20250110 "Januari 2025"
        {
        #TRANS 4610 {1 "A1"} 80.00
        #TRANS 1930 {} -80.00
        }

        """

    static func store(_ backend: TestBackend) async throws -> Store {
        let store = try await backend.store()
        for (text, file) in [(year2024, "2024.se"), (year2025, "2025.se"), (batch, "batch.si")] {
            _ = try await store.importLedger(SIELedger.read(Array(text.utf8), file: file).ledger)
        }
        return store
    }

    /// 2024's rows on 4610 and A1 in each order, in kronor, as the files above hold them.
    static let orders: [(LedgerRowOrder, [Int64])] = [
        (.ledger, [300, 100, -20, 70]), (.date, [-20, 300, 100, 70]), (.voucher, [100, 300, -20, 70]),
        (.amount, [-20, 70, 100, 300]),
    ]

    @Test(arguments: TestBackend.all) func pagesInEveryOrderHoldEveryRowOnce(_ backend: TestBackend) async throws {
        let store = try await Self.store(backend)
        for (order, kronor) in Self.orders {
            for descending in [false, true] {
                let expected = (descending ? kronor.reversed() : kronor).map { Money(kronor: $0) }
                let all = try await store.ledgerRows(
                    year: 2024, account: 4610, ansvar: ["A1"], throughMonth: 12, order: order, descending: descending,
                    limit: nil)
                #expect(all.map(\.amount) == expected, "\(order) \(descending)")
                // Pages of two, one after the other, are the rows once each; past the end is empty.
                var pages: [Store.VoucherRow] = []
                for offset in stride(from: 0, through: 4, by: 2) {
                    let page = try await store.ledgerRows(
                        year: 2024, account: 4610, ansvar: ["A1"], throughMonth: 12, order: order,
                        descending: descending, offset: offset, limit: 2)
                    #expect(page.count == min(2, max(0, 4 - offset)))
                    pages += page
                }
                #expect(pages.map(\.amount) == expected && pages.map(\.text) == all.map(\.text))
            }
        }
    }

    @Test(arguments: TestBackend.all) func theCountIsOfTheYearsRowsInBothRanges(_ backend: TestBackend) async throws {
        let store = try await Self.store(backend)
        #expect(
            try await store.ledgerRowCount(year: 2024, account: 4610, ansvar: ["A1"], throughMonth: 12)
                == (4, Money(kronor: 450)))
        // To April: December's batch row is left out; B1's row counts with its code.
        #expect(
            try await store.ledgerRowCount(year: 2024, account: 4610, ansvar: ["A1"], throughMonth: 4)
                == (3, Money(kronor: 380)))
        #expect(
            try await store.ledgerRowCount(year: 2024, account: 4610, ansvar: ["A1", "B1"], throughMonth: 12)
                == (5, Money(kronor: 500)))
        // 2025: its export's row, then the batch's January, whose range also holds 2024's December.
        let rows2025 = try await store.ledgerRows(year: 2025, account: 4610, ansvar: ["A1"], throughMonth: 12)
        #expect(rows2025.map(\.text) == ["Februari 2025", "Januari 2025"])
        #expect(
            try await store.ledgerRowCount(year: 2025, account: 4610, ansvar: ["A1"], throughMonth: 12)
                == (2, Money(kronor: 1079)))
        #expect(try await store.ledgerRowCount(year: 2024, account: 4610, ansvar: [], throughMonth: 12) == (0, .zero))
        #expect(try await store.ledgerRows(year: 2023, account: 4610, ansvar: ["A1"], throughMonth: 12).isEmpty)
    }
}
