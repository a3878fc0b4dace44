import Foundation

/// The rows of a committee's forecast form: every line and account the committee has a
/// budget or a forecast row for, with the forecast to show — the node's rows saved for this
/// period and not yet approved (a draft or a submitted forecast), else the forecast in force
/// (`ForecastsInForce`: an account without a row of it is 0, as in the driftredovisning), else
/// the budget (a nollprognos).
public struct ForecastEntry: Sendable, Equatable {
    /// The node (code) of the row: the committee or a node below it.
    public var node: NodeCode
    /// The account; nil for a budget or forecast of the line as a whole.
    public var account: Int?
    /// Budget helår of the node and account, öre, report sign.
    public var budget: Money
    /// Prognos helår shown in the form (pending, in force, or the budget: see the type), öre, report sign.
    public var forecast: Money
    /// The first comment of the rows shown; "" when none, or when the budget stands.
    public var comment: String

    /// The form's rows for `committee` and its subtree at `period`, in tree order, by account within a node (rows
    /// without an account first).
    public static func rows(_ data: FollowUpData, period p: Period, committee: NodeCode) -> [ForecastEntry] {
        let codes = data.tree(for: p.year).subtree(committee).map(\.code)
        let inTree = Set(codes)
        let order = Dictionary(codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let inForce = ForecastsInForce(data, at: p)
        let pending = Dictionary(
            grouping: data.forecasts.filter { $0.period == p && $0.status != .approved && inTree.contains($0.node) },
            by: \.node)
        struct Key: Hashable {
            var node: NodeCode
            var account: Int?
        }
        var budget: [Key: Money] = [:]
        for b in data.budgets(at: p) where inTree.contains(b.node) {
            budget[Key(node: b.node, account: b.account), default: .zero] += b.amount
        }
        // What each node shows: its pending rows, else its rows in force, else nil (the budget).
        var shown: [NodeCode: [ForecastRow]] = [:]
        for code in codes { shown[code] = pending[code] ?? inForce.rows(of: code) }
        var keys = Set(budget.keys)
        for (node, rows) in shown { for r in rows { keys.insert(Key(node: node, account: r.account)) } }
        return keys.sorted { (order[$0.node] ?? 0, $0.account ?? 0) < (order[$1.node] ?? 0, $1.account ?? 0) }.map {
            k in
            guard let nodeRows = shown[k.node] else {
                return ForecastEntry(
                    node: k.node, account: k.account, budget: budget[k] ?? .zero, forecast: budget[k] ?? .zero,
                    comment: "")
            }
            let rows = nodeRows.filter { $0.account == k.account }
            return ForecastEntry(
                node: k.node, account: k.account, budget: budget[k] ?? .zero, forecast: rows.map(\.amount).sum(),
                comment: rows.first { !$0.comment.isEmpty }?.comment ?? "")
        }
    }
}
