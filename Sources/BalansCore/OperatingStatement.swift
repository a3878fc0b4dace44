import Foundation

/// The figures of one row of the driftredovisning (result per committee and budget line,
/// SPEC §4.2). Report sign: revenues and favourable deviations positive, costs negative.
public struct OperatingFigures: Sendable, Equatable {
    /// Resultat/Utfall jan–p: accumulated outcome, revenues − costs.
    public var outcome: Money = .zero
    /// Budget jan–p: periodised budget for months 1..p.
    public var budgetToDate: Money = .zero
    /// Budget helår: the budget after the changes decided up to the report's month.
    public var annualBudget: Money = .zero
    /// The original annual budget (Mål och budget), before the changes during the year (RKR R14).
    public var originalAnnualBudget: Money = .zero
    /// Prognos helår (the budget where no forecast is made: nollprognos).
    public var forecast: Money = .zero
    /// The forecast at the previous report period; nil when there was none.
    public var previousForecast: Money?
    /// The annual budget in force at the previous report period (before later budget changes); nil with
    /// `previousForecast`.
    public var previousAnnualBudget: Money?
    /// Utfall fg år jan–p; nil when last year's ledger is not in the store.
    public var previousOutcomeToDate: Money?
    /// Utfall fg år helår.
    public var previousOutcomeYear: Money?
    /// Cost part of the outcome jan–p (klass 4–7), for kostnadsutveckling.
    public var costsToDate: Money = .zero
    /// Cost part of last year's outcome jan–p.
    public var previousCostsToDate: Money?
    /// Cost part of the periodised budget jan–p (budget rows with a cost account).
    public var budgetCostsToDate: Money = .zero

    /// Every amount zero and last year's figures nil: a node with no rows.
    public init() {}

    /// Avvikelse mot budget jan–p = outcome − periodised budget.
    public var deviationToDate: Money { outcome - budgetToDate }
    /// Budgetändringar: the changes decided during the year (annual budget less the original; RKR R14).
    public var budgetChanges: Money { annualBudget - originalAnnualBudget }
    /// Prognostiserad avvikelse = forecast − annual budget.
    public var forecastDeviation: Money { forecast - annualBudget }
    /// Forecast change since the previous report (seed 001 1.1: "försämring med −5,0 mnkr").
    public var forecastChange: Money? { previousForecast.map { forecast - $0 } }
    /// The forecast deviation at the previous report (seed 001: "har ökat från −14,4 mnkr till −19,4 mnkr").
    public var previousForecastDeviation: Money? {
        guard let f = previousForecast, let b = previousAnnualBudget else { return nil }
        return f - b
    }

    /// Kostnadsutveckling: costs jan–p / costs jan–p last year − 1, in percent (SPEC §4.2;
    /// seed 002 5.2.4). Costs are negative amounts; the ratio of two negatives is positive.
    public var costDevelopment: Decimal? {
        guard let prev = previousCostsToDate, !prev.isZero else { return nil }
        return Ratio.growth(costsToDate, over: prev)
    }
    /// Budgeted cost development: periodised budget costs / last year's costs − 1.
    public var budgetedCostDevelopment: Decimal? {
        guard let prev = previousCostsToDate, !prev.isZero, !budgetCostsToDate.isZero else { return nil }
        return Ratio.growth(budgetCostsToDate, over: prev)
    }

    static func + (a: OperatingFigures, b: OperatingFigures) -> OperatingFigures { combine(a, b, +) }

    static func - (a: OperatingFigures, b: OperatingFigures) -> OperatingFigures { combine(a, b, -) }

    /// Every amount of `a` and `b` combined by `op`; a last-year figure stays nil only when both are nil.
    private static func combine(
        _ a: OperatingFigures, _ b: OperatingFigures, _ op: (Money, Money) -> Money
    ) -> OperatingFigures {
        func opt(_ x: Money?, _ y: Money?) -> Money? {
            switch (x, y) {
            case (nil, nil): return nil
            default: return op(x ?? .zero, y ?? .zero)
            }
        }
        var r = OperatingFigures()
        r.outcome = op(a.outcome, b.outcome)
        r.budgetToDate = op(a.budgetToDate, b.budgetToDate)
        r.annualBudget = op(a.annualBudget, b.annualBudget)
        r.originalAnnualBudget = op(a.originalAnnualBudget, b.originalAnnualBudget)
        r.forecast = op(a.forecast, b.forecast)
        r.previousForecast = opt(a.previousForecast, b.previousForecast)
        r.previousAnnualBudget = opt(a.previousAnnualBudget, b.previousAnnualBudget)
        r.previousOutcomeToDate = opt(a.previousOutcomeToDate, b.previousOutcomeToDate)
        r.previousOutcomeYear = opt(a.previousOutcomeYear, b.previousOutcomeYear)
        r.costsToDate = op(a.costsToDate, b.costsToDate)
        r.previousCostsToDate = opt(a.previousCostsToDate, b.previousCostsToDate)
        r.budgetCostsToDate = op(a.budgetCostsToDate, b.budgetCostsToDate)
        return r
    }
}

