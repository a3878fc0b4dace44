import BalansCore
import BalansTestSupport
import Foundation
import Testing

/// Seed 002 (Regionkontoret, Årsredovisning 2019) computed from the example's 2019 ledger, budget
/// and forecasts and its 2018 import batch: every expected figure is the one the seed prints.
@Suite struct Seed002FigureTests {
    static let year = Period(year: 2019, month: 12)!

    /// Tenths of mnkr, rounded half away from zero: −40,8 → −408.
    func mnkr1(_ m: Money) -> Int64 { m.rounded(toUnitsOf: 10_000_000) }
    /// Whole tkr, rounded half away from zero.
    func tkr(_ m: Money) -> Int64 { m.rounded(toUnitsOf: 100_000) }

    /// Seed 002 5.2.2 "Resultaträkning": per uppdrag the period's result, budget, deviation and
    /// the forecast deviation, and the total (tenths of mnkr as printed).
    @Test func resultTable() async throws {
        let data = try await ExampleFixture.data()
        let op = OperatingStatement.compute(data, period: Self.year, root: "RK")
        let printed: [(String, [Int64])] = [
            ("Regionbidrag", [2992, 2992, 0, 0]), ("Förtroendevalda", [-408, -383, -24, -26]),
            ("Oförutsett Regionstyrelsen", [-40, -44, 4, 0]), ("Regionkontoret Bas", [-2013, -2334, 320, 200]),
            ("RS drift av egna utvecklingsprojekt", [0, 0, 0, 0]), ("E-plan drift", [-734, -610, -124, -100]),
            ("Fastigheter", [107, 0, 107, 136]), ("Utvecklingsmedel Regional utveckling", [-207, -287, 79, 35]),
            ("Utvecklingsmedel Hälso- och sjukvård", [-170, -310, 140, -20]),
            ("Utvecklingsmedel ePlan", [-156, -215, 59, 0]), ("Utvecklingsmedel Regiongemensamt", [-20, -30, 10, 0]),
            ("Effektivisering Region Halland", [1200, 1220, -20, 0]),
            ("Regionstyrelsens verksamheter", [551, 0, 551, 226]),
        ]
        for (name, expected) in printed {
            let f = try #require(op.rows.first { $0.name == name }, "no row \(name)").figures
            let got = [f.outcome, f.budgetToDate, f.deviationToDate, f.forecastDeviation].map(mnkr1)
            #expect(got == expected, "\(name)")
        }
        // 5.2 "Resultat jämfört med budget, ackumulerat": 55 100 tkr, 0 tkr, 55 100 tkr.
        #expect([tkr(op.root.figures.outcome), tkr(op.root.figures.budgetToDate)] == [55_100, 0])
    }

    /// Seed 002 5.2.4.1: costs (klass 4–7) −1 199 035 tkr against −1 033 286 tkr in 2018 and a
    /// budget of −1 124 935 tkr: 16 %, budgeted 8,9 %, 7,2 percentage points above the budgeted.
    @Test func costDevelopment() async throws {
        let data = try await ExampleFixture.data()
        let f = OperatingStatement.compute(data, period: Self.year, root: "RK").root.figures
        #expect(tkr(f.costsToDate) == -1_199_035)
        #expect(f.previousCostsToDate.map(tkr) == -1_033_286)
        #expect(tkr(f.budgetCostsToDate) == -1_124_935)
        #expect(f.costDevelopment?.roundedHalfAwayFromZero(scale: 0) == 16)
        #expect(f.budgetedCostDevelopment?.roundedHalfAwayFromZero(scale: 1) == Decimal(string: "8.9"))
        #expect(f.costDevelopmentGap?.roundedHalfAwayFromZero(scale: 1) == Decimal(string: "7.2"))
    }

    /// Seed 002 5.3: per category and per project, outcome −224,2 against a budget of −288,0.
    @Test func investments() async throws {
        let data = try await ExampleFixture.data()
        let rows = data.investments.filter { $0.period == Self.year && $0.node == "RK" }
        let totals = InvestmentTotals(rows.countedInTotals, missing: .countsAsZero)
        #expect(mnkr1(totals.outcome) == 2242 && totals.budget.map(mnkr1) == 2880)
        #expect(totals.budgetDeviation.map(mnkr1) == 638)
        let projects = InvestmentTotals(rows.filter { $0.project != nil }, missing: .countsAsZero)
        #expect(mnkr1(projects.outcome) == 2242 && projects.budget.map(mnkr1) == 2880)
        let intangible = InvestmentTotals(
            rows.countedInTotals.filter { $0.category == .intangible }, missing: .countsAsZero)
        #expect(mnkr1(intangible.outcome) == -11 && intangible.budget.map(mnkr1) == 454)
    }
}
