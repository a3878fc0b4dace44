import BalansCore
import Foundation

/// "Resultaträkning": the income statement to date this year and last, the forecast, the
/// budget, the forecast's deviation from it and last year.
enum IncomeStatementChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        let p = c.period
        let columns: [IncomeStatement?] = [c.previousOutcome, c.outcome, c.forecast, c.budget]
        let rows = IncomeStatementRow.allCases.map { line -> Table.Row in
            var cells = columns.map { s in ReportBuilder.amount(s?[row: line]) }
            if let f = c.forecast, let b = c.budget {
                cells.append(.amount(f.deviation(from: b, on: line).ore))
            } else {
                cells.append(.empty)
            }
            cells.append(ReportBuilder.amount(c.previousYearOutcome?[row: line]))
            if c.notes != nil { cells.insert(NotesChapter.reference(c, line.statementLine), at: 0) }
            return Table.Row(label: c.label(label(line)), cells: cells, isTotal: line.isTotal)
        }
        let year = String(p.year)
        let last = String(p.year - 1)
        let table = Table(
            id: "resultatrakning", caption: c.label(.incomeStatement), unit: .mnkr,
            columns: [""] + (c.notes == nil ? [] : [c.label(.noteColumn)]) + [
                c.say(.outcomeSpanYear, c.span, last), c.say(.outcomeSpanYear, c.span, year),
                c.say(.forecastYear, year), c.say(.budgetYear, year), c.say(.deviationSpan, year),
                c.say(.outcomeYear, last),
            ], rows: rows)
        var blocks: [Block] = [.table(table)]
        if let net = IncomeStatement.internalNet(c.data, year: p.year, through: p.month), !net.isZero {
            blocks.append(.paragraph(c.say(.internalNotZero, ReportBuilder.text(net, unit: .kr)), missing: true))
        }
        return Chapter(id: "resultatrakning", title: c.label(.incomeStatement), blocks: blocks)
    }

    /// The row's label: a line's own (`StatementLine.label`, as in the notes and the koncern's tables), or the sum's.
    static func label(_ row: IncomeStatementRow) -> ReportLabel {
        if let line = row.statementLine { return line.label }
        switch row {
        case .netCosts: return .netCosts
        case .operatingResult: return .operatingResult
        case .resultAfterFinancial: return .resultAfterFinancial
        case .result: return .yearResult
        case .resultExclUnrealised: return .resultExclUnrealised
        default: return .yearResult  // never: every other row is a line
        }
    }
}
