import Foundation

/// Two plan versions line by line (issue 18, item 1): per committee the frame of each year both plans have, in
/// version A, in version B and the difference B − A; likewise skatteintäkter, generella statsbidrag och utjämning,
/// regiongemensamt, the sum of frames, the result and the financial goal's result. A committee that only one plan
/// has shows nil on the other side (its difference is nil too).
public struct PlanComparison: Sendable, Equatable {
    /// One figure in both versions.
    public struct Figure: Sendable, Equatable {
        /// Version A's figure; nil when A lacks it.
        public var a: Money?
        /// Version B's figure; nil when B lacks it.
        public var b: Money?
        /// B − A; nil when either lacks it.
        public var difference: Money? {
            guard let a, let b else { return nil }
            return b - a
        }
        /// A figure of A and of B.
        public init(a: Money?, b: Money?) { (self.a, self.b) = (a, b) }
    }

    /// A committee's frames per year.
    public struct FrameLine: Sendable, Equatable {
        /// The committee.
        public var node: NodeCode
        /// Its name (version B's, else A's).
        public var name: String
        /// One figure per year of `years`.
        public var figures: [Figure]
    }

    /// The years both plans have, in order.
    public var years: [Int]
    /// The committees of either plan: A's order, then B's new ones.
    public var frames: [FrameLine]
    /// Per year: skatteintäkter.
    public var taxRevenue: [Figure]
    /// Per year: generella statsbidrag och utjämning.
    public var grants: [Figure]
    /// Per year: regiongemensamt.
    public var common: [Figure]
    /// Per year: Σ frames.
    public var framesTotal: [Figure]
    /// Per year: the region's result.
    public var result: [Figure]
    /// Per year: the result the financial goal asks for.
    public var target: [Figure]

    /// The comparison of `a` and `b` over the years both have (from `fromYear` on, when given).
    public static func compute(_ a: FramePlan, _ b: FramePlan, fromYear: Int? = nil) -> PlanComparison {
        let bYears = Set(b.years.map(\.year))
        let years = a.years.map(\.year).filter { bYears.contains($0) && $0 >= (fromYear ?? Int.min) }
        let pairs = years.compactMap { y -> (FramePlan.Year, FramePlan.Year)? in
            guard let ya = a.years.first(where: { $0.year == y }), let yb = b.years.first(where: { $0.year == y })
            else { return nil }
            return (ya, yb)
        }
        func figures(_ value: (FramePlan.Year) -> Money) -> [Figure] {
            pairs.map { Figure(a: value($0.0), b: value($0.1)) }
        }
        var nodes: [(NodeCode, String)] = []
        for (side, plan) in [a, b].enumerated() {
            for y in plan.years where years.contains(y.year) {
                for f in y.frames {
                    if let i = nodes.firstIndex(where: { $0.0 == f.node }) {
                        if side == 1 { nodes[i].1 = f.name }
                    } else {
                        nodes.append((f.node, f.name))
                    }
                }
            }
        }
        let frames = nodes.map { node, name in
            FrameLine(
                node: node, name: name,
                figures: pairs.map { ya, yb in
                    Figure(
                        a: ya.frames.first { $0.node == node }?.frame, b: yb.frames.first { $0.node == node }?.frame)
                })
        }
        return PlanComparison(
            years: pairs.map(\.0.year), frames: frames, taxRevenue: figures(\.taxes.taxRevenue),
            grants: figures(\.taxes.grantsTotal), common: figures(\.commonTotal), framesTotal: figures(\.framesTotal),
            result: figures(\.result), target: figures(\.target))
    }
}

extension FramePlan {
    /// A plan version of the data and its first year (the budget year): the earliest year of its tax rates and
    /// frame rows.
    public struct Version: Sendable, Equatable, Hashable {
        /// The version's name (`forslag-2025`).
        public var name: String
        /// Its budget year.
        public var firstYear: Int
        /// A version of a first year.
        public init(name: String, firstYear: Int) { (self.name, self.firstYear) = (name, firstYear) }
    }

    /// The plan versions of `data`, by first year then name.
    public static func versions(_ data: FollowUpData) -> [Version] {
        // One rule for a version's first year: `PlanVersions.firstYears`, as the Mål och budget document uses.
        PlanVersions.firstYears(data).map { Version(name: $0.key, firstYear: $0.value) }.sorted {
            ($0.firstYear, $0.name) < ($1.firstYear, $1.name)
        }
    }

    /// The plan of `version` from `firstYear` with the what-ifs applied in order, its investments' capital costs in
    /// the frames (`CapitalCosts`); the problems when a figure is missing, nil when the data has no such version.
    public static func compute(
        _ data: FollowUpData, version: String, firstYear: Int, overrides: [PlanOverride] = []
    ) -> Result<FramePlan, TaxRevenueCalculation.Missing>? {
        var taxes = data.taxAssumptions.filter { $0.version == version }
        var frames = data.frameRows.filter { $0.version == version }
        guard !taxes.isEmpty || !frames.isEmpty else { return nil }
        for o in overrides { (taxes, frames) = (o.applied(to: taxes), o.applied(to: frames)) }
        let investments = data.planInvestments.filter { $0.version == version }
        let finance = data.planFinance.filter { $0.version == version }
        switch CapitalCosts.compute(investments, finance: finance, years: Array(firstYear..<firstYear + 3)) {
        case .success(let c):
            return compute(data, taxes: taxes, frames: frames, firstYear: firstYear, capital: c.lines.isEmpty ? nil : c)
        case .failure(let missing):
            // Every missing figure named: the plan's own first, then the investment plan's.
            let plan = compute(data, taxes: taxes, frames: frames, firstYear: firstYear)
            let own = (try? plan.get()) == nil ? (plan.failureProblems ?? []) : []
            return .failure(.init(problems: own + missing.problems))
        }
    }
}

extension Result where Failure == TaxRevenueCalculation.Missing {
    /// The problems of a failure; nil for a success.
    var failureProblems: [String]? {
        if case .failure(let m) = self { return m.problems }
        return nil
    }
}

extension FramePlan.Frame {
    /// The sum of the steps of a kind.
    public func total(of kind: FrameRow.Kind) -> Money {
        steps.filter { $0.kind == kind }.map(\.amount).sum()
    }
}
