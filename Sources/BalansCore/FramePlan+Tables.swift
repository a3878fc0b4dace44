import Foundation

/// The figures the Mål och budget document prints of a plan (issue 18, item 6): the changes summed per kind over the
/// committees (a committee's own: `FramePlan.Frame.total(of:)`), the named changes with their decisions, and
/// regiongemensamt's lines across the three years.
extension FramePlan.Year {
    /// The kinds of change the year's frames have, in `FrameRow.Kind`'s order (neither `ram` nor `gemensamt`, which
    /// are no changes of a frame).
    public var changeKinds: [FrameRow.Kind] {
        let present = Set(frames.flatMap { $0.steps.map(\.kind) })
        return FrameRow.Kind.allCases.filter { $0 != .base && $0 != .common && present.contains($0) }
    }

    /// Σ last year's frames.
    public var openingTotal: Money { frames.map(\.opening).sum() }

    /// Σ the steps of `kind` over every committee.
    public func total(of kind: FrameRow.Kind) -> Money { frames.map { $0.total(of: kind) }.sum() }

    /// A change a plan names and decides one by one: a volume change, a priority (satsning) or a saving
    /// (effektivisering), with its committee.
    public struct NamedChange: Sendable, Equatable {
        /// The committee.
        public var node: NodeCode
        /// Its name.
        public var name: String
        /// The change.
        public var step: FramePlan.Step
    }

    /// The year's volume changes, priorities and savings, committee by committee in the frames' order (not the
    /// capital costs, which the investment plan names).
    public var namedChanges: [NamedChange] {
        frames.flatMap { f in
            f.steps.filter { !$0.kind.isIndex && $0.kind != .capitalCost }.map {
                NamedChange(node: f.node, name: f.name, step: $0)
            }
        }
    }
}

extension FramePlan {
    /// One line of regiongemensamt over the plan's years.
    public struct CommonRow: Sendable, Equatable {
        /// The line.
        public var node: NodeCode
        /// Its name (the first year's that has it).
        public var label: String
        /// Its amount per year of the plan, in `years`' order; nil for a year without the line.
        public var amounts: [Money?]
    }

    /// Regiongemensamt's lines over the years: every line any year has, in the order they first appear.
    public var commonRows: [CommonRow] {
        var rows: [CommonRow] = []
        for (i, y) in years.enumerated() {
            for line in y.common {
                if let k = rows.firstIndex(where: { $0.node == line.node }) {
                    rows[k].amounts[i] = line.amount
                } else {
                    var amounts = [Money?](repeating: nil, count: years.count)
                    amounts[i] = line.amount
                    rows.append(CommonRow(node: line.node, label: line.label, amounts: amounts))
                }
            }
        }
        return rows
    }

    /// The references of the version's tax assumptions for the plan's years and the years before them (where the
    /// figures come from, "SKR cirkulär 23:30"), each once, in the rows' order.
    public static func taxSources(_ rows: [TaxAssumption], through year: Int) -> [String] {
        var seen: [String] = []
        for r in rows where r.year <= year && !r.reference.isEmpty && !seen.contains(r.reference) {
            seen.append(r.reference)
        }
        return seen
    }
}

/// The investment plan of a Mål och budget (issue 18, item 5 and 6): the investment budget per category and
/// committee for each year of the plan, from the investment rows' budgets — of each year the latest period with a
/// budget (the budget in force), rows summed as the investment totals count them.
public struct InvestmentPlan: Sendable, Equatable {
    /// One committee's budget in one category over the years.
    public struct Row: Sendable, Equatable {
        /// The category.
        public var category: InvestmentCategory
        /// The committee.
        public var node: NodeCode
        /// Its budget per year, in `years`' order; nil for a year without one.
        public var budgets: [Money?]
    }

    /// The years of the plan.
    public var years: [Int]
    /// Category by category (in `InvestmentCategory`'s order), committees in the order of the rows.
    public var rows: [Row]

    /// The sum of `category` (every category when nil) per year; nil for a year without any budget.
    public func totals(_ category: InvestmentCategory? = nil) -> [Money?] {
        years.indices.map { i in
            let values = rows.filter { category == nil || $0.category == category }.compactMap { $0.budgets[i] }
            return values.isEmpty ? nil : values.sum()
        }
    }

    /// The plan of `years` from `investments`; nil when none of the years has an investment budget.
    public static func compute(_ investments: [InvestmentRow], years: [Int]) -> InvestmentPlan? {
        let counted = investments.countedInTotals.filter { $0.budget != nil }
        var rows: [Row] = []
        for (i, y) in years.enumerated() {
            guard let last = counted.filter({ $0.period.year == y }).map(\.period).max() else { continue }
            for r in counted where r.period == last {
                guard let budget = r.budget else { continue }
                if let k = rows.firstIndex(where: { $0.category == r.category && $0.node == r.node }) {
                    rows[k].budgets[i] = (rows[k].budgets[i] ?? .zero) + budget
                } else {
                    var budgets = [Money?](repeating: nil, count: years.count)
                    budgets[i] = budget
                    rows.append(Row(category: r.category, node: r.node, budgets: budgets))
                }
            }
        }
        guard !rows.isEmpty else { return nil }
        let order = InvestmentCategory.allCases
        let sorted = order.flatMap { c in rows.filter { $0.category == c } }
        return InvestmentPlan(years: years, rows: sorted)
    }
}

extension IndicatorRow {
    /// The indicators of `years` with a target: per code, the target of each year (the year's own row, else its
    /// latest month's), in the order the codes first appear; the row kept is the first year's that has one.
    public static func targets(_ rows: [IndicatorRow], years: [Int]) -> [(row: IndicatorRow, targets: [Decimal?])] {
        var out: [(row: IndicatorRow, targets: [Decimal?])] = []
        for r in rows where years.contains(r.year) && r.target != nil {
            guard !out.contains(where: { $0.row.code == r.code }) else { continue }
            let targets = years.map { y -> Decimal? in
                let ofYear = rows.filter { $0.code == r.code && $0.year == y && $0.target != nil }
                return (ofYear.first { $0.month == nil } ?? ofYear.max { ($0.month ?? 0) < ($1.month ?? 0) })?.target
            }
            out.append((row: r, targets: targets))
        }
        return out
    }
}
