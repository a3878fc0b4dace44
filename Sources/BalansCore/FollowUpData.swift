/// The ledger of one fiscal year as the computations need it: movements per account,
/// ansvar code and month, and the opening balances (ingående balanser).
///
/// Amounts carry the ledger's sign (debit positive, SIE convention): revenues and
/// liabilities are negative here; the computations turn them into report sign.
public struct YearLedger: Sendable {
    /// One aggregated cell of the ledger.
    public struct Cell: Hashable, Sendable {
        public var account: Int
        /// The row's ansvar code (SIE dimension 1); "" when the row has none.
        public var ansvar: String
        /// 1...12
        public var month: Int
        public var amount: Money
        public init(account: Int, ansvar: String, month: Int, amount: Money) {
            self.account = account
            self.ansvar = ansvar
            self.month = month
            self.amount = amount
        }
    }
    public var year: Int
    public var cells: [Cell]
    /// Opening balance per balance account (#IB 0).
    public var openingBalances: [Int: Money]
    /// The last month with any movement (how far the books are closed).
    public var lastMonth: Int { cells.map(\.month).max() ?? 0 }

    public init(year: Int, cells: [Cell], openingBalances: [Int: Money]) {
        self.year = year
        self.cells = cells
        self.openingBalances = openingBalances
    }
}

/// A budget row (budget): an annual amount for an org node (and optionally an account),
/// with its periodisation into months (SPEC §3). Report sign.
public struct BudgetRow: Hashable, Sendable {
    public var year: Int
    public var node: String
    public var account: Int?
    public var amount: Money
    /// The twelve monthly budgets; always sums exactly to `amount`.
    public var monthly: [Money]
    public var version: String

    public init(year: Int, node: String, account: Int?, amount: Money, monthly: [Money], version: String = "original") {
        self.year = year
        self.node = node
        self.account = account
        self.amount = amount
        self.monthly = monthly
        self.version = version
    }

    /// Budget for January..`month`.
    public func toDate(_ month: Int) -> Money { monthly.prefix(month).sum() }

    /// Budget rows from the ledger system's period budgets (SIE #PBUDGET, ledger sign), one
    /// per node and account: the budget used when no budget file is imported for the year
    /// (SPEC §3, "period budgets from the ledger system"). Rows whose ansvar code belongs to
    /// no node go to the root.
    public static func fromPeriodBudgets(_ cells: [YearLedger.Cell], year: Int, tree: OrgTree) -> [BudgetRow] {
        var monthly: [String: [Int: [Money]]] = [:]
        for c in cells where (1...12).contains(c.month) {
            let node = tree.nodeCode(forAnsvar: c.ansvar) ?? tree.root.code
            var months = monthly[node, default: [:]][c.account] ?? Array(repeating: .zero, count: 12)
            months[c.month - 1] -= c.amount  // ledger sign → report sign
            monthly[node, default: [:]][c.account] = months
        }
        return monthly.sorted { $0.key < $1.key }.flatMap { node, accounts in
            accounts.sorted { $0.key < $1.key }.map { account, months in
                BudgetRow(year: year, node: node, account: account, amount: months.sum(), monthly: months, version: "ledger")
            }
        }
    }
}

/// Periodisation (periodisering) of an annual budget into twelve exact monthly amounts.
public enum Periodisation {
    /// Splits `amount` by `weights` (even when nil). Each month gets its share rounded toward
    /// zero in öre; the öre left over go one each to the months with the largest remainders
    /// (earliest first on ties), so the months always sum to the annual amount exactly.
    /// Returns nil when the weights are not twelve non-negative numbers with a positive sum.
    public static func split(_ amount: Money, weights: [Int64]? = nil) -> [Money]? {
        let w = weights ?? Array(repeating: 1, count: 12)
        guard w.count == 12, w.allSatisfy({ $0 >= 0 }) else { return nil }
        let total = w.reduce(0, +)
        guard total > 0 else { return nil }
        let magnitude = amount.ore.magnitude
        let sign: Int64 = amount.ore < 0 ? -1 : 1
        var parts: [UInt64] = []
        var remainders: [(Int, UInt64)] = []
        for (i, wi) in w.enumerated() {
            // 128-bit product so large amounts and weights cannot overflow.
            let (hi, lo) = magnitude.multipliedFullWidth(by: UInt64(wi))
            let (q, r) = UInt64(total).dividingFullWidth((hi, lo))
            parts.append(q)
            remainders.append((i, r))
        }
        var left = magnitude - parts.reduce(0, +)
        for (i, _) in remainders.sorted(by: { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }) where left > 0 {
            parts[i] += 1
            left -= 1
        }
        return parts.map { Money(ore: sign * Int64($0)) }
    }
}

