import BalansCore
import Foundation

/// What every chapter of one report reads, built once per report: the data snapshot, the
/// node, kind and period, and the Core values the chapters share — computed once, on first use,
/// so that no chapter recomputes a statement another has (and a committee report never computes
/// the region's key ratios). Chapters are functions of it returning their `Chapter`.
final class ReportContext {
    /// The store's snapshot the report is built from.
    let data: FollowUpData
    /// The report kind.
    let kind: ReportKind
    /// The report's period (its last month).
    let period: Period
    /// The node the report is of: the root for the region's reports, the committee's for `namnd`
    /// and for any kind asked for a node below the root (`ur1 --org RS17`).
    let node: NodeCode
    /// Whether this is a committee's report (a nämnd's, a förvaltning's): the `namnd` kind, or
    /// another kind for a node below the root. Seeds 000–002 are such reports.
    let isCommittee: Bool
    /// The organisation tree of the period's year.
    let tree: OrgTree
    /// The unit amounts in running text are shown in: mnkr for the region, mnkr with one
    /// decimal for a committee.
    let unit: AmountUnit
    /// The words the report is written in.
    let words: ReportCatalogue
    /// The plan a Mål och budget is of; nil for the other kinds.
    let plan: PlanDocument?

    init(data: FollowUpData, kind: ReportKind, period: Period, node: NodeCode? = nil, plan: PlanDocument? = nil) {
        self.data = data
        self.plan = plan
        self.kind = kind
        self.period = period
        tree = data.tree(for: period.year)
        self.node = node ?? tree.root.code
        isCommittee = kind == .namnd || self.node != tree.root.code
        unit = isCommittee ? .mnkr1 : .mnkr
        words = .swedishCatalogue
    }

    /// The organisation's policy values (thresholds and targets).
    var policy: OrganisationPolicy { data.policy }

    /// The driftredovisning of the report's node (the whole tree for the region's reports).
    /// The year is closed: the report is December's and the ledger runs through December. Its figures are the year's
    /// outcome, not a forecast (seed 002: "Det ekonomiska resultatet för år 2019 uppgår till +55,1 mnkr").
    var yearIsClosed: Bool { period.month == 12 && (data.ledgers[period.year]?.lastMonth ?? 0) == 12 }
    /// The year's first report period with approved forecasts before this one (Uppföljningsrapport 1 for an annual
    /// report); nil when there is none.
    var firstForecastPeriod: Period? {
        data.reportedForecasts.lazy.map(\.period).filter { $0.year == self.period.year && $0 < self.period }.min()
    }
    lazy var operating: OperatingStatement =
        isCommittee
        ? OperatingStatement.compute(data, period: period, root: node)
        : OperatingStatement.compute(data, period: period)
    /// The region's key ratios: outcome, forecast, budget and the balance requirement.
    lazy var ratios = KeyRatioReport.compute(data, period: period)
    /// The comparison columns of the key-ratio tables: earlier years to date and whole, this year, the forecast.
    lazy var comparison = KeyRatioColumn.columns(data, period: period)
    /// The income statement of the year to the period.
    lazy var outcome = IncomeStatement.outcome(data, year: period.year, through: period.month)
    /// The same period a year earlier.
    lazy var previousOutcome =
        data.comparesWithPreviousYear(period.year)
        ? IncomeStatement.outcome(data, year: period.year - 1, through: period.month) : nil
    /// The whole previous year.
    lazy var previousYearOutcome =
        data.comparesWithPreviousYear(period.year) ? IncomeStatement.outcome(data, year: period.year - 1) : nil
    /// The year's forecast in force at the period.
    lazy var forecast = IncomeStatement.forecast(data, period: period)
    /// The year's budget.
    lazy var budget = IncomeStatement.budget(data, at: period)
    /// The annual report's notes (LKBR 9 kap.), which its statements refer to; nil in the other reports.
    lazy var notes =
        kind == .arsredovisning && !isCommittee
        ? AnnualNotes.compute(data, year: period.year, through: period.month) : nil
    /// Whether a budget for the year is read in.
    var hasBudget: Bool { data.budgets.contains { $0.year == period.year } }

    /// An amount for running text in the report's unit, e.g. "−656 mnkr".
    func amount(_ m: Money) -> String { ReportBuilder.text(m, unit: unit) }
}
