import BalansCore
import BalansImport
import BalansReport
import Foundation

/// The committee's forecast as an xlsx form (issue 17, item 4): sheet "Prognos", a row per line and account as on
/// the web form; columns A–D name the row (code, name, account, account name), E is the forecast to fill in (kr),
/// F–H outcome to date, budget and the forecast in force, I a comment to fill in. Only E and I can be changed.
/// The upload reads E and I back, checks every cell and names it (`Prognos!E14: …`).
enum ForecastTemplate {
    static let sheet = "Prognos"
    static let header = [
        "Verksamhet (kod)", "Verksamhet", "Konto", "Kontonamn", "Prognos helår (kr)", "Utfall t.o.m. perioden (kr)",
        "Budget helår (kr)", "Gällande prognos (kr)", "Kommentar",
    ]

    /// The workbook for `committee` at `p`, prefilled with the forecast the form shows.
    static func workbook(_ data: FollowUpData, period p: Period, committee: NodeCode) throws -> Data {
        let tree = data.tree(for: p.year)
        let entries = ForecastEntry.rows(data, period: p, committee: committee)
        let figures = ForecastEntry.figures(data, period: p, committee: committee)
        let names = data.accountNames[p.year] ?? [:]
        let rows: [[XLSXForm.Cell]] = zip(entries, figures).map { e, f in
            [
                .text(e.node.rawValue), .text(tree.node(e.node)?.name ?? e.node.rawValue),
                e.account.map { .integer($0) } ?? .text(""), .text(e.account.flatMap { names[$0] } ?? ""),
                .input(e.forecast), .amount(f.outcome), .amount(e.budget), .amount(f.inForce), .inputText(e.comment),
            ]
        }
        let name = tree.node(committee)?.name ?? committee.rawValue
        return try XLSXForm.workbook(
            title: "Prognos \(name) \(ReportLabelsWeb.longSpan(p))", sheet: sheet, header: header, rows: rows,
            widths: [14, 30, 8, 30, 18, 18, 18, 18, 40])
    }

    /// One row of an upload: the form's row, the forecast it would replace and the one read, with its comment.
    struct Change {
        var index: Int
        var entry: ForecastEntry
        var amount: Money
        var comment: String
    }

    /// The rows of an uploaded workbook against the form's rows, or every cell that is wrong: a row that is not the
    /// form's row in its place, an amount that is not kronor with at most two decimals.
    static func read(_ data: Data, forms: FollowUpData, period p: Period, committee: NodeCode) throws
        -> (changes: [Change], problems: [String])
    {
        let cells = try XLSXSheetReader.cells(of: data, sheet: sheet)
        let entries = ForecastEntry.rows(forms, period: p, committee: committee)
        var changes: [Change] = []
        var problems: [String] = []
        for (i, e) in entries.enumerated() {
            let row = i + 2
            let code = (cells["A\(row)"] ?? "").trimmingCharacters(in: .whitespaces)
            let account = (cells["C\(row)"] ?? "").trimmingCharacters(in: .whitespaces)
            // The row must still be the form's row: a sorted or moved sheet would put amounts on other lines.
            guard code == e.node.rawValue, XLSXTemplate.integer(account) == e.account else {
                problems.append(
                    "\(sheet)!A\(row): raden ska vara \(e.node.rawValue) konto \(e.account.map(String.init) ?? "–") "
                        + "(\"\(code)\" \"\(account)\"); ladda ner en ny mall")
                continue
            }
            let text = (cells["E\(row)"] ?? "").trimmingCharacters(in: .whitespaces)
            guard let amount = XLSXTemplate.kronor(text) else {
                let shown = text.isEmpty ? "tom" : "\"\(text)\""
                problems.append("\(sheet)!E\(row): \(shown) är inte ett belopp i kronor med högst två decimaler")
                continue
            }
            let comment = cells["I\(row)"] ?? ""
            if let problem = InputText.problem(in: comment, multiline: true) {
                problems.append("\(sheet)!I\(row): kommentaren \(problem)")
                continue
            }
            changes.append(Change(index: i, entry: e, amount: amount, comment: comment))
        }
        if let extra = cells.keys.first(where: { XLSXTemplate.row(of: $0) ?? 0 > entries.count + 1 && cells[$0] != "" })
        {
            problems.append("\(sheet)!\(extra): mallen har \(entries.count) rader; rader under dem läses inte")
        }
        return (changes, problems)
    }
}
