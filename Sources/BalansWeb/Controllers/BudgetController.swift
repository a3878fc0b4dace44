import BalansCore
import BalansReport
import BalansStore
import Foundation
import Hummingbird

/// The year's budget and the register of its changes (issue 16 item 4): the central controller enters a
/// decision's change — its date, kind, reference and the lines it moves money between — and the store keeps it
/// as dated rows on top of the original budget, with the audit trail. Admin and central controllers only
/// (`Require(.region)`).
struct BudgetController: WebController {
    let app: WebApp
    /// Lines a change may touch in one entry.
    static let rowCount = 4

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        let region = group.group().add(middleware: Require(permission: .region))
        region.get(RouterPath(Page.budget(year: nil).url)) { request, context in
            try await app.page(context) { s, data in
                let query = request.uri.queryParameters
                guard let year = Self.year(query["ar"].map(String.init), data) else { return WebApp.notFound(s) }
                return WebApp.html(
                    Pages.budget(data, year: year, session: s, message: query["meddelande"].map(String.init)))
            }
        }
        region.post("/budget/andring") { request, context in
            try await app.formPost(request, context) { s, form, request in
                let data = try await app.cache.data()
                guard let text = request.uri.queryParameters["ar"], let year = Int(String(text)) else {
                    return WebApp.notFound(s)
                }
                let (rows, problems) = Self.rows(form, data: data, year: year, user: s.user.name)
                guard problems.isEmpty else {
                    return WebApp.html(
                        Pages.budget(data, year: year, session: s, error: problems.joined(separator: " "), form: form),
                        status: .unprocessableContent)
                }
                try await app.store.addBudgetChange(rows, user: s.user.name)
                await app.cache.invalidate()
                let message = "Budgetändringen är registrerad (\(rows.count) rader)."
                return WebApp.redirect(.budget(year: year, message: message))
            }
        }
    }

    /// The year asked for, else the newest year with a budget, else the newest ledger's.
    static func year(_ text: String?, _ data: FollowUpData) -> Int? {
        if let text { return Int(text) }
        return data.budgets.map(\.year).max() ?? data.ledgers.keys.max()
    }

    /// The form's change as budget rows (evenly periodised, as a budget row without a profile), and what is wrong with
    /// it, in Swedish for the person who entered it.
    static func rows(_ form: [String: String], data: FollowUpData, year: Int, user: String)
        -> (rows: [BudgetRow], problems: [String])
    {
        var problems: [String] = []
        let date = (form["date"] ?? "").trimmingCharacters(in: .whitespaces)
        let period = Period(day: date)
        if period?.year != year {
            problems.append("Beslutsdatum \"\(date)\" är inte ett datum i \(year) (ÅÅÅÅ-MM-DD).")
        }
        let kind = BudgetChange.Kind(rawValue: form["kind"] ?? "")
        if kind == nil { problems.append("Välj slag av budgetändring.") }
        let reference = (form["reference"] ?? "").trimmingCharacters(in: .whitespaces)
        if let why = InputText.problem(in: reference, multiline: false) { problems.append("Beslutet \(why).") }
        let tree = data.tree(for: year)
        var rows: [BudgetRow] = []
        for i in 0..<rowCount {
            let node = (form["node_\(i)"] ?? "").trimmingCharacters(in: .whitespaces)
            let accountText = (form["account_\(i)"] ?? "").trimmingCharacters(in: .whitespaces)
            let amountText = (form["amount_\(i)"] ?? "").replacingOccurrences(of: " ", with: "")
                .replacingOccurrences(of: "\u{00A0}", with: "").replacingOccurrences(of: "−", with: "-")
            if node.isEmpty && amountText.isEmpty && accountText.isEmpty { continue }
            let place = "Rad \(i + 1):"
            guard tree.node(NodeCode(node)) != nil else {
                problems.append("\(place) \"\(node)\" är ingen budgetrad \(year).")
                continue
            }
            let account = accountText.isEmpty ? nil : Int(accountText)
            if !accountText.isEmpty && (account == nil || account! < 1000) {  // safe: checked nil first
                problems.append("\(place) \"\(accountText)\" är inget kontonummer.")
            }
            guard case .success(let amount) = Money.parsing(amountText), !amount.isZero,
                let monthly = Periodisation.split(amount)
            else {
                problems.append("\(place) \"\(amountText)\" är inget belopp i kronor skilt från noll.")
                continue
            }
            guard let kind, let period else { continue }
            rows.append(
                BudgetRow(
                    year: year, node: NodeCode(node), account: account, amount: amount, monthly: monthly,
                    change: BudgetChange(date: date, period: period, kind: kind, reference: reference)))
        }
        if rows.isEmpty && problems.isEmpty { problems.append("Ange minst en rad med budgetrad och belopp.") }
        if kind == .reallocation, problems.isEmpty, !rows.map(\.amount).sum().isZero {
            let net = SwedishNumberFormat.amount(rows.map(\.amount).sum().ore, unit: .kr)
            problems.append("En omdisposition flyttar pengar och ska summera till noll; raderna summerar till \(net).")
        }
        return (rows, problems)
    }
}
