import BalansCore
import BalansReport
import BalansStore
import Foundation
import Hummingbird

/// Publishing from the web (issue 17, item 5): a central controller fastställer (freezes) a report of a period,
/// after seeing the figures its approved texts quote that the data no longer give and the texts it goes without;
/// once frozen, the page shows what today's data would change. Readers then see it under "Rapporter".
struct PublishController: WebController {
    let app: WebApp

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        let region = group.group().add(middleware: Require(permission: .region))
        region.get("/rapporter/:kind/publicera") { request, context in
            try await app.page(context) { s, data in
                guard let kind = ReportKind(rawValue: try context.pathValue("kind")),
                    let p = WebApp.period(request, data)
                else { return WebApp.notFound(s) }
                let node = request.uri.queryParameters["org"].map { NodeCode(String($0)) }
                if let node, data.tree(for: p.year).node(node) == nil { return WebApp.notFound(s) }
                let message = request.uri.queryParameters["meddelande"].map(String.init)
                return try await Self.page(app, data, kind: kind, period: p, node: node, session: s, message: message)
            }
        }
        region.post("/rapporter/:kind/publicera") { request, context in
            try await app.formPost(request, context) { s, _, request in
                let data = try await app.cache.data()
                guard let kind = ReportKind(rawValue: try context.pathValue("kind")),
                    let p = WebApp.period(request, data)
                else { return WebApp.notFound(s) }
                let node = request.uri.queryParameters["org"].map { NodeCode(String($0)) }
                if let node, data.tree(for: p.year).node(node) == nil { return WebApp.notFound(s) }
                do {
                    let (_, missing) = try await Publishing.freeze(
                        app.store, kind: kind, period: p, node: node, user: s.user.name)
                    let without = missing.isEmpty ? "" : " (utan text: \(missing.count) ställen)"
                    let message = "Rapporten är fastställd\(without)."
                    return WebApp.redirect(.publish(kind: kind.rawValue, period: p, node: node, message: message))
                } catch let failure as InputFailure {
                    let why = failure.issues.map(\.description).joined(separator: "; ")
                    return WebApp.refused(
                        WorkflowError(description: "Rapporten kunde inte fastställas: \(why)"), session: s,
                        back: .publish(kind: kind.rawValue, period: p, node: node))
                }
            }
        }
    }

    static func page(
        _ app: WebApp, _ data: FollowUpData, kind: ReportKind, period p: Period, node: NodeCode?, session s: Session,
        message: String?
    ) async throws -> Response {
        let current = try await app.report(WebApp.ReportKey(kind: kind, period: p, node: node))
        let changes = try await Publishing.changes(
            app.store, data: data, kind: kind, period: p, node: node, current: current)
        let view = PublishView(
            kind: kind, period: p, node: node, report: current, changes: changes,
            stale: Publishing.staleFigures(current, data: data, period: p, node: node), session: s, message: message)
        return WebApp.html(HTML.page("Publicera \(current.title)", session: s, body: view.rendered()))
    }
}

/// The publishing page (`Templates.publish`).
struct PublishView: PageView {
    static let template = "publish"
    var message: String?
    var title, subtitle, action, csrf: String
    var frozenAt: String?
    var sameData: Bool
    var differences: [String]
    var hasDifferences: Bool
    var stale: [Stale]
    var hasStale: Bool
    var missing: [String]
    var hasMissing: Bool
    var links: [ReportsView.FormatLink]

    struct Stale { var place, quoted: String }

    init(
        kind: ReportKind, period p: Period, node: NodeCode?, report: Report,
        changes: (frozen: FrozenReport, differences: [String], sameData: Bool)?, stale: [StaleFigures.Finding],
        session s: Session, message: String?
    ) {
        self.message = message
        title = report.title
        subtitle = report.subtitle
        action = Page.publish(kind: kind.rawValue, period: p, node: node).url
        csrf = s.csrf
        frozenAt = changes.map { HTML.localTime($0.frozen.frozenAt) }
        sameData = changes?.sameData ?? true
        differences = changes?.differences ?? []
        hasDifferences = !differences.isEmpty
        self.stale = stale.map { Stale(place: $0.place, quoted: $0.quoted) }
        hasStale = !stale.isEmpty
        missing = report.published().missing
        hasMissing = !missing.isEmpty
        let formats = ["html", "pdf", "xlsx"]
        links = formats.enumerated().map { i, f in
            ReportsView.FormatLink(
                url: Page.report(kind: kind.rawValue, period: p.description, format: f, frozen: true, node: node).url,
                format: f, last: i == formats.count - 1)
        }
    }
}
