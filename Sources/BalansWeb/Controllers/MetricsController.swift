import Hummingbird

/// GET /metrics: the server's request counts and durations in Prometheus's text format, for
/// the administrator only (`Require(.operate)`): route names and volumes are not for every user.
struct MetricsController: WebController {
    let app: WebApp

    func addRoutes(to group: RouterGroup<WebContext>) {
        let metrics = app.metrics
        group.group().add(middleware: Require(permission: .operate)).get(RouterPath(Page.metrics.url)) { _, _ in
            var r = WebApp.text(metrics.exposition(), type: "text/plain; version=0.0.4; charset=utf-8")
            // Live counters, not the store's data: never kept by `PageCache`.
            r.headers[.cacheControl] = "no-store"
            return r
        }
    }
}
