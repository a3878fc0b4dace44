import BalansCore
import BalansTestSupport
import Foundation
import Testing

/// The overview's figures (issue 17, item 6): traffic lights against the deviation threshold and the financial
/// goals, and each committee's outcome month by month, against the example (seed 003, January–April 2024).
@Suite struct DashboardFigureTests {
    static let ur1 = Period(year: 2024, month: 4)!

    @Test func aCommitteesLightIsRedFromTheThresholdYellowForAnyDeficitGreenOtherwise() {
        let threshold = OrganisationPolicy().largerDeviationThreshold
        #expect(threshold == Money(kronor: 20_000_000))
        func light(_ ore: Int64) -> TrafficLight { .forecastDeviation(Money(ore: ore), threshold: threshold) }
        #expect(light(0) == .green && light(1) == .green && light(500_000_000_00) == .green)
        #expect(light(-1) == .yellow && light(-(20_000_000_00 - 1)) == .yellow)
        #expect(light(-20_000_000_00) == .red && light(-175_000_000_00) == .red)
        // The organisation's own threshold counts: 5 mnkr makes a 9 mnkr deficit red.
        #expect(TrafficLight.forecastDeviation(Money(kronor: -9_000_000), threshold: Money(kronor: 5_000_000)) == .red)
    }

    /// Seed 003 2.5.1: seven committees forecast a deficit (Hallands sjukhus −175, ADH −27, HSF −22, PSY −20,
    /// FF −20, KT −19, RK −9 mnkr); Regiongemensamma kostnader och finansiering +597 and NSV +5 a surplus.
    @Test func seed003CommitteesLights() async throws {
        let data = try await ExampleFixture.data()
        let op = OperatingStatement.compute(data, period: Self.ur1)
        func light(_ code: NodeCode) throws -> TrafficLight {
            .forecastDeviation(
                try #require(op.row(code)).figures.forecastDeviation, threshold: Money(kronor: 20_000_000))
        }
        #expect(try ["HS", "ADH", "HSF"].map(light) == [.red, .red, .red])
        #expect(try ["KT", "RK"].map(light) == [.yellow, .yellow])
        #expect(try ["RGKF", "NSV"].map(light) == [.green, .green])
        // −20 rounded: red only at 20 mnkr or more.
        for code: NodeCode in ["PSY", "FF"] {
            let kronor = try #require(op.row(code)).figures.forecastDeviation.ore / 100
            #expect(try light(code) == (kronor <= -20_000_000 ? .red : .yellow))
        }
    }

    @Test func aFinancialGoalsLightFollowsTheForecastThenTheOutcome() async throws {
        var r = KeyRatioReport.compute(try await ExampleFixture.data(), period: Self.ur1)
        let goal = FinancialGoal(kind: .resultToTaxRevenue, target: 2, strict: false)
        (r.forecast.resultToTaxRevenue, r.outcome.resultToTaxRevenue) = (2, 0)
        #expect(TrafficLight.financialGoal(goal, r) == .green)
        (r.forecast.resultToTaxRevenue, r.outcome.resultToTaxRevenue) = (Decimal(string: "1.9"), 3)
        #expect(TrafficLight.financialGoal(goal, r) == .yellow)
        (r.forecast.resultToTaxRevenue, r.outcome.resultToTaxRevenue) = (1, 1)
        #expect(TrafficLight.financialGoal(goal, r) == .red)
        (r.forecast.resultToTaxRevenue, r.outcome.resultToTaxRevenue) = (nil, 3)
        #expect(TrafficLight.financialGoal(goal, r) == nil)
        // Soliditet must be above zero: zero is red.
        let equity = FinancialGoal(kind: .equityRatioInclPensions, target: 0, strict: true)
        (r.forecast.equityRatioInclPensions, r.outcome.equityRatioInclPensions) = (0, 0)
        #expect(TrafficLight.financialGoal(equity, r) == .red)
    }

    /// Each committee's months summed straight from the ledger's cells of its ansvar codes (result accounts,
    /// January–April 2024, report sign); the accumulated April is the operating statement's outcome to date.
    @Test func eachCommitteesOutcomeMonthByMonthFromTheLedger() async throws {
        let data = try await ExampleFixture.data()
        let tree = data.tree(for: 2024)
        let developments = MonthlyOutcome.committees(data, period: Self.ur1)
        #expect(developments.map(\.code) == tree.committees.map(\.code))
        let op = OperatingStatement.compute(data, period: Self.ur1)
        let cells = try #require(data.ledgers[2024]).cells
        for d in developments {
            let ansvar = Set(tree.subtree(d.code).flatMap(\.ansvar))
            let expected = (1...4).map { month in
                cells.filter {
                    $0.month == month && ansvar.contains($0.ansvar) && AccountMapping.isResultAccount($0.account)
                }
                .map { -$0.amount }.sum()
            }
            #expect(d.months == expected, "\(d.code)")
            #expect(d.cumulative.count == 4 && d.cumulative[1] == expected[0] + expected[1])
            #expect(d.cumulative.last == op.row(d.code)?.figures.outcome, "\(d.code)")
        }
        let hs = try #require(developments.first { $0.code == "HS" })
        #expect(hs.months.allSatisfy { $0 < .zero })
        #expect(
            MonthlyOutcome.committees(data, period: Period(year: 2024, month: 1)!).allSatisfy { $0.months.count == 1 })
    }

    @Test func thePeriodsWithDataAreEachLedgersMonthsNewestFirst() async throws {
        let data = try await ExampleFixture.data()
        let periods = data.ledgerPeriods
        #expect(periods.first == Self.ur1)
        #expect(periods.count == data.ledgers.values.map(\.lastMonth).reduce(0, +))
        #expect(periods == periods.sorted(by: >))
        #expect(periods.contains(Period(year: 2017, month: 7)!))
    }
}
