import BalansCore
import BalansImport
import BalansStore
import Foundation
import Hummingbird

/// The Excel round-trip of a committee's forecast (issue 17, item 4): the template (GET), the upload with a
/// preview of every change and every wrong cell by name (POST), saved as a draft from the preview through the
/// forecast form's own save.
struct TemplateController: WebController {
    let app: WebApp
    static let xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        group.get(RouterPath(Page.formScript.url)) { _, _ in
            var r = WebApp.text(ForecastFormView.script, type: "text/javascript; charset=utf-8")
            r.headers[.cacheControl] = "private, max-age=3600"
            return r
        }
        group.get("/namnd/:code/prognos/mall") { request, context in
            try await app.page(context) { s, data in
                let code = try context.nodeCode("code")
                guard let p = WebApp.period(request, data), data.tree(for: p.year).node(code) != nil,
                    data.tree(for: p.year).forecastUnit(of: code) == code
                else { return WebApp.notFound(s) }
                guard s.may(.write(code, in: data.tree(for: p.year))) else { return WebApp.forbidden(s) }
                let book = try ForecastTemplate.workbook(data, period: p, committee: code)
                return XLSXTemplate.download(book, filename: "prognos-\(code.rawValue)-\(p).xlsx")
            }
        }
        group.post("/namnd/:code/prognos/mall") { request, context in
            try await XLSXTemplate.upload(request, context) { s, form in
                let data = try await app.cache.data()
                let code = try context.nodeCode("code")
                guard let p = WebApp.period(request, data), data.tree(for: p.year).node(code) != nil else {
                    return WebApp.notFound(s)
                }
                guard s.may(.write(code, in: data.tree(for: p.year))) else { return WebApp.forbidden(s) }
                let state = try await app.store.forecastState(period: p, node: code)
                let file = form.parts["file"]
                let (changes, problems) = try XLSXTemplate.reading(file?.data, filename: file?.filename, empty: []) {
                    try ForecastTemplate.read($0, forms: data, period: p, committee: code)
                }
                let view = UploadView(
                    data, period: p, code: code, state: state, session: s, changes: changes, problems: problems)
                let name = data.tree(for: p.year).node(code)?.name ?? code.rawValue
                return WebApp.html(
                    HTML.page("Inläst prognos \(name)", session: s, body: view.rendered()),
                    status: problems.isEmpty ? .ok : .unprocessableContent)
            }
        }
    }
}

/// The preview of an uploaded forecast (`Templates.upload`): every row that changes, and every wrong cell; without
/// problems a form that saves the whole upload as a draft (each amount exact, through the form's save).
struct UploadView: PageView {
    static let template = "upload"
    var problems: [String]
    var hasProblems, hasChanges, editable: Bool
    var rows: [Row]
    var fields: [Field]
    var action, csrf, version, formURL: String
    var unchanged: String

    struct Row { var name, account, current, new, change, comment: String }
    struct Field { var name, value: String }

    init(
        _ data: FollowUpData, period p: Period, code: NodeCode, state: ForecastState, session s: Session,
        changes: [ForecastTemplate.Change], problems: [String]
    ) {
        let tree = data.tree(for: p.year)
        self.problems = problems
        hasProblems = !problems.isEmpty
        editable = state.status == .draft || state.status == .returned
        action = Page.forecastForm(code, period: p).url
        formURL = action
        csrf = s.csrf
        version = String(state.version)
        let changed = changes.filter { $0.amount != $0.entry.forecast || $0.comment != $0.entry.comment }
        rows = changed.map { c in
            Row(
                name: tree.node(c.entry.node)?.name ?? c.entry.node.rawValue,
                account: c.entry.account.map(String.init) ?? "", current: HTML.kr(c.entry.forecast),
                new: HTML.kr(c.amount), change: HTML.kr(c.amount - c.entry.forecast), comment: c.comment)
        }
        hasChanges = !rows.isEmpty
        unchanged = String(changes.count - changed.count)
        // The form's fields: each amount as a text the save keeps exactly (shown = typed, the öre beside it).
        fields = changes.flatMap { c -> [Field] in
            let text = EntryUnit.tkr.format(c.amount)
            return [
                Field(name: "amount_\(c.index)", value: text), Field(name: "shown_\(c.index)", value: text),
                Field(name: "exact_\(c.index)", value: String(c.amount.ore)),
                Field(name: "comment_\(c.index)", value: c.comment),
            ]
        }
    }
}
