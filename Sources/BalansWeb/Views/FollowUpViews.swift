import BalansCore
import BalansReport
import BalansStore

/// A committee or group (`Templates.committee`): its lines with outcome, budget and
/// forecast, each a link to its accounts; the forecast workflow's status and actions.
struct CommitteeView: PageView, MustacheView {
    static let template = "committee"
    var message: String?
    var span: String
    var status: String
    var stateVersion: StateVersion?
    var stateComment: String?
    var rows: [Row]
    var forecastLink: ForecastLink?
    var followUp: String
    var review: Review?
    /// The committee's detailed budget (issue 18, item 4), on a committee's page.
    var detailedBudget: String?
    var csrf: String

    struct StateVersion: MustacheView { var number, by: String }
    struct Row: MustacheView {
        var total: Bool
        var indent, name: String
        var cells: [Cell]
    }
    struct Cell: MustacheView {
        var link: String?
        var amount: String
        /// A negative deviation, marked `neg` (outcome and budget are negative by the report sign: not marked).
        var neg = false
    }
    struct ForecastLink: MustacheView {
        var url: String
        /// The committee's name when the form is the committee's above this node.
        var whole: String?
    }
    struct Decision: MustacheView { var approveURL, returnURL, version: String }
    struct Review: MustacheView { var url, label: String }

    init(
        _ data: FollowUpData, period p: Period, code: NodeCode, state: ForecastState, session s: Session,
        message: String?, statement: OperatingStatement? = nil
    ) {
        let tree = data.tree(for: p.year)
        self.message = message
        span = ReportLabelsWeb.longSpan(p)
        status =
            state.version == 0
            ? "ingen inlämnad för perioden (rapporterna visar den inlästa)" : Labels.status[state.status] ?? ""
        stateVersion = state.version > 0 ? StateVersion(number: String(state.version), by: state.updatedBy) : nil
        stateComment = state.comment.isEmpty ? nil : state.comment
        rows = (statement ?? OperatingStatement.compute(data, period: p, root: code)).rows.map { r in
            // Every figure of a line is a link to its accounts; a group's to the group's own page.
            let target: Page? =
                r.isLeaf ? .line(r.code, period: p) : (r.code == code ? nil : .committee(r.code, period: p))
            let f = r.figures
            return Row(
                total: r.code == code, indent: "\(0.5 + Double(r.depth) * 1.2)", name: r.name,
                cells: [f.outcome, f.budgetToDate, f.forecast, f.annualBudget].map {
                    Cell(link: target?.url, amount: HTML.mnkr($0))
                } + [
                    Cell(
                        link: target?.url, amount: HTML.mnkr(f.forecastDeviation),
                        neg: HTML.mnkr(f.forecastDeviation).hasPrefix("\u{2212}"))
                ])
        }
        // The forecast is entered for the whole committee (its lines belong to it).
        if let unit = tree.forecastUnit(of: code), s.may(.write(unit, in: tree)) {
            forecastLink = ForecastLink(
                url: Page.forecastForm(unit, period: p).url,
                whole: unit == code ? nil : tree.node(unit)?.name ?? unit.rawValue)
        }
        followUp = Page.followUp(code, period: p).url
        // The year being planned where the committee is in its tree, else the page's year.
        if tree.committees.contains(where: { $0.code == code }) {
            let planned = DetailedBudgetController.defaultYear(data)
            let exists = planned.map { y in data.tree(for: y).committees.contains { $0.code == code } } ?? false
            detailedBudget = Page.detailedBudget(code, year: exists ? nil : p.year).url
        }
        // The decision is taken on the review, beside what was submitted (issue 17).
        if tree.forecastUnit(of: code) == code && state.version > 0 {
            let label =
                s.may(.approve) && state.status == .submitted
                ? "Granska den inlämnade prognosen" : "Prognosens versioner och kommentarer"
            review = Review(url: Page.forecastReview(code, period: p).url, label: label)
        }
        csrf = s.csrf
    }
}

/// A line (`Templates.line`): its accounts with outcome to the period, each a link to the rows.
struct LineView: PageView, MustacheView {
    static let template = "line"
    var back: String?
    var span: String
    var accounts: [Account]
    var totalOutcome, totalBudget, totalForecast: String

    struct Account: MustacheView {
        var label: String
        var rowsURL: String?
        var outcome, annualBudget, forecast: String
    }

    init(
        _ data: FollowUpData, period p: Period, code: NodeCode, accountNames: [Int: String], session s: Session,
        accounts computed: [AccountFigures]? = nil
    ) {
        let tree = data.tree(for: p.year)
        let accounts = computed ?? AccountBreakdown.compute(data, node: code, period: p)
        // Back to the group above, when the reader may open it (a user scoped to this line may not).
        back = tree.node(code)?.parent.flatMap { s.may(.read($0, in: tree)) ? Page.committee($0, period: p).url : nil }
        span = ReportLabelsWeb.longSpan(p)
        self.accounts = accounts.map { a in
            Account(
                label: a.account.map { "\($0) \(accountNames[$0] ?? "")" } ?? "Utan konto",
                rowsURL: a.account.map { Page.account(code, account: $0, period: p).url }, outcome: HTML.kr(a.outcome),
                annualBudget: HTML.kr(a.annualBudget), forecast: HTML.kr(a.forecast))
        }
        totalOutcome = HTML.kr(accounts.map(\.outcome).sum())
        totalBudget = HTML.kr(accounts.map(\.annualBudget).sum())
        totalForecast = HTML.kr(accounts.map(\.forecast).sum())
    }
}
