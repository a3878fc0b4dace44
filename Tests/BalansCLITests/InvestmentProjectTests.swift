import BalansCore
import Foundation
import Testing

/// Seed 000 chapter 3: the investment projects of Regionkontoret with their totals, and the
/// property investments decided against the 2017 frame (issue 5).
@Suite struct InvestmentProjectTests {
    func mnkr1(_ m: Money?) -> Int64? { m?.rounded(toUnitsOf: 10_000_000) }
    func tkr(_ m: Money?) -> Int64? { m?.rounded(toUnitsOf: 100_000) }

    @Test func seed000ProjectsAndFrame() throws {
        let data = try ExampleFigureTests.data.get()
        let rows = data.investments.filter { $0.period == Period(year: 2017, month: 3) && $0.node == "RS17" }
        let running = rows.filter { $0.category != .property }
        // Summa −10,8 / −2,6 / −4,1 / 6,7 (budget, outcome, forecast, deviation), computed.
        let budget = running.compactMap(\.budget).sum(), outcome = running.map(\.outcome).sum(), forecast = running.compactMap(\.forecast).sum()
        #expect([mnkr1(budget), mnkr1(outcome), mnkr1(forecast), mnkr1(budget - forecast)] == [108, 26, 41, 67])
        // Total ram 220 000; decided 191 052 + 2 700 + 15 000 = 208 752; kvar av ram 11 248.
        let frame = try #require(data.figure(.investmentFrame, year: 2017)?.amount)
        let decided = rows.filter { $0.category == .property }.compactMap(\.budget).sum()
        #expect(tkr(frame) == 220_000 && tkr(decided) == 208_752 && tkr(frame - decided) == 11_248)

        let md = try String(contentsOf: CLI.demo.get().appendingPathComponent("reports/namnd-RS17-2017-03.md"), encoding: .utf8)
        #expect(md.contains("| **Summa** | -10,8 | -2,6 | -4,1 | 6,7 |"))
        #expect(md.contains("| **Kvar av ram** | 11 248 |"))
    }
}
