import BalansCore
import BalansImport
import Foundation

/// Reading a filled budget template back: every cell checked and named, the rows it gives.
extension BudgetTemplate {
    /// One row of an upload: its sheet row, the stored row it replaces (nil for a new line and account), the row
    /// read and its weights as written (nil: even).
    struct Change {
        var row: Int
        var old: BudgetRow?
        var new: BudgetRow
        var weights: [String]?
        var changed: Bool { old != new }
    }

    /// The rows of an uploaded workbook for `year` — the stored rows in their places, then any new ones — or every
    /// cell that is wrong: a stored row not in its place, an amount that is not kronor with at most two decimals,
    /// a weight that is not a number ≥ 0 or weights all zero, a new row's unknown line or account or one that is
    /// already there.
    static func read(_ bytes: Data, data: FollowUpData, year: Int) throws -> (changes: [Change], problems: [String]) {
        let cells = try XLSXSheetReader.cells(of: bytes, sheet: sheet)
        func cell(_ column: String, _ row: Int) -> String {
            (cells["\(column)\(row)"] ?? "").trimmingCharacters(in: .whitespaces)
        }
        let stored = rows(data, year: year)
        var changes: [Change] = []
        var problems: [String] = []
        var seen: [String: Int] = [:]
        func key(_ node: NodeCode, _ account: Int?) -> String { "\(node.rawValue) \(account.map(String.init) ?? "")" }
        for (i, old) in stored.enumerated() {
            let n = i + 2
            seen[key(old.node, old.account)] = seen[key(old.node, old.account)] ?? n
            let code = cell("A", n)
            let account = cell("C", n)
            // The row must still be the stored row: a sorted sheet would put amounts on other lines.
            guard code == old.node.rawValue, XLSXTemplate.integer(account) == old.account else {
                problems.append(
                    "\(sheet)!A\(n): raden ska vara \(old.node.rawValue) konto "
                        + "\(old.account.map(String.init) ?? "–") "
                        + "(\"\(code)\" \"\(account)\"); ladda ner en ny mall")
                continue
            }
            guard let read = periodised(cell, row: n, problems: &problems) else { continue }
            let (amount, monthly) = read
            var new = old
            // Cells as the template wrote them keep the row's months as stored.
            let written = weights(old).map { $0.map { XLSXTemplate.kronor($0) } }
            if amount != old.amount || weightCells(cell, n).map({ $0.map(XLSXTemplate.kronor) }) != written {
                new.amount = amount
                new.monthly = monthly
            }
            changes.append(Change(row: n, old: old, new: new, weights: weightCells(cell, n)))
        }
        let last = stored.count + 1 + newRows
        for n in (stored.count + 2)...last {
            let used = (["A", "C", "E"] + weightColumns).contains { !cell($0, n).isEmpty }
            guard used, let new = newRow(cell, n, data: data, year: year, problems: &problems) else { continue }
            if let earlier = seen[key(new.node, new.account)] {
                problems.append(
                    "\(sheet)!A\(n): \(new.node.rawValue) konto \(new.account.map(String.init) ?? "–") finns redan "
                        + "på rad \(earlier)")
                continue
            }
            seen[key(new.node, new.account)] = n
            changes.append(Change(row: n, old: nil, new: new, weights: weightCells(cell, n)))
        }
        let inputs = Set(["A", "C", "E"] + weightColumns)
        if let extra = cells.keys.sorted().first(where: {
            XLSXTemplate.row(of: $0) ?? 0 > last && inputs.contains(XLSXTemplate.column(of: $0)) && cells[$0] != ""
        }) {
            problems.append(
                "\(sheet)!\(extra): mallen har plats för \(newRows) nya rader; rader under dem läses inte")
        }
        return (changes, problems)
    }

    /// The row's twelve weight cells, or nil when all are empty (an even profile).
    static func weightCells(_ cell: (String, Int) -> String, _ n: Int) -> [String]? {
        let texts = weightColumns.map { cell($0, n) }
        return texts.allSatisfy(\.isEmpty) ? nil : texts.map { $0.isEmpty ? "0" : $0 }
    }

    /// Row `n`'s annual amount (E) and its months by the weights (F–Q), or nil with the wrong cells named.
    static func periodised(
        _ cell: (String, Int) -> String, row n: Int, sheet: String = sheet, problems: inout [String]
    ) -> (Money, [Money])? {
        let text = cell("E", n)
        let amount = XLSXTemplate.kronor(text)
        if amount == nil {
            let shown = text.isEmpty ? "tom" : "\"\(text)\""
            problems.append("\(sheet)!E\(n): \(shown) är inte ett belopp i kronor med högst två decimaler")
        }
        var weights: [Int64]?
        if let texts = weightCells(cell, n) {
            var parsed: [Int64] = []
            for (column, text) in zip(weightColumns, texts) {
                guard let w = XLSXTemplate.kronor(text), w.ore >= 0 else {
                    problems.append(
                        "\(sheet)!\(column)\(n): \"\(text)\" är ingen vikt (ett tal ≥ 0 med högst två decimaler)")
                    return nil
                }
                parsed.append(w.ore)
            }
            guard parsed.contains(where: { $0 > 0 }) else {
                problems.append("\(sheet)!F\(n): vikterna är alla noll; lämna dem tomma för jämn periodisering")
                return nil
            }
            weights = parsed
        }
        guard let amount, let monthly = Periodisation.split(amount, weights: weights) else { return nil }
        return (amount, monthly)
    }

    /// A new row below the stored ones: its line must be in the year's tree, its account (if any) in the chart of
    /// accounts' mapping.
    static func newRow(
        _ cell: (String, Int) -> String, _ n: Int, data: FollowUpData, year: Int, problems: inout [String]
    ) -> BudgetRow? {
        let code = cell("A", n)
        let tree = data.tree(for: year)
        var ok = true
        if code.isEmpty || tree.node(NodeCode(code)) == nil || NodeCode(code) == tree.root.code {
            let shown = code.isEmpty ? "tom" : "\"\(code)\""
            problems.append("\(sheet)!A\(n): \(shown) är ingen verksamhet (budgetrad) \(year)")
            ok = false
        }
        let accountText = cell("C", n)
        let account = XLSXTemplate.integer(accountText)
        let known = account.map { (1000...9999).contains($0) && data.mapping.rule(for: $0) != nil } ?? false
        if !accountText.isEmpty, !known {
            problems.append("\(sheet)!C\(n): \"\(accountText)\" är inget konto i kontoplanen")
            ok = false
        }
        guard let read = periodised(cell, row: n, problems: &problems), ok else { return nil }
        return BudgetRow(year: year, node: NodeCode(code), account: account, amount: read.0, monthly: read.1)
    }
}
