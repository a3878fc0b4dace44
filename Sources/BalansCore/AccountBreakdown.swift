import Foundation

/// A node's figures per account for the drill-down's step from a line to its accounts, on the
/// same rules as the driftredovisning (report sign): outcome January..period, the annual
/// budget, and the forecast — each node's approved forecast rows of its latest forecast period,
/// or its budget where it has none (nollprognos). Summed, they give the line's figures.
public struct AccountFigures: Sendable, Equatable {
    /// The account (konto) as booked; nil for budget and forecast rows made for a line without an account.
    public var account: Int?
    /// Utfall: the ledger's movements on the account January..period, result accounts (klass 3–8)
    /// only, in öre, report sign (revenues positive, costs negative).
    public var outcome: Money
    /// Budget helår: the account's annual budget rows, öre, report sign.
    public var annualBudget: Money
    /// Prognos helår: the account's forecast rows in force (`ForecastsInForce`), or its budget where the node has no
    /// forecast (nollprognos), öre, report sign.
    public var forecast: Money
}

/// The drill-down from a line of the driftredovisning to its accounts (SPEC §6, web application).
public enum AccountBreakdown {
    /// The account figures of `node` and its subtree at `period`, by account, the rows without an account last. The
    /// outcome is found through the nodes' ansvar codes, budget and forecast through their node codes.
    public static func compute(_ data: FollowUpData, node: NodeCode, period p: Period) -> [AccountFigures] {
        let nodes = data.tree(for: p.year).subtree(node)
        let codes = Set(nodes.map(\.code))
        let ansvar = Set(nodes.flatMap(\.ansvar))
        var figures: [Int?: AccountFigures] = [:]
        func add(_ account: Int?, outcome: Money = .zero, budget: Money = .zero, forecast: Money = .zero) {
            var f =
                figures[account]
                ?? AccountFigures(account: account, outcome: .zero, annualBudget: .zero, forecast: .zero)
            f.outcome += outcome
            f.annualBudget += budget
            f.forecast += forecast
            figures[account] = f
        }
        for c in data.ledgers[p.year]?.cells ?? []
        where c.month <= p.month && ansvar.contains(c.ansvar) && AccountMapping.isResultAccount(c.account) {
            add(c.account, outcome: -c.amount)
        }
        let inForce = ForecastsInForce(data, at: p)
        for code in codes {
            let budgets = data.budgets.filter { $0.year == p.year && $0.node == code }
            for b in budgets { add(b.account, budget: b.amount) }
            if let rows = inForce.rows(of: code) {
                for f in rows { add(f.account, forecast: f.amount) }
            } else {
                for b in budgets { add(b.account, forecast: b.amount) }
            }
        }
        return figures.values.sorted { ($0.account ?? Int.max) < ($1.account ?? Int.max) }
    }
}
