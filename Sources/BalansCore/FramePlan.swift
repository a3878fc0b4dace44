import Foundation

/// A plan version over a budget year and its two plan years (issue 18, items 2 and 3): each committee's frame from
/// last year's frame through indexation, volume, priorities and savings; skatteintäkter and generella statsbidrag
/// och utjämning from the tax model; the region's own lines; and the region's result against the financial goal
/// (result at least `policy.resultToTaxRevenueTarget` percent of skatteintäkter and statsbidrag, seed 003 2.3.1):
///
///     resultat = skatteintäkter + generella statsbidrag och utjämning + regiongemensamt − Σ ramar
///
/// A committee's frame is its regionbidrag: its lines' revenue, costs and regionbidrag net to zero (the example's
/// budget does), so the frames are the committees' net cost.
public struct FramePlan: Sendable, Equatable {
    /// One step of a committee's frame.
    public struct Step: Sendable, Equatable {
        /// What it is.
        public var kind: FrameRow.Kind
        /// Its name.
        public var label: String
        /// The decision it rests on.
        public var reference: String
        /// The percent an index step applied.
        public var percent: Decimal?
        /// The change of the frame, kronor.
        public var amount: Money
    }

    /// Where a committee's opening frame comes from.
    public enum Opening: String, Sendable, Equatable {
        /// The regionbidrag of the decided budget of the year before.
        case decidedBudget
        /// A `ram` row of the plan.
        case planRow
        /// The plan's frame of the year before (a plan year).
        case previousPlanYear
    }

    /// One committee's frame of a year.
    public struct Frame: Sendable, Equatable {
        /// The committee.
        public var node: NodeCode
        /// Its name.
        public var name: String
        /// Last year's frame.
        public var opening: Money
        /// Where `opening` comes from.
        public var openingSource: Opening
        /// The changes, in the file's order.
        public var steps: [Step]
        /// The frame: opening plus every step.
        public var frame: Money { opening + steps.map(\.amount).sum() }
    }

    /// A line of the region's own.
    public struct CommonLine: Sendable, Equatable {
        /// The line.
        public var node: NodeCode
        /// Its name as the plan or the tree gives it.
        public var label: String
        /// Report sign.
        public var amount: Money
    }

    /// One year of the plan.
    public struct Year: Sendable, Equatable {
        /// The year.
        public var year: Int
        /// Skatteintäkter and statsbidrag, step by step.
        public var taxes: TaxRevenueCalculation
        /// The committees' frames.
        public var frames: [Frame]
        /// The region's own lines.
        public var common: [CommonLine]
        /// Σ frames.
        public var framesTotal: Money { frames.map(\.frame).sum() }
        /// Σ common lines.
        public var commonTotal: Money { common.map(\.amount).sum() }
        /// The region's budgeted result.
        public var result: Money { taxes.total + commonTotal - framesTotal }
        /// The result the financial goal asks for: the target percent of skatteintäkter and statsbidrag.
        public var target: Money
        /// The target percent.
        public var targetPercent: Decimal
        /// The result as a percent of skatteintäkter and statsbidrag (unrounded); nil when they are zero.
        public var resultShare: Decimal? { Ratio.percent(result, of: taxes.total) }
        /// Whether the result meets the financial goal.
        public var meetsTarget: Bool { result >= target }
    }

    /// The budget year and the plan years, in order.
    public var years: [Year]
    /// The operating consequences of the version's investment plan, whose steps the frames carry; nil without one.
    public var capitalCosts: CapitalCosts? = nil

