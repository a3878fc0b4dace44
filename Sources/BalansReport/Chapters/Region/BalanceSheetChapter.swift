import BalansCore
import Foundation

/// "Balansräkning": the balance sheet at the period, a year earlier and at the last year end.
enum BalanceSheetChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        let data = c.data
        let p = c.period
        let dates = [(p.year - 1, p.month), (p.year, p.month), (p.year - 1, 12)]
        let sheets = dates.map { BalanceSheet.at(data, year: $0.0, month: $0.1) }
        // The annual report's "Not" column: the notes on each line.
        let notes = c.notes != nil
        func row(
            _ label: ReportLabel, _ f: (BalanceSheet) -> Money, total: Bool = false, note: CellValue = .text("")
        ) -> Table.Row {
            let cells = sheets.map { ReportBuilder.amount($0.map(f)) }
            return Table.Row(label: c.label(label), cells: (notes ? [note] : []) + cells, isTotal: total)
        }
        func line(_ l: StatementLine) -> CellValue { NotesChapter.reference(c, l) }
        let pensions = dates.map { d in
            Period(year: d.0, month: d.1).flatMap { data.figure(.pensionObligations, at: $0) }
        }
        let rows: [Table.Row] = [
            row(.fixedAssets, { $0[.fixedAssets] }, note: line(.fixedAssets)),
            row(.infrastructureGrants, { $0[.infrastructureGrants] }, note: line(.infrastructureGrants)),
            row(.currentAssets, { $0[.currentAssets] }, note: line(.currentAssets)),
            row(.totalAssets, { $0.totalAssets }, total: true),
            row(.yearResult, { $0.yearResult }),
            row(.otherEquity, { $0.otherEquity }),
            row(.totalEquity, { $0.totalEquity }, total: true, note: NotesChapter.reference(c, .equity)),
            row(.pensionProvisions, { $0[.pensionProvisions] }, note: line(.pensionProvisions)),
            row(.otherProvisions, { $0[.otherProvisions] }, note: line(.otherProvisions)),
            row(.longTermLiabilities, { $0[.longTermLiabilities] }, note: line(.longTermLiabilities)),
            row(.shortTermLiabilities, { $0[.shortTermLiabilities] }, note: line(.shortTermLiabilities)),
            row(.totalProvisionsAndLiabilities, { $0.totalProvisionsAndLiabilities }, total: true),
            row(.totalEquityAndLiabilities, { $0.totalEquityAndLiabilities }, total: true),
            Table.Row(
                label: c.label(.pensionObligations),
                cells: (notes ? [NotesChapter.reference(c, .contingentLiabilities)] : [])
                    + pensions.map(ReportBuilder.amount)),
        ]
        func label(_ y: Int, _ mo: Int) -> String {
            c.say(.dayMonthYear, String(Period.lastDay(year: y, month: mo)), c.words.monthShort(mo), String(y))
        }
        let table = Table(
            id: "balansrakning", caption: c.label(.balanceSheet), unit: .mnkr,
            columns: [""] + (notes ? [c.label(.noteColumn)] : []) + dates.map { label($0.0, $0.1) }, rows: rows)
        return Chapter(id: "balansrakning", title: c.label(.balanceSheet), blocks: [.table(table)])
    }
}
