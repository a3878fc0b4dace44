import BalansCore
import BalansReport
import BalansStore
import Foundation

/// The status board (`Templates.status`, issue 17): each committee's forecast of the period — not started, draft,
/// submitted, returned or approved — by whom and when in Swedish local time, and overdue after the deadline while
/// not submitted or approved.
struct StatusView: PageView {
    static let template = "status"
    var span: String
    var message, error, due: String?
    var dueValue, action, csrf: String
    var reported, committees: Int
    var rows: [Row]

    struct Row {
        var name, url, status, by, at: String
        var overdue: Bool
    }

    /// Sweden's time: the audit trail and the board show it, the store keeps UTC.
    static let stockholm = TimeZone(identifier: "Europe/Stockholm") ?? .gmt

    init(
        _ data: FollowUpData, period p: Period, states: [NodeCode: ForecastState], due: String?, session s: Session,
        message: String?, error: String?, today: Date = Date()
    ) {
        let tree = data.tree(for: p.year)
        span = ReportLabels.longSpan(p.year, p.month)
        self.message = message
        self.error = error
        self.due = due
        dueValue = due ?? ""
        action = Page.statusDeadline(period: p).url
        csrf = s.csrf
        let day = DateFormatter()
        day.locale = Locale(identifier: "sv_SE")
        day.timeZone = Self.stockholm
        day.dateFormat = "yyyy-MM-dd"
        let late = due.map { day.string(from: today) > $0 } ?? false
        let time = DateFormatter()
        time.locale = Locale(identifier: "sv_SE")
        time.timeZone = Self.stockholm
        time.dateFormat = "yyyy-MM-dd HH:mm"
        let iso = ISO8601DateFormatter()
        // A forecast read in from a file (`balans import forecast`) is approved without a step of the workflow.
        let imported = Set(
            data.reportedForecasts.filter { $0.period == p }.compactMap { tree.forecastUnit(of: $0.node) })
        var reported = 0
        rows = tree.committees.map { committee in
            let state = states[committee.code]
            let fromFile = state == nil && imported.contains(committee.code)
            let done = fromFile || (state.map { $0.status == .submitted || $0.status == .approved } ?? false)
            if done { reported += 1 }
            let unstarted = fromFile ? "Godkänd (inläst från fil)" : "Ej påbörjad"
            let status = state.flatMap { Labels.status[$0.status] } ?? unstarted
            return Row(
                name: committee.name, url: Page.committee(committee.code, period: p).url, status: status,
                by: state?.updatedBy ?? "", at: state.flatMap { iso.date(from: $0.updatedAt) }.map(time.string) ?? "",
                overdue: late && !done)
        }
        committees = rows.count
        self.reported = reported
    }
}
