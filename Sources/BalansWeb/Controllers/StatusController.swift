import BalansCore
import BalansStore
import Foundation
import Hummingbird

/// The status board of the committees' reporting (issue 17, item 1): admin and central controllers see, per period,
/// which committees have not started, drafted, submitted, been returned or approved, by whom and when, and set the
/// period's deadline (sista dag), after which a committee that has not submitted is marked overdue.
struct StatusController: WebController {
    let app: WebApp

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        let region = group.group().add(middleware: Require(permission: .region))
        region.get(RouterPath(Page.status(period: nil).url)) { request, context in
            try await app.page(context) { s, data in
                guard let p = WebApp.period(request, data) else { return WebApp.notFound(s) }
                let message = request.uri.queryParameters["meddelande"].map(String.init)
                return try await Self.page(app, data, period: p, session: s, message: message, error: nil)
            }
        }
        region.post(RouterPath(Page.statusDeadline(period: nil).url)) { request, context in
            try await app.formPost(request, context) { s, form, request in
                let data = try await app.cache.data()
                guard let p = WebApp.period(request, data) else { return WebApp.notFound(s) }
                let due = (form["due"] ?? "").trimmingCharacters(in: .whitespaces)
                guard due.isEmpty || Period(day: due) != nil else {
                    let error = "Sista dag \"\(due)\" är inte ett datum (ÅÅÅÅ-MM-DD)."
                    return try await Self.page(app, data, period: p, session: s, message: nil, error: error)
                }
                try await app.store.setDeadline(period: p, due: due.isEmpty ? nil : due, user: s.user.name)
                let message = due.isEmpty ? "Sista dagen är borttagen." : "Sista dag är satt till \(due)."
                return WebApp.redirect(.status(period: p, message: message))
            }
        }
    }

    static func page(
        _ app: WebApp, _ data: FollowUpData, period p: Period, session s: Session, message: String?, error: String?
    ) async throws -> Response {
        let view = StatusView(
            data, period: p, states: try await app.store.forecastStates(period: p),
            due: try await app.store.deadline(period: p), session: s, message: message, error: error)
        return WebApp.html(
            Pages.status(view, period: p, session: s), status: error == nil ? .ok : .unprocessableContent)
    }
}
