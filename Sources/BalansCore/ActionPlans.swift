import Foundation

/// One month of one measure (åtgärd) of a committee's action plan (åtgärdsplan) — the plan a
/// committee with a forecast deficit draws up: the expected effect (förväntad effekt) and the
/// effect realised (realiserad effekt), as amounts improving the result.
public struct ActionPlanRow: Hashable, Sendable {
    /// The committee (node code) whose plan it is.
    public var node: NodeCode
    /// The plan's name; with `node` it names the plan.
    public var plan: String
    /// The measure (åtgärd) of the plan.
    public var measure: String
    /// Fiscal year of the month followed up.
    public var year: Int
    /// Month 1...12 the effect is expected (and realised) in.
    public var month: Int
    /// Förväntad effekt: the improvement of the result expected this month, öre (positive: a better result).
    public var expected: Money
    /// nil: not yet followed up for the month.
    public var realised: Money?
    /// The committee's comment on the measure this month; "" when none.
    public var comment: String

    /// One month of a measure; `realised` nil when the month is not followed up yet.
    public init(
        node: NodeCode, plan: String, measure: String, year: Int, month: Int, expected: Money, realised: Money?,
        comment: String = ""
    ) {
        self.node = node
        self.plan = plan
        self.measure = measure
        self.year = year
        self.month = month
        self.expected = expected
        self.realised = realised
        self.comment = comment
    }
}

/// An action plan followed month by month (SPEC §3, issue 5): per measure the year's expected
/// effect, the expected and realised effect up to the report month and the deviation, and the
/// plan's monthly totals.
public struct ActionPlanFollowUp: Sendable, Equatable {
    /// One measure of the plan, over its months of the year.
    public struct Measure: Sendable, Equatable {
        /// The measure's name (åtgärd).
        public var name: String
        /// Förväntad effekt helår: the effect expected over the whole year, öre (positive: a better result).
        public var expectedYear: Money
        /// The effect expected January..report month, öre.
        public var expectedToDate: Money
        /// nil when a month up to the period has not been followed up.
        public var realisedToDate: Money?
        /// Avvikelse: realised minus expected effect to date, öre (negative: behind the plan); nil while the realised
        /// effect is not known.
        public var deviation: Money? { realisedToDate.map { $0 - expectedToDate } }
        /// The latest comment given up to the report month; "" when none.
        public var comment: String
    }
    /// The plan's name.
    public var plan: String
    /// The committee (node code) whose plan it is.
    public var node: NodeCode
    /// The plan's measures, in the order they first appear in the file.
    public var measures: [Measure]
    /// Expected effect per month 1...12 (all measures), öre.
    public var expectedByMonth: [Money]
    /// Realised effect per month 1...12 (all measures), öre; nil for a month after the report period, without rows, or
    /// not yet followed up for every measure.
    public var realisedByMonth: [Money?]

    /// The action plans of `node` and its subtree in `period`'s year, in file order, followed up to `period`
    /// (docs/formats.md, `actionplans`).
    public static func compute(_ data: FollowUpData, node: NodeCode, period: Period) -> [ActionPlanFollowUp] {
        let codes = Set(data.tree(for: period.year).subtree(node).map(\.code))
        let rows = data.actionPlans.filter { codes.contains($0.node) && $0.year == period.year }
        var plans: [String] = []
        for r in rows where !plans.contains(r.plan) { plans.append(r.plan) }
        return plans.map { plan in
            let planRows = rows.filter { $0.plan == plan }
            var names: [String] = []
            for r in planRows where !names.contains(r.measure) { names.append(r.measure) }
            let measures = names.map { name -> Measure in
                let m = planRows.filter { $0.measure == name }
                let toDate = m.filter { $0.month <= period.month }
                // Nothing due yet: nothing realised (zero). Otherwise every month due must be
                // followed up, or there is no realised total to date.
                let realised: Money? =
                    toDate.isEmpty
                    ? .zero : (toDate.allSatisfy { $0.realised != nil } ? toDate.compactMap(\.realised).sum() : nil)
                return Measure(
                    name: name, expectedYear: m.map(\.expected).sum(), expectedToDate: toDate.map(\.expected).sum(),
                    realisedToDate: realised,
                    comment: m.last(where: { !$0.comment.isEmpty && $0.month <= period.month })?.comment ?? "")
            }
            let expectedByMonth = (1...12).map { mo in planRows.filter { $0.month == mo }.map(\.expected).sum() }
            let realisedByMonth: [Money?] = (1...12).map { mo in
                let here = planRows.filter { $0.month == mo }
                guard mo <= period.month, !here.isEmpty, here.allSatisfy({ $0.realised != nil }) else { return nil }
                return here.compactMap(\.realised).sum()
            }
            return ActionPlanFollowUp(
                plan: plan, node: planRows.first?.node ?? node, measures: measures, expectedByMonth: expectedByMonth,
                realisedByMonth: realisedByMonth)
        }
    }
}
