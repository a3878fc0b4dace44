import BalansCore
import BalansReport
import BalansStore
import Foundation

/// The status board (`Templates.status`, issue 17): each committee's forecast of the period — not started, draft,
/// submitted, returned or approved — by whom and when in Swedish local time, and overdue after the deadline while
/// not submitted or approved.
struct StatusView: PageView, MustacheView {
    static let template = "status"
    var span: String
    var message, error, due: String?
    var dueValue, action, csrf: String
    var reported, committees: Int
    var rows: [Row]

    struct Row: MustacheView {
        var name, url, status, by, at: String
        var review: String?
        var overdue: Bool
    }

    init(
        _ data: FollowUpData, period p: Period, states: [NodeCode: ForecastState], due: String?, session s: Session,
        message: String?, error: String?, today: Date = Date()
    ) {
        span = ReportLabels.longSpan(p.year, p.month)
        self.message = message
        self.error = error
        self.due = due
        dueValue = due ?? ""
        action = Page.statusDeadline(period: p).url
        csrf = s.csrf
        let late = due.map { HTML.localDay(today) > $0 } ?? false
        let reporting = Reporting(data, period: p, states: states)
        rows = reporting.committees.map { c in
            let unstarted = c.fromFile ? "Godkänd (inläst från fil)" : "Ej påbörjad"
            return Row(
                name: c.name, url: Page.committee(c.code, period: p).url,
                status: c.state.flatMap { Labels.status[$0.status] } ?? unstarted, by: c.state?.updatedBy ?? "",
                at: HTML.localTime(c.state?.updatedAt ?? ""),
                review: c.state == nil ? nil : Page.forecastReview(c.code, period: p).url, overdue: late && !c.reported)
        }
        self.reported = reporting.committees.filter(\.reported).count
        committees = rows.count
    }
}
