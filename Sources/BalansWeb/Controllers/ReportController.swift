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
                    let report =
                        s.may(.region)
                        ? try ReportBuilder.build(.ur1, data: data, period: p, node: nil)
                        : try ReportBuilder.build(.namnd, data: data, period: p, node: s.user.node)
                    return WebApp.html(Pages.chapters(report, ids: page.chapterIDs, title: page.title, session: s))
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
        let report: Report
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
            report = try Report.decoded(frozen.value)
        } else {
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
            report = try ReportBuilder.build(kind, data: data, period: p, node: node, planVersion: version)
        }
        let stem = "\(kind.rawValue)-\(p)\(node.map { "-\($0)" } ?? "")"
        func download(_ data: Data, _ type: String, _ ext: String) -> Response {
            Response(
                status: .ok,
                headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(stem).\(ext)\""],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        switch format {
        case "md": return WebApp.text(MarkdownRenderer.render(report), type: "text/markdown; charset=utf-8")
        case "json": return WebApp.text(JSONReportRenderer.render(report), type: "application/json; charset=utf-8")
        case "xlsx":
            return download(
                try XLSXWriter.render(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "xlsx")
        case "csv": return download(try CSVTables.zip(report), "application/zip", "csv.zip")
        case "pdf":
            do {
                // Off the request's thread, bounded and with a time limit (PDFPrinter).
                let pdf = try await PDFPrinter.shared.print(report: report)
                return download(pdf, "application/pdf", "pdf")
            } catch let e as PDFRenderer.Unavailable {
                return WebApp.html(
                    HTML.page("PDF", session: s, body: MessageView(e.description, cssClass: "error").rendered()),
                    status: .serviceUnavailable)
            }
        default: return WebApp.html(HTMLRenderer.render(report))
        }
    }
}

enum ReportKindTitle {
    static func title(_ kind: ReportKind) -> String { ReportLabels.reportTitles[kind.rawValue] ?? kind.rawValue }
}
