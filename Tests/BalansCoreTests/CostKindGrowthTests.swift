import BalansCore
import BalansTestSupport
import Foundation
import Testing

/// Kostnadsutveckling per kostnadsslag (seed 004, "Hög kostnadsökningstakt och en ofinansierad post i budget").
@Suite struct CostKindGrowthTests {
    static let mnkr: Int64 = 100_000_000

    func cell(_ account: Int, _ month: Int, _ kronor: Int64) -> YearLedger.Cell {
        YearLedger.Cell(account: account, ansvar: "A", month: month, amount: Money(kronor: kronor))
    }

    /// Hand-made ledgers whose growth is worked out here: personnel 1 000 → 1 105 (+10,5 %), purchased care
    /// 2 000 → 2 130 (+6,5 %), drugs 500 → 579 (+15,8 %); April, revenue and internal accounts do not count.
    @Test func eachKindAgainstTheSameMonthsLastYear() {
        let last = YearLedger(
            year: 2017,
            cells: [
                cell(5010, 1, 600), cell(5610, 2, 400), cell(4510, 3, 2_000), cell(4610, 1, 500),
                cell(4610, 4, 9_999), cell(3010, 1, -50),
            ], openingBalances: [:])
        let this = YearLedger(
            year: 2018,
            cells: [
                cell(5010, 1, 700), cell(501_001, 2, 405), cell(4510, 3, 2_130), cell(4610, 2, 579),
                cell(5010, 4, 9_999), cell(3990, 1, -70), cell(4990, 1, 70),
            ], openingBalances: [:])
        var mapping = AccountMapping.kommunBas13.rules
        mapping += [MappingRule(from: 4990, to: 4990, line: .costs, isInternal: true)]
        let data = FollowUpData(
            organisationName: "Regionen", nodes: [OrgNode(code: "R", parent: nil, name: "Regionen", kind: .region)],
            mapping: AccountMapping(rules: mapping), ledgers: [2017: last, 2018: this], budgets: [], forecasts: [],
            figures: [], investments: [])
        let growth = CostKindGrowth.compute(data, period: Period(year: 2018, month: 3)!)
        #expect(growth.map(\.kind) == [.personnel, .purchasedCare, .drugs])
        #expect(growth.map(\.outcome) == [-1_105, -2_130, -579].map { Money(kronor: $0) })
        #expect(growth.map(\.previousOutcome) == [-1_000, -2_000, -500].map { Money(kronor: $0) })
        #expect(growth.map(\.growth) == [Decimal(string: "10.5"), Decimal(string: "6.5"), Decimal(string: "15.8")])
        // Without last year's ledger there is no growth to show.
        var oneYear = data
        oneYear.ledgers = [2018: this]
        #expect(CostKindGrowth.compute(oneYear, period: Period(year: 2018, month: 3)!).isEmpty)
    }

    /// The example reproduces seed 004's finance slides: the printed figures at the seed's rounding.
    @Test func seed004FromTheExample() async throws {
        let data = try await ExampleFixture.data()
        let p = Period(year: 2018, month: 3)!
        let growth = CostKindGrowth.compute(data, period: p).map { $0.growth?.roundedHalfAwayFromZero(scale: 1) }
        #expect(growth == [Decimal(string: "10.5"), Decimal(string: "6.5"), Decimal(string: "15.8")])
        let k = KeyRatioReport.compute(data, period: p)
        let one = { (d: Decimal?) in d?.roundedHalfAwayFromZero(scale: 1) }
        #expect(one(k.outcome.netCostGrowth) == Decimal(string: "8.6"))
        #expect(one(k.forecast.netCostGrowth) == Decimal(string: "4.8"))
        #expect(one(k.outcome.taxRevenueGrowth) == Decimal(string: "4.1"))
        #expect(one(k.forecast.taxRevenueGrowth) == Decimal(string: "3.2"))
        // "Resultat efter 3 månader −121 mnkr, vilket är 33 mnkr sämre än budget; prognos för 2018 −194 mnkr,
        // vilket är 211 mnkr sämre än budget."
        let root = OperatingStatement.compute(data, period: p).root.figures
        #expect(root.outcome.rounded(toUnitsOf: Self.mnkr) == -121)
        #expect(root.deviationToDate.rounded(toUnitsOf: Self.mnkr) == -33)
        #expect(root.forecast.rounded(toUnitsOf: Self.mnkr) == -194)
        #expect(root.forecastDeviation.rounded(toUnitsOf: Self.mnkr) == -211)
        // "Budgeten förutsätter … en kostnadsminskning på 138 mnkr": the action plan's expected effect, none of it
        // realised by March.
        let plans = ActionPlanFollowUp.compute(data, node: "RH", period: p)
        #expect(plans.map { $0.total.expectedYear.rounded(toUnitsOf: Self.mnkr) } == [138])
        #expect(plans.map { $0.remainingForYear?.rounded(toUnitsOf: Self.mnkr) } == [138])
    }
}
