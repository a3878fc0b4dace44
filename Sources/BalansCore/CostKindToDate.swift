import Foundation

/// One cost kind of one node (and its subtree) January..period against its budget (seed 000 4.1: "Personalkostnader
/// jan–mars 2017: Utfall 44,9 mnkr, Budget 45,4 mnkr, Avvikelse +0,5 mnkr"). Report sign: costs negative.
public struct CostKindToDate: Sendable, Equatable {
    /// The node (an area of the committee).
    public var node: NodeCode
    /// The node's name as printed.
    public var name: String
    /// Utfall: the ledger's movements on the kind's accounts January..period, öre.
    public var outcome: Money
    /// The periodised budget January..period of the budget rows on the kind's accounts (in force at the period), öre.
    public var budgetToDate: Money
    /// Avvikelse: outcome less budget; positive when less was spent.
    public var deviation: Money { outcome - budgetToDate }

    /// Per child of `parent` whose budget names accounts of `kind`: its outcome and budget to date. A child without
    /// such budget rows is left out — the kind is not followed there.
    public static func perChild(
        _ data: FollowUpData, of parent: NodeCode, kind: CostKind, period p: Period
    ) -> [CostKindToDate] {
        let tree = data.tree(for: p.year)
        func isKind(_ account: Int?) -> Bool {
            account.map { kind.accounts.contains(AccountMapping.fourDigit($0)) } ?? false
        }
        let budgets = data.budgets(at: p).filter { isKind($0.account) }
        let cells = (data.ledgers[p.year]?.cells ?? []).filter { $0.month <= p.month && isKind($0.account) }
        return tree.children(of: parent).compactMap { child in
            let nodes = tree.subtree(child.code)
            let codes = Set(nodes.map(\.code))
            let own = budgets.filter { codes.contains($0.node) }
            guard !own.isEmpty else { return nil }
            let ansvar = Set(nodes.flatMap(\.ansvar))
            // Ledger sign → report sign.
            let outcome = -cells.filter { ansvar.contains($0.ansvar) }.map(\.amount).sum()
            return CostKindToDate(
                node: child.code, name: child.name, outcome: outcome,
                budgetToDate: own.map { $0.toDate(p.month) }.sum())
        }
    }
}
