import BalansCore
import BalansTestSupport
import Foundation
import Testing

/// Budget changes during the year (dated rows on top of the original budget), against seeds 000 (January–March 2017)
/// and 001 (January–July 2017) from the example.
@Suite struct BudgetChangeTests {
    /// Tenths of mnkr, as seeds 000 and 001 print: 1 909,8 → 19098.
    func mnkr1(_ m: Money?) -> Int64? { m?.rounded(toUnitsOf: 10_000_000) }
    static let march = Period(year: 2017, month: 3)!
    static let july = Period(year: 2017, month: 7)!

    @Test func aChangeCountsFromTheMonthItWasDecided() throws {
        func row(_ amount: Int64, change: BudgetChange?) throws -> BudgetRow {
            let money = Money(kronor: amount)
            return BudgetRow(
                year: 2017, node: "L", account: nil, amount: money,
                monthly: try #require(Periodisation.split(money)), change: change)
        }
        let april = Period(year: 2017, month: 4)!
        let change = BudgetChange(date: "2017-04-24", period: april, kind: .reallocation, reference: "RS §80")
        var data = FollowUpData(
            organisationName: "R", nodes: [], mapping: .kommunBas13, ledgers: [:],
            budgets: [try row(-1_200, change: nil), try row(120, change: change)], forecasts: [], figures: [],
            investments: [])
        #expect(data.budgets(at: Self.march).map(\.amount).sum() == Money(kronor: -1_200))
        #expect(data.budgets(at: april).map(\.amount).sum() == Money(kronor: -1_080))
        #expect(data.budgets(at: Period(year: 2018, month: 4)!).isEmpty)
        data.budgets[1].year = 2016
        #expect(data.budgets(at: april).map(\.amount).sum() == Money(kronor: -1_200))
    }

    /// Seed 001 1.2.1 prints the 2017 budgets after the changes decided in April (Regionkontoret Bas −236,8,
    /// E-plan utveckling −23,5, Regiongemensamma kostnader och finansiering 17,5); seed 000 the original ones.
    @Test func seed001PrintsTheBudgetAfterChangesSeed000TheOriginal() async throws {
        let data = try await ExampleFixture.data()
        let before = OperatingStatement.compute(data, period: Self.march, root: "RS17")
        let after = OperatingStatement.compute(data, period: Self.july, root: "RS17")
        func annual(_ op: OperatingStatement, _ code: NodeCode) -> Int64? {
            mnkr1(op.figuresWithoutAllocations(code).annualBudget)
        }
        #expect([annual(before, "RS17-RKB"), annual(after, "RS17-RKB")] == [-2371, -2368])
        #expect([annual(before, "RS17-EPU"), annual(after, "RS17-EPU")] == [-232, -235])
        #expect([annual(before, "RS17-HSF"), annual(after, "RS17-HSF")] == [-76368, -76369])
        let rgf = [before, after].map { mnkr1($0.row("RS17-RGF")?.figures.annualBudget) }
        #expect(rgf == [174, 175])
        #expect([mnkr1(before.root.figures.annualBudget), mnkr1(after.root.figures.annualBudget)] == [174, 175])
        // The forecast deviations are unchanged by the move: +15,8 for Bas, −5,0 for E-plan utveckling.
        let bas = after.figuresWithoutAllocations("RS17-RKB")
        #expect([mnkr1(bas.forecast), mnkr1(bas.forecastDeviation)] == [-2210, 158])
        let fin = try #require(after.row("RS17-FIN")).figures
        #expect([mnkr1(fin.annualBudget), mnkr1(fin.forecast), mnkr1(fin.forecastDeviation)] == [88272, 90442, 2169])
        // The periodised budget January–July is the original's: the changes are periodised August–December.
        #expect(mnkr1(bas.budgetToDate) == -1381)
    }

    /// RKR R14: the original budget, the changes and the budget after changes, and the register of the decisions —
    /// in the July report (the changes of 24 April), not in March's.
    @Test func theReportShowsOriginalBudgetChangesAndTheDecisions() async throws {
        let data = try await ExampleFixture.data()
        let after = OperatingStatement.compute(data, period: Self.july, root: "RS17").root.figures
        #expect(after.annualBudget - after.originalAnnualBudget == Money(kronor: 40_000))
        let before = OperatingStatement.compute(data, period: Self.march, root: "RS17").root.figures
        #expect(
            before.annualBudget == before.originalAnnualBudget
                && before.originalAnnualBudget == after.originalAnnualBudget)
        let july = try await ExampleFixture.markdown("manad-RS17-2017-07")
        #expect(july.contains("**Budget och budgetändringar 2017** (mnkr)"))
        #expect(july.contains("| 2017-04-24 | RS §80, RS170321 | omdisposition | E-plan utveckling | −300 |"))
        #expect(july.contains("| 2017-04-24 | RF §30, RS170288 | tilläggsbudget | Generella statsbidrag | 40 |"))
        let march = try await ExampleFixture.markdown("ur1-RS17-2017-03")
        #expect(!march.contains("Budget och budgetändringar"))
    }
}
