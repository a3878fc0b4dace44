import Foundation

/// The selections and sums of the driftredovisning the reports print: whose deviations are
/// named, what a committee's result to handle is, which rows lie below a node.
extension OperatingStatement {
    /// The committees, in the tree's order.
    public var committees: [OperatingRow] { rows.filter { $0.kind == .committee } }

    /// The committees and the row of amounts on no node (`unallocatedCode`): the rows of the
    /// driftredovisning per nämnd, which sum to the root.
    public var committeesAndUnallocated: [OperatingRow] {
        rows.filter { $0.kind == .committee || $0.code == Self.unallocatedCode }
    }

    /// The committees forecasting a deficit against their budget (prognostiserad avvikelse
    /// below zero), in the tree's order: those the beslutsförslag urges to continue their
    /// action plans (seed 003 §71).
    public var committeesInDeficit: [OperatingRow] { committees.filter { $0.figures.forecastDeviation < .zero } }

    /// The `limit` budget lines (leaves below the root) with the largest forecast deficits,
    /// largest first: the committee report's "Sammanfattning av större avvikelser" (seed 000).
    public func largestDeficits(limit: Int) -> [OperatingRow] {
        Array(
            rows.filter { $0.depth > 0 && $0.isLeaf && $0.figures.forecastDeviation < .zero }.sorted {
                $0.figures.forecastDeviation < $1.figures.forecastDeviation
            }.prefix(limit))
    }

    /// Whether `row` lies below the node `code` (at any depth; not the node itself).
    public func isBelow(_ row: OperatingRow, _ code: NodeCode) -> Bool {
        var parent = row.parent
        while let p = parent {
            if p == code { return true }
            parent = self.row(p)?.parent
        }
        return false
    }

    /// The committee's row and the rows below it: whose forecast comments are its own.
    public func subtree(of code: NodeCode) -> [OperatingRow] { rows.filter { $0.code == code || isBelow($0, code) } }

    /// The regionbidrag lines (`isAllocation`) of `code`'s subtree summed; nil when it has none.
    /// Seed 001 1.2.1 prints them as one "Regionbidrag" row per group.
    public func allocations(under code: NodeCode) -> OperatingFigures? {
        let lines = subtree(of: code).filter(\.isAllocation)
        guard !lines.isEmpty else { return nil }
        return lines.map(\.figures).reduce(OperatingFigures(), +)
    }

    /// `code`'s own lines beside its sub-areas: its figures less those of its children that are not lines (seed 000
    /// chapter 2's table lists sub-areas; an area with lines of its own gets them in one row so the rows add up).
    public func figuresOfOwnLines(_ code: NodeCode) -> OperatingFigures {
        let groups = children(of: code).filter { !$0.isLeaf }
        return (row(code)?.figures ?? OperatingFigures()) - groups.map(\.figures).reduce(OperatingFigures(), +)
    }

    /// `code`'s figures without its regionbidrag lines: what the area itself costs (seed 001
    /// 1.2.1, "Regionkontoret Bas −122,5" against −106,7 with its regionbidrag).
    public func figuresWithoutAllocations(_ code: NodeCode) -> OperatingFigures {
        let all = row(code)?.figures ?? OperatingFigures()
        return allocations(under: code).map { all - $0 } ?? all
    }

    /// Resultathantering (annual report, seed 002 5.2.5): each committee's result against its
    /// budget for the period — the surplus (+) or deficit (−) the committee handles — and the
    /// committees' sum.
    public var resultsToHandle: (committees: [ResultToHandle], total: ResultToHandle) {
        let each = committees.map {
            ResultToHandle(code: $0.code, name: $0.name, outcome: $0.figures.outcome, budget: $0.figures.budgetToDate)
        }
        let total = ResultToHandle(
            code: root.code, name: root.name, outcome: each.map(\.outcome).sum(), budget: each.map(\.budget).sum())
        return (each, total)
    }
}

/// A committee's result against its budget, to be handled (resultathantering).
public struct ResultToHandle: Sendable, Equatable {
    /// The committee's node code (the root's for the sum).
    public var code: NodeCode
    /// The committee's name.
    public var name: String
    /// The result of the period.
    public var outcome: Money
    /// The budget of the period.
    public var budget: Money
    /// Överskott (+) or underskott (−): outcome − budget.
    public var surplus: Money { outcome - budget }

