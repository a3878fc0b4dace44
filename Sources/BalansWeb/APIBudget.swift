import BalansCore
import BalansImport
import BalansReport
import BalansStore
import Foundation
import Hummingbird

/// The budget template in the JSON API (issue 17, item 4), for admin and central controllers: the workbook (GET), and
/// an upload of it as the request body — the preview as JSON, every wrong cell named; with `save=true` and no
/// problems the year's original budget is replaced (with `basis`, only if it is still the one a preview gave).
extension API {
    static func registerBudget(on router: RouterGroup<WebContext>, app: WebApp) {
        router.get("/api/budget/:year/template") { _, context in
            try await app.api(context) { s, data in
                guard s.may(.region) else { return WebApp.apiError(.forbidden, "the budget is central controllers'") }
                guard let year = Int(try context.pathValue("year")) else {
                    return WebApp.apiError(.notFound, "no such year")
                }
                return XLSXTemplate.download(
                    try BudgetTemplate.workbook(data, year: year), filename: "budget-\(year).xlsx")
            }
        }
        router.post("/api/budget/:year/template") { request, context in
            try await app.apiWrite(request, context, limit: 8 << 20) { s, data, body in
                guard s.may(.region) else { return WebApp.apiError(.forbidden, "the budget is central controllers'") }
                guard let year = Int(try context.pathValue("year")) else {
                    return WebApp.apiError(.notFound, "no such year")
                }
                let (changes, problems) = try XLSXTemplate.reading(body, filename: "body", empty: []) {
                    try BudgetTemplate.read($0, data: data, year: year)
                }
                let query = request.uri.queryParameters
                var saved = false
                if problems.isEmpty, query["save"] == "true" {
                    saved = try await app.store.replaceOriginalBudget(
                        year: year, rows: changes.map(\.new), basis: query["basis"].map(String.init), user: s.user.name)
                    await app.cache.invalidate()
                }
                let stored = BudgetTemplate.rows(data, year: year)
                return WebApp.json(
                    budgetPreviewJSON(
                        year: year, basis: BudgetRow.digest(stored), changes: changes, problems: problems,
                        saved: saved),
                    status: problems.isEmpty ? .ok : .unprocessableContent)
            }
        }
    }

    /// An upload's preview: the basis (the stored rows' digest) to save on, the changed and new rows with their
    /// amounts and months before and after, how many rows stay, and the wrong cells.
    static func budgetPreviewJSON(
        year: Int, basis: String, changes: [BudgetTemplate.Change], problems: [String], saved: Bool
    ) -> JSONValue {
        func months(_ r: BudgetRow?) -> JSONValue { r.map { .array($0.monthly.map { .kronor($0) }) } ?? .null }
        return .object([
            ("year", .number(String(year))), ("basis", .string(basis)), ("saved", .bool(saved)),
            ("problems", .array(problems.map { .string($0) })),
            ("unchanged", .number(String(changes.filter { !$0.changed }.count))),
            (
                "rows",
                .array(
                    changes.filter(\.changed).map { c in
                        .object([
                            ("cell", .string("\(BudgetTemplate.sheet)!A\(c.row)")),
                            ("node", .string(c.new.node.rawValue)),
                            ("account", c.new.account.map { .number(String($0)) } ?? .null),
                            ("previousAmount", .kronor(c.old?.amount)),
                            ("amount", .kronor(c.new.amount)), ("previousMonthly", months(c.old)),
                            ("monthly", months(c.new)),
                        ])
                    })
            ),
        ])
    }
}
