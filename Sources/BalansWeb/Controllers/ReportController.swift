import BalansCore
import BalansReport
import Foundation
import Hummingbird

/// The reports: the list (today's and the frozen ones), a report in every format, and the
/// pages made of report chapters (staff, investments, activities, goals).
struct ReportController: WebController {
    let app: WebApp

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        group.get("/rapporter") { request, context in
            try await app.page(context) { s, data in
                let p = WebApp.period(request, data) ?? Period(year: 2024, month: 1)!
                let kinds =
                    s.may(.region)
                    ? ReportKind.allCases.filter { $0 != .namnd }.map { ($0.rawValue, ReportKindTitle.title($0)) } : []
                return await WebApp.html(
                    Pages.reports(kinds: kinds, frozen: try app.store.frozenReports(), period: p, session: s))
            }
        }
        group.get("/rapporter/:kind") { request, context in
            try await app.page(context) { s, data in
                guard let kind = ReportKind(rawValue: try context.pathValue("kind")) else { return WebApp.notFound(s) }
                let format = request.uri.queryParameters["format"].map(String.init) ?? "html"
                return try await reportResponse(request, session: s, data: data, kind: kind, format: format)
            }
        }
        // Staff, investments, activities: the report chapters of the region (ur1) or, for a
        // committee controller, of the own committee (namnd).
        let chapters = group.group().add(middleware: Require(permission: .followUp))
        for page in Page.ChapterPage.allCases {
            chapters.get(RouterPath(Page.chapters(page, period: nil).url)) { request, context in
                try await app.page(context) { s, data in
                    guard let p = WebApp.period(request, data) else { return WebApp.forbidden(s) }
                    let key =
                        s.may(.region)
                        ? WebApp.ReportKey(kind: .ur1, period: p, node: nil)
                        : WebApp.ReportKey(kind: .namnd, period: p, node: s.user.node)
                    // The chapters as HTML, once per data version; only the page around them is the user's.
                    let body = try await app.cache.memo("chapters\u{1F}\(page.rawValue)\u{1F}\(key)", size: .large) {
                        [app] _ in ChaptersView(try await app.report(key), ids: page.chapterIDs).rendered()
                    }
                    return WebApp.html(HTML.page(page.title, session: s, body: body))
                }
            }
        }
    }

    /// A report in a format: computed from today's data, or the frozen one (`?frozen`, and
    /// always for a reader). Also the API's `/api/reports/:kind` (as JSON).
    func reportResponse(_ request: Request, session s: Session, data: FollowUpData, kind: ReportKind, format: String)
        async throws -> Response
    {
        guard let p = WebApp.period(request, data) else { return WebApp.notFound(s) }
        let node = request.uri.queryParameters["org"].map { NodeCode(String($0)) }
        let stem = "\(kind.rawValue)-\(p)\(node.map { "-\($0)" } ?? "")"
        if request.uri.queryParameters["frozen"] != nil || !s.may(.followUp) {
            // Readers see published reports only.
            guard
                let frozen = try await app.store.frozenReport(
                    kind: kind.rawValue, period: p.description, node: node ?? "")
            else {
                return WebApp.html(
                    HTML.page(
                        "Finns inte", session: s,
                        body: MessageView("Rapporten är inte fastställd.").rendered()),
                    status: .notFound
                )
            }
            guard format == "pdf" else {
                return try WebApp.rendered(try Report.decoded(frozen.value), format: format, stem: stem)
            }
            // Printed once: a fastställd report changes only by being fastställd again (a new time).
            let printed = [frozen.kind, frozen.period, frozen.node.rawValue, frozen.frozenAt, frozen.inputFingerprint]
            return try await pdf(session: s, stem: stem) {
                try await app.cache.memo(
                    "frozen-pdf\u{1F}" + printed.joined(separator: "\u{1F}"), size: .large
                ) { _ in try await app.printer.print(try Report.decoded(frozen.value)) }
            }
        }
        let tree = data.tree(for: p.year)
        // An unknown node is not found, not a failure of the report (it was a 500 with no body).
        if let node, tree.node(node) == nil {
            return WebApp.notFound(s, MessageView("Det finns ingen enhet med koden \(node) \(p.year)."))
        }
        // A committee's report of any kind is read by whoever may read the committee; the
        // region's reports (no node, or the root) need the region.
        let root = tree.root.code
        let allowed =
            kind == .namnd || (node != nil && node != root)
            ? s.may(.read(node ?? root, in: tree)) : s.may(.region)
        guard allowed else { return WebApp.forbidden(s) }
        // A Mål och budget of a named plan version (`?version=`); the other kinds have none.
        let version = kind == .malbudget ? request.uri.queryParameters["version"].map(String.init) : nil
        // Built, rendered and printed once per data version (`WebApp+Reports`).
        let key = WebApp.ReportKey(kind: kind, period: p, node: node, planVersion: version)
        guard format == "pdf" else { return try await app.reportFile(key, format: format, stem: stem) }
        return try await pdf(session: s, stem: stem) { try await app.reportPDF(key) }
    }

    /// A PDF to save, or the page that says printing is not available now.
    func pdf(session s: Session, stem: String, _ print: () async throws -> Data) async throws -> Response {
        do {
            return WebApp.download(try await print(), type: "application/pdf", name: "\(stem).pdf")
        } catch let e as PDFRenderer.Unavailable {
            return WebApp.html(
                HTML.page("PDF", session: s, body: MessageView(e.description, cssClass: "error").rendered()),
                status: .serviceUnavailable)
        }
    }
}

enum ReportKindTitle {
    static func title(_ kind: ReportKind) -> String { ReportLabels.reportTitles[kind.rawValue] ?? kind.rawValue }
}
