import BalansCore
import BalansImport
import BalansStore
import Foundation
import Hummingbird

/// The Excel round-trip of the year's original budget and monthly profiles (issue 17, item 4), for admin and central
/// controllers (`Require(.region)`): the template (GET `/budget/mall?ar=`), the upload with a preview of every change
/// and every wrong cell by name (POST), and the save from the preview (POST with `action=save`: the same file, checked
/// again, replaces the year's original budget if it is still the one previewed).
struct BudgetTemplateController: WebController {
    let app: WebApp

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        let region = group.group().add(middleware: Require(permission: .region))
        region.get(RouterPath(Page.budgetTemplate(year: nil).url)) { request, context in
            try await app.page(context) { s, data in
                guard let year = BudgetController.year(request.uri.queryParameters["ar"].map(String.init), data) else {
                    return WebApp.notFound(s)
                }
                // The whole region's budget as a workbook: made once per data version (25 ms, 2 s under load).
                let book = try await app.cache.memo("budget-template-\(year)", size: .large) { d in
                    try BudgetTemplate.workbook(d, year: year)
                }
                return XLSXTemplate.download(book, filename: "budget-\(year).xlsx")
            }
        }
        region.post(RouterPath(Page.budgetTemplate(year: nil).url)) { request, context in
            try await XLSXTemplate.upload(request, context) { s, form in
                let data = try await app.cache.data()
                guard let text = request.uri.queryParameters["ar"], let year = Int(String(text)) else {
                    return WebApp.notFound(s)
                }
                let saving = form.text("action") == "save"
                let bytes = saving ? form.text("book").flatMap { Data(base64Encoded: $0) } : form.parts["file"]?.data
                let filename = saving ? form.text("filename") : form.parts["file"]?.filename
                let (changes, problems) = try XLSXTemplate.reading(bytes, filename: filename, empty: []) {
                    try BudgetTemplate.read($0, data: data, year: year)
                }
                var error = problems
                if saving, problems.isEmpty {
                    do {
                        let changed = try await app.store.replaceOriginalBudget(
                            year: year, rows: changes.map(\.new), basis: form.text("basis"), user: s.user.name)
                        await app.cache.invalidate()
                        let n = changes.filter(\.changed).count
                        let message =
                            changed ? "Budgeten \(year) är inläst från mallen (\(n) rader)." : "Inget ändrades."
                        return WebApp.redirect(.budget(year: year, message: message))
                    } catch let e as BudgetChangedSince {
                        error = [e.description]
                    } catch let e as InputFailure {
                        error = e.issues.map(\.message)
                    }
                }
                let view = BudgetUploadView(
                    data, year: year, session: s, changes: changes, problems: error, book: bytes,
                    filename: filename ?? "budget.xlsx")
                return WebApp.html(
                    HTML.page("Inläst budget \(year)", session: s, body: view.rendered()),
                    status: error.isEmpty ? .ok : saving && problems.isEmpty ? .conflict : .unprocessableContent)
            }
        }
    }
}
