import Hummingbird

/// The audit log, the whole region's: admin and central controllers only (`Require(.region)`).
struct AuditController: WebController {
    let app: WebApp

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        group.group().add(middleware: Require(permission: .region)).get(RouterPath(Page.audit.url)) { _, context in
            try await app.page(context) { s, _ in await WebApp.html(Pages.audit(try app.store.auditTrail(), session: s))
            }
        }
    }
}
