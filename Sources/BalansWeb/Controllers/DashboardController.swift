import BalansCore
import BalansReport
import Hummingbird

/// "/": the region at a glance for admin and central controllers; a committee controller goes
/// on to the own committee, a reader to the published reports.
struct DashboardController: WebController {
    let app: WebApp

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        group.get("/") { request, context in
            try await app.page(context) { s, data in
                guard s.may(.followUp) else { return WebApp.redirect(.reports(period: nil)) }
                guard let p = WebApp.period(request, data) else {
                    let body = MessageView("Ingen huvudbok är inläst.").rendered()
                    return WebApp.html(HTML.page("Översikt", session: s, body: body))
                }
                guard s.may(.region) else { return WebApp.redirect(.committee(s.user.node, period: p)) }
                let body = try await Self.body(app, period: p, session: s)
                return WebApp.html(HTML.page("Översikt \(data.tree(for: p.year).root.name)", session: s, body: body))
            }
        }
    }

    /// Admin and central controllers see the same region: its page body is built once per data
    /// version and period, then only wrapped in the user's page.
    static func body(_ app: WebApp, period p: Period, session s: Session) async throws -> String {
        try await app.cache.memo("dashboard-\(p)", size: .small) { data in
            let op = OperatingStatement.compute(data, period: p)
            let ratios = KeyRatioReport.compute(data, period: p)
            // The charts are the region report's own (forecast deviation per committee,
            // the key ratios over the years, the result month by month).
            // The region's report of the period, shared with its page, downloads and chapters.
            let report = try await app.report(WebApp.ReportKey(kind: .ur1, period: p, node: nil))
            let charts = report.allBlocks.filter {
                switch $0 {
                case .chart, .lineChart: return true
                default: return false
                }
            }
            let chartHTML = HTMLRenderer.fragment(Chapter(id: "diagram", title: "", blocks: Array(charts.prefix(3))))
            return Pages.dashboardBody(data, period: p, session: s, statement: op, ratios: ratios, charts: chartHTML)
        }
    }
}