    /// The plan of `version` from its tax and frame rows for `firstYear` and the `count − 1` years after it. The
    /// opening frames and the cost bases of the index rows come from the decided budget of `firstYear − 1` in `data`
    /// (regionbidrag: the internal revenue accounts of the committee's lines; personnel costs: klass 5; other
    /// costs: the other external cost accounts), or from the plan's `ram` rows. Regiongemensamt of a year without
    /// `gemensamt` rows is the year before's (for the first year: the decided budget's lines outside every
    /// committee's frame, tax and grant accounts left out — the model computes those). `capital` (of the same years)
    /// adds each committee's change of capital costs as the last step of its frame, where it is not zero.
    public static func compute(
        _ data: FollowUpData, taxes: [TaxAssumption], frames rows: [FrameRow], firstYear: Int, count: Int = 3,
        capital: CapitalCosts? = nil
    ) -> Result<FramePlan, TaxRevenueCalculation.Missing> {
        let tree = data.tree(for: firstYear)
        let previous = data.budgets.filter { $0.year == firstYear - 1 && $0.isDecided && $0.change == nil }
        let base = PlanCostBase(previous, tree: data.tree(for: firstYear - 1), mapping: data.mapping)
        var problems: [String] = []
        var years: [Year] = []
        var frameOf: [NodeCode: Money] = [:]
        var personnel = base.personnel
        var other = base.other
        var common = base.common(excluding: Set(base.frames.keys))
        // The committees: those with a regionbidrag last year or a row in the plan, in the tree's order.
        let planned = Set(rows.filter { $0.kind != .common }.map(\.node))
        let committees = tree.committees.filter { base.frames[$0.code] != nil || planned.contains($0.code) }
        for node in capital?.nodes ?? [] where !committees.contains(where: { $0.code == node }) {
            problems.append("\(node): investerar i planen men har ingen ram (planinvestments)")
        }
        for offset in 0..<count {
            let y = firstYear + offset
            var frames: [Frame] = []
            for c in committees {
                let own = rows.filter { $0.year == y && $0.node == c.code }
                let opening: Money
                let source: Opening
                if let row = own.first(where: { $0.kind == .base }), let amount = row.amount {
                    (opening, source) = (amount, .planRow)
                } else if let last = frameOf[c.code] {
                    (opening, source) = (last, .previousPlanYear)
                } else if let budget = base.frames[c.code] {
                    (opening, source) = (budget, .decidedBudget)
                } else {
                    problems.append("\(c.code): ram för \(y - 1) saknas (ingen beslutad budget, ingen rad \"ram\")")
                    continue
                }
                var steps: [Step] = []
                for r in own where r.kind != .base {
                    var amount = r.amount
                    if amount == nil, let percent = r.percent {
                        let costs = r.kind == .wageIndex ? personnel[c.code] : other[c.code]
                        amount = costs.map { Money.rounding(kronor: $0.kronorDecimal * percent / 100) }
                        if costs == nil { problems.append("\(c.code) \(y): \(r.kind.rawValue) saknar kostnadsbas") }
                    }
                    guard let amount else { continue }
                    if r.kind == .wageIndex { personnel[c.code, default: .zero] += amount }
                    if r.kind == .priceIndex { other[c.code, default: .zero] += amount }
                    steps.append(
                        Step(kind: r.kind, label: r.label, reference: r.reference, percent: r.percent, amount: amount))
                }
                if let capital, capital.years.indices.contains(offset), !capital.step(offset, node: c.code).isZero {
                    steps.append(
                        Step(
                            kind: .capitalCost, label: CapitalCosts.stepLabel, reference: "", percent: nil,
                            amount: capital.step(offset, node: c.code)))
                }
                let frame = Frame(node: c.code, name: c.name, opening: opening, openingSource: source, steps: steps)
                frameOf[c.code] = frame.frame
                frames.append(frame)
            }
            let given = rows.filter { $0.year == y && $0.kind == .common }
            if !given.isEmpty {
                common = given.map {
                    CommonLine(
                        node: $0.node, label: $0.label.isEmpty ? tree.node($0.node)?.name ?? "" : $0.label,
                        amount: $0.amount ?? .zero)
                }
            }
            switch TaxRevenueCalculation.compute(taxes, year: y) {
            case .failure(let missing): problems += missing.problems
            case .success(let t):
                let percent = data.policy.resultToTaxRevenueTarget
                years.append(
                    Year(
                        year: y, taxes: t, frames: frames, common: common,
                        target: .rounding(kronor: t.total.kronorDecimal * percent / 100), targetPercent: percent))
            }
        }
        if !problems.isEmpty { return .failure(.init(problems: problems)) }
        return .success(FramePlan(years: years, capitalCosts: capital))
    }
}

/// What the decided budget of the year before a plan gives it, per committee: its regionbidrag (the frame), its
/// personnel costs and its other external costs (positive kronor); and the lines outside every frame.
struct PlanCostBase {
    var frames: [NodeCode: Money] = [:]
    var personnel: [NodeCode: Money] = [:]
    var other: [NodeCode: Money] = [:]
    var outside: [(node: NodeCode, name: String, amount: Money)] = []

    init(_ budget: [BudgetRow], tree: OrgTree, mapping: AccountMapping) {
        var committeeOf: [NodeCode: NodeCode] = [:]
        for c in tree.committees { for n in tree.subtree(c.code) { committeeOf[n.code] = c.code } }
        var outsideSums: [NodeCode: Money] = [:]
        for r in budget {
            guard let c = committeeOf[r.node], let account = r.account else { continue }
            // `line(for:)` is nil for an internal account: the rule says whether it is revenue (regionbidrag received).
            let line = mapping.rule(for: account)?.line
            if mapping.isInternal(account) {
                if line == .revenue { frames[c, default: .zero] += r.amount }
            } else if CostKind.personnel.accounts.contains(AccountMapping.fourDigit(account)) {
                personnel[c, default: .zero] -= r.amount
            } else if line == .costs || line == .depreciation {
                other[c, default: .zero] -= r.amount
            }
            if line != .tax && line != .grants && !mapping.isInternal(account) {
                outsideSums[r.node, default: .zero] += r.amount
            }
        }
        outside = outsideSums.keys.sorted { $0.rawValue < $1.rawValue }.map {
            (node: $0, name: tree.node($0)?.name ?? $0.rawValue, amount: outsideSums[$0] ?? .zero)
        }
        self.committeeOf = committeeOf
    }

    private var committeeOf: [NodeCode: NodeCode] = [:]

    /// The lines of committees that have no frame (Regiongemensamt), tax and grant accounts left out.
    func common(excluding framed: Set<NodeCode>) -> [FramePlan.CommonLine] {
        outside.filter { line in committeeOf[line.node].map { !framed.contains($0) } ?? false }.map {
            FramePlan.CommonLine(node: $0.node, label: $0.name, amount: $0.amount)
        }
    }
}
