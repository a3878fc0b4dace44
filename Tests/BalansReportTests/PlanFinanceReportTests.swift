import BalansCore
import BalansReport
import BalansTestSupport
import Foundation
import Testing

/// Mål och budget's budgeted balansräkning, kassaflödesanalys, self-financing and investment plan with its operating
/// consequences (issue 18, items 5 and 6) on the example's budget-2024: figures worked out here from the ledger's
/// 2023 balance sheet and the version's files.
@Suite struct PlanFinanceReportTests {
    typealias T = PlanReportTests

    /// 2024: result −686 300 000 (seed 003), depreciation 474 950 000 (the 2024 budget's), investments 983 000 000,
    /// no borrowing, amortisation 13 000 000: årets kassaflöde −686 300 000 + 474 950 000 − 983 000 000
    /// − 13 000 000 = −1 207 350 000; självfinansieringsgrad (−686 300 000 + 474 950 000) / 983 000 000
    /// = −21,5 %.
    @Test func the2024Document() async throws {
        let data = try await ExampleFixture.data()
        let report = try await ExampleFixture.report("malbudget-2024")
        let sheet = try #require(BalanceSheet.at(data, year: 2023, month: 12))
        let balance = try T.table(report, "budgeterad-balansrakning")
        #expect(balance.columns == ["", "Ingående 31 dec 2023", "Budget 2024", "Plan 2025", "Plan 2026"])
        let fixed = try T.row(balance, "Anläggningstillgångar").cells
        #expect(T.ore(fixed[0]) == sheet[.fixedAssets].ore)
        #expect(T.ore(fixed[1]) == (sheet[.fixedAssets] + Money(kronor: 983_000_000 - 474_950_000)).ore)
        let equity = try T.row(balance, "Summa eget kapital").cells
        #expect(T.ore(equity[0]) == sheet.totalEquity.ore)
        #expect(T.ore(equity[1]) == (sheet.totalEquity + Money(kronor: -686_300_000)).ore)
        let debt = try T.row(balance, "Långfristiga skulder").cells
        #expect(T.ore(debt[1]) == (sheet[.longTermLiabilities] - Money(kronor: 13_000_000)).ore)
        // 2025 borrows 300 000 000 and repays 13 000 000.
        #expect(T.ore(debt[2]) == (sheet[.longTermLiabilities] + Money(kronor: 300_000_000 - 26_000_000)).ore)
        let assets = try T.row(balance, "Summa tillgångar").cells
        let sides = try T.row(balance, "Summa eget kapital, avsättningar och skulder").cells
        #expect(assets == sides)
        #expect(T.ore(assets[0]) == sheet.totalAssets.ore)

        let flow = try T.table(report, "budgeterad-kassaflodesanalys")
        #expect(T.ore(try T.row(flow, "Årets resultat").cells[0]) == Money(kronor: -686_300_000).ore)
        #expect(T.ore(try T.row(flow, "Årets kassaflöde").cells[0]) == Money(kronor: -1_207_350_000).ore)
        let cash = try T.row(flow, "Likvida medel vid årets slut").cells
        let cashRow = try T.row(balance, "Likvida medel").cells
        #expect(Array(cashRow.dropFirst()) == cash)

        let goal = try T.table(report, "sjalvfinansiering")
        let ratio = Decimal(-686_300_000 + 474_950_000) * 100 / Decimal(983_000_000)
        #expect(try T.row(goal, "Självfinansieringsgrad av investeringarna").cells[0] == .percent(ratio, decimals: 0))
        #expect(try T.row(goal, "Målet för självfinansieringsgraden").cells[0] == .text("uppfylls inte"))

        // The operating consequences: none in 2024; 2025 the 2024 investments' first year of use.
        let effects = try T.table(report, "driftkonsekvenser")
        let total = try T.row(effects, "Summa kapitalkostnader").cells
        #expect(T.ore(total[0]) == 0)
        // 460 000 000 / 5 + 15 000 000 / 5 + 508 000 000 / 33 (15 393 939,39) + 2,5 % × 983 000 000.
        #expect(T.ore(total[1]) == Money(ore: 9_200_000_000 + 300_000_000 + 1_539_393_939 + 2_457_500_000).ore)
        let md = MarkdownRenderer.render(report)
        #expect(md.contains("## Budgeterad balansräkning") && md.contains("## Självfinansiering av investeringarna"))
    }
}