/// A full-year forecast (prognos) for an org node (and optionally an account), made at a
/// report period, with its comment (SPEC §3). Report sign.
public struct ForecastRow: Hashable, Sendable {
    public enum Status: String, Sendable { case draft, submitted, approved }
    public var period: Period
    public var node: String
    public var account: Int?
    public var amount: Money
    public var comment: String
    public var author: String
    public var status: Status
    public init(period: Period, node: String, account: Int?, amount: Money, comment: String = "", author: String = "", status: Status = .approved) {
        self.period = period
        self.node = node
        self.account = account
        self.amount = amount
        self.comment = comment
        self.author = author
        self.status = status
    }
}

/// An amount that is not in the ledger (docs/formats.md, kind `figures`): pension
/// obligations, financial placements, closed years' results and balanskrav adjustments.
public struct FigureRow: Hashable, Sendable {
    public enum Key: String, Sendable, CaseIterable {
        /// Ansvarsförbindelse: pensionsförpliktelser inkl. löneskatt, at a month end.
        case pensionObligations = "pension_obligations"
        /// Marknadsvärde of the financial placements, at a month end.
        case placementsMarketValue = "placements_market_value"
        /// Anskaffningsvärde of the financial placements, at a month end.
        case placementsAcquisitionValue = "placements_acquisition_value"
        /// A closed year's årets resultat (when its ledger is not in the store).
        case result
        /// A closed year's unrealised market-value change.
        case unrealised
        /// A closed year's skatteintäkter.
        case tax
        /// A closed year's generella statsbidrag och utjämning.
        case grants
        /// Balanskrav: reducering av realisationsvinster (entered negative).
        case realisationGains = "realisation_gains"
        /// Balanskrav: other statutory adjustments.
        case otherAdjustments = "other_adjustments"
        /// Balanskrav: avsättning till resultatutjämningsreserv (entered negative).
        case rurProvision = "rur_provision"
        /// Balanskrav: disposition av resultatutjämningsreserv.
        case rurUse = "rur_use"
        /// Balanskrav: synnerliga skäl att inte återställa; nil amount = the whole deficit.
        case exceptionalReasons = "exceptional_reasons"
        /// The year's investment frame (investeringsram) of the property investments decided
        /// by the board (seed 000 3: "Total ram 2017 220 000").
        case investmentFrame = "investment_frame"

        /// Keys that are dated by month end rather than by year.
        public var isMonthly: Bool { [.pensionObligations, .placementsMarketValue, .placementsAcquisitionValue].contains(self) }
    }
    public var year: Int
    /// For month-end keys; nil for year keys.
    public var month: Int?
    public var key: Key
    public var amount: Money?
    public var comment: String
    public init(year: Int, month: Int?, key: Key, amount: Money?, comment: String = "") {
        self.year = year
        self.month = month
        self.key = key
        self.amount = amount
        self.comment = comment
    }
}

/// Investment category (investeringskategori, seed 003 3.4).
public enum InvestmentCategory: String, Sendable, CaseIterable {
    /// Utrustning/inventarier
    case equipment
    /// Immateriella tillgångar
    case intangible
    /// Fastigheter
    case property
    /// Infrastruktur (bredband m.m.)
    case infrastructure
}

