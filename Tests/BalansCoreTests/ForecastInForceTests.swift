import BalansCore
import Testing

/// The one rule for the forecast in force (issue 14): a node's approved rows of its latest
/// forecast period up to the report period; else its budget (nollprognos).
@Suite struct ForecastInForceTests {
    static let nodes = [
        OrgNode(code: "R", parent: nil, name: "Regionen", kind: .region),
        OrgNode(code: "N", parent: "R", name: "Nämnden", kind: .committee),
        OrgNode(code: "L1", parent: "N", name: "Ett", kind: .line),
        OrgNode(code: "L2", parent: "N", name: "Två", kind: .line),
    ]

    static func data(_ forecasts: [ForecastRow]) -> FollowUpData {
        let budgets = [
            BudgetRow(
                year: 2024, node: "L1", account: 4010, amount: Money(kronor: -100),
                monthly: Periodisation.split(Money(kronor: -100))!),
            BudgetRow(
                year: 2024, node: "L1", account: 5010, amount: Money(kronor: -50),
                monthly: Periodisation.split(Money(kronor: -50))!),
            BudgetRow(
                year: 2024, node: "L2", account: 4010, amount: Money(kronor: -30),
                monthly: Periodisation.split(Money(kronor: -30))!),
        ]
        return FollowUpData(
            organisationName: "R", nodes: nodes, mapping: .kommunBas13, ledgers: [:], budgets: budgets,
            forecasts: forecasts,
            figures: [], investments: [])
    }

    static let feb = Period(year: 2024, month: 2)!, apr = Period(year: 2024, month: 4)!,
        jun = Period(year: 2024, month: 6)!

    @Test func latestApprovedPeriodUpToTheReportPeriod() {
        let d = Self.data([
            ForecastRow(period: Self.feb, node: "L1", account: 4010, amount: Money(kronor: -110)),
            ForecastRow(period: Self.apr, node: "L1", account: 4010, amount: Money(kronor: -120)),
            ForecastRow(period: Self.apr, node: "L1", account: 4010, amount: Money(kronor: -999), status: .draft),
            ForecastRow(period: Self.jun, node: "L1", account: 4010, amount: Money(kronor: -130)),
            ForecastRow(period: Period(year: 2023, month: 12)!, node: "L2", account: 4010, amount: Money(kronor: -5)),
        ])
        let april = ForecastsInForce(d, at: Self.apr)
        // not the draft, not June's, not February's
        #expect(april.rows(of: "L1")?.map(\.amount) == [Money(kronor: -120)])
        #expect(april.rows(of: "L2") == nil)  // last year's forecast is not this year's: nollprognos
        #expect(ForecastsInForce(d, at: Period(year: 2024, month: 1)!).isEmpty)
        // The driftredovisning reads it: L1's forecast is its rows (account 5010 has none: 0), L2 keeps its budget.
        let op = OperatingStatement.compute(d, period: Self.apr)
        #expect(op.rows.first { $0.code == "L1" }?.figures.forecast == Money(kronor: -120))
        #expect(op.rows.first { $0.code == "L2" }?.figures.forecast == Money(kronor: -30))
        #expect(op.rows.first { $0.code == "L1" }?.figures.previousForecast == Money(kronor: -110))
        // The account breakdown and the forecast form show the same figures.
        let accounts = AccountBreakdown.compute(d, node: "L1", period: Self.apr)
        #expect(accounts.map(\.forecast) == [Money(kronor: -120), .zero])
        let form = ForecastEntry.rows(d, period: Self.apr, committee: "N")
        // the pending draft of the period is shown
        #expect(form.map(\.forecast) == [Money(kronor: -999), .zero, Money(kronor: -30)])
        let may = ForecastEntry.rows(d, period: Period(year: 2024, month: 5)!, committee: "N")
        #expect(may.map(\.forecast) == [Money(kronor: -120), .zero, Money(kronor: -30)])
    }
}
