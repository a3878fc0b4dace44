import Foundation

/// The forecast of skatteintäkter and generella statsbidrag och utjämning during the year from a plan version's tax
/// model (issue 18, item 2: "the same gives the tax-revenue line of the forecast during the year"): when SKR's new
/// circular comes, the central controller makes a version with its factors, and its computation of the year becomes
/// the full-year forecast of the tax and grant rows. The rows are the year's original budget rows whose accounts
/// are tax (or grant) accounts, each forecast at its budget, the difference to the model's total on the largest —
/// as `PlanBudget` places the plan's figures on the decided budget.
public enum TaxForecast {
    /// The forecast rows made at `period` from `taxes` (the year's computation of one version), or what is missing.
    public static func rows(
        _ taxes: TaxRevenueCalculation, data: FollowUpData, period: Period, author: String, comment: String
    ) -> Result<[ForecastRow], TaxRevenueCalculation.Missing> {
        let budget = data.budgets.filter { $0.year == period.year && $0.isOriginal && $0.account != nil }
        var rows: [ForecastRow] = []
        var problems: [String] = []
        for (line, total, what) in [
            (StatementLine.tax, taxes.taxRevenue, "skatteintäkter"), (.grants, taxes.grantsTotal, "statsbidrag"),
        ] {
            let own = budget.filter { data.mapping.rule(for: $0.account ?? 0)?.line == line }
            guard let largest = own.indices.max(by: { own[$0].amount.magnitude < own[$1].amount.magnitude }) else {
                problems.append("\(what): ingen rad i budget \(period.year) att prognostisera")
                continue
            }
            var amounts = own.map(\.amount)
            amounts[largest] += total - amounts.sum()
            for (r, amount) in zip(own, amounts) {
                rows.append(
                    ForecastRow(
                        period: period, node: r.node, account: r.account, amount: amount, comment: comment,
                        author: author))
            }
        }
        return problems.isEmpty ? .success(rows) : .failure(.init(problems: problems))
    }

    /// The period's forecast rows on tax and grant accounts: the model's forecast replaces all of them, also those
    /// on accounts the budget has no row on (a grant forecast split over two accounts where the budget has one).
    public static func replaced(_ data: FollowUpData, period: Period) -> [ForecastRow] {
        data.forecasts.filter { f in
            f.period == period
                && f.account.flatMap { data.mapping.rule(for: $0)?.line }.map { [.tax, .grants].contains($0) }
                    == true
        }
    }
}
