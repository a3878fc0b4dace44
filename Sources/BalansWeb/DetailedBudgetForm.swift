import BalansCore
import Foundation

/// The detailed budget form's fields read back (issue 18, item 4): rows `node_N`, `account_N`, `amount_N` (kronor),
/// `profile_N` (`even`, `last-year`, `typed`) and `weights_N` (twelve numbers); staff rows `snode_N`, `saccount_N`,
/// `category_N`, `fte_N`, `salary_N` (kronor a month) and `po_N` (percent). A row left empty is no row; every wrong
/// field is a problem named by its row, in Swedish.
enum DetailedBudgetForm {
    /// The most rows of either kind a form may have.
    static let limit = 500

    /// The form's detailed budget of `committee` and `year`, and what is wrong with it.
    static func read(_ form: [String: String], data: FollowUpData, year: Int, committee: NodeCode)
        -> (budget: DetailedBudget, problems: [String])
    {
        var problems: [String] = []
        var lines: [DetailedBudget.Line] = []
        var staff: [DetailedBudget.Staff] = []
        func field(_ name: String) -> String { (form[name] ?? "").trimmingCharacters(in: .whitespaces) }
        func count(_ name: String) -> Int { min(Int(form[name] ?? "") ?? 0, limit) }
        func place(_ node: String, _ accountText: String, _ spot: String) -> (NodeCode, Int)? {
            guard let account = Int(accountText) else {
                problems.append("\(spot): \"\(accountText)\" är inget kontonummer.")
                return nil
            }
            if let why = DetailedBudget.problem(
                node: NodeCode(node), account: account, committee: committee, year: year, data: data)
            {
                problems.append("\(spot): \(why).")
                return nil
            }
            return (NodeCode(node), account)
        }
        for i in 0..<count("lines") {
            let (node, accountText, amountText) = (field("node_\(i)"), field("account_\(i)"), field("amount_\(i)"))
            if node.isEmpty && accountText.isEmpty && amountText.isEmpty { continue }
            let at = "Rad \(i + 1)"
            let found = place(node, accountText, at)
            guard case .success(let amount) = Money.parsing(amountText) else {
                problems.append("\(at): \"\(amountText)\" är inget belopp i kronor (högst två decimaler).")
                continue
            }
            guard let (node, account) = found, let profile = profile(form, i, at, &problems) else { continue }
            guard
                let monthly = DetailedBudget.months(
                    amount, profile: profile, node: node, account: account, year: year, data: data)
            else {
                problems.append("\(at): vikterna ska vara tolv tal ≥ 0 som inte alla är noll.")
                continue
            }
            lines.append(.init(node: node, account: account, amount: amount, profile: profile, monthly: monthly))
        }
        for i in 0..<count("staffRows") {
            let texts = ["snode", "saccount", "category", "fte", "salary", "po"].map { field("\($0)_\(i)") }
            if texts.allSatisfy(\.isEmpty) { continue }
            let at = "Personalrad \(i + 1)"
            let found = place(texts[0], texts[1], at)
            if let (_, account) = found, !DetailedBudget.Staff.isPersonnel(account) {
                problems.append("\(at): konto \(account) är inget personalkonto (5000–5999).")
            }
            if texts[2].isEmpty || InputText.problem(in: texts[2], multiline: false) != nil {
                problems.append("\(at): ange personalkategori (t.ex. Sjuksköterskor) på en rad.")
            }
            let fte = decimal(texts[3]).flatMap { $0 >= 0 && $0 <= 1_000_000 ? $0 : nil }
            if fte == nil { problems.append("\(at): \"\(texts[3])\" är inget antal årsarbetare (t.ex. 12,5).") }
            let salary = try? Money.parsing(texts[4]).get()
            if salary == nil || salary! < .zero {  // safe: nil checked first
                problems.append("\(at): \"\(texts[4])\" är ingen månadslön i kronor.")
            }
            let po = decimal(texts[5]).flatMap { $0 >= 0 && $0 <= 200 ? $0 : nil }
            if po == nil { problems.append("\(at): \"\(texts[5])\" är inget PO-pålägg i procent (0–200).") }
            guard let (node, account) = found, DetailedBudget.Staff.isPersonnel(account), let fte, let salary,
                salary >= .zero, let po, !texts[2].isEmpty
            else { continue }
            staff.append(
                .init(
                    node: node, account: account, category: texts[2], fullTimeEquivalents: fte,
                    monthlySalary: salary, overheadPercent: po))
        }
        return (DetailedBudget(year: year, committee: committee, lines: lines, staff: staff), problems)
    }

    /// A decimal number as typed ("12,5", "1 200"; `PlanWhatIf.number` without the spaces); nil for anything else.
    static func decimal(_ text: String) -> Decimal? {
        PlanWhatIf.number(text.filter { $0 != " " && $0 != "\u{00A0}" })
    }

    /// Row `i`'s profile: even, last year's outcome, or its twelve typed weights (numbers ≥ 0, read as amounts).
    static func profile(_ form: [String: String], _ i: Int, _ at: String, _ problems: inout [String])
        -> DetailedBudget.Profile?
    {
        switch form["profile_\(i)"] ?? "even" {
        case "last-year": return .lastYear
        case "typed":
            let texts = (form["weights_\(i)"] ?? "").split(whereSeparator: { " ;\t".contains($0) })
            let weights = texts.compactMap { Money.parse(String($0)) }.map(\.ore)
            guard texts.count == 12, weights.count == 12, weights.allSatisfy({ $0 >= 0 }) else {
                problems.append("\(at): en egen profil är tolv vikter ≥ 0 åtskilda av mellanslag eller semikolon.")
                return nil
            }
            return .typed(weights)
        default: return .even
        }
    }
}
