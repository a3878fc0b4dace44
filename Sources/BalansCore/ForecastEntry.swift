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
