import BalansCore
import BalansTestSupport
import Foundation
import Testing

/// Noter (issue 16 item 2, LKBR 9 kap.): numbered in order, every note's total equals its statement line, the asset
/// schedule closes, and the notes beside the statements carry the figures import's amounts.
@Suite struct NotesTests {
    /// One year: 2 000 of patient fees and 500 of sales; equipment of 900 bought for cash, depreciated by 100; a loan
    /// of 400 taken up; the pension provision grows by 150 (cost). The chart names two of the accounts.
    func data() -> FollowUpData {
        func cell(_ account: Int, _ kronor: Int64) -> YearLedger.Cell {
            YearLedger.Cell(account: account, ansvar: "", month: 6, amount: Money(kronor: kronor))
        }
        let cells = [
            cell(3010, -2_000), cell(3510, -500), cell(1930, 2_500), cell(1210, 900), cell(1930, -900),
            cell(7810, 100), cell(1210, -100), cell(1930, 400), cell(2310, -400), cell(5610, 150), cell(2210, -150),
        ]
        let opening: [Int: Money] = [
            1210: Money(kronor: 1_000), 1930: Money(kronor: 600), 2010: Money(kronor: -1_300),
            2210: Money(kronor: -300),
        ]
        var d = FollowUpData(
            organisationName: "R", nodes: [], mapping: .kommunBas13,
            ledgers: [2025: YearLedger(year: 2025, cells: cells, openingBalances: opening)], budgets: [],
            forecasts: [],
            figures: [
                FigureRow(year: 2025, month: 12, key: .pensionObligations, amount: Money(kronor: 700)),
                FigureRow(year: 2025, month: 12, key: .guarantees, amount: Money(kronor: 40)),
                FigureRow(year: 2025, month: 12, key: .pensionProvisionsPayrollTax, amount: Money(kronor: 88)),
                FigureRow(year: 2025, month: nil, key: .leasingWithinYear, amount: Money(kronor: 12)),
            ], investments: [])
        d.accountNames = [2025: [3010: "Patientavgifter", 3510: "Försäljning av verksamhet"]]
        return d
    }

    @Test func theAccountsAndSchedulesOfAnInventedYear() throws {
        let notes = try #require(AnnualNotes.compute(data(), year: 2025))
        #expect(notes.notes.map(\.number) == Array(1...notes.notes.count))
        #expect(notes.notes.first?.kind == .principles && !notes.hasPreviousYear)
        let revenue = try #require(notes.note(.revenue))
        #expect(
            revenue.rows.map(\.label) == [
                .account(3010, "Patientavgifter"), .account(3510, "Försäljning av verksamhet"), .term(.total),
            ])
        #expect(revenue.rows.map(\.amounts) == [[Money(kronor: 2_000)], [Money(kronor: 500)], [Money(kronor: 2_500)]])
        // 1 000 + 900 bought − 100 written down = 1 800.
        let assets = try #require(notes.note(.fixedAssets))
        #expect(
            assets.rows.filter { !$0.isPart }.map(\.amounts) == [
                [Money(kronor: 1_000)], [Money(kronor: 900)], [Money(kronor: -100)], [Money(kronor: 1_800)],
            ])
        let pension = try #require(notes.note(.pensionProvisions))
        #expect(
            pension.rows.map(\.amounts) == [
                [Money(kronor: 300)], [Money(kronor: 150)], [Money(kronor: 450)], [Money(kronor: 88)],
            ])
        #expect(notes.note(.contingentLiabilities)?.rows.last?.amounts == [Money(kronor: 740)])
        #expect(notes.note(.leasing)?.rows.last?.amounts == [Money(kronor: 12)])
        // Result 2 500 − 100 − 150 = 2 250 on top of 1 300.
        #expect(notes.note(.equity)?.rows.last?.amounts == [Money(kronor: 3_550)])
        #expect(notes.note(.extraordinary) == nil && notes.note(.placements) == nil)
        #expect(notes.numbers(for: .longTermLiabilities) == [try #require(notes.note(.longTermLiabilities)).number])
    }

    /// The example's 2023 with 2022 beside it: each note on a line totals what the resultaträkning and the
    /// balansräkning print, in both years; the placements and the pension obligations are seed 003's.
    @Test func theExamplesNotesEqualTheirLines() async throws {
        let data = try await ExampleFixture.data()
        let notes = try #require(AnnualNotes.compute(data, year: 2023))
        #expect(notes.hasPreviousYear)
        for year in [2023, 2022] {
            let column = year == 2023 ? 0 : 1
            let income = try #require(IncomeStatement.outcome(data, year: year))
            let balance = try #require(BalanceSheet.at(data, year: year, month: 12))
            var checked = 0
            for note in notes.notes {
                guard let line = note.kind.line, let total = note.rows.last(where: \.isTotal) else { continue }
                let printed = line.isIncomeStatement ? income[line] : balance[line]
                #expect(total.amounts[column] == printed, "note \(note.number) \(note.kind) \(year)")
                checked += 1
            }
            #expect(checked >= 12)
            #expect(notes.note(.equity)?.rows.last?.amounts[column] == balance.totalEquity)
        }
        let placements = try #require(notes.note(.placements))
        #expect(placements.rows.map { $0.amounts[0] } == [Money(kronor: 7_639_400_000), Money(kronor: 7_877_400_000)])
        #expect(notes.note(.contingentLiabilities)?.rows.first?.amounts[0] == Money(kronor: 2_961_000_000))
        // The schedule closes: opening + investments + depreciation = closing.
        let assets = try #require(notes.note(.fixedAssets)).rows.filter { !$0.isPart }
        let sum = assets.dropLast().compactMap { $0.amounts[0] }.sum()
        #expect(sum == assets.last?.amounts[0])
    }
}
