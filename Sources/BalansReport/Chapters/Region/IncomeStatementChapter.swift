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

    /// The row's label.
    static func label(_ row: IncomeStatementRow) -> ReportLabel {
        switch row {
        case .revenue: return .revenue
        case .costs: return .costs
        case .depreciation: return .depreciation
        case .netCosts: return .netCosts
        case .tax: return .tax
        case .grants: return .grants
        case .operatingResult: return .operatingResult
        case .financialIncome: return .financialIncome
        case .unrealised: return .unrealisedChange
        case .financialCosts: return .financialCosts
        case .resultAfterFinancial: return .resultAfterFinancial
        case .extraordinary: return .extraordinary
        case .result: return .yearResult
        case .resultExclUnrealised: return .resultExclUnrealised
        }
    }
}
