import Hummingbird

/// The audit log, the whole region's: admin and central controllers only (`Require(.region)`). Filtered in SQL by
/// user (`anvandare`), action (`handling`) and Swedish days (`fran`, `till`, both included); the newest 200 entries.
struct AuditController: WebController {
    let app: WebApp
    static let limit = 200

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        group.group().add(middleware: Require(permission: .region)).get(RouterPath(Page.audit().url)) {
            request, context in
            try await app.page(context) { s, _ in
                let q = request.uri.queryParameters
                func given(_ key: Substring) -> String? { q[key].map(String.init).flatMap { $0.isEmpty ? nil : $0 } }
                let filter = Page.AuditFilter(
                    user: given("anvandare"), action: given("handling"), from: given("fran"), to: given("till"))
                let from = filter.from.map { HTML.utcStart(ofLocalDay: $0) }
                let to = filter.to.map { HTML.utcStart(ofLocalDay: $0, after: true) }
                let wrongDay = from == .some(nil) || to == .some(nil)
                let entries =
                    wrongDay
                    ? []
                    : try await app.store.auditTrail(
                        limit: Self.limit, user: filter.user, action: filter.action, from: from ?? nil, to: to ?? nil)
                let facets = try await app.store.auditFacets()
                let view = AuditView(
                    entries, filter: filter, users: facets.users, actions: facets.actions, limit: Self.limit,
                    error: wrongDay ? "Ange datum som ÅÅÅÅ-MM-DD." : nil)
                return WebApp.html(
                    HTML.page("Granskningslogg", session: s, body: view.rendered()),
                    status: wrongDay ? .badRequest : .ok)
            }
        }
    }
}
