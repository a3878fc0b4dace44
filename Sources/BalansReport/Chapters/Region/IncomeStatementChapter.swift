import BalansCore
import Foundation

/// "Resultaträkning": the income statement to date this year and last, the forecast, the budget and last year.
enum IncomeStatementChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        let data = c.data
        let p = c.period
        let outcome = c.outcome
        let forecast = c.forecast
        let budget = c.budget
        let prev = IncomeStatement.outcome(data, year: p.year - 1, through: p.month)
        let prevYear = IncomeStatement.outcome(data, year: p.year - 1)
        let columns: [IncomeStatement?] = [prev, outcome, forecast, budget]
        func value(_ s: IncomeStatement, _ key: String) -> Money {
            switch key {
            case "netCosts": return s.netCosts
            case "operatingResult": return s.operatingResult
            case "resultAfterFinancial": return s.resultAfterFinancialItems
            case "result": return s.result
            case "resultExclUnrealised": return s.resultExclUnrealised
            default: return StatementLine(rawValue: key).map { s[$0] } ?? .zero
            }
        }
        let totals: Set<String> = ["netCosts", "operatingResult", "resultAfterFinancial", "result"]
        let rows = ReportLabels.statementLines.map { line -> Table.Row in
            var cells = columns.map { s in ReportBuilder.amount(s.map { value($0, line.key) }) }
            if let f = forecast, let b = budget {
                cells.append(.amount((value(f, line.key) - value(b, line.key)).ore))
            } else {
                cells.append(.empty)
            }
            cells.append(ReportBuilder.amount(prevYear.map { value($0, line.key) }))
            return Table.Row(label: line.label, cells: cells, isTotal: totals.contains(line.key))
        }
        let span = ReportLabels.span(p.month)
        let table = Table(
            id: "resultatrakning", caption: "Resultaträkning", unit: .mnkr,
            columns: [
                "", "Utfall \(span) \(p.year - 1)", "Utfall \(span) \(p.year)", "Prognos \(p.year)", "Budget \(p.year)",
                "Avvikelse \(p.year)", "Utfall \(p.year - 1)",
            ], rows: rows)
        var blocks: [Block] = [.table(table)]
        if let net = IncomeStatement.internalNet(data, year: p.year, through: p.month), !net.isZero {
            blocks.append(
                .paragraph(
                    "Interna konton summerar inte till noll för organisationen: differens \(ReportBuilder.text(net, unit: .kr)). Differensen ingår inte i resultaträkningen.",
                    missing: true))
        }
        return Chapter(id: "resultatrakning", title: "Resultaträkning", blocks: blocks)
    }
}
