import BalansCore
import BalansImport
import BalansReport
import Foundation

/// A committee's detailed budget as an xlsx form (issue 18, item 4), laid out as the budget template
/// (`BudgetTemplate`): sheet "Detaljbudget", a row per row of the detailed budget — A–D name it (line code and
/// name, account and account name), E is the annual amount (kr), F–Q the weights of the monthly profile (empty:
/// even), R–AC the months (formulas), AD "ja" for last year's outcome as the profile — then `newRows` empty rows.
/// The upload reads A, C, E, F–Q and AD of every used row, names every wrong cell (`Detaljbudget!E7: …`) and gives
/// the rows; the staff rows are not in the sheet and stay as they are.
enum DetailedBudgetTemplate {
    static let sheet = "Detaljbudget"
    static let lastYearColumn = XLSXWriterColumn.letters(29)
    static let header = BudgetTemplate.header + ["Fjolårets profil (ja)"]
    static let newRows = 20

    /// The workbook of `budget`'s rows.
    static func workbook(_ data: FollowUpData, budget: DetailedBudget) throws -> Data {
        let tree = data.tree(for: budget.year)
        var cells: [[XLSXForm.Cell]] = budget.lines.enumerated().map { i, l -> [XLSXForm.Cell] in
            var weights: [String]?
            if case .typed(let w) = l.profile { weights = DetailedBudgetView.weights(l, w) }
            return [
                .inputText(l.node.rawValue), .text(tree.node(l.node)?.name ?? l.node.rawValue),
                .inputInteger(l.account),
                .text(BudgetTemplate.accountName(l.account, data, budget.year)), .input(l.amount),
            ] + (0..<12).map { XLSXForm.Cell.inputWeight(weights?[$0]) }
                + (0..<12).map {
                    XLSXForm.Cell.formula(BudgetTemplate.monthFormula($0, row: i + 2), cached: l.monthly[$0])
                } + [.inputText(l.profile == .lastYear ? "ja" : "")]
        }
        for n in budget.lines.count..<(budget.lines.count + newRows) {
            let open: [XLSXForm.Cell] = [.inputText(""), .text(""), .inputInteger(nil), .text(""), .input(nil)]
            cells.append(
                open + (0..<12).map { _ in XLSXForm.Cell.inputWeight(nil) }
                    + (0..<12).map { XLSXForm.Cell.formula(BudgetTemplate.monthFormula($0, row: n + 2), cached: nil) }
                    + [.inputText("")])
        }
        let name = tree.node(budget.committee)?.name ?? budget.committee.rawValue
        return try XLSXForm.workbook(
            title: "Detaljbudget \(budget.year) \(name)", sheet: sheet, header: header, rows: cells,
            widths: [16, 30, 8, 34, 20] + Array(repeating: 10, count: 12) + Array(repeating: 16, count: 12) + [12],
            filtered: budget.lines.count)
    }

    /// The rows of an uploaded workbook for `committee`'s detailed budget of `year` (laid out as `workbook` made it,
    /// `rows` rows and `newRows` more), or every wrong cell by name.
    static func read(_ bytes: Data, data: FollowUpData, year: Int, committee: NodeCode, rows: Int) throws
        -> (lines: [DetailedBudget.Line], problems: [String])
    {
        let cells = try XLSXSheetReader.cells(of: bytes, sheet: sheet)
        func cell(_ column: String, _ row: Int) -> String {
            (cells["\(column)\(row)"] ?? "").trimmingCharacters(in: .whitespaces)
        }
        var lines: [DetailedBudget.Line] = []
        var problems: [String] = []
        let inputs = ["A", "C", "E", lastYearColumn] + BudgetTemplate.weightColumns
        for n in 2...(rows + newRows + 1) where inputs.contains(where: { !cell($0, n).isEmpty }) {
            let account = XLSXTemplate.integer(cell("C", n))
            if account == nil { problems.append("\(sheet)!C\(n): \"\(cell("C", n))\" är inget kontonummer") }
            let node = NodeCode(cell("A", n))
            let why = account.flatMap {
                DetailedBudget.problem(node: node, account: $0, committee: committee, year: year, data: data)
            }
            if let why { problems.append("\(sheet)!A\(n): \(why)") }
            let lastYear = cell(lastYearColumn, n).lowercased()
            if !["", "ja"].contains(lastYear) || (lastYear == "ja" && BudgetTemplate.weightCells(cell, n) != nil) {
                problems.append("\(sheet)!\(lastYearColumn)\(n): \"ja\" för fjolårets profil, eller tomt med vikter")
                continue
            }
            guard let (amount, monthly) = BudgetTemplate.periodised(cell, row: n, sheet: sheet, problems: &problems),
                let account, why == nil
            else { continue }
            var line = DetailedBudget.Line(
                node: node, account: account, amount: amount, profile: .even, monthly: monthly)
            if lastYear == "ja" {
                line.profile = .lastYear
                line.monthly =
                    DetailedBudget.months(
                        amount, profile: .lastYear, node: node, account: account, year: year, data: data)
                    ?? monthly
            } else if let w = Periodisation.weights(of: monthly, amount: amount) {
                line.profile = .typed(w)
            }
            lines.append(line)
        }
        return (lines, problems)
    }
}
