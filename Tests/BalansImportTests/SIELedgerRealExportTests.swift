import BalansCore
import BalansImport
import Testing

/// Ledgers of files without vouchers (SIE types 1–3) as real exports write them (issue 13,
/// items 15–17): every amount counted once, and the year-end balance sheet the file states.
@Suite struct SIELedgerRealExportTests {
    static let head = """
        #FLAGGA 0
        #SIETYP 3
        #RAR 0 20240101 20241231
        #KONTO 1930 "Bank"
        #KONTO 2081 "Eget kapital"
        #KONTO 2440 "Leverantorsskulder"
        #KONTO 3010 "Avgifter"
        #KONTO 5010 "Loner"
        #KONTO 5020 "Material"
        #KONTO 5030 "Resor"
        #DIM 1 "Ansvar"
        #DIM 6 "Projekt"
        #OBJEKT 1 "100" "Styrelsen"
        #OBJEKT 1 "200" "Varden"
        #OBJEKT 6 "P1" "Projekt 1"
        #OBJEKT 6 "P2" "Projekt 2"

        """

    static func read(_ body: String) throws -> (ledger: LedgerImport, warnings: [String]) {
        try SIELedger.read(Array((head + body).utf8), file: "f.se")
    }

    /// `[account: [ansvar/month: öre]]`, zero cells left out.
    static func amounts(_ cells: [YearLedger.Cell]) -> [Int: [String: Int64]] {
        var result: [Int: [String: Int64]] = [:]
        for c in cells where c.amount != .zero {
            result[c.account, default: [:]]["\(c.ansvar)/\(c.month)", default: 0] += c.amount.ore
        }
        return result
    }

    /// Item 15: the `{}` row is the total, dimension-1 rows its ansvar breakdown, other object
    /// rows (any dimension, or several objects) breakdowns that are not added again.
    @Test func periodRowsWithAndWithoutObjectsAreCountedOnce() throws {
        let (ledger, warnings) = try Self.read(
            """
            #PSALDO 0 202401 3010 {} -800.00
            #PSALDO 0 202401 3010 {1 "100"} -500.00
            #PSALDO 0 202401 3010 {1 "200"} -300.00
            #PSALDO 0 202401 3010 {6 "P1"} -800.00
            #PSALDO 0 202401 3010 {1 "100" 6 "P1"} -500.00
            #PSALDO 0 202402 5010 {} 400.00
            #PSALDO 0 202402 5010 {1 "100"} 100.00
            #PBUDGET 0 202401 3010 {} -700.00
            #PBUDGET 0 202401 3010 {6 "P1"} -700.00
            #PBUDGET 0 202401 3010 {1 "200"} -200.00

            """)
        #expect(warnings == [])
        let cells = Self.amounts(ledger.cells)
        #expect(cells[3010] == ["100/1": -50_000, "200/1": -30_000])
        #expect(cells[5010] == ["100/2": 10_000, "/2": 30_000])
        #expect(Self.amounts(ledger.periodBudgets)[3010] == ["200/1": -20_000, "/1": -50_000])
    }

    /// Item 16: an account with object rows only gets its total from one dimension's objects,
    /// or from `#RES` when its rows cannot be added up; with a warning each.
    @Test func accountWithObjectRowsOnlyIsDerivedWithAWarning() throws {
        let (ledger, warnings) = try Self.read(
            """
            #RES 0 5030 90.00
            #PSALDO 0 202401 3010 {} -800.00
            #PSALDO 0 202403 5020 {6 "P1"} 250.00
            #PSALDO 0 202403 5020 {6 "P2"} 50.00
            #PSALDO 0 202403 5030 {1 "100" 6 "P1"} 90.00

            """)
        let cells = Self.amounts(ledger.cells)
        #expect(cells[5020] == ["/3": 30_000])
        #expect(cells[5030] == ["/12": 9_000])
        #expect(
            warnings == [
                "f.se:17: warning: account 5030 has #PSALDO rows that cannot be added up: the year's result from #RES "
                    + "is taken as December",
                "f.se:19: warning: account 5020 has #PSALDO rows only per object: its total is the sum of its objects "
                    + "in dimension 6",
            ])
    }

    /// Item 17: without vouchers the closing balances come from `#UB` (or `#OUB` added up),
    /// so the balance sheet at year end is the file's and not opening balance plus result.
    @Test func closingBalancesWithoutVouchers() throws {
        let (ledger, warnings) = try Self.read(
            """
            #IB 0 1930 1000.00
            #IB 0 2081 -1000.00
            #UB 0 1930 1700.00
            #UB 0 2081 -1000.00
            #OUB 0 2440 {1 "100"} -150.00
            #OUB 0 2440 {1 "200"} -50.00
            #OUB 0 2440 {6 "P1"} -200.00
            #RES 0 3010 -800.00
            #RES 0 5010 300.00

            """)
        let cells = Self.amounts(ledger.cells)
        #expect(cells[1930] == ["/12": 70_000])
        #expect(cells[2081] == nil)
        #expect(cells[2440] == ["/12": -20_000])
        #expect(cells[3010] == ["/12": -80_000])
        #expect(
            warnings == [
                "f.se:21: warning: account 2440 has no #UB: its closing balance is the sum of its #OUB in dimension 1"
            ])
        // The balance sheet balances: assets 1 700 = equity 1 000 + result 500 + liabilities 200.
        let total =
            ledger.cells.reduce(Int64(0)) { $0 + $1.amount.ore }
            + ledger.openingBalances.values.reduce(Int64(0)) { $0 + $1.ore }
        #expect(total == 0)
    }

    /// Item 17: with vouchers the rows are the ledger; a `#UB` that disagrees is a warning.
    @Test func closingBalanceDisagreeingWithVouchersIsAWarning() throws {
        let (ledger, warnings) = try Self.read(
            """
            #IB 0 1930 1000.00
            #IB 0 2081 -1000.00
            #UB 0 1930 1900.00
            #UB 0 2081 -1000.00
            #VER A 1 20240115
            {
            #TRANS 1930 {} 800.00
            #TRANS 3010 {1 "100"} -800.00
            }

            """)
        #expect(Self.amounts(ledger.cells)[1930] == ["/1": 80_000])
        #expect(
            warnings == [
                "f.se:19: warning: #UB of account 1930 is 1900.00 but #IB plus the vouchers' rows make 1800.00; the "
                    + "vouchers are used"
            ])
    }
}
