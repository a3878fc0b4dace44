import BalansCore
import BalansImport
import BalansStore
import Foundation
import Hummingbird

/// The detailed budget's Excel round-trip (issue 18, item 4): the template of the committee's rows (GET
/// `/namnd/CODE/detaljbudget/mall?ar=`), its upload with a preview and every wrong cell by name (POST), and the save
/// from the preview (POST with `action=save`: the same file, checked again, saved as a draft on the version the
/// preview was made on). The staff rows stay as saved.
extension DetailedBudgetController {
    func addTemplateRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        group.get("/namnd/:code/detaljbudget/mall") { request, context in
            try await app.page(context) { s, data in
                let code = try context.nodeCode("code")
                guard let year = Self.year(request, data),
                    data.tree(for: year).committees.contains(where: { $0.code == code })
                else { return WebApp.notFound(s) }
                guard s.may(.write(code, in: data.tree(for: year))) else { return WebApp.forbidden(s) }
                var (budget, state) = try await app.store.detailedBudget(year: year, committee: code)
                if state.version == 0 { budget = DetailedBudget.starting(from: data, committee: code, year: year) }
                return XLSXTemplate.download(
                    try DetailedBudgetTemplate.workbook(data, budget: budget),
                    filename: "detaljbudget-\(code.rawValue)-\(year).xlsx")
            }
        }
        group.post("/namnd/:code/detaljbudget/mall") { request, context in
            try await XLSXTemplate.upload(request, context) { s, form in
                try await upload(request, s, form, code: try context.nodeCode("code"))
            }
        }
    }

    func upload(_ request: Request, _ s: Session, _ form: Multipart, code: NodeCode) async throws -> Response {
        let data = try await app.cache.data()
        guard let year = Self.year(request, data), data.tree(for: year).committees.contains(where: { $0.code == code })
        else { return WebApp.notFound(s) }
        guard s.may(.write(code, in: data.tree(for: year))) else { return WebApp.forbidden(s) }
        let saving = form.text("action") == "save"
        let bytes = saving ? form.text("book").flatMap { Data(base64Encoded: $0) } : form.parts["file"]?.data
        let filename = saving ? form.text("filename") : form.parts["file"]?.filename
        let (stored, state) = try await app.store.detailedBudget(year: year, committee: code)
        let shown = state.version == 0 ? DetailedBudget.starting(from: data, committee: code, year: year) : stored
        let (lines, problems) = try XLSXTemplate.reading(bytes, filename: filename, empty: []) {
            try DetailedBudgetTemplate.read($0, data: data, year: year, committee: code, rows: shown.lines.count)
        }
        let budget = DetailedBudget(year: year, committee: code, lines: lines, staff: stored.staff)
        var error = problems
        let version = Int(form.text("version") ?? "") ?? state.version
        if saving, problems.isEmpty {
            do {
                _ = try await app.store.saveDetailedBudget(budget, expectedVersion: version, user: s.user.name)
                let message = "Detaljbudgeten är inläst från mallen och sparad som utkast (\(lines.count) rader)."
                return WebApp.redirect(.detailedBudget(code, year: year, message: message))
            } catch let e as any WorkflowRefusal {
                error = [e.description]
            }
        }
        let view = DetailedBudgetUploadView(
            data, budget: budget, session: s, version: version, problems: error, book: bytes,
            filename: filename ?? "detaljbudget.xlsx")
        return WebApp.html(
            HTML.page("Inläst detaljbudget \(year)", session: s, body: view.rendered()),
            status: error.isEmpty ? .ok : saving && problems.isEmpty ? .conflict : .unprocessableContent)
    }
}

/// The preview of an uploaded detailed budget (`Templates.detailedBudgetUpload`): the wrong cells, or the rows read
/// with the frame, net cost and remainder they give, and the save.
struct DetailedBudgetUploadView: PageView {
    static let template = "detailedBudgetUpload"
    var year, name, action, csrf, version, book, filename, backURL: String
    var problems: [String]
    var hasProblems: Bool
    var summary: DetailedBudgetSummary
    var rows: [Row]

    struct Row { var place, line, account, amount, profile: String }

    init(
        _ data: FollowUpData, budget: DetailedBudget, session s: Session, version: Int, problems: [String],
        book: Data?, filename: String
    ) {
        let tree = data.tree(for: budget.year)
        year = String(budget.year)
        name = tree.node(budget.committee)?.name ?? budget.committee.rawValue
        action = Page.detailedBudgetTemplate(budget.committee, year: budget.year).url
        backURL = Page.detailedBudget(budget.committee, year: budget.year).url
        csrf = s.csrf
        self.version = String(version)
        self.book = book?.base64EncodedString() ?? ""
        self.filename = filename
        self.problems = problems
        hasProblems = !problems.isEmpty
        summary = DetailedBudgetSummary(data, year: budget.year, committee: budget.committee, budget: budget)
        rows = budget.lines.enumerated().map { i, l in
            let profile: String
            switch l.profile {
            case .even: profile = "Jämn"
            case .lastYear: profile = "Fjolårets utfall"
            case .typed: profile = "Egen (vikter)"
            }
            return Row(
                place: "\(DetailedBudgetTemplate.sheet) rad \(i + 1)", line: tree.node(l.node)?.name ?? l.node.rawValue,
                account: String(l.account), amount: HTML.kronor(l.amount), profile: profile)
        }
    }
}
