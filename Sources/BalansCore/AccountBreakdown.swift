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
            let budgets = data.budgets(at: p).filter { $0.node == code }
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

/// A line's figures per account to date, for the specification of a larger deviation in the committee report
/// (seed 000 2.2, "Läkemedelskostnader … jämfört med föregående år och budget"). Report sign.
public struct AccountToDate: Sendable, Equatable {
    /// The account (konto).
    public var account: Int
    /// Utfall ackumulerat: January..period of the year, öre.
    public var outcome: Money
    /// Utfall föregående år: January..the same month of the year before, öre; nil when that year's ledger does not
    /// reach the month (a comparison with part of the period would mislead).
    public var previousOutcome: Money?
    /// Budget January..period (the account's budget rows, periodised), öre.
    public var budgetToDate: Money
    /// Diff mot budget: outcome less budget; positive is better than budgeted.
    public var deviation: Money { outcome - budgetToDate }
}

extension AccountBreakdown {
    /// The accounts of `line` (its own ansvar codes) that have a budget row of their own at `period`, in account
    /// order; empty when the line is budgeted on fewer than two accounts — then there is nothing to specify.
    public static func toDate(_ data: FollowUpData, line: NodeCode, period p: Period) -> [AccountToDate] {
        let budgets = data.budgets(at: p).filter { $0.node == line && $0.account != nil }
        let accounts = Set(budgets.compactMap(\.account))
        guard accounts.count >= 2, let node = data.tree(for: p.year).node(line) else { return [] }
        let ansvar = Set(node.ansvar)
        func outcome(_ year: Int) -> [Int: Money] {
            var sums: [Int: Money] = [:]
            for c in data.ledgers[year]?.cells ?? []
            where c.month <= p.month && accounts.contains(c.account) && ansvar.contains(c.ansvar) {
                sums[c.account, default: .zero] -= c.amount  // ledger sign → report sign
            }
            return sums
        }
        let now = outcome(p.year)
        let before = (data.ledgers[p.year - 1]?.lastMonth ?? 0) >= p.month ? outcome(p.year - 1) : nil
        return accounts.sorted().map { a in
            AccountToDate(
                account: a, outcome: now[a] ?? .zero, previousOutcome: before.map { $0[a] ?? .zero },
                budgetToDate: budgets.filter { $0.account == a }.map { $0.toDate(p.month) }.sum())
        }
    }
}
