/// Everything the computations of one organisation need, read from the store in one
/// snapshot. The computations are pure functions of this value.
public struct FollowUpData: Sendable {
    /// The organisation's name as printed on reports, e.g. "Region Halland".
    public var organisationName: String
    /// All nodes of all years; `tree(for:)` picks a year's tree.
    public var nodes: [OrgNode]
    /// Accounts to statement lines (SPEC §4.3): the imported mapping, else Kommun-Bas 13's default.
    public var mapping: AccountMapping
    /// Ledgers by fiscal year.
    public var ledgers: [Int: YearLedger]
    /// Budget rows of every year: the budget file's, or for a year without one the ledger's #PBUDGET.
    public var budgets: [BudgetRow]
    /// Forecast rows of every period and status; the reports read `reportedForecasts` only.
    public var forecasts: [ForecastRow]
    /// Amounts not in the ledger: pension obligations, placements, closed years, balanskrav adjustments.
    public var figures: [FigureRow]
    /// Investment rows per committee, category and project, by report period.
    public var investments: [InvestmentRow]
    /// Staff measures and targets (SPEC §3 "Staff").
    public var staff: [StaffRow]
    /// Indicator targets and outcomes (SPEC §3 "Goals and indicators").
    public var indicators: [IndicatorRow]
    /// Commitments and activities with their status and assessment per report period.
    public var activities: [ActivityRow]
    /// Action plans: expected and realised effect per measure and month.
    public var actionPlans: [ActionPlanRow]
    /// Written texts of the reports (summaries, analyses, decision references).
    public var texts: [ReportText]
    /// Written texts under the organisation's own headings: the year's goals, the operations.
    public var topics: [TopicText] = []
    /// The organisation's own policy values (thresholds the reports apply).
    public var policy = OrganisationPolicy()
    /// Kolada's yearly figures: the region's own, riket's and the other regions' (`balans kolada fetch`).
    public var kolada: [KoladaValue] = []
    /// Project funds (projektmedel): budget and decided project money per fund, by report period.
    public var projectFunds: [ProjectFundRow] = []
    /// Plan versions' tax and grant assumptions (issue 18): every version's, in the order imported.
    public var taxAssumptions: [TaxAssumption] = []
    /// Plan versions' frame rows (issue 18): every version's, in the order imported.
    public var frameRows: [FrameRow] = []
    /// Plan versions' investments (issue 18, item 5): every version's, in the order imported.
    public var planInvestments: [PlanInvestment] = []
    /// Plan versions' finance assumptions (useful lives, interest, borrowing): every version's, in the order imported.
    public var planFinance: [PlanFinance] = []
    /// The decided plan versions (a version without a row here is a proposal).
    public var planVersions: [PlanVersion] = []
    /// Budget rows of versions other than the decided one (proposals): stored, counted by no report.
    public var budgetProposals: [BudgetRow] = []
    /// The chart of accounts (#KONTO) by fiscal year: each account's name by number, for reports that name accounts.
    public var accountNames: [Int: [Int: String]] = [:]
    /// The organisation's own id in Kolada (the setting `kolada-municipality`, e.g. "0013"); nil when not set.
    public var koladaMunicipality: String?
    /// The kommunkoncern (`balans import companies`): its parties, the companies' ledgers and internal rows; nil when
    /// no companies are registered.
    public var koncern: Koncern?

    /// The data of one organisation; the computations read nothing else.
    public init(
        organisationName: String, nodes: [OrgNode], mapping: AccountMapping, ledgers: [Int: YearLedger],
        budgets: [BudgetRow], forecasts: [ForecastRow], figures: [FigureRow], investments: [InvestmentRow],
        staff: [StaffRow] = [], indicators: [IndicatorRow] = [], activities: [ActivityRow] = [],
        actionPlans: [ActionPlanRow] = [], texts: [ReportText] = []
    ) {
        self.texts = texts
        self.organisationName = organisationName
        self.nodes = nodes
        self.mapping = mapping
        self.ledgers = ledgers
        self.budgets = budgets
        self.forecasts = forecasts
        self.figures = figures
        self.investments = investments
        self.staff = staff
        self.indicators = indicators
        self.activities = activities
        self.actionPlans = actionPlans
    }

    /// The organisation tree of `year`. With no tree imported, a one-node tree for the
    /// whole organisation (so a bare ledger still gives statements and key ratios).
    public func tree(for year: Int) -> OrgTree {
        if let t = OrgTree(nodes: nodes, year: year) { return t }
        let root = OrgNode(code: "ORG", parent: nil, name: organisationName, kind: .region)
        return OrgTree(nodes: [root], year: year)!  // safe: one root is always a valid tree
    }

    /// The forecasts reports use: the approved ones. A draft is the committee controller's work
    /// in progress, and a submitted forecast waits for approval; neither reaches a report.
    public var reportedForecasts: [ForecastRow] { forecasts.filter { $0.status == .approved } }

    /// A year figure (`YYYY` key) or nil.
    public func figure(_ key: FigureRow.Key, year: Int) -> FigureRow? {
        figures.first { $0.key == key && $0.year == year && $0.month == nil }
    }
    /// A month-end figure or nil.
    public func figure(_ key: FigureRow.Key, at period: Period) -> Money? {
        figures.first { $0.key == key && $0.year == period.year && $0.month == period.month }?.amount
    }

    /// The report periods with data: every month of each ledger's year up to its last booked month, newest
    /// first — the periods a page offers to choose between.
    public var ledgerPeriods: [Period] {
        ledgers.values.sorted { $0.year > $1.year }.flatMap { l in
            l.lastMonth < 1 ? [] : (1...l.lastMonth).reversed().compactMap { Period(year: l.year, month: $0) }
        }
    }
}
