import BalansCore
import BalansImport
import BalansReport
import Foundation

/// The year's original budget (Mål och budget) as an xlsx form (issue 17, item 4), for central controllers: sheet
/// "Budget", a row per budget row as stored. A–D name it (line code and name, account and account name); E, the
/// annual amount (kr, exact to the öre), and F–Q, the weights `p1`…`p12` of the monthly profile (empty: even), are
/// to fill in; R–AC are the months in kronor, a formula of E and F–Q (the periodisation the spreadsheet shows).
/// Below the rows, `newRows` empty rows take new line and account combinations (A, C, E and F–Q open). The upload
/// reads A, C, E and F–Q back, checks every cell and names it (`Budget!E7: …`); the year's budget changes and
/// proposals are not in it and stay as they are.
enum BudgetTemplate {
    static let sheet = "Budget"
    static let months = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    static let header =
        ["Verksamhet (kod)", "Verksamhet", "Konto", "Kontonamn", "Budget helår (kr)"]
        + months.map { "Vikt \($0)" } + months.map { "\($0.capitalized) (kr)" }
    /// Empty rows for new line and account combinations.
    static let newRows = 20
    /// The weights' columns F–Q and the months' R–AC.
    static let weightColumns = (5..<17).map(XLSXWriterColumn.letters)
    static let monthColumns = (17..<29).map(XLSXWriterColumn.letters)

    /// The year's original budget rows, in the store's order: what the template lists and an upload replaces.
    static func rows(_ data: FollowUpData, year: Int) -> [BudgetRow] {
        data.budgets.filter { $0.year == year && $0.isOriginal }
    }

    /// The weights as the template writes them: nil for an even profile; the smallest whole numbers that give the
    /// row's months, or, when those run large, the months' amounts in kronor (exact either way).
    static func weights(_ r: BudgetRow) -> [String]? {
        guard let w = Periodisation.weights(of: r.monthly, amount: r.amount) else { return nil }
        if w.allSatisfy({ $0 <= 10_000 }) { return w.map(String.init) }
        return r.monthly.map { Money(ore: Int64(clamping: $0.ore.magnitude)).description }
    }

    /// The workbook of `year`'s original budget.
    static func workbook(_ data: FollowUpData, year: Int) throws -> Data {
        let tree = data.tree(for: year)
        let budget = rows(data, year: year)
        var cells: [[XLSXForm.Cell]] = budget.enumerated().map { i, r -> [XLSXForm.Cell] in
            let w = weights(r)
            return [
                .text(r.node.rawValue), .text(tree.node(r.node)?.name ?? r.node.rawValue),
                r.account.map { .integer($0) } ?? .text(""), .text(r.account.map { accountName($0, data, year) } ?? ""),
                .input(r.amount),
            ] + (0..<12).map { XLSXForm.Cell.inputWeight(w?[$0]) }
                + (0..<12).map { XLSXForm.Cell.formula(monthFormula($0, row: i + 2), cached: r.monthly[$0]) }
        }
        for n in budget.count..<(budget.count + newRows) {
            let open: [XLSXForm.Cell] = [.inputText(""), .text(""), .inputInteger(nil), .text(""), .input(nil)]
            cells.append(
                open + (0..<12).map { _ in XLSXForm.Cell.inputWeight(nil) }
                    + (0..<12).map { XLSXForm.Cell.formula(monthFormula($0, row: n + 2), cached: nil) })
        }
        return try XLSXForm.workbook(
            title: "Budget \(year)", sheet: sheet, header: header, rows: cells,
            widths: [16, 30, 8, 34, 20] + Array(repeating: 10, count: 12) + Array(repeating: 16, count: 12),
            filtered: budget.count)
    }

    /// Month `m`'s amount in row `row`: E × weight / the weights' sum, or E / 12 with no weights, to the öre (the
    /// upload's periodisation puts the öre left over exactly; this is the sheet's view of it); empty without E.
    static func monthFormula(_ m: Int, row n: Int) -> String {
        let weights = "$F\(n):$Q\(n)"
        return "IF($E\(n)=\"\",\"\",IF(COUNT(\(weights))=0,ROUND($E\(n)/12,2),IF(SUM(\(weights))=0,0,"
            + "ROUND($E\(n)*\(weightColumns[m])\(n)/SUM(\(weights)),2))))"
    }

    /// An account's name: the year's chart's, else the newest year's that names it.
    static func accountName(_ account: Int, _ data: FollowUpData, _ year: Int) -> String {
        data.accountNames[year]?[account]
            ?? data.accountNames.sorted { $0.key > $1.key }.lazy.compactMap { $0.value[account] }.first ?? ""
    }
}

/// A spreadsheet column's letters by its index from 0: A, …, Z, AA, ….
enum XLSXWriterColumn {
    static func letters(_ i: Int) -> String {
        i < 26 ? String(UnicodeScalar(UInt8(65 + i))) : letters(i / 26 - 1) + letters(i % 26)
    }
}