/// One row of the driftredovisning: an org node with its own figures plus its subtree's.
public struct OperatingRow: Sendable, Equatable {
    /// The node's code, or `OperatingStatement.unallocatedCode` for the Ej fördelat row.
    public var code: NodeCode
    /// The node's name as printed.
    public var name: String
    /// What the node is: region, committee, area or budget line.
    public var kind: NodeKind
    /// Depth below the statement's root (root = 0).
    public var depth: Int
    /// The parent row's code; nil for the statement's root.
    public var parent: NodeCode?
    /// The node's own rows plus every node below it.
    public var figures: OperatingFigures
    /// Whether no row is below it (normally a budget line); only leaves are listed among the larger deviations.
    public var isLeaf: Bool
    /// Whether the forecast is a real forecast (not nollprognos) somewhere in the subtree.
    public var hasForecast: Bool
    /// The forecast comments of the node itself at the report period.
    public var comments: [String]
    /// Whether the row is a regionbidrag line: a leaf whose budget and ledger rows are all on
    /// internal accounts (regionbidrag received, or paid on to another area). Seed 001 1.2.1
    /// nets these per group in a row of their own and shows each area without them.
    public var isAllocation = false
}

/// The driftredovisning of a subtree for a report period: rows in tree order with every
/// subtotal computed, never typed in (SPEC §4.2).
public struct OperatingStatement: Sendable {
    /// The report period: outcome and budget cover January..its month.
    public var period: Period
    /// The previous report period with forecasts, if any (for forecast change).
    public var previousForecastPeriod: Period?
    /// Rows in pre-order (parent before its children).
    public var rows: [OperatingRow]

    /// The first row: the statement's root, with the totals of the whole subtree.
    public var root: OperatingRow { rows[0] }
    /// The row of node `code`; nil when it is not in the statement.
    public func row(_ code: NodeCode) -> OperatingRow? { rows.first { $0.code == code } }
    /// The rows directly below `code`, in tree order.
    public func children(of code: NodeCode) -> [OperatingRow] { rows.filter { $0.parent == code } }

    /// Code of the synthetic row for ledger rows whose ansvar code belongs to no node.
    public static let unallocatedCode: NodeCode = "_EJ_FORDELAT"

    /// Computes the driftredovisning of `rootCode` (default: the organisation's root) for
    /// `period`.
    public static func compute(_ data: FollowUpData, period: Period, root rootCode: NodeCode? = nil)
        -> OperatingStatement
    {
        let year = period.year
        let tree = data.tree(for: year)
        let p = period.month

        // Own outcome per node from the ledger; ansvar codes map through this year's tree.
        struct Own { var toDate = Money.zero, year = Money.zero, costs = Money.zero }
        func ownOutcome(_ ledger: YearLedger?) -> [NodeCode: Own]? {
            guard let ledger else { return nil }
            var own: [NodeCode: Own] = [:]
            for c in ledger.cells where AccountMapping.isResultAccount(c.account) {
                let code = tree.nodeCode(forAnsvar: c.ansvar) ?? unallocatedCode
                let amount = -c.amount  // ledger sign → report sign
                own[code, default: Own()].year += amount
                if c.month <= p {
                    own[code, default: Own()].toDate += amount
                    if AccountMapping.isCostAccount(c.account) { own[code, default: Own()].costs += amount }
                }
            }
            return own
        }
        let current = ownOutcome(data.ledgers[year]) ?? [:]
        let allocations = allocationNodes(data, year: year, tree: tree)
        // Last year's column only from a ledger of the whole organisation: a part of a year's bookings (an
        // account's for a specification) is no comparison for the statement.
        let previous = data.comparesWithPreviousYear(year) ? ownOutcome(data.ledgers[year - 1]) : nil

        let budgets = data.budgets(at: period)
        let inForce = ForecastsInForce(data, at: period)
        // The previous report period with forecasts (for the forecast change since it).
        let previousPeriod = Set(
            data.reportedForecasts.lazy.filter { $0.period.year == year && $0.period < period }.map(\.period)
        ).max()
        let previousInForce = previousPeriod.map { ForecastsInForce(data, at: $0) }
        let previousBudgets = previousPeriod.map { data.budgets(at: $0) } ?? []

        var own: [NodeCode: OperatingFigures] = [:]
        var ownHasForecast: [NodeCode: Bool] = [:]
        var comments: [NodeCode: [String]] = [:]
        var codes = tree.nodes.map(\.code)
        if current[unallocatedCode] != nil || previous?[unallocatedCode] != nil { codes.append(unallocatedCode) }
        for code in codes {
            var f = OperatingFigures()
            let o = current[code] ?? Own()
            f.outcome = o.toDate
            f.costsToDate = o.costs
            if let previous {
                let po = previous[code] ?? Own()
                f.previousOutcomeToDate = po.toDate
                f.previousOutcomeYear = po.year
                f.previousCostsToDate = po.costs
            }
            let b = budgets.filter { $0.node == code }
            f.annualBudget = b.map(\.amount).sum()
            f.originalAnnualBudget = b.filter { $0.change == nil }.map(\.amount).sum()
            f.budgetToDate = b.map { $0.toDate(p) }.sum()
            f.budgetCostsToDate = b.filter { $0.account.map(AccountMapping.isCostAccount) ?? false }.map {
                $0.toDate(p)
            }.sum()
            if let rows = inForce.rows(of: code) {
                f.forecast = rows.map(\.amount).sum()
                ownHasForecast[code] = true
                comments[code] = rows.map(\.comment).filter { !$0.isEmpty }
            } else {
                f.forecast = f.annualBudget
            }
            if let previousInForce {
                let budget = previousBudgets.filter { $0.node == code }.map(\.amount).sum()
                f.previousAnnualBudget = budget
                f.previousForecast = previousInForce.rows(of: code).map { $0.map(\.amount).sum() } ?? budget
            }
            own[code] = f
        }

        var rows: [OperatingRow] = []
        let start = rootCode.flatMap { tree.node($0) } ?? tree.root
        @discardableResult
        func visit(_ node: OrgNode, depth: Int, parent: NodeCode?) -> (OperatingFigures, Bool) {
            let index = rows.count
            rows.append(
                OperatingRow(
                    code: node.code, name: node.name, kind: node.kind, depth: depth, parent: parent,
                    figures: OperatingFigures(), isLeaf: true, hasForecast: false, comments: comments[node.code] ?? []))
            var total = own[node.code] ?? OperatingFigures()
            var hasForecast = ownHasForecast[node.code] ?? false
            var kids = tree.children(of: node.code)
            if node.code == tree.root.code, own[unallocatedCode] != nil {
                kids.append(OrgNode(code: unallocatedCode, parent: node.code, name: Labels.unallocated, kind: .line))
            }
            for child in kids {
                let (f, h) = visit(child, depth: depth + 1, parent: node.code)
                total = total + f
                hasForecast = hasForecast || h
            }
            rows[index].figures = total
            rows[index].isLeaf = kids.isEmpty
            rows[index].hasForecast = hasForecast
            rows[index].isAllocation = kids.isEmpty && allocations.contains(node.code)
            return (total, hasForecast)
        }
        visit(start, depth: 0, parent: nil)
        return OperatingStatement(period: period, previousForecastPeriod: previousPeriod, rows: rows)
    }

