import BalansCore
import BalansReport
import Foundation

/// A year's budget (`Templates.budget`): the original budget, the changes and the budget after them, the register of
/// changes by date, and the form that adds one — refilled with what was sent when it was refused.
struct BudgetView: PageView, MustacheView {
    static let template = "budget"
    var year: String
    var message, error: String?
    var original, changes, afterChanges: String
    var proposals: String?
    var register: [Entry]
    var action, csrf, date, reference, templateURL: String
    var kinds: [Choice]
    var rows: [Row]

    struct Entry: MustacheView { var date, kind, reference, node, account, amount: String }
    struct Choice: MustacheView {
        var value, label: String
        var selected: Bool
    }
    struct Option: MustacheView {
        var code, name: String
        var selected: Bool
    }
    struct Row: MustacheView {
        var index, number: Int
        var nodes: [Option]
        var account, amount: String
    }

    init(_ data: FollowUpData, year: Int, session s: Session, message: String?, error: String?, form: [String: String])
    {
        func kr(_ m: Money) -> String { SwedishNumberFormat.amount(m.ore, unit: .kr) }
        let rows = data.budgets.filter { $0.year == year }
        let tree = data.tree(for: year)
        self.year = String(year)
        self.message = message
        self.error = error
        original = kr(rows.filter { $0.change == nil }.map(\.amount).sum())
        changes = kr(rows.filter { $0.change != nil }.map(\.amount).sum())
        afterChanges = kr(rows.map(\.amount).sum())
        let proposed = data.budgetProposals.filter { $0.year == year }
        proposals = proposed.isEmpty ? nil : kr(proposed.map(\.amount).sum())
        register = rows.compactMap { r in
            r.change.map { c in
                Entry(
                    date: c.date, kind: c.kind.rawValue, reference: c.reference,
                    node: tree.node(r.node)?.name ?? r.node.rawValue, account: r.account.map(String.init) ?? "",
                    amount: kr(r.amount))
            }
        }.sorted { $0.date < $1.date }
        action = Page.budgetChange(year: year).url
        templateURL = Page.budgetTemplate(year: year).url
        csrf = s.csrf
        date = form["date"] ?? ""
        reference = form["reference"] ?? ""
        let kind = form["kind"] ?? BudgetChange.Kind.reallocation.rawValue
        kinds = BudgetChange.Kind.allCases.map {
            Choice(value: $0.rawValue, label: $0.rawValue, selected: $0.rawValue == kind)
        }
        let nodes = tree.nodes.filter { $0.parent != nil }
        self.rows = (0..<BudgetController.rowCount).map { i in
            let chosen = form["node_\(i)"] ?? ""
            return Row(
                index: i, number: i + 1,
                nodes: nodes.map {
                    Option(code: $0.code.rawValue, name: $0.name, selected: $0.code.rawValue == chosen)
                },
                account: form["account_\(i)"] ?? "", amount: form["amount_\(i)"] ?? "")
        }
    }
}
