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
    /// The report period; `outcome` is accumulated January..its month.
    public var period: Period
    /// The committee (node code) that invests.
    public var node: NodeCode
    /// The investment category.
    public var category: InvestmentCategory
    /// Utfall: the investment outcome January..period, öre, a positive amount (money spent).
    public var outcome: Money
    /// Budget helår: the year's investment budget, öre; nil when not given: a committee's total then has no budget
    /// (the region's table counts it as zero), nor has självfinansieringsgraden on the budget basis.
    public var budget: Money?
    /// Prognos helår: the full-year investment forecast, öre; nil when not given: a committee's total then has no
    /// forecast (the region's table counts it as zero), nor has självfinansieringsgraden on the forecast basis.
    public var forecast: Money?
    /// The project (investeringsprojekt) the row is for; nil for a committee's category total.
    public var project: String?
    /// The project's figures over its whole life (seed 003 3.4 "Större enskilda investeringar").
    public var projectTotals: ProjectTotals?
    /// An investment row; a row with `project` is a project, `projectTotals` only with one.
    public init(
        period: Period, node: NodeCode, category: InvestmentCategory, outcome: Money, budget: Money?, forecast: Money?,
        project: String? = nil, projectTotals: ProjectTotals? = nil
    ) {
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
    /// A project's lifetime figures.
    public init(site: String, budget: Money?, outcome: Money?, forecast: Money?, finishedYear: Int?) {
        self.site = site
        self.budget = budget
        self.outcome = outcome
        self.forecast = forecast
        self.finishedYear = finishedYear
    }
}

private struct InvestmentTotalKey: Hashable {
    var period: Period, node: NodeCode, category: InvestmentCategory
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
