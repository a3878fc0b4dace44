import BalansCore
import Foundation
import Testing

/// The tax and grant forecast from a plan version's tax model (issue 18, item 2).
@Suite struct TaxForecastTests {
    @Test func theModelsTotalOnTheBudgetRowsTheDifferenceOnTheLargest() throws {
        let mapping = AccountMapping(rules: [
            MappingRule(from: 8000, to: 8099, line: .tax), MappingRule(from: 8200, to: 8399, line: .grants),
            MappingRule(from: 5000, to: 7999, line: .costs),
        ])
        func row(_ node: NodeCode, _ account: Int, _ kronor: Int64) -> BudgetRow {
            BudgetRow(
                year: 2025, node: node, account: account, amount: Money(kronor: kronor),
                monthly: Array(repeating: .zero, count: 12))
        }
        let budget = [
            row("S", 8010, 900), row("S", 8020, 100), row("G", 8210, 50), row("C", 5010, -700),
            row("S", 8010, 1),  // another year's budget is not the year's
        ]
        var last = budget
        last[4].year = 2024
        let data = FollowUpData(
            organisationName: "R", nodes: [], mapping: mapping, ledgers: [:], budgets: last, forecasts: [],
            figures: [], investments: [])
        // Skatteunderlag 10 000 × 1,1 × 10 % = 1 100 kr of tax; grants 60 kr.
        let taxes = try TaxRevenueCalculation.compute(
            [
                TaxAssumption(version: "v", year: 2024, item: .taxBase, value: 10_000),
                TaxAssumption(version: "v", year: 2025, item: .uplift, value: Decimal(string: "1.1")!),
                TaxAssumption(version: "v", year: 2025, item: .taxRate, value: 10),
                TaxAssumption(version: "v", year: 2025, item: .grant, name: "Inkomstutjämning", value: 60),
            ], year: 2025
        ).get()
        let period = try #require(Period("2025-04"))
        let rows = try TaxForecast.rows(taxes, data: data, period: period, author: "a", comment: "c").get()
        // 1 100 − (900 + 100) = 100 more on the larger tax row; the grant row takes the model's 60.
        #expect(rows.map(\.node) == ["S", "S", "G"] && rows.map(\.account) == [8010, 8020, 8210])
        #expect(rows.map(\.amount) == [Money(kronor: 1_000), Money(kronor: 100), Money(kronor: 60)])
        #expect(rows.allSatisfy { $0.period == period && $0.status == .approved })
        let next = try #require(Period("2026-04"))
        // The period's forecasts on tax and grant accounts are replaced, also on an account the budget lacks.
        var withForecasts = data
        withForecasts.forecasts = [
            ForecastRow(period: period, node: "G", account: 8310, amount: Money(kronor: 5)),
            ForecastRow(period: period, node: "C", account: 5010, amount: Money(kronor: -600)),
            ForecastRow(period: next, node: "G", account: 8210, amount: Money(kronor: 7)),
        ]
        #expect(TaxForecast.replaced(withForecasts, period: period).map(\.account) == [8310])
        // Without a budget of the year there is nothing to forecast against.
        #expect(throws: TaxRevenueCalculation.Missing.self) {
            try TaxForecast.rows(taxes, data: data, period: next, author: "a", comment: "c").get()
        }
    }
}
