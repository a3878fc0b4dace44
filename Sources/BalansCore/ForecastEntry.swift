import Foundation

/// The rows of a committee's forecast form: every line and account the committee has a
/// budget for, with the forecast to show — what was saved for this period (any status), else
/// the latest forecast of the year, else the budget (a nollprognos).
public struct ForecastEntry: Sendable, Equatable {
    public var node: String
    public var account: Int?
    public var budget: Money
    public var forecast: Money
    public var comment: String

    public static func rows(_ data: FollowUpData, period p: Period, committee: String) -> [ForecastEntry] {
        let codes = data.tree(for: p.year).subtree(committee).map(\.code)
        let inTree = Set(codes)
        let order = Dictionary(codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let budgets = data.budgets.filter { $0.year == p.year && inTree.contains($0.node) }
        let forecasts = data.forecasts.filter { $0.period.year == p.year && $0.period <= p && inTree.contains($0.node) }
        struct Key: Hashable { var node: String; var account: Int? }
        var budget: [Key: Money] = [:]
        for b in budgets { budget[Key(node: b.node, account: b.account), default: .zero] += b.amount }
        var keys = Set(budget.keys)
        for f in forecasts where f.period == p { keys.insert(Key(node: f.node, account: f.account)) }
        return keys.sorted { (order[$0.node] ?? 0, $0.account ?? 0) < (order[$1.node] ?? 0, $1.account ?? 0) }.map { k in
            let mine = forecasts.filter { $0.node == k.node && $0.account == k.account }
            let latest = mine.map(\.period).max()
            // A pending (draft or submitted) forecast of the period before the approved one.
            let ofLatest = mine.filter { $0.period == latest }
            let pending = ofLatest.filter { $0.status != .approved }
            let rows = pending.isEmpty ? ofLatest : pending
            return ForecastEntry(node: k.node, account: k.account, budget: budget[k] ?? .zero,
                                 forecast: rows.isEmpty ? (budget[k] ?? .zero) : rows.map(\.amount).sum(),
                                 comment: rows.first { !$0.comment.isEmpty }?.comment ?? "")
        }
    }
}

/// A node's figures per account for the drill-down's step from a line to its accounts, on the
/// same rules as the driftredovisning (report sign): outcome January..period, the annual
/// budget, and the forecast — each node's approved forecast rows of its latest forecast period,
/// or its budget where it has none (nollprognos). Summed, they give the line's figures.
public struct AccountFigures: Sendable, Equatable {
    public var account: Int?
    public var outcome: Money
    public var annualBudget: Money
    public var forecast: Money
}

public enum AccountBreakdown {
    public static func compute(_ data: FollowUpData, node: String, period p: Period) -> [AccountFigures] {
        let nodes = data.tree(for: p.year).subtree(node)
        let codes = Set(nodes.map(\.code)), ansvar = Set(nodes.flatMap(\.ansvar))
        var figures: [Int?: AccountFigures] = [:]
        func add(_ account: Int?, outcome: Money = .zero, budget: Money = .zero, forecast: Money = .zero) {
            var f = figures[account] ?? AccountFigures(account: account, outcome: .zero, annualBudget: .zero, forecast: .zero)
            f.outcome += outcome
            f.annualBudget += budget
            f.forecast += forecast
            figures[account] = f
        }
        for c in data.ledgers[p.year]?.cells ?? [] where c.month <= p.month && ansvar.contains(c.ansvar) && AccountMapping.isResultAccount(c.account) {
            add(c.account, outcome: -c.amount)
        }
        let forecasts = data.reportedForecasts.filter { $0.period.year == p.year && $0.period <= p && codes.contains($0.node) }
        for code in codes {
            let budgets = data.budgets.filter { $0.year == p.year && $0.node == code }
            for b in budgets { add(b.account, budget: b.amount) }
            let mine = forecasts.filter { $0.node == code }
            if let latest = mine.map(\.period).max() {
                for f in mine where f.period == latest { add(f.account, forecast: f.amount) }
            } else {
                for b in budgets { add(b.account, forecast: b.amount) }
            }
        }
        return figures.values.sorted { ($0.account ?? Int.max) < ($1.account ?? Int.max) }
    }
}
