import Foundation

/// How a forecast proposal (prognosförslag) is made, as the form names it (issue 17, item 3).
public enum ForecastProposalMethod: String, CaseIterable, Sendable {
    /// Utfall hittills plus återstående periodiserad budget: outcome January..period plus the budget of the months
    /// left (the row's monthly budget profile).
    case budgetRest = "budget"
    /// Fjolårets profil: outcome January..period scaled by last year's full year over last year's same months —
    /// the year runs as last year did. Only where last year's ledger is closed and its months to date are not 0.
    case lastYearProfile = "fjolar"
}

/// The figures a forecast form shows beside a row's amount (issue 17, item 3): outcome to date, the budget to date,
/// the forecast in force and last year's outcome, from which the proposals are made. Report sign.
public struct ForecastEntryFigures: Sendable, Equatable {
    /// Utfall t.o.m. perioden: the node's own ansvar codes on the row's account (a row without an account: the
    /// result accounts the node has no row of their own for), January..period.
    public var outcome: Money
    /// Budget t.o.m. perioden: the row's budget, periodised.
    public var budgetToDate: Money
    /// Budget helår.
    public var budget: Money
    /// Gällande prognos: the approved forecast in force (the budget where there is none).
    public var inForce: Money
    /// Last year's outcome January..period and the whole year; nil when last year's ledger is not closed.
    public var lastYear: (toDate: Money, full: Money)?

    /// Equal when every figure is (a tuple is not `Equatable`, so the comparison is written out).
    public static func == (a: Self, b: Self) -> Bool {
        (a.outcome, a.budgetToDate, a.budget, a.inForce) == (b.outcome, b.budgetToDate, b.budget, b.inForce)
            && a.lastYear?.toDate == b.lastYear?.toDate && a.lastYear?.full == b.lastYear?.full
    }

    /// The proposal of `method`; nil where the method has nothing to go on (see the methods).
    public func proposal(_ method: ForecastProposalMethod) -> Money? {
        switch method {
        case .budgetRest:
            return outcome + (budget - budgetToDate)
        case .lastYearProfile:
            guard let last = lastYear, last.toDate != .zero, !outcome.isOverflow, !last.full.isOverflow else {
                return nil
            }
            let scaled = (Decimal(outcome.ore) * Decimal(last.full.ore) / Decimal(last.toDate.ore))
                .roundedHalfAwayFromZero(scale: 0)
            guard scaled.magnitude <= Decimal(Int64.max / 2) else { return nil }
            return Money(ore: NSDecimalNumber(decimal: scaled).int64Value)
        }
    }
}

extension ForecastEntry {
    /// The figures of each row of `rows(data, period:, committee:)`, in the same order.
    public static func figures(_ data: FollowUpData, period p: Period, committee: NodeCode) -> [ForecastEntryFigures] {
        let tree = data.tree(for: p.year)
        let review = ForecastReview(data, period: p, committee: committee).rows
        let budgets = data.budgets(at: p)
        // Per node: the accounts it has rows of its own for; a row without an account takes the other accounts.
        var own: [NodeCode: Set<Int>] = [:]
        for r in review { if let a = r.account { own[r.node, default: []].insert(a) } }
        func outcome(_ year: Int, through month: Int, node: NodeCode, account: Int?) -> Money {
            let ansvar = Set(tree.node(node)?.ansvar ?? [])
            let mine = own[node] ?? []
            var sum = Money.zero
            for c in data.ledgers[year]?.cells ?? []
            where c.month <= month && ansvar.contains(c.ansvar) && AccountMapping.isResultAccount(c.account) {
                guard account.map({ $0 == c.account }) ?? !mine.contains(c.account) else { continue }
                sum -= c.amount  // ledger sign → report sign
            }
            return sum
        }
        let lastClosed = (data.ledgers[p.year - 1]?.lastMonth ?? 0) == 12
        return review.map { r in
            let rows = budgets.filter { $0.node == r.node && $0.account == r.account }
            return ForecastEntryFigures(
                outcome: outcome(p.year, through: p.month, node: r.node, account: r.account),
                budgetToDate: rows.map { $0.toDate(p.month) }.sum(), budget: r.budget, inForce: r.inForce,
                lastYear: lastClosed
                    ? (
                        outcome(p.year - 1, through: p.month, node: r.node, account: r.account),
                        outcome(p.year - 1, through: 12, node: r.node, account: r.account)
                    ) : nil)
        }
    }
}
