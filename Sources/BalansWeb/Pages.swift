import BalansCore
import BalansReport
import BalansStore
import Foundation

/// The HTML pages. Each is a function of the data snapshot and the session: the figures come
/// from BalansCore, the same computations as the reports (no figure computed twice).
enum Pages {
    typealias H = HTML

    static func login(error: String?, csrf: String, name: String = "", organisations: [LoginView.Choice] = []) -> String
    {
        let view = LoginView(
            error: error, csrf: csrf, name: name, organisations: organisations,
            chooseOrganisation: !organisations.isEmpty)
        return H.page("Logga in", session: nil, body: view.rendered())
    }

    /// The region at a glance: the dashboard's content, without the page around it.
    static func dashboardBody(
        _ data: FollowUpData, period p: Period, session s: Session, statement op: OperatingStatement,
        ratios r: KeyRatioReport, charts: String
    ) -> String {
        DashboardView(data, period: p, session: s, statement: op, ratios: r, charts: charts).rendered()
    }

    /// A committee: its lines with outcome, budget and forecast, each a link to its accounts;
    /// the forecast workflow's status and actions.
    static func committee(
        _ data: FollowUpData, period p: Period, code: NodeCode, state: ForecastState, session s: Session,
        message: String?, statement: OperatingStatement? = nil
    ) -> String {
        let view = CommitteeView(
            data, period: p, code: code, state: state, session: s, message: message, statement: statement)
        return H.page(data.tree(for: p.year).node(code)?.name ?? code.rawValue, session: s, body: view.rendered())
    }

    /// The forecast form of a committee.
    static func forecastForm(
        _ view: ForecastFormView, _ data: FollowUpData, period p: Period, code: NodeCode, session s: Session
    ) -> String {
        let name = data.tree(for: p.year).node(code)?.name ?? code.rawValue
        return H.page("Prognos \(name)", session: s, body: view.rendered())
    }

    /// A line: its accounts with outcome to the period, each a link to the rows.
    static func line(
        _ data: FollowUpData, period p: Period, code: NodeCode, accountNames: [Int: String], session s: Session,
        accounts: [AccountFigures]? = nil
    ) -> String {
        let view = LineView(data, period: p, code: code, accountNames: accountNames, session: s, accounts: accounts)
        return H.page(data.tree(for: p.year).node(code)?.name ?? code.rawValue, session: s, body: view.rendered())
    }

    /// A page of an account's rows on a line.
    static func drillDown(_ view: DrillDownView, title: String, session s: Session) -> String {
        H.page(title, session: s, body: view.rendered())
    }

    /// A voucher as its reader may see it.
    static func voucher(_ view: VoucherView, session s: Session) -> String {
        H.page("Verifikation \(view.series) \(view.number)", session: s, body: view.rendered())
    }

    /// A year's budget and its changes, with the form; `error` and `form` when an entry was refused.
    static func budget(
        _ data: FollowUpData, year: Int, session s: Session, message: String? = nil, error: String? = nil,
        form: [String: String] = [:]
    ) -> String {
        let view = BudgetView(data, year: year, session: s, message: message, error: error, form: form)
        return H.page("Budget \(year)", session: s, body: view.rendered())
    }

    /// The status board of a period.
    static func status(_ view: StatusView, period p: Period, session s: Session) -> String {
        H.page("Rapportering \(ReportLabels.longSpan(p.year, p.month))", session: s, body: view.rendered())
    }

    static func reports(kinds: [(String, String)], frozen: [FrozenReport], period p: Period, session s: Session)
        -> String
    {
        H.page(
            "Rapporter", session: s, body: ReportsView(kinds: kinds, frozen: frozen, period: p, session: s).rendered())
    }
}

extension Pages {
    /// A page made of report chapters, for the region or the own committee.
    static func chapters(_ report: Report, ids: [String], title: String, session s: Session) -> String {
        H.page(title, session: s, body: ChaptersView(report, ids: ids).rendered())
    }
}

enum ReportLabelsWeb {
    static func longSpan(_ p: Period) -> String { ReportLabels.longSpan(p.year, p.month) }
}