    /// The nodes whose budget and ledger rows of `year` are all on internal accounts
    /// (regionbidrag received or paid on, SPEC §4.3), with at least one such row. A budget of the line as a whole
    /// (no account) says nothing either way.
    static func allocationNodes(_ data: FollowUpData, year: Int, tree: OrgTree) -> Set<NodeCode> {
        let mapping = data.mapping
        func isAllocationAccount(_ account: Int?) -> Bool { account.map(mapping.isInternal) ?? false }
        var some = Set<NodeCode>()
        var other = Set<NodeCode>()
        for b in data.budgets where b.year == year && b.account != nil {
            if isAllocationAccount(b.account) { some.insert(b.node) } else { other.insert(b.node) }
        }
        for c in data.ledgers[year]?.cells ?? [] where AccountMapping.isResultAccount(c.account) {
            guard let code = tree.nodeCode(forAnsvar: c.ansvar) else { continue }
            if isAllocationAccount(c.account) { some.insert(code) } else { other.insert(code) }
        }
        return some.subtracting(other)
    }

    /// The committees with a forecast deficit (negative forecast deviation), largest deficit
    /// first — named in the decision proposal (SPEC §4.2; seed 003 2.5.1).
    public var committeesWithForecastDeficit: [OperatingRow] {
        // Ties keep the tree's order, so the decision text is stable.
        rows.enumerated().filter { $0.element.kind == .committee && $0.element.figures.forecastDeviation < .zero }
            .sorted {
                ($0.element.figures.forecastDeviation, $0.offset) < ($1.element.figures.forecastDeviation, $1.offset)
            }
            .map(\.element)
    }

    /// Större budgetavvikelser (seed 003 2.5.1): the leaf lines whose forecast deviation is at
    /// least `threshold` in size, favourable ones (plusposter) and unfavourable ones
    /// (minusposter) each largest first, and the remainder (övrigt) so the table adds up to
    /// the total forecast deviation.
    public func largestDeviations(threshold: Money) -> (
        plus: [OperatingRow], minus: [OperatingRow], remainder: Money, total: Money
    ) {
        let leaves = rows.filter { $0.isLeaf && $0.depth > 0 }
        let plus = leaves.filter { $0.figures.forecastDeviation >= threshold }
            .sorted { $0.figures.forecastDeviation > $1.figures.forecastDeviation }
        let minus = leaves.filter { $0.figures.forecastDeviation <= -threshold }
            .sorted { $0.figures.forecastDeviation < $1.figures.forecastDeviation }
        let total = root.figures.forecastDeviation
        let listed = (plus + minus).map(\.figures.forecastDeviation).sum()
        return (plus, minus, total - listed, total)
    }
}
