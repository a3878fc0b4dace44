import BalansCore
import BalansReport
import Foundation

/// The dashboard's content (`Templates.dashboard`, without the page around it, which
/// carries the user): the same for every central controller, so it is computed once per data
/// version and period.
struct DashboardView: PageView, MustacheView {
    static let template = "dashboard"
    var span: String
    var reports: String
    /// The key ratios and deficits, for admin and central controllers.
    var region: Region?
    var committees: [Committee]
    /// The charts' HTML, from the region report (`HTMLRenderer.fragment`).
    var charts: String
    /// The deficit from which a committee's light is red, as the legend says it.
    var threshold: String
    /// The previous report period with forecasts, for the change column ("–" without one).
    var previous: String
    /// The month columns of the development table, and each committee's row.
    var monthNames: [String]
    var developments: [Development]
    var year: String

    struct Region: MustacheView {
        var month, year, outcome, deviation, netCostShare, equityRatio: String
        var negative: Bool
        var outcomeNegative: Bool
        var anyDeficit: Bool
        var deficits: [Deficit]
        var goals: [Goal]
    }
    struct Deficit: MustacheView {
        var url, name, amount: String
        var last: Bool
    }
    struct Committee: MustacheView {
        var url, name: String
        var outcome, budgetToDate, deviationToDate, forecastDeviation, forecastChange: Figure
        var light: Light
    }

    init(
        _ data: FollowUpData, period p: Period, session s: Session, statement op: OperatingStatement,
        ratios r: KeyRatioReport, charts: String
    ) {
        let tree = data.tree(for: p.year)
        span = ReportLabelsWeb.longSpan(p)
        reports = Page.reports(period: nil).url
        if s.may(.region) {
            func pct(_ d: Decimal?) -> String { d.map { SwedishNumberFormat.percent($0, decimals: 1) } ?? "–" }
            let deficits = op.committeesWithForecastDeficit
            region = Region(
                month: String(p.month), year: String(p.year), outcome: HTML.mnkrWhole(op.root.figures.outcome),
                deviation: HTML.mnkrWhole(op.root.figures.forecastDeviation),
                netCostShare: pct(r.forecast.netCostShare?.total), equityRatio: pct(r.outcome.equityRatio),
                negative: op.root.figures.forecastDeviation < .zero,
                outcomeNegative: HTML.mnkrWhole(op.root.figures.outcome).hasPrefix("\u{2212}"),
                anyDeficit: !deficits.isEmpty,
                deficits: deficits.enumerated().map { i, c in
                    Deficit(
                        url: Page.committee(c.code, period: p).url, name: c.name,
                        amount: HTML.mnkr(c.figures.forecastDeviation), last: i == deficits.count - 1)
                }, goals: data.policy.financialGoals.map { Goal($0, r) })
        }
        let threshold = data.policy.largerDeviationThreshold
        committees = op.rows.filter { $0.kind == .committee && s.may(.read($0.code, in: tree)) }.map { c in
            let f = c.figures
            return Committee(
                url: Page.committee(c.code, period: p).url, name: c.name,
                outcome: Figure(HTML.mnkr(f.outcome), marked: false),
                budgetToDate: Figure(HTML.mnkr(f.budgetToDate), marked: false),
                deviationToDate: Figure(HTML.mnkr(f.deviationToDate)),
                forecastDeviation: Figure(HTML.mnkr(f.forecastDeviation)),
                forecastChange: Figure(f.forecastChange.map(HTML.mnkr) ?? "–"),
                light: Light(deviation: TrafficLight.forecastDeviation(f.forecastDeviation, threshold: threshold)))
        }
        self.threshold = HTML.mnkrWhole(threshold)
        previous = op.previousForecastPeriod.map { ReportLabelsWeb.longSpan($0) } ?? "–"
        year = String(p.year)
        monthNames = Self.monthNames(p.month)
        developments = MonthlyOutcome.committees(data, period: p).filter { s.may(.read($0.code, in: tree)) }.map {
            Development($0, period: p)
        }
        self.charts = charts
    }
}

/// A page made of report chapters (`Templates.chapters`): staff, investments, goals and
/// activities are the same values as in the reports (`ids` lists the chapters wanted), for
/// the region or, for a committee controller, the own committee.
struct ChaptersView: PageView, MustacheView {
    static let template = "chapters"
    var subtitle: String
    var found: [Found]

    struct Found: MustacheView {
        var title: String
        /// The chapter as the HTML report renders it.
        var html: String
    }

    init(_ report: Report, ids: [String]) {
        subtitle = report.subtitle
        found = report.chapters.filter { ids.contains($0.id) }.map {
            Found(title: $0.title, html: HTMLRenderer.fragment($0))
        }
    }
}