/// Investment outcome (accumulated to the period), annual budget and forecast for a
/// committee and category.
public struct InvestmentRow: Hashable, Sendable {
    public var period: Period
    public var node: String
    public var category: InvestmentCategory
    public var outcome: Money
    public var budget: Money?
    public var forecast: Money?
    /// The project (investeringsprojekt) the row is for; nil for a committee's category total.
    public var project: String?
    /// The project's figures over its whole life (seed 003 3.4 "Större enskilda investeringar").
    public var projectTotals: ProjectTotals?
    public init(period: Period, node: String, category: InvestmentCategory, outcome: Money, budget: Money?, forecast: Money?, project: String? = nil, projectTotals: ProjectTotals? = nil) {
        self.project = project
        self.projectTotals = projectTotals
        self.period = period
        self.node = node
        self.category = category
        self.outcome = outcome
        self.budget = budget
        self.forecast = forecast
    }
}

/// A project's figures over its whole life, beside the year's figures of its `InvestmentRow`
/// (seed 003 3.4: "Total beslutad budget", "Ack. utfall", "Prognos objekt totalt", "Färdigt år").
public struct ProjectTotals: Hashable, Sendable {
    /// The property (fastighet) the project is on, e.g. "HS Varberg".
    public var site: String
    /// Total decided budget (total beslutad budget).
    public var budget: Money?
    /// Accumulated outcome since the start, to the period (ackumulerat utfall).
    public var outcome: Money?
    /// Forecast of the project's total cost (prognos objekt totalt).
    public var forecast: Money?
    /// The year the project is expected to be finished (färdigt år).
    public var finishedYear: Int?
    public init(site: String, budget: Money?, outcome: Money?, forecast: Money?, finishedYear: Int?) {
        self.site = site
        self.budget = budget
        self.outcome = outcome
        self.forecast = forecast
        self.finishedYear = finishedYear
    }
}

private struct InvestmentTotalKey: Hashable {
    var period: Period, node: String, category: InvestmentCategory
    init(_ r: InvestmentRow) { (period, node, category) = (r.period, r.node, r.category) }
}

extension Array where Element == InvestmentRow {
    /// The rows that make up committee and category totals: a committee's row without a project
    /// where there is one for its period and category, else its project rows. Project rows are
    /// then details of a total and never counted twice.
    public var countedInTotals: [InvestmentRow] {
        let withTotal = Set(filter { $0.project == nil }.map(InvestmentTotalKey.init))
        return filter { $0.project == nil || !withTotal.contains(InvestmentTotalKey($0)) }
    }
}

/// Everything the computations of one organisation need, read from the store in one
/// snapshot. The computations are pure functions of this value.
public struct FollowUpData: Sendable {
    public var organisationName: String
    /// All nodes of all years; `tree(for:)` picks a year's tree.
    public var nodes: [OrgNode]
    public var mapping: AccountMapping
    /// Ledgers by fiscal year.
    public var ledgers: [Int: YearLedger]
    public var budgets: [BudgetRow]
    public var forecasts: [ForecastRow]
    public var figures: [FigureRow]
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

    public init(organisationName: String, nodes: [OrgNode], mapping: AccountMapping, ledgers: [Int: YearLedger], budgets: [BudgetRow], forecasts: [ForecastRow], figures: [FigureRow], investments: [InvestmentRow], staff: [StaffRow] = [], indicators: [IndicatorRow] = [], activities: [ActivityRow] = [], actionPlans: [ActionPlanRow] = [], texts: [ReportText] = []) {
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

    /// The forecasts reports use: submitted and approved ones. A draft is the committee
    /// controller's work in progress and never reaches a report.
    public var reportedForecasts: [ForecastRow] { forecasts.filter { $0.status == .approved } }

    /// A year figure (`YYYY` key) or nil.
    public func figure(_ key: FigureRow.Key, year: Int) -> FigureRow? {
        figures.first { $0.key == key && $0.year == year && $0.month == nil }
    }
    /// A month-end figure or nil.
    public func figure(_ key: FigureRow.Key, at period: Period) -> Money? {
        figures.first { $0.key == key && $0.year == period.year && $0.month == period.month }?.amount
    }
}