    /// A committee's result `outcome` against `budget`.
    public init(code: NodeCode, name: String, outcome: Money, budget: Money) {
        self.code = code
        self.name = name
        self.outcome = outcome
        self.budget = budget
    }
}

extension OperatingFigures {
    /// The budgeted kostnadsutveckling less the actual, in percentage points, in the report's
    /// sign: positive when costs grew less than budgeted. Seed 002 5.2.4.1 prints −7,2 for 16 %
    /// against a budgeted 8,9 % ("7,2 procentenheter högre än den budgeterade"); seed 000 2 says
    /// "högre (negativt)". Nil without both.
    public var costDevelopmentGap: Decimal? {
        guard let actual = costDevelopment, let budgeted = budgetedCostDevelopment else { return nil }
        return budgeted - actual
    }
}

extension OperatingRow {
    /// A row of the driftredovisning; the statement computes them, tests build them.
    public init(
        code: NodeCode, name: String, kind: NodeKind, depth: Int, parent: NodeCode?, figures: OperatingFigures,
        isLeaf: Bool
    ) {
        self.init(
            code: code, name: name, kind: kind, depth: depth, parent: parent, figures: figures, isLeaf: isLeaf,
            hasForecast: true, comments: [])
    }
}

extension OperatingStatement {
    /// A statement of `rows` (pre-order, the root first); `compute` builds them, tests too.
    public init(rows: [OperatingRow], period: Period, previousForecastPeriod: Period? = nil) {
        self.period = period
        self.previousForecastPeriod = previousForecastPeriod
        self.rows = rows
    }
}

/// The larger deviations in the region's shape (seed 003 2.5.1 "Större budgetavvikelser 2024": the common finances'
/// items one by one, "Driftnämnder och förvaltningar −265" as one row).
public struct RegionDeviations: Sendable, Equatable {
    /// The central committee's lines with a forecast deviation of at least the threshold, favourable first.
    public var plus: [OperatingRow]
    /// Its lines with an unfavourable deviation of at least the threshold, largest first.
    public var minus: [OperatingRow]
    /// Every other committee's forecast deviation (and the unallocated row's) together.
    public var committees: Money
    /// What the rows above leave of the total: so the table adds up.
    public var remainder: Money
    /// The region's forecast deviation.
    public var total: Money
}

extension OperatingStatement {
    /// Större budgetavvikelser with `central`'s lines named and the other committees in one row.
    public func regionDeviations(threshold: Money, central: NodeCode) -> RegionDeviations {
        let leaves = rows.filter { $0.isLeaf && isBelow($0, central) }
        let plus = leaves.filter { $0.figures.forecastDeviation >= threshold }
            .sorted { $0.figures.forecastDeviation > $1.figures.forecastDeviation }
        let minus = leaves.filter { $0.figures.forecastDeviation <= -threshold }
            .sorted { $0.figures.forecastDeviation < $1.figures.forecastDeviation }
        let committees = committeesAndUnallocated.filter { $0.code != central }.map(\.figures.forecastDeviation).sum()
        let total = root.figures.forecastDeviation
        let listed = (plus + minus).map(\.figures.forecastDeviation).sum() + committees
        return RegionDeviations(
            plus: plus, minus: minus, committees: committees, remainder: total - listed, total: total)
    }
}

extension FollowUpData {
    /// The committee that holds the region's common finances: the one whose ansvar books the tax revenue (mapping
    /// line skatteintäkter) in `year`'s ledger; nil when none or more than one does.
    public func financeCommittee(year: Int) -> NodeCode? {
        let tree = tree(for: year)
        var found: Set<NodeCode> = []
        for c in ledgers[year]?.cells ?? [] where mapping.line(for: c.account) == .tax {
            guard var node = tree.nodeCode(forAnsvar: c.ansvar).flatMap({ tree.node($0) }) else { continue }
            while let parent = node.parent, parent != tree.root.code, let up = tree.node(parent) { node = up }
            if node.kind == .committee { found.insert(node.code) }
        }
        return found.count == 1 ? found.first : nil
    }
}
